import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
  ForbiddenException,
  NotFoundException,
  parisToday,
  requireDay,
  requireText,
} from '@entraide/api-core';
import { AccessService, OrganisationKind } from '@entraide/api-identity';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import {
  CloseMentoringPairInput,
  CreateMentoringPairInput,
  LogMentoringSessionInput,
} from '../dto/missions.inputs';
import { MentoringGoal, MentoringStatus } from '../missions.enums';
import { MentoringPairModel } from '../models/missions.models';

type PairRow = {
  id: string;
  organisation_id: string;
  organisation_name: string;
  mentor_id: string;
  mentor_name: string;
  mentor_email: string;
  mentee_alias: string;
  goals: MentoringGoal[];
  status: MentoringStatus;
  outcome: string | null;
  created_at: Date;
  closed_at: Date | null;
  sessions: {
    id: string;
    occurredOn: string;
    minutes: number;
    topic: string;
    nextStep: string | null;
    loggedBy: string | null;
  }[];
};

const SELECT_PAIRS = `
  SELECT p.id, p.organisation_id, o.name AS organisation_name, p.mentor_id, u.display_name AS mentor_name,
         u.email AS mentor_email, p.mentee_alias, p.goals, p.status, p.outcome, p.created_at, p.closed_at,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'occurredOn', to_char(s.occurred_on, 'YYYY-MM-DD'),
             'minutes', s.minutes, 'topic', s.topic, 'nextStep', s.next_step, 'loggedBy', l.display_name)
             ORDER BY s.occurred_on, s.created_at)
           FROM mentoring_session s LEFT JOIN app_user l ON l.id = s.logged_by WHERE s.pair_id = p.id), '[]') AS sessions
  FROM mentoring_pair p JOIN organisation o ON o.id = p.organisation_id JOIN app_user u ON u.id = p.mentor_id`;

/**
 * Mentoring: an association pairs a volunteer mentor with a person it supports (an alias only) around goals;
 * both log sessions; the association closes the pairing with its outcome. Read only by the association, the
 * mentor and coordinators, and every read is audited.
 */
@Injectable()
export class MentoringService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
  ) {}

  async create(input: CreateMentoringPairInput, userId: string): Promise<MentoringPairModel> {
    await this.access.requireMemberOf(input.organisationId, userId, { kind: OrganisationKind.ASSOCIATION });
    const alias = requireText(input.menteeAlias, 'The alias', 60);
    if (characterCount(alias) < 2)
      throw new BadUserInputException('The alias must have at least 2 characters.');
    const goals = [...new Set(input.goals)];
    if (goals.length === 0) throw new BadUserInputException('Choose at least one goal.');
    const [mentor] = await this.manager.query(
      `SELECT id FROM app_user WHERE email = lower($1) AND deleted_at IS NULL`,
      [input.mentorEmail.trim()],
    );
    if (!mentor)
      throw new BadUserInputException('No Entraide account has this email: the mentor must sign up first.');
    const [{ id }] = await this.manager.query(
      `INSERT INTO mentoring_pair (organisation_id, mentor_id, mentee_alias, goals, created_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING id`,
      [input.organisationId, mentor.id, alias, goals, userId],
    );
    return (await this.read(`p.id = $1`, [id], userId))[0];
  }

  async logSession(input: LogMentoringSessionInput, userId: string): Promise<MentoringPairModel> {
    const occurredOn = requireDay(input.occurredOn, 'The date');
    if (occurredOn > parisToday()) throw new BadUserInputException('A session cannot be logged in advance.');
    if (!Number.isInteger(input.minutes) || input.minutes < 5 || input.minutes > 600)
      throw new BadUserInputException('The duration must be from 5 to 600 minutes.');
    const topic = requireText(input.topic, 'The topic', 200);
    if (characterCount(topic) < 2) throw new BadUserInputException('The topic is too short.');
    const nextStep = requireText(input.nextStep, 'The next step', 500, true);
    await this.manager.transaction(async (tx) => {
      const pair = await this.lockAsParty(tx, input.pairId, userId);
      if (pair.status !== MentoringStatus.ACTIVE) throw new ConflictException('This pairing is closed.');
      await tx.query(
        `INSERT INTO mentoring_session (pair_id, occurred_on, minutes, topic, next_step, logged_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [input.pairId, occurredOn, input.minutes, topic, nextStep, userId],
      );
    });
    return (await this.read(`p.id = $1`, [input.pairId], userId))[0];
  }

  async close(input: CloseMentoringPairInput, userId: string): Promise<MentoringPairModel> {
    const outcome = requireText(input.outcome, 'The outcome', 1000);
    await this.manager.transaction(async (tx) => {
      const pair = await this.lockAsParty(tx, input.pairId, userId);
      await this.access.requireMemberOf(pair.organisation_id, userId, { verified: false });
      if (pair.status !== MentoringStatus.ACTIVE)
        throw new ConflictException('This pairing is already closed.');
      await tx.query(
        `UPDATE mentoring_pair SET status = 'CLOSED', outcome = $2, closed_at = now() WHERE id = $1`,
        [input.pairId, outcome],
      );
    });
    return (await this.read(`p.id = $1`, [input.pairId], userId))[0];
  }

  async ofOrganisation(organisationId: string, userId: string): Promise<MentoringPairModel[]> {
    await this.access.requireMemberOrCoordinator(organisationId, userId);
    return this.read(`p.organisation_id = $1`, [organisationId], userId);
  }

  async ofMentor(userId: string): Promise<MentoringPairModel[]> {
    return this.read(`p.mentor_id = $1`, [userId], userId);
  }

  /** Pairs matching `where`, each read written to the audit log. */
  private async read(where: string, parameters: unknown[], userId: string): Promise<MentoringPairModel[]> {
    const rows: PairRow[] = await this.manager.query(
      `${SELECT_PAIRS} WHERE ${where} ORDER BY (p.status = 'ACTIVE') DESC, p.created_at DESC`,
      parameters,
    );
    await this.audit.recordMany(
      rows.map((row) => ({
        actorId: userId,
        action: 'MENTORING_PAIR_READ',
        targetType: 'mentoring_pair',
        targetId: row.id,
      })),
    );
    return rows.map(toPair);
  }

  /** The mentor or a member of the pair's association (FORBIDDEN for anyone else). */
  private async lockAsParty(
    tx: EntityManager,
    pairId: string,
    userId: string,
  ): Promise<{ organisation_id: string; mentor_id: string; status: MentoringStatus }> {
    const [pair] = isUuid(pairId)
      ? await tx.query(
          `SELECT organisation_id, mentor_id, status FROM mentoring_pair WHERE id = $1 FOR UPDATE`,
          [pairId],
        )
      : [];
    if (!pair) throw new NotFoundException('No mentoring pair has this id.');
    if (pair.mentor_id !== userId && !(await this.access.isMemberOf(pair.organisation_id, userId)))
      throw new ForbiddenException('Only the mentor and the association may do this.');
    return pair;
  }
}

function toPair(row: PairRow): MentoringPairModel {
  return {
    id: row.id,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    mentorName: row.mentor_name,
    mentorEmail: row.mentor_email,
    menteeAlias: row.mentee_alias,
    goals: row.goals,
    status: row.status,
    outcome: row.outcome ?? undefined,
    sessions: row.sessions.map((session) => ({
      ...session,
      nextStep: session.nextStep ?? undefined,
      loggedBy: session.loggedBy ?? undefined,
    })),
    totalMinutes: row.sessions.reduce((sum, session) => sum + session.minutes, 0),
    createdAt: row.created_at,
    closedAt: row.closed_at ?? undefined,
  };
}
