import { Route, Routes } from 'react-router';

import { AuditLogPage } from '../features/coordination/pages/AuditLogPage';
import { StaffAssignmentPage } from '../features/coordination/pages/StaffAssignmentPage';
import { VerificationQueuePage } from '../features/coordination/pages/VerificationQueuePage';
import { CoordinationDashboardPage } from '../features/coordination-dashboard/pages/CoordinationDashboardPage';
import { CouncilReportPage } from '../features/coordination-dashboard/pages/CouncilReportPage';
import { GiveToCommonFundPage } from '../features/funding/pages/GiveToCommonFundPage';
import { InitiativePage } from '../features/funding/pages/InitiativePage';
import { InitiativesPage } from '../features/funding/pages/InitiativesPage';
import { MyDonationsPage } from '../features/funding/pages/MyDonationsPage';
import { TestPaymentPage } from '../features/funding/pages/TestPaymentPage';
import { TransparencyPage } from '../features/funding/pages/TransparencyPage';
import { DistrictPage } from '../features/geography/pages/DistrictPage';
import { HomePage } from '../features/geography/pages/HomePage';
import { AssociationInitiativesPage } from '../features/funding-partners/pages/AssociationInitiativesPage';
import { FundingCoordinationPage } from '../features/funding-partners/pages/FundingCoordinationPage';
import { SponsorPage } from '../features/funding-partners/pages/SponsorPage';
import { HostDashboardPage } from '../features/hosting/pages/HostDashboardPage';
import { HostOnboardingPage } from '../features/hosting/pages/HostOnboardingPage';
import { RentalUnitsPage } from '../features/hosting/pages/RentalUnitsPage';
import { AssociationHostingPage } from '../features/hosting-partners/pages/AssociationHostingPage';
import { HostingOverviewPage } from '../features/hosting-partners/pages/HostingOverviewPage';
import { HousingOperatorPage } from '../features/hosting-partners/pages/HousingOperatorPage';
import { AccountPage } from '../features/identity/pages/AccountPage';
import { ForgotPasswordPage } from '../features/identity/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/identity/pages/ResetPasswordPage';
import { SignInPage } from '../features/identity/pages/SignInPage';
import { SignUpPage } from '../features/identity/pages/SignUpPage';
import { VerifyEmailPage } from '../features/identity/pages/VerifyEmailPage';
import { MyGiftsPage } from '../features/items/pages/MyGiftsPage';
import { NeedPage } from '../features/items/pages/NeedPage';
import { NeedsPage } from '../features/items/pages/NeedsPage';
import { OrganisationNeedsPage } from '../features/items/pages/OrganisationNeedsPage';
import { MatchingRunsPage } from '../features/matching/pages/MatchingRunsPage';
import { AttestationPage } from '../features/missions/pages/AttestationPage';
import { MissionPage } from '../features/missions/pages/MissionPage';
import { MissionsPage } from '../features/missions/pages/MissionsPage';
import { VolunteerDashboardPage } from '../features/missions/pages/VolunteerDashboardPage';
import { AssociationMissionsPage } from '../features/missions-partners/pages/AssociationMissionsPage';
import { MissionApplicationsPage } from '../features/missions-partners/pages/MissionApplicationsPage';
import { CollectionPointDeskPage } from '../features/stock/pages/CollectionPointDeskPage';
import { AcceptInvitationPage } from '../features/organisations/pages/AcceptInvitationPage';
import { MyOrganisationsPage } from '../features/organisations/pages/MyOrganisationsPage';
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage';
import { RegisterOrganisationPage } from '../features/organisations/pages/RegisterOrganisationPage';
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
        <Route path="verifier-email" element={<VerifyEmailPage />} />
        <Route path="mot-de-passe-oublie" element={<ForgotPasswordPage />} />
        <Route path="nouveau-mot-de-passe" element={<ResetPasswordPage />} />
        <Route path="organisations" element={<MyOrganisationsPage />} />
        <Route path="organisations/nouvelle" element={<RegisterOrganisationPage />} />
        <Route path="organisations/:id" element={<OrganisationPage />} />
        <Route path="organisations/:id/besoins" element={<OrganisationNeedsPage />} />
        <Route path="organisations/:id/hebergement" element={<AssociationHostingPage />} />
        <Route path="organisations/:id/louez-solidaire" element={<HousingOperatorPage />} />
        <Route path="organisations/:id/missions" element={<AssociationMissionsPage />} />
        <Route path="organisations/:id/missions/:missionId" element={<MissionApplicationsPage />} />
        <Route path="organisations/:id/initiatives" element={<AssociationInitiativesPage />} />
        <Route path="organisations/:id/mecenat" element={<SponsorPage />} />
        <Route path="invitation" element={<AcceptInvitationPage />} />
        <Route path="besoins" element={<NeedsPage />} />
        <Route path="besoins/:id" element={<NeedPage />} />
        <Route path="mes-dons" element={<MyGiftsPage />} />
        <Route path="accueillir" element={<HostDashboardPage />} />
        {/* One route for a new draft and a draft to resume: the form stays mounted when its id enters the URL. */}
        <Route path="accueillir/proposer/:id?" element={<HostOnboardingPage />} />
        <Route path="louez-solidaire" element={<RentalUnitsPage />} />
        <Route path="missions" element={<MissionsPage />} />
        <Route path="missions/:id" element={<MissionPage />} />
        <Route path="benevolat" element={<VolunteerDashboardPage />} />
        <Route path="benevolat/attestation" element={<AttestationPage />} />
        <Route path="initiatives" element={<InitiativesPage />} />
        <Route path="initiatives/:id" element={<InitiativePage />} />
        <Route path="donner" element={<GiveToCommonFundPage />} />
        <Route path="paiement-test/:sessionId" element={<TestPaymentPage />} />
        <Route path="mes-soutiens" element={<MyDonationsPage />} />
        <Route path="transparence" element={<TransparencyPage />} />
        <Route path="points/:id" element={<CollectionPointDeskPage />} />
        {/* One route for the city and an arrondissement: the page (period, map figure) stays mounted between them. */}
        <Route path="coordination/tableau-de-bord/:districtCode?" element={<CoordinationDashboardPage />} />
        <Route path="coordination/rapport" element={<CouncilReportPage />} />
        <Route path="coordination/verifications" element={<VerificationQueuePage />} />
        <Route path="coordination/personnel" element={<StaffAssignmentPage />} />
        <Route path="coordination/journal" element={<AuditLogPage />} />
        <Route path="coordination/appariements" element={<MatchingRunsPage />} />
        <Route path="coordination/hebergement" element={<HostingOverviewPage />} />
        <Route path="coordination/financement" element={<FundingCoordinationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
