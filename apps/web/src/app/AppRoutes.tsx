import { Route, Routes } from 'react-router';

import { DistrictPage } from '../features/geography/pages/DistrictPage';
import { HomePage } from '../features/geography/pages/HomePage';
import { AccountPage } from '../features/identity/pages/AccountPage';
import { SignInPage } from '../features/identity/pages/SignInPage';
import { SignUpPage } from '../features/identity/pages/SignUpPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppLayout } from './AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="arrondissements/:code" element={<DistrictPage />} />
        <Route path="inscription" element={<SignUpPage />} />
        <Route path="connexion" element={<SignInPage />} />
        <Route path="compte" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
