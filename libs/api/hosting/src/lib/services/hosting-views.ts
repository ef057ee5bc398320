import { AgeBand, RoomKind } from '../hosting.enums';
import { HostSummaryModel, HouseholdSummaryModel, OrganisationContactModel } from '../models/hosting.models';

/**
 * Columns describing the home (`h`, with its host `hu`), the household (`r`) and its association (`ro`) of a
 * proposal or a stay; `revealed` says whether the address and the host's contact may be shown.
 */
export const PAIR_COLUMNS = `
  h.id AS offer_id, h.room_kind, h.beds, h.district_code AS host_district,
  to_char(h.available_from, 'YYYY-MM-DD') AS host_available_from,
  to_char(h.available_until, 'YYYY-MM-DD') AS host_available_until, h.max_stay_days,
  h.languages AS host_languages, h.household_adults, h.household_children, h.has_pets, h.smoking, h.step_free,
  h.house_rules, h.offers_meals, h.offers_french_help, h.other_support, h.address, hu.display_name AS host_name,
  hu.email AS host_email,
  r.age_bands, r.languages AS household_languages, to_char(r.needed_from, 'YYYY-MM-DD') AS needed_from,
  r.desired_days, ro.id AS organisation_id, ro.name AS organisation_name, ro.contact_email AS organisation_email,
  ro.contact_phone AS organisation_phone`;

export const PAIR_JOINS = `
  JOIN host_offer h ON h.id = p.host_offer_id
  JOIN app_user hu ON hu.id = h.host_id
  JOIN hosting_request r ON r.id = p.hosting_request_id
  JOIN organisation ro ON ro.id = r.organisation_id`;

export interface PairRow {
  offer_id: string;
  room_kind: RoomKind;
  beds: number;
  host_district: string;
  host_available_from: string;
  host_available_until: string | null;
  max_stay_days: number;
  host_languages: string[];
  household_adults: number;
  household_children: number;
  has_pets: boolean;
  smoking: boolean;
  step_free: boolean;
  house_rules: string | null;
  offers_meals: boolean;
  offers_french_help: boolean;
  other_support: string | null;
  address: string;
  host_name: string;
  host_email: string;
  age_bands: AgeBand[];
  household_languages: string[];
  needed_from: string;
  desired_days: number;
  organisation_id: string;
  organisation_name: string;
  organisation_email: string;
  organisation_phone: string | null;
}

export function hostSummaryOf(row: PairRow, revealed: boolean): HostSummaryModel {
  return {
    offerId: row.offer_id,
    roomKind: row.room_kind,
    beds: row.beds,
    districtCode: row.host_district,
    availableFrom: row.host_available_from,
    availableUntil: row.host_available_until ?? undefined,
    maxStayDays: row.max_stay_days,
    languages: row.host_languages,
    householdAdults: row.household_adults,
    householdChildren: row.household_children,
    hasPets: row.has_pets,
    smoking: row.smoking,
    stepFree: row.step_free,
    houseRules: row.house_rules ?? undefined,
    offersMeals: row.offers_meals,
    offersFrenchHelp: row.offers_french_help,
    otherSupport: row.other_support ?? undefined,
    address: revealed ? row.address : undefined,
    host: revealed ? { displayName: row.host_name, email: row.host_email } : undefined,
  };
}

export function householdSummaryOf(row: PairRow): HouseholdSummaryModel {
  return {
    size: row.age_bands.length,
    ageBands: row.age_bands,
    languages: row.household_languages,
    neededFrom: row.needed_from,
    desiredDays: row.desired_days,
  };
}

export function organisationContactOf(row: PairRow): OrganisationContactModel {
  return {
    id: row.organisation_id,
    name: row.organisation_name,
    contactEmail: row.organisation_email,
    contactPhone: row.organisation_phone ?? undefined,
  };
}
