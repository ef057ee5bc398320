import { CreateGeographyAndCatalogue1795800000000 } from './1795800000000-create-geography-and-catalogue';
import { SeedReferenceData1795800000001 } from './1795800000001-seed-reference-data';
import { CreateAccountsAndSessions1795800000002 } from './1795800000002-create-accounts-and-sessions';
import { CreateAccountTokensAndAttempts1795800000003 } from './1795800000003-create-account-tokens-and-attempts';
import { CreateOrganisationsRolesAndAuditLog1795800000004 } from './1795800000004-create-organisations-roles-and-audit-log';
import { CreateOrganisationInvitations1795800000005 } from './1795800000005-create-organisation-invitations';
import { AddAccountDeletion1795800000006 } from './1795800000006-add-account-deletion';
import { CreateNeedsOffersAndStockLedger1795800000007 } from './1795800000007-create-needs-offers-and-stock-ledger';
import { CreateMatchingRunsAndItemProposals1795800000008 } from './1795800000008-create-matching-runs-and-item-proposals';
import { CreateHosting1795800000009 } from './1795800000009-create-hosting';
import { CreateMissionsAndMentoring1795800000010 } from './1795800000010-create-missions-and-mentoring';
import { CreateFunding1795800000011 } from './1795800000011-create-funding';
import { CreateDashboardSummaries1795800000012 } from './1795800000012-create-dashboard-summaries';
import { CreateNotificationsAndAnnouncements1795800000013 } from './1795800000013-create-notifications-and-announcements';
import { AddDonationAttempts1795800000014 } from './1795800000014-add-donation-attempts';

/** Every migration, in order. A new migration is appended here (see CONTRIBUTING.md). */
export const MIGRATIONS = [
  CreateGeographyAndCatalogue1795800000000,
  SeedReferenceData1795800000001,
  CreateAccountsAndSessions1795800000002,
  CreateAccountTokensAndAttempts1795800000003,
  CreateOrganisationsRolesAndAuditLog1795800000004,
  CreateOrganisationInvitations1795800000005,
  AddAccountDeletion1795800000006,
  CreateNeedsOffersAndStockLedger1795800000007,
  CreateMatchingRunsAndItemProposals1795800000008,
  CreateHosting1795800000009,
  CreateMissionsAndMentoring1795800000010,
  CreateFunding1795800000011,
  CreateDashboardSummaries1795800000012,
  CreateNotificationsAndAnnouncements1795800000013,
  AddDonationAttempts1795800000014,
];
