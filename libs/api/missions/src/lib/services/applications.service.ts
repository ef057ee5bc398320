import { NotificationKind, NotificationsService } from '@entraide/api-notifications';
import {
  AuditLogService,
  BadUserInputException,
  characterCount,
  ConflictException,
  ForbiddenException,
  isConstraint,
  JobsService,
  NotFoundException,
  parisToday,
  requireDay,
  requireText,
} from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { isUuid } from '@entraide/shared';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import {
  ApplyInput,
  DecideApplicationInput,
  RecordAttendanceInput,
  RecordVettingInput,
} from '../dto/missions.inputs';
import { ApplicationDecision, ApplicationStatus, MissionSchedule } from '../missions.enums';
import {
  ApplicantModel,
  MissionApplicationModel,
  VolunteeringHistoryModel,
  VolunteerProfileModel,
} from '../models/missions.models';

export const SHIFT_REMINDER_QUEUE = 'missions-shift-reminders';
const OVERDUE_HOURS = 72;

type ApplicationRow = {
  id: string;
  mission_id: string;
  mission_title: string;
  organisation_id: string;
  organisation_name: string;
  shift: { id: string; startsAt: string; endsAt: string; capacity: number; accepted: number } | null;
  volunteer_id: string;
  volunteer_name: string;
  volunteer_email: string;
  profile: (Omit<VolunteerProfileModel, 'maxHoursPerWeek'> & { maxHoursPerWeek: number }) | null;
  vetted_on: string | null;
  message: string | null;
  status: ApplicationStatus;
  decline_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
  overdue: boolean;
  attendance: { id: string; occurredOn: string; present: boolean; hours: number }[];
};

const SELECT_APPLICATIONS = `
  SELECT a.id, a.mission_id, m.title AS mission_title, m.organisation_id, o.name AS organisation_name,
         CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
           'capacity', s.capacity, 'accepted', s.accepted) END AS shift,
         a.volunteer_id, u.display_name AS volunteer_name, u.email AS volunteer_email,
         CASE WHEN p.user_id IS NULL THEN NULL ELSE json_build_object('skills', p.skills, 'languages', p.languages,
           'availability', p.availability, 'districts', p.districts, 'maxHoursPerWeek', p.max_hours_per_week,
           'solidarityReserve', p.solidarity_reserve, 'civicService', p.civic_service) END AS profile,
         to_char(v.checked_on, 'YYYY-MM-DD') AS vetted_on, a.message, a.status, a.decline_reason, a.created_at,
         a.decided_at, (a.status = 'APPLIED' AND a.created_at < now() - interval '${OVERDUE_HOURS} hours') AS overdue,
         coalesce((SELECT json_agg(json_build_object('id', t.id, 'occurredOn', to_char(t.occurred_on, 'YYYY-MM-DD'),
           'present', t.present, 'hours', t.hours) ORDER BY t.occurred_on) FROM attendance t WHERE t.application_id = a.id), '[]')
           AS attendance
  FROM mission_application a
  JOIN mission m ON m.id = a.mission_id
  JOIN organisation o ON o.id = m.organisation_id
  JOIN app_user u ON u.id = a.volunteer_id
  LEFT JOIN mission_shift s ON s.id = a.shift_id
  LEFT JOIN volunteer_profile p ON p.user_id = a.volunteer_id
  LEFT JOIN volunteer_vetting v ON v.organisation_id = m.organisation_id AND v.volunteer_id = a.volunteer_id`;

/**
 * Applications: a volunteer applies to a mission (to one shift of it) and may withdraw; the association
 * accepts — never beyond a shift's capacity, under a row lock and a CHECK —, declines or wait-lists, records
 * its vetting for restricted missions and the attendance and hours. Accepted volunteers get a reminder (in
 * the app and by email) the day before their shift.
 */
@Injectable()
export class ApplicationsService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<object>({
      queue: SHIFT_REMINDER_QUEUE,
      retryLimit: 2,
      schedule: { cron: '*/15 * * * *', data: {} },
      handle: async () => {
        await this.sendShiftReminders();
      },
    });
  }

  async apply(input: ApplyInput, userId: string): Promise<MissionApplicationModel> {
    const message = requireText(input.message, 'The message', 1000, true);
    const id = await this.manager.transaction(async (tx) => {
      const [mission] = isUuid(input.missionId)
        ? await tx.query(`SELECT status, schedule FROM mission WHERE id = $1`, [input.missionId])
        : [];
      if (!mission) throw new NotFoundException('No mission has this id.');
      if (mission.status !== 'PUBLISHED') throw new ConflictException('This mission is closed.');
      let shiftId: string | null = null;
      if (mission.schedule === MissionSchedule.SHIFTS) {
        if (!input.shiftId) throw new BadUserInputException('Choose a shift.');
        const [shift] = isUuid(input.shiftId)
          ? await tx.query(
              `SELECT accepted, capacity, starts_at <= now() AS started FROM mission_shift WHERE id = $1 AND mission_id = $2`,
              [input.shiftId, input.missionId],
            )
          : [];
        if (!shift) throw new BadUserInputException('This shift is not one of the mission’s.');
        if (shift.started) throw new ConflictException('This shift has started.');
        if (shift.accepted >= shift.capacity) throw new ConflictException('This shift is full.');
        shiftId = input.shiftId;
      } else if (input.shiftId) {
        throw new BadUserInputException('A weekly mission has no shifts.');
      }
      try {
        const [{ id }] = await tx.query(
          `INSERT INTO mission_application (mission_id, shift_id, volunteer_id, message) VALUES ($1, $2, $3, $4) RETURNING id`,
          [input.missionId, shiftId, userId, message],
        );
        return id as string;
      } catch (error) {
        if (isConstraint(error, 'mission_application_once_key'))
          throw new ConflictException('You have already applied to this.');
        throw error;
      }
    });
    return this.get(id);
  }

  async withdraw(id: string, userId: string): Promise<MissionApplicationModel> {
    await this.manager.transaction(async (tx) => {
      const application = await this.lock(tx, id);
      if (application.volunteer_id !== userId)
        throw new ForbiddenException('Only the volunteer may withdraw.');
      if (
        application.status === ApplicationStatus.WITHDRAWN ||
        application.status === ApplicationStatus.DECLINED
      )
        throw new ConflictException(`This application is ${application.status.toLowerCase()}.`);
      if (application.status === ApplicationStatus.ACCEPTED && application.shift_id)
        await tx.query(`UPDATE mission_shift SET accepted = accepted - 1 WHERE id = $1`, [
          application.shift_id,
        ]);
      await tx.query(`UPDATE mission_application SET status = 'WITHDRAWN' WHERE id = $1`, [id]);
    });
    return this.get(id);
  }

  async decide(input: DecideApplicationInput, userId: string): Promise<MissionApplicationModel> {
    const reason = requireText(input.reason, 'The reason', 500, true);
    await this.manager.transaction(async (tx) => {
      const application = await this.lock(tx, input.id);
      await this.access.requireMemberOf(application.organisation_id, userId);
      const waiting = [ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED];
      if (!waiting.includes(application.status))
        throw new ConflictException(
          `This application is ${application.status.toLowerCase()}: there is nothing to decide.`,
        );
      if (
        input.decision === ApplicationDecision.WAITLIST &&
        application.status === ApplicationStatus.WAITLISTED
      )
        throw new ConflictException('This application is already on the waiting list.');
      if (input.decision === ApplicationDecision.ACCEPT && application.shift_id) {
        const [shift] = await tx.query(
          `SELECT accepted, capacity FROM mission_shift WHERE id = $1 FOR UPDATE`,
          [application.shift_id],
        );
        if (shift.accepted >= shift.capacity)
          throw new ConflictException('This shift is full: wait-list the volunteer or decline.');
        await tx.query(`UPDATE mission_shift SET accepted = accepted + 1 WHERE id = $1`, [
          application.shift_id,
        ]);
      }
      const status = {
        [ApplicationDecision.ACCEPT]: ApplicationStatus.ACCEPTED,
        [ApplicationDecision.DECLINE]: ApplicationStatus.DECLINED,
        [ApplicationDecision.WAITLIST]: ApplicationStatus.WAITLISTED,
      }[input.decision];
      await tx.query(
        `UPDATE mission_application SET status = $2, decided_by = $3, decided_at = now(), decline_reason = $4 WHERE id = $1`,
        [input.id, status, userId, input.decision === ApplicationDecision.DECLINE ? reason : null],
      );
    });
    return this.get(input.id);
  }

  async recordVetting(input: RecordVettingInput, userId: string): Promise<ApplicantModel> {
    await this.access.requireMemberOf(input.organisationId, userId);
    const checkedOn = requireDay(input.checkedOn, 'The date of the check');
    if (checkedOn > parisToday()) throw new BadUserInputException('The check cannot be in the future.');
    const what = requireText(input.what, 'What was checked', 200);
    if (characterCount(what) < 3) throw new BadUserInputException('Say what was checked.');
    const [applied] = isUuid(input.volunteerId)
      ? await this.manager.query(
          `SELECT 1 FROM mission_application a JOIN mission m ON m.id = a.mission_id
           WHERE a.volunteer_id = $1 AND m.organisation_id = $2 LIMIT 1`,
          [input.volunteerId, input.organisationId],
        )
      : [];
    if (!applied) throw new NotFoundException('This volunteer has not applied to your missions.');
    await this.manager.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO volunteer_vetting (organisation_id, volunteer_id, checked_on, checked_by, what) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organisation_id, volunteer_id) DO UPDATE SET checked_on = $3, checked_by = $4, what = $5, recorded_at = now()`,
        [input.organisationId, input.volunteerId, checkedOn, userId, what],
      );
      await this.audit.record(
        {
          actorId: userId,
          action: 'VOLUNTEER_VETTED',
          targetType: 'user',
          targetId: input.volunteerId,
          details: { organisationId: input.organisationId },
        },
        tx,
      );
    });
    const [row]: ApplicationRow[] = await this.manager.query(
      `${SELECT_APPLICATIONS} WHERE a.volunteer_id = $1 AND m.organisation_id = $2 LIMIT 1`,
      [input.volunteerId, input.organisationId],
    );
    return toApplicant(row);
  }

  async recordAttendance(input: RecordAttendanceInput, userId: string): Promise<MissionApplicationModel> {
    const occurredOn = requireDay(input.occurredOn, 'The date');
    if (occurredOn > parisToday())
      throw new BadUserInputException('Attendance cannot be recorded in advance.');
    if (
      !Number.isFinite(input.hours) ||
      input.hours < 0 ||
      Math.round(input.hours * 100) !== input.hours * 100
    )
      throw new BadUserInputException('Hours must be a positive number with at most two decimals.');
    if (!input.present && input.hours !== 0)
      throw new BadUserInputException('An absent volunteer has 0 hours.');
    await this.manager.transaction(async (tx) => {
      const application = await this.lock(tx, input.applicationId);
      await this.access.requireMemberOf(application.organisation_id, userId);
      if (application.status !== ApplicationStatus.ACCEPTED)
        throw new ConflictException('Attendance is recorded for accepted volunteers only.');
      const [slot] = await tx.query(
        `SELECT m.restricted, v.volunteer_id IS NOT NULL AS vetted,
                CASE WHEN s.id IS NOT NULL THEN extract(epoch FROM s.ends_at - s.starts_at) / 3600
                     ELSE extract(epoch FROM m.weekly_ends - m.weekly_starts) / 3600 END AS max_hours,
                to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS shift_day,
                left(m.weekly_slot, 3) AS weekly_day, upper(to_char($2::date, 'DY')) AS day
         FROM mission_application a JOIN mission m ON m.id = a.mission_id
         LEFT JOIN mission_shift s ON s.id = a.shift_id
         LEFT JOIN volunteer_vetting v ON v.organisation_id = m.organisation_id AND v.volunteer_id = a.volunteer_id
         WHERE a.id = $1`,
        [input.applicationId, occurredOn],
      );
      if (slot.shift_day !== null && slot.shift_day !== occurredOn)
        throw new BadUserInputException(`The shift was on ${slot.shift_day}.`);
      if (slot.shift_day === null && slot.weekly_day !== slot.day)
        throw new BadUserInputException('This date is not a day of the mission’s weekly slot.');
      if (input.hours > Number(slot.max_hours) + 1e-9)
        throw new BadUserInputException(
          `At most ${Math.round(Number(slot.max_hours) * 100) / 100} hours: the length of the shift.`,
        );
      if (slot.restricted && input.present && !slot.vetted)
        throw new ConflictException(
          'This mission is with children or vulnerable people: record your vetting of the volunteer before they start.',
        );
      await tx.query(
        `INSERT INTO attendance (application_id, occurred_on, present, hours, recorded_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (application_id, occurred_on) DO UPDATE SET present = $3, hours = $4, recorded_by = $5, recorded_at = now()`,
        [input.applicationId, occurredOn, input.present, input.hours, userId],
      );
    });
    return this.get(input.applicationId);
  }

  async ofMission(missionId: string, userId: string): Promise<MissionApplicationModel[]> {
    const [mission] = isUuid(missionId)
      ? await this.manager.query(`SELECT organisation_id FROM mission WHERE id = $1`, [missionId])
      : [];
    if (!mission) throw new NotFoundException('No mission has this id.');
    await this.access.requireMemberOf(mission.organisation_id, userId, { verified: false });
    const rows: ApplicationRow[] = await this.manager.query(
      `${SELECT_APPLICATIONS} WHERE a.mission_id = $1 AND a.status <> 'WITHDRAWN' ORDER BY s.starts_at NULLS LAST, a.created_at`,
      [missionId],
    );
    return rows.map(toApplication);
  }

  async ofVolunteer(userId: string): Promise<MissionApplicationModel[]> {
    const rows: ApplicationRow[] = await this.manager.query(
      `${SELECT_APPLICATIONS} WHERE a.volunteer_id = $1 ORDER BY a.created_at DESC LIMIT 200`,
      [userId],
    );
    return rows.map(toApplication);
  }

  async history(userId: string): Promise<VolunteeringHistoryModel> {
    const records: { occurredOn: string; missionTitle: string; organisationName: string; hours: string }[] =
      await this.manager.query(
        `SELECT to_char(t.occurred_on, 'YYYY-MM-DD') AS "occurredOn", m.title AS "missionTitle", o.name AS "organisationName",
                t.hours
         FROM attendance t JOIN mission_application a ON a.id = t.application_id
         JOIN mission m ON m.id = a.mission_id JOIN organisation o ON o.id = m.organisation_id
         WHERE a.volunteer_id = $1 AND t.present ORDER BY t.occurred_on, m.title`,
        [userId],
      );
    const [{ display_name }] = await this.manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [
      userId,
    ]);
    const hours = records.map((record) => ({ ...record, hours: Number(record.hours) }));
    return {
      volunteerName: display_name,
      records: hours,
      totalHours: Math.round(hours.reduce((sum, record) => sum + record.hours * 100, 0)) / 100,
      generatedAt: new Date(),
    };
  }

  /**
   * Reminds accepted volunteers whose shift starts within 24 hours, once each: a notification in the app,
   * mailed as they chose (the notification centre's outbox sends it).
   */
  async sendShiftReminders(): Promise<number> {
    return this.manager.transaction(async (tx) => {
      const due: { id: string; volunteer_id: string; title: string; starts_at: Date; mission_id: string }[] =
        await tx.query(
          `SELECT a.id, a.volunteer_id, m.title, s.starts_at, m.id AS mission_id
           FROM mission_application a JOIN mission_shift s ON s.id = a.shift_id JOIN mission m ON m.id = a.mission_id
           WHERE a.status = 'ACCEPTED' AND a.reminded_at IS NULL
             AND s.starts_at > now() AND s.starts_at <= now() + interval '24 hours'
           FOR UPDATE OF a SKIP LOCKED`,
        );
      for (const reminder of due) {
        await this.notifications.notify(tx, {
          userIds: [reminder.volunteer_id],
          kind: NotificationKind.SHIFT_REMINDER,
          reference: `application:${reminder.id}`,
          params: { missionTitle: reminder.title, startsAt: reminder.starts_at.toISOString() },
          link: `/missions/${reminder.mission_id}`,
        });
      }
      await tx.query(`UPDATE mission_application SET reminded_at = now() WHERE id = ANY ($1::uuid[])`, [
        due.map((reminder) => reminder.id),
      ]);
      return due.length;
    });
  }

  private async lock(
    tx: EntityManager,
    id: string,
  ): Promise<{
    volunteer_id: string;
    status: ApplicationStatus;
    shift_id: string | null;
    organisation_id: string;
  }> {
    const [row] = isUuid(id)
      ? await tx.query(
          `SELECT a.volunteer_id, a.status, a.shift_id, m.organisation_id
           FROM mission_application a JOIN mission m ON m.id = a.mission_id WHERE a.id = $1 FOR UPDATE OF a`,
          [id],
        )
      : [];
    if (!row) throw new NotFoundException('No application has this id.');
    return row;
  }

  private async get(id: string): Promise<MissionApplicationModel> {
    const [row]: ApplicationRow[] = await this.manager.query(`${SELECT_APPLICATIONS} WHERE a.id = $1`, [id]);
    return toApplication(row);
  }
}

function toApplicant(row: ApplicationRow): ApplicantModel {
  return {
    id: row.volunteer_id,
    displayName: row.volunteer_name,
    email: row.volunteer_email,
    profile: row.profile ?? undefined,
    vettedOn: row.vetted_on ?? undefined,
  };
}

function toApplication(row: ApplicationRow): MissionApplicationModel {
  return {
    id: row.id,
    missionId: row.mission_id,
    missionTitle: row.mission_title,
    organisationName: row.organisation_name,
    shift: row.shift
      ? {
          id: row.shift.id,
          startsAt: new Date(row.shift.startsAt),
          endsAt: new Date(row.shift.endsAt),
          capacity: row.shift.capacity,
          accepted: row.shift.accepted,
          remaining: row.shift.capacity - row.shift.accepted,
        }
      : undefined,
    volunteer: toApplicant(row),
    message: row.message ?? undefined,
    status: row.status,
    declineReason: row.decline_reason ?? undefined,
    createdAt: row.created_at,
    decidedAt: row.decided_at ?? undefined,
    overdue: row.overdue,
    attendance: row.attendance.map((entry) => ({ ...entry, hours: Number(entry.hours) })),
  };
}
