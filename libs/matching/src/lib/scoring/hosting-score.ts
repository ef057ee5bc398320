/**
 * Every weight of the hosting scoring, in one place. Hard constraints exclude a pair; soft ones weigh it,
 * each between 0 and 1, so that a pair's score is between 0 and 1.
 */
export const HOSTING_SCORING = {
  weights: { languages: 0.4, district: 0.3, duration: 0.3 },
  /** A shared language counts fully; none shared but French spoken by both sides counts this much. */
  frenchOnly: 0.5,
  /** A host in a neighbouring arrondissement of a preferred one counts this much. */
  neighbouringDistrict: 0.5,
  /**
   * Added to the matching weight (not to the score shown) of every pair of a household flagged urgent, so
   * that the optimum houses urgent households before any other: a pair's score never exceeds 1.
   */
  urgentPriority: 1,
} as const;

export interface HostProfile {
  beds: number;
  /** YYYY-MM-DD. */
  availableFrom: string;
  /** YYYY-MM-DD, or null when open-ended. */
  availableUntil: string | null;
  /** The longest stay the host offers, in days. */
  maxStayDays: number;
  languages: string[];
  districtCode: string;
  stepFree: boolean;
  acceptsChildren: boolean;
  hasPets: boolean;
}

export interface GuestProfile {
  householdSize: number;
  hasChildren: boolean;
  /** YYYY-MM-DD: from when the household needs a place. */
  neededFrom: string;
  minimumDays: number;
  desiredDays: number;
  languages: string[];
  preferredDistrictCodes: string[];
  needsStepFree: boolean;
  cannotLiveWithPets: boolean;
}

export type Exclusion = 'CAPACITY' | 'AVAILABILITY' | 'ACCESSIBILITY' | 'CHILDREN' | 'PETS';

export interface HostingScore {
  /** Hard constraints the pair breaks; a pair with any is never proposed. */
  exclusions: Exclusion[];
  languages: number;
  district: number;
  duration: number;
  /** Days the host can offer from when the household needs a place. */
  availableDays: number;
  score: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** How well a host suits a household, and why; `neighbours` gives each arrondissement's neighbours. */
export function hostingScore(
  host: HostProfile,
  guest: GuestProfile,
  neighbours: Record<string, readonly string[]> = {},
): HostingScore {
  const start = Math.max(dayNumber(host.availableFrom), dayNumber(guest.neededFrom));
  const end = host.availableUntil === null ? Number.POSITIVE_INFINITY : dayNumber(host.availableUntil);
  const availableDays = Math.max(0, Math.min(end - start, host.maxStayDays));
  const exclusions: Exclusion[] = [];
  if (host.beds < guest.householdSize) exclusions.push('CAPACITY');
  if (availableDays < guest.minimumDays) exclusions.push('AVAILABILITY');
  if (guest.needsStepFree && !host.stepFree) exclusions.push('ACCESSIBILITY');
  if (guest.hasChildren && !host.acceptsChildren) exclusions.push('CHILDREN');
  if (guest.cannotLiveWithPets && host.hasPets) exclusions.push('PETS');

  const hostLanguages = new Set(host.languages);
  const shared = guest.languages.filter((language) => hostLanguages.has(language) && language !== 'fr');
  const languages =
    shared.length > 0
      ? 1
      : hostLanguages.has('fr') && guest.languages.includes('fr')
        ? HOSTING_SCORING.frenchOnly
        : 0;
  const district = guest.preferredDistrictCodes.includes(host.districtCode)
    ? 1
    : guest.preferredDistrictCodes.some((code) => neighbours[code]?.includes(host.districtCode))
      ? HOSTING_SCORING.neighbouringDistrict
      : guest.preferredDistrictCodes.length === 0
        ? 1
        : 0;
  const duration = Math.min(1, availableDays / Math.max(1, guest.desiredDays));
  const { weights } = HOSTING_SCORING;
  const score =
    exclusions.length > 0
      ? 0
      : Math.round(
          (weights.languages * languages + weights.district * district + weights.duration * duration) * 1000,
        ) / 1000;
  return {
    exclusions,
    languages,
    district,
    duration,
    availableDays,
    score,
  };
}
