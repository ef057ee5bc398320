import { BadUserInputException } from '@entraide/api-core';
import { MISSION_SCORING, MissionForVolunteers, recommendMissions } from '@entraide/matching';
import { isDistrictCode } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { VolunteerProfileInput } from '../dto/missions.inputs';
import { HalfDay, RecommendationReasonKind } from '../missions.enums';
import { MissionRecommendationModel, VolunteerProfileModel } from '../models/missions.models';
import { requireLanguageList } from '../utils/missions-validation.util';
import { MissionRow, selectMissions, toMission } from './missions.service';

type CandidateRow = {
  id: string;
  languages: MissionForVolunteers['languages'];
  skills: string[];
  district_code: string | null;
  remote: boolean;
  slots: string[] | null;
};

type ProfileRow = {
  skills: string[];
  languages: VolunteerProfileModel['languages'];
  availability: HalfDay[];
  districts: string[];
  max_hours_per_week: number;
  solidarity_reserve: boolean;
  civic_service: boolean;
};

/** Volunteer profiles, and the missions recommended from them by `libs/matching`. */
@Injectable()
export class VolunteersService {
  constructor(@InjectEntityManager() private readonly manager: EntityManager) {}

  async profile(userId: string): Promise<VolunteerProfileModel | null> {
    const [row]: ProfileRow[] = await this.manager.query(
      `SELECT skills, languages, availability, districts::text[] AS districts, max_hours_per_week, solidarity_reserve,
              civic_service
       FROM volunteer_profile WHERE user_id = $1`,
      [userId],
    );
    return row ? toProfile(row) : null;
  }

  async saveProfile(input: VolunteerProfileInput, userId: string): Promise<VolunteerProfileModel> {
    const skills = [...new Set(input.skills.map((skill) => skill.trim().toLowerCase()).filter(Boolean))];
    if (skills.length > 30 || skills.some((skill) => skill.length > 60))
      throw new BadUserInputException('At most 30 skills of at most 60 characters.');
    const languages = requireLanguageList(input.languages);
    const districts = [...new Set(input.districts)];
    const unknown = districts.filter((code) => !isDistrictCode(code));
    if (unknown.length > 0) throw new BadUserInputException(`Unknown arrondissement: ${unknown.join(', ')}.`);
    if (!Number.isInteger(input.maxHoursPerWeek) || input.maxHoursPerWeek < 1 || input.maxHoursPerWeek > 60)
      throw new BadUserInputException('The maximum hours per week must be a whole number from 1 to 60.');
    await this.manager.query(
      `INSERT INTO volunteer_profile (user_id, skills, languages, availability, districts, max_hours_per_week,
         solidarity_reserve, civic_service)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (user_id) DO UPDATE SET skills = $2, languages = $3, availability = $4, districts = $5,
         max_hours_per_week = $6, solidarity_reserve = $7, civic_service = $8, updated_at = now()`,
      [
        userId,
        skills,
        JSON.stringify(languages),
        [...new Set(input.availability)],
        districts,
        input.maxHoursPerWeek,
        input.solidarityReserve,
        input.civicService,
      ],
    );
    return (await this.profile(userId))!;
  }

  /**
   * The missions that suit the volunteer best. SQL keeps the candidates the volunteer could do (every
   * language required spoken, open to them, to come); `recommendMissions` scores and ranks them.
   */
  async recommendations(userId: string, first: number): Promise<MissionRecommendationModel[]> {
    const profile = await this.profile(userId);
    if (!profile) throw new BadUserInputException('Fill in your volunteer profile first.');
    const limit = Math.min(Math.max(first, 1), 50);
    const candidates: CandidateRow[] = await this.manager.query(
      `SELECT m.id, m.languages, m.skills, m.district_code, m.remote,
              CASE WHEN m.schedule = 'WEEKLY' THEN ARRAY[m.weekly_slot]
                   ELSE (SELECT array_agg(DISTINCT s.half_day) FROM mission_shift s
                         WHERE s.mission_id = m.id AND s.starts_at > now() AND s.accepted < s.capacity) END AS slots
       FROM mission m
       WHERE m.status = 'PUBLISHED' AND m.language_codes <@ $1::text[]
         AND (m.remote OR m.district_code IN (
               SELECT d.to_code FROM district_distance d WHERE d.from_code = ANY ($2::varchar[]) AND d.km <= $5))
         AND (CASE WHEN m.schedule = 'WEEKLY' THEN m.weekly_slot = ANY ($4::text[])
                   ELSE m.open_until > now() AND EXISTS (
                     SELECT 1 FROM mission_shift s WHERE s.mission_id = m.id AND s.starts_at > now()
                       AND s.accepted < s.capacity AND s.half_day = ANY ($4::text[])) END)
         AND NOT EXISTS (SELECT 1 FROM mission_application a
                         WHERE a.mission_id = m.id AND a.volunteer_id = $3 AND a.status <> 'WITHDRAWN')`,
      [
        profile.languages.map((language) => language.code),
        profile.districts,
        userId,
        profile.availability,
        MISSION_SCORING.maxKm,
      ],
    );
    const distances = new Map<string, number>(
      (
        await this.manager.query(
          `SELECT from_code || '/' || to_code AS pair, km::float AS km FROM district_distance WHERE from_code = ANY ($1::varchar[])`,
          [profile.districts],
        )
      ).map((row: { pair: string; km: number }) => [row.pair, row.km]),
    );
    const ranked = recommendMissions(
      {
        languages: profile.languages,
        skills: profile.skills,
        availability: profile.availability,
        districts: profile.districts,
      },
      candidates.map((row) => ({
        id: row.id,
        languages: row.languages,
        skills: row.skills,
        districtCode: row.district_code,
        remote: row.remote,
        slots: row.slots ?? [],
      })),
      (from, to) => distances.get(`${from}/${to}`),
      limit,
    );
    if (ranked.length === 0) return [];
    const rows: MissionRow[] = await this.manager.query(
      `${selectMissions(true)} WHERE m.id = ANY ($1::uuid[])`,
      [ranked.map((recommendation) => recommendation.missionId)],
    );
    const byId = new Map(rows.map((row) => [row.id, toMission(row)]));
    return ranked.map((recommendation) => ({
      mission: byId.get(recommendation.missionId)!,
      score: recommendation.score,
      reasons: recommendation.reasons.map((reason) => ({
        kind: reason.kind as RecommendationReasonKind,
        code: 'code' in reason ? reason.code : undefined,
        km: 'km' in reason ? reason.km : undefined,
        slot: 'slot' in reason ? (reason.slot as HalfDay) : undefined,
        skill: 'skill' in reason ? reason.skill : undefined,
      })),
    }));
  }
}

function toProfile(row: ProfileRow): VolunteerProfileModel {
  return {
    skills: row.skills,
    languages: row.languages,
    availability: row.availability,
    districts: row.districts,
    maxHoursPerWeek: row.max_hours_per_week,
    solidarityReserve: row.solidarity_reserve,
    civicService: row.civic_service,
  };
}
