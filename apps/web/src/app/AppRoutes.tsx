import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';

import { type FeatureCatalogue, loadFeatureCatalogues } from '../i18n/i18n';
import { AppLayout } from './AppLayout';

/**
 * `lazy()` for a module's named export, fetched together with the feature catalogues its strings come from:
 * `lazyPage(() => import('./NeedsPage'), 'NeedsPage', ['items'])` (pageCatalogues.spec checks the list).
 */
function lazyPage<Name extends string>(
  load: () => Promise<{ [Key in NoInfer<Name>]: ComponentType }>,
  name: Name,
  catalogues: readonly FeatureCatalogue[] = [],
) {
  return lazy(() =>
    Promise.all([load(), loadFeatureCatalogues(catalogues)]).then(([module]) => ({ default: module[name] })),
  );
}

// Every page is its own chunk, fetched the first time its route is shown (AppLayout's <Suspense> shows a
// loader meanwhile): a first visit downloads the layout and one page, not the whole app.
const NotificationsPage = lazyPage(
  () => import('../features/notifications/pages/NotificationsPage'),
  'NotificationsPage',
  ['notifications'],
);
const PartnerDirectoryPage = lazyPage(
  () => import('../features/partners/pages/PartnerDirectoryPage'),
  'PartnerDirectoryPage',
  ['partners'],
);
const AnnouncementsPage = lazyPage(
  () => import('../features/partners/pages/AnnouncementsPage'),
  'AnnouncementsPage',
  ['partners'],
);
const AuditLogPage = lazyPage(() => import('../features/coordination/pages/AuditLogPage'), 'AuditLogPage');
const StaffAssignmentPage = lazyPage(
  () => import('../features/coordination/pages/StaffAssignmentPage'),
  'StaffAssignmentPage',
  ['stock'],
);
const VerificationQueuePage = lazyPage(
  () => import('../features/coordination/pages/VerificationQueuePage'),
  'VerificationQueuePage',
);
const CoordinationDashboardPage = lazyPage(
  () => import('../features/coordination-dashboard/pages/CoordinationDashboardPage'),
  'CoordinationDashboardPage',
  ['dashboard'],
);
const CouncilReportPage = lazyPage(
  () => import('../features/coordination-dashboard/pages/CouncilReportPage'),
  'CouncilReportPage',
  ['dashboard'],
);
const GiveToCommonFundPage = lazyPage(
  () => import('../features/funding/pages/GiveToCommonFundPage'),
  'GiveToCommonFundPage',
  ['funding'],
);
const InitiativePage = lazyPage(() => import('../features/funding/pages/InitiativePage'), 'InitiativePage', [
  'funding',
]);
const InitiativesPage = lazyPage(
  () => import('../features/funding/pages/InitiativesPage'),
  'InitiativesPage',
  ['funding'],
);
const MyDonationsPage = lazyPage(
  () => import('../features/funding/pages/MyDonationsPage'),
  'MyDonationsPage',
  ['funding'],
);
const TestPaymentPage = lazyPage(
  () => import('../features/funding/pages/TestPaymentPage'),
  'TestPaymentPage',
  ['funding'],
);
const TransparencyPage = lazyPage(
  () => import('../features/funding/pages/TransparencyPage'),
  'TransparencyPage',
  ['funding'],
);
const DistrictPage = lazyPage(() => import('../features/geography/pages/DistrictPage'), 'DistrictPage');
const HomePage = lazyPage(() => import('../features/geography/pages/HomePage'), 'HomePage');
const AssociationInitiativesPage = lazyPage(
  () => import('../features/funding-partners/pages/AssociationInitiativesPage'),
  'AssociationInitiativesPage',
  ['fundingPartners'],
);
const FundingCoordinationPage = lazyPage(
  () => import('../features/funding-partners/pages/FundingCoordinationPage'),
  'FundingCoordinationPage',
  ['fundingPartners'],
);
const SponsorPage = lazyPage(() => import('../features/funding-partners/pages/SponsorPage'), 'SponsorPage', [
  'fundingPartners',
]);
const HostDashboardPage = lazyPage(
  () => import('../features/hosting/pages/HostDashboardPage'),
  'HostDashboardPage',
  ['hosting'],
);
const HostOnboardingPage = lazyPage(
  () => import('../features/hosting/pages/HostOnboardingPage'),
  'HostOnboardingPage',
  ['hosting'],
);
const RentalUnitsPage = lazyPage(
  () => import('../features/hosting/pages/RentalUnitsPage'),
  'RentalUnitsPage',
  ['hosting'],
);
const AssociationHostingPage = lazyPage(
  () => import('../features/hosting-partners/pages/AssociationHostingPage'),
  'AssociationHostingPage',
  ['hostingPartners'],
);
const HostingOverviewPage = lazyPage(
  () => import('../features/hosting-partners/pages/HostingOverviewPage'),
  'HostingOverviewPage',
  ['hostingPartners'],
);
const HousingOperatorPage = lazyPage(
  () => import('../features/hosting-partners/pages/HousingOperatorPage'),
  'HousingOperatorPage',
  ['hostingPartners'],
);
const AccountPage = lazyPage(() => import('../features/identity/pages/AccountPage'), 'AccountPage');
const ForgotPasswordPage = lazyPage(
  () => import('../features/identity/pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(
  () => import('../features/identity/pages/ResetPasswordPage'),
  'ResetPasswordPage',
);
const SignInPage = lazyPage(() => import('../features/identity/pages/SignInPage'), 'SignInPage');
const SignUpPage = lazyPage(() => import('../features/identity/pages/SignUpPage'), 'SignUpPage');
const VerifyEmailPage = lazyPage(
  () => import('../features/identity/pages/VerifyEmailPage'),
  'VerifyEmailPage',
);
const MyGiftsPage = lazyPage(() => import('../features/items/pages/MyGiftsPage'), 'MyGiftsPage', ['items']);
const NeedPage = lazyPage(() => import('../features/items/pages/NeedPage'), 'NeedPage', ['items']);
const NeedsPage = lazyPage(() => import('../features/items/pages/NeedsPage'), 'NeedsPage', ['items']);
const OrganisationNeedsPage = lazyPage(
  () => import('../features/items/pages/OrganisationNeedsPage'),
  'OrganisationNeedsPage',
  ['items', 'matching'],
);
const MatchingRunsPage = lazyPage(
  () => import('../features/matching/pages/MatchingRunsPage'),
  'MatchingRunsPage',
  ['matching'],
);
const AttestationPage = lazyPage(
  () => import('../features/missions/pages/AttestationPage'),
  'AttestationPage',
  ['missions'],
);
const MissionPage = lazyPage(() => import('../features/missions/pages/MissionPage'), 'MissionPage', [
  'missions',
]);
const MissionsPage = lazyPage(() => import('../features/missions/pages/MissionsPage'), 'MissionsPage', [
  'missions',
]);
const VolunteerDashboardPage = lazyPage(
  () => import('../features/missions/pages/VolunteerDashboardPage'),
  'VolunteerDashboardPage',
  ['missions'],
);
const AssociationMissionsPage = lazyPage(
  () => import('../features/missions-partners/pages/AssociationMissionsPage'),
  'AssociationMissionsPage',
  ['hostingPartners', 'missionsPartners'],
);
const MissionApplicationsPage = lazyPage(
  () => import('../features/missions-partners/pages/MissionApplicationsPage'),
  'MissionApplicationsPage',
  ['hostingPartners', 'missionsPartners'],
);
const CollectionPointDeskPage = lazyPage(
  () => import('../features/stock/pages/CollectionPointDeskPage'),
  'CollectionPointDeskPage',
  ['matching', 'stock'],
);
const AcceptInvitationPage = lazyPage(
  () => import('../features/organisations/pages/AcceptInvitationPage'),
  'AcceptInvitationPage',
);
const MyOrganisationsPage = lazyPage(
  () => import('../features/organisations/pages/MyOrganisationsPage'),
  'MyOrganisationsPage',
);
const OrganisationPage = lazyPage(
  () => import('../features/organisations/pages/OrganisationPage'),
  'OrganisationPage',
  ['fundingPartners', 'hostingPartners', 'items', 'missionsPartners', 'partners'],
);
const RegisterOrganisationPage = lazyPage(
  () => import('../features/organisations/pages/RegisterOrganisationPage'),
  'RegisterOrganisationPage',
);
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage'), 'NotFoundPage');

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
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="partenaires" element={<PartnerDirectoryPage />} />
        <Route path="partenaires/annonces" element={<AnnouncementsPage />} />
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
