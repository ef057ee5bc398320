import { Route, Routes } from 'react-router';

import { DistrictPage } from '../features/geography/pages/DistrictPage';
import { HomePage } from '../features/geography/pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppLayout } from './AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="arrondissements/:code" element={<DistrictPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
