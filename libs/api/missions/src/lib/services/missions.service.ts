import {
  BadUserInputException,
  characterCount,
  ConflictException,
  NotFoundException,
  requireDay,
  requireText,
} from '@entraide/api-core';
import { AccessService, OrganisationKind } from '@entraide/api-identity';
import { isDistrictCode, isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { MissionInput, MissionSearchInput, ShiftInput, UpdateMissionInput } from '../dto/missions.inputs';
import { MissionSchedule, MissionStatus } from '../missions.enums';
import { MissionModel, MissionSearchResultModel } from '../models/missions.models';
import { requireLanguageList } from '../utils/missions-validation.util';

export type MissionRow = {
  id: string;
  organisation_id: string;
  organisation_name: string;
  title: string;
  description: string;
  kind: MissionModel['kind'];
  skills: string[];
  languages: MissionModel['languages'];
  district_code: string | null;
  remote: boolean;
  schedule: MissionSchedule;
  weekly_slot: MissionModel['weeklySlot'] | null;
  weekly_starts: string | null;
  weekly_ends: string | null;
  minimum_commitment: string | null;
  contact_name: string;
  contact_email: string;
  restricted: boolean;
  for_solidarity_reserve: boolean;
  for_civic_service: boolean;
  status: MissionStatus;
  created_at: Date;
  response_hours: string | null;
  shifts: { id: string; startsAt: string; endsAt: string; capacity: number; accepted: number }[];
  total?: number;
};

/**
 * Missions with their organisation, their shifts (`upcoming`: only those not yet ended) and the median time
 * their association takes to answer applications; `WHERE`, `ORDER BY` and `LIMIT` follow.
 */
export function selectMissions(upcoming: boolean, extraColumns = ''): string {
  return `
  SELECT m.id, m.organisation_id, o.name AS organisation_name, m.title, m.description, m.kind, m.skills, m.languages,
         m.district_code, m.remote, m.schedule, m.weekly_slot, to_char(m.weekly_starts, 'HH24:MI') AS weekly_starts,
         to_char(m.weekly_ends, 'HH24:MI') AS weekly_ends, m.minimum_commitment, m.contact_name, m.contact_email,
         m.restricted, m.for_solidarity_reserve, m.for_civic_service, m.status, m.created_at,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.decided_at - a.created_at) / 3600)
          FROM mission_application a JOIN mission om ON om.id = a.mission_id
          WHERE om.organisation_id = m.organisation_id AND a.decided_at IS NOT NULL) AS response_hours,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                     'capacity', s.capacity, 'accepted', s.accepted) ORDER BY s.starts_at)
                   FROM mission_shift s WHERE s.mission_id = m.id ${upcoming ? 'AND s.ends_at > now()' : ''}), '[]') AS shifts
         ${extraColumns}
  FROM mission m JOIN organisation o ON o.id = m.organisation_id`;
}

const MAX_PAGE = 50;
/** How many of the newest matches a search ranks. */
export const SEARCH_CAP = 500;

@Injectable()
export class MissionsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
  ) {}

  async publish(input: MissionInput, userId: string): Promise<MissionModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.ASSOCIATION });
    const values = validateMission(input);
    const shifts = validateShifts(input.schedule, input.shifts, true);
    const id = await this.manager.transaction(async (tx) => {
      const [{ id }] = await tx.query(
        `INSERT INTO mission (organisation_id, title, description, kind, skills, languages, language_codes, district_code,
           remote, schedule, weekly_slot, weekly_starts, weekly_ends, minimum_commitment, contact_name, contact_email,
           restricted, for_solidarity_reserve, for_civic_service, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
        [input.organisationId, ...values, userId],
      );
      await insertShifts(tx, id, shifts);
      return id as string;
    });
    return this.get(id);
  }

  async update(input: UpdateMissionInput, userId: string): Promise<MissionModel> {
    const values = validateMission(input);
    await this.manager.transaction(async (tx) => {
      const mission = await this.lockForMember(tx, input.id, userId);
      if (mission.organisation_id !== input.organisationId)
        throw new BadUserInputException('A mission cannot move to another organisation.');
      if (mission.status !== MissionStatus.PUBLISHED) throw new ConflictException('This mission is closed.');
      if (mission.schedule !== input.schedule)
        throw new BadUserInputException('The kind of schedule cannot change: duplicate the mission instead.');
      const [{ shifts }] = await tx.query(
        `SELECT count(*)::int AS shifts FROM mission_shift WHERE mission_id = $1`,
        [input.id],
      );
      const added = validateShifts(input.schedule, input.shifts, shifts === 0);
      await tx.query(
        `UPDATE mission SET title = $2, description = $3, kind = $4, skills = $5, languages = $6, language_codes = $7,
           district_code = $8, remote = $9, schedule = $10, weekly_slot = $11, weekly_starts = $12, weekly_ends = $13,
           minimum_commitment = $14, contact_name = $15, contact_email = $16, restricted = $17,
           for_solidarity_reserve = $18, for_civic_service = $19, updated_at = now()
         WHERE id = $1`,
        [input.id, ...values],
      );
      await insertShifts(tx, input.id, added);
    });
    return this.get(input.id);
  }

  async close(id: string, userId: string): Promise<MissionModel> {
    await this.manager.transaction(async (tx) => {
      const mission = await this.lockForMember(tx, id, userId, false);
      if (mission.status === MissionStatus.CLOSED)
        throw new ConflictException('This mission is already closed.');
      await tx.query(`UPDATE mission SET status = 'CLOSED', updated_at = now() WHERE id = $1`, [id]);
    });
    return this.get(id);
  }

  /** A published copy without shifts (a weekly mission is ready at once; shifts are added by editing). */
  async duplicate(id: string, userId: string): Promise<MissionModel> {
    const copy = await this.manager.transaction(async (tx) => {
      await this.lockForMember(tx, id, userId);
      const [{ id: copyId }] = await tx.query(
        `INSERT INTO mission (organisation_id, title, description, kind, skills, languages, language_codes, district_code,
           remote, schedule, weekly_slot, weekly_starts, weekly_ends, minimum_commitment, contact_name, contact_email,
           restricted, for_solidarity_reserve, for_civic_service, created_by)
         SELECT organisation_id, left('Copie de ' || title, 140), description, kind, skills, languages, language_codes,
           district_code, remote, schedule, weekly_slot, weekly_starts, weekly_ends, minimum_commitment, contact_name,
           contact_email, restricted, for_solidarity_reserve, for_civic_service, $2
         FROM mission WHERE id = $1 RETURNING id`,
        [id, userId],
      );
      return copyId as string;
    });
    return this.get(copy);
  }

  async get(id: string): Promise<MissionModel> {
    const [row]: MissionRow[] = isUuid(id)
      ? await this.manager.query(`${selectMissions(true)} WHERE m.id = $1`, [id])
      : [];
    if (!row) throw new NotFoundException('No mission has this id.');
    return toMission(row);
  }

  async ofOrganisation(organisationId: string, userId: string): Promise<MissionModel[]> {
    await this.access.requireMemberOf(organisationId, userId, { verified: false });
    const rows: MissionRow[] = await this.manager.query(
      `${selectMissions(false)} WHERE m.organisation_id = $1 ORDER BY (m.status = 'PUBLISHED') DESC, m.created_at DESC`,
      [organisationId],
    );
    return rows.map(toMission);
  }

  /**
   * Published missions still to come, filtered: among the SEARCH_CAP newest that match, the best text match
   * first, then the newest. Walking the newest matches (an index on the publication date) rather than ranking
   * every match keeps a broad search ("français" over tens of thousands of missions) as fast as a narrow one;
   * beyond the cap the total is given as a lower bound (`totalCapped`).
   */
  async search(search: MissionSearchInput): Promise<MissionSearchResultModel> {
    const text = search.text?.trim() || null;
    if (text && text.length > 200)
      throw new BadUserInputException('The search text must have at most 200 characters.');
    if (search.districtCode && !isDistrictCode(search.districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${search.districtCode}".`);
    const date = search.date ? requireDay(search.date, 'The date') : null;
    const first = Math.min(Math.max(search.first ?? 20, 1), MAX_PAGE);
    const offset = Math.min(Math.max(search.offset ?? 0, 0), SEARCH_CAP);
    // The text condition is written out only when there is a text, with the query inline: the planner then
    // estimates how many missions match and walks the newest first or the text index, whichever is cheaper.
    // Behind `query.q IS NULL OR …` it could do neither and read every mission.
    const tsquery = `(websearch_to_tsquery('entraide_fr', $1) || websearch_to_tsquery('entraide_en', $1))`;
    const rows: MissionRow[] = await this.manager.query(
      `WITH query AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE ${tsquery} END AS q),
       found AS (
         SELECT m.id, m.search, m.created_at
         FROM mission m
         WHERE m.status = 'PUBLISHED'
           ${text ? `AND m.search @@ ${tsquery}` : ''}
           AND ($2::text IS NULL OR m.kind = $2)
           AND ($3::text IS NULL OR m.district_code = $3)
           AND ($4::text IS NULL OR $4 = ANY (m.language_codes))
           AND (NOT $7::boolean OR m.for_solidarity_reserve)
           AND (NOT $8::boolean OR m.for_civic_service)
           AND (m.schedule = 'WEEKLY' OR m.open_until > now())
           AND ($5::date IS NULL OR
                (m.schedule = 'WEEKLY' AND left(m.weekly_slot, 3) = upper(to_char($5::date, 'DY')))
                OR EXISTS (SELECT 1 FROM mission_shift s WHERE s.mission_id = m.id
                           AND (s.starts_at AT TIME ZONE 'Europe/Paris')::date = $5::date))
         ORDER BY m.created_at DESC, m.id
         LIMIT $10),
       page AS (
         SELECT found.id, CASE WHEN query.q IS NULL THEN 0 ELSE ts_rank(found.search, query.q) END AS rank,
                found.created_at, count(*) OVER () AS total
         FROM found, query ORDER BY rank DESC, found.created_at DESC, found.id LIMIT $6 OFFSET $9)
       ${selectMissions(true, ', page.total::int AS total')}
       JOIN page ON page.id = m.id
       ORDER BY page.rank DESC, m.created_at DESC, m.id`,
      [
        text,
        search.kind ?? null,
        search.districtCode ?? null,
        search.language?.trim().toLowerCase() || null,
        date,
        first,
        search.forSolidarityReserve ?? false,
        search.forCivicService ?? false,
        offset,
        SEARCH_CAP + 1,
      ],
    );
    const total = rows[0]?.total ?? 0;
    return {
      missions: rows.map(toMission),
      total: Math.min(total, SEARCH_CAP),
      totalCapped: total > SEARCH_CAP,
    };
  }

  private async lockForMember(
    tx: EntityManager,
    id: string,
    userId: string,
    verified = true,
  ): Promise<{ organisation_id: string; status: MissionStatus; schedule: MissionSchedule }> {
    const [mission] = isUuid(id)
      ? await tx.query(`SELECT organisation_id, status, schedule FROM mission WHERE id = $1 FOR UPDATE`, [id])
      : [];
    if (!mission) throw new NotFoundException('No mission has this id.');
    await this.access.requireMemberOf(mission.organisation_id, userId, { verified });
    return mission;
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateMission(input: MissionInput): unknown[] {
  const title = requireText(input.title, 'The title', 140);
  if (characterCount(title) < 3)
    throw new BadUserInputException('The title must have at least 3 characters.');
  const description = requireText(input.description, 'The description', 5000);
  if (characterCount(description) < 10)
    throw new BadUserInputException('The description must have at least 10 characters.');
  if (input.districtCode && !isDistrictCode(input.districtCode))
    throw new BadUserInputException(`Unknown arrondissement "${input.districtCode}".`);
  if (!input.remote && !input.districtCode)
    throw new BadUserInputException('Give the arrondissement where the mission happens, or mark it remote.');
  const skills = [...new Set(input.skills.map((skill) => skill.trim().toLowerCase()).filter(Boolean))];
  if (skills.length > 20 || skills.some((skill) => skill.length > 60))
    throw new BadUserInputException('At most 20 skills of at most 60 characters.');
  const languages = requireLanguageList(input.languages);
  let weekly: [string | null, string | null, string | null] = [null, null, null];
  if (input.schedule === MissionSchedule.WEEKLY) {
    if (!input.weeklySlot || !input.weeklyStarts || !input.weeklyEnds)
      throw new BadUserInputException('A weekly mission needs its half-day, its start and its end.');
    if (!TIME.test(input.weeklyStarts) || !TIME.test(input.weeklyEnds))
      throw new BadUserInputException('Times are written HH:MM.');
    if (input.weeklyEnds <= input.weeklyStarts)
      throw new BadUserInputException('The end must come after the start.');
    weekly = [input.weeklySlot, input.weeklyStarts, input.weeklyEnds];
  }
  const contactName = requireText(input.contactName, 'The contact name', 120);
  const contactEmail = requireText(input.contactEmail, 'The contact email', 200).toLowerCase();
  if (!EMAIL.test(contactEmail)) throw new BadUserInputException('The contact email is not valid.');
  return [
    title,
    description,
    input.kind,
    skills,
    JSON.stringify(languages),
    languages.map((language) => language.code),
    input.districtCode || null,
    input.remote,
    input.schedule,
    ...weekly,
    requireText(input.minimumCommitment, 'The minimum commitment', 200, true),
    contactName,
    contactEmail,
    input.restricted,
    input.forSolidarityReserve,
    input.forCivicService,
  ];
}

function validateShifts(schedule: MissionSchedule, shifts: ShiftInput[], required: boolean): ShiftInput[] {
  if (schedule === MissionSchedule.WEEKLY) {
    if (shifts.length > 0) throw new BadUserInputException('A weekly mission has no one-off shifts.');
    return [];
  }
  if (required && shifts.length === 0) throw new BadUserInputException('Add at least one shift.');
  if (shifts.length > 100) throw new BadUserInputException('At most 100 shifts at once.');
  for (const shift of shifts) {
    if (
      !(shift.startsAt instanceof Date) ||
      Number.isNaN(shift.startsAt.getTime()) ||
      shift.startsAt.getTime() <= Date.now()
    )
      throw new BadUserInputException('A shift must start in the future.');
    if (!(shift.endsAt instanceof Date) || shift.endsAt <= shift.startsAt)
      throw new BadUserInputException('A shift must end after it starts.');
    if (shift.endsAt.getTime() - shift.startsAt.getTime() > 24 * 3600_000)
      throw new BadUserInputException('A shift lasts at most 24 hours.');
    if (!Number.isInteger(shift.capacity) || shift.capacity < 1 || shift.capacity > 500)
      throw new BadUserInputException('A shift’s capacity must be a whole number from 1 to 500.');
  }
  return shifts;
}

/** Adds shifts, and moves the mission's `open_until` to the end of its last shift. */
async function insertShifts(tx: EntityManager, missionId: string, shifts: ShiftInput[]): Promise<void> {
  if (shifts.length === 0) return;
  await tx.query(
    `INSERT INTO mission_shift (mission_id, starts_at, ends_at, capacity)
     SELECT $1, * FROM unnest($2::timestamptz[], $3::timestamptz[], $4::int[])`,
    [
      missionId,
      shifts.map((shift) => shift.startsAt),
      shifts.map((shift) => shift.endsAt),
      shifts.map((shift) => shift.capacity),
    ],
  );
  await tx.query(
    `UPDATE mission SET open_until = (SELECT max(ends_at) FROM mission_shift WHERE mission_id = $1) WHERE id = $1`,
    [missionId],
  );
}

export function toMission(row: MissionRow): MissionModel {
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    title: row.title,
    description: row.description,
    kind: row.kind,
    skills: row.skills,
    languages: row.languages,
    districtCode: row.district_code ?? undefined,
    remote: row.remote,
    schedule: row.schedule,
    shifts: row.shifts.map((shift) => ({
      id: shift.id,
      startsAt: new Date(shift.startsAt),
      endsAt: new Date(shift.endsAt),
      capacity: shift.capacity,
      accepted: shift.accepted,
      remaining: shift.capacity - shift.accepted,
    })),
    weeklySlot: row.weekly_slot ?? undefined,
    weeklyStarts: row.weekly_starts ?? undefined,
    weeklyEnds: row.weekly_ends ?? undefined,
    minimumCommitment: row.minimum_commitment ?? undefined,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    restricted: row.restricted,
    forSolidarityReserve: row.for_solidarity_reserve,
    forCivicService: row.for_civic_service,
    status: row.status,
    responseHours: row.response_hours === null ? undefined : Math.round(Number(row.response_hours) * 10) / 10,
    createdAt: row.created_at,
  };
}
