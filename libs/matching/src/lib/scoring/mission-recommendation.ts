/**
 * Every weight of mission recommendations, in one place. A mission a volunteer cannot do (a required language
 * missing or below the level, no shared free time, too far) is left out; the others are ranked by a score
 * between 0 and 1 made of languages, distance, time and skills.
 */
export const MISSION_SCORING = {
  weights: { languages: 0.35, distance: 0.25, time: 0.25, skills: 0.15 },
  /** Beyond this distance from every district the volunteer chose, an on-site mission is left out. */
  maxKm: 8,
  /** A remote mission counts as this close. */
  remoteDistance: 0.8,
  /** Languages other than French weigh fully; French alone, when required, this much. */
  frenchOnly: 0.5,
} as const;

/** CEFR levels, and NATIVE above them. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export interface SpokenLanguage {
  /** ISO 639 code, e.g. "ti". */
  code: string;
  level: LanguageLevel;
}

export interface VolunteerForMissions {
  languages: SpokenLanguage[];
  skills: string[];
  /** Free half-days, e.g. "SAT_MORNING". */
  availability: string[];
  /** Arrondissements the volunteer can go to. */
  districts: string[];
}

export interface MissionForVolunteers {
  id: string;
  languages: SpokenLanguage[];
  skills: string[];
  /** null for a remote mission. */
  districtCode: string | null;
  remote: boolean;
  /** Half-days the mission happens in (its shifts' or its weekly slot's). */
  slots: string[];
}

export type RecommendationReason =
  | { kind: 'LANGUAGE'; code: string }
  | { kind: 'DISTANCE'; km: number }
  | { kind: 'REMOTE' }
  | { kind: 'TIME'; slot: string }
  | { kind: 'SKILL'; skill: string };

export interface MissionRecommendation {
  missionId: string;
  score: number;
  /** The most telling reasons first, for a one-line explanation. */
  reasons: RecommendationReason[];
}

const levelRank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level);
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * How well one mission suits one volunteer, or null when the volunteer cannot do it. `distanceKm(from, to)`
 * gives the distance between two arrondissements.
 */
export function scoreMission(
  volunteer: VolunteerForMissions,
  mission: MissionForVolunteers,
  distanceKm: (from: string, to: string) => number | undefined,
): MissionRecommendation | null {
  const spoken = new Map(volunteer.languages.map((language) => [language.code, levelRank(language.level)]));
  for (const required of mission.languages) {
    if ((spoken.get(required.code) ?? -1) < levelRank(required.level)) return null;
  }
  const rare = mission.languages.filter((language) => language.code !== 'fr');
  const languages = rare.length > 0 ? 1 : mission.languages.length > 0 ? MISSION_SCORING.frenchOnly : 0;

  let distance: number;
  let km: number | undefined;
  if (mission.remote || mission.districtCode === null) {
    distance = MISSION_SCORING.remoteDistance;
  } else {
    const distances = volunteer.districts
      .map((district) => distanceKm(district, mission.districtCode!))
      .filter((value): value is number => value !== undefined);
    if (distances.length === 0) return null;
    km = Math.min(...distances);
    if (km > MISSION_SCORING.maxKm) return null;
    distance = 1 - km / MISSION_SCORING.maxKm;
  }

  const free = new Set(volunteer.availability);
  const sharedSlots = mission.slots.filter((slot) => free.has(slot));
  if (mission.slots.length > 0 && sharedSlots.length === 0) return null;
  const time = mission.slots.length === 0 ? 1 : sharedSlots.length / mission.slots.length;

  const volunteerSkills = new Set(volunteer.skills);
  const sharedSkills = mission.skills.filter((skill) => volunteerSkills.has(skill));
  const skills = mission.skills.length === 0 ? 0.5 : sharedSkills.length / mission.skills.length;

  const { weights } = MISSION_SCORING;
  const score =
    weights.languages * languages +
    weights.distance * distance +
    weights.time * time +
    weights.skills * skills;
  const reasons: RecommendationReason[] = [
    ...rare.map((language) => ({ kind: 'LANGUAGE' as const, code: language.code })),
    km === undefined ? { kind: 'REMOTE' as const } : { kind: 'DISTANCE' as const, km: round(km) },
    ...sharedSlots.slice(0, 1).map((slot) => ({ kind: 'TIME' as const, slot })),
    ...sharedSkills.slice(0, 1).map((skill) => ({ kind: 'SKILL' as const, skill })),
  ];
  return { missionId: mission.id, score: round(score), reasons };
}

/**
 * The `limit` missions that suit the volunteer best, best first; ties by mission id, so that the same input
 * always gives the same list.
 */
export function recommendMissions(
  volunteer: VolunteerForMissions,
  missions: readonly MissionForVolunteers[],
  distanceKm: (from: string, to: string) => number | undefined,
  limit = 10,
): MissionRecommendation[] {
  const scored: MissionRecommendation[] = [];
  for (const mission of missions) {
    const recommendation = scoreMission(volunteer, mission, distanceKm);
    if (recommendation) scored.push(recommendation);
  }
  scored.sort(
    (a, b) => b.score - a.score || (a.missionId < b.missionId ? -1 : a.missionId > b.missionId ? 1 : 0),
  );
  return scored.slice(0, Math.max(0, limit));
}
