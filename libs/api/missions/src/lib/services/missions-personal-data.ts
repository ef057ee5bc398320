import { PersonalDataSection } from '@entraide/api-identity';

/**
 * A volunteer's data in "download my data" (profile, applications, hours, mentoring as a mentor — without the
 * alias of the person mentored, which is the association's record), and what "delete my account" does: the
 * profile goes, applications still open are withdrawn (freeing their places); hours stay in the
 * associations' records, attributed to a deleted user.
 */
export const MISSIONS_PERSONAL_DATA: PersonalDataSection = {
  name: 'volunteering',
  async export(userId, manager) {
    const [profile] = await manager.query(
      `SELECT skills, languages, availability, districts, max_hours_per_week AS "maxHoursPerWeek",
              solidarity_reserve AS "solidarityReserve", civic_service AS "civicService"
       FROM volunteer_profile WHERE user_id = $1`,
      [userId],
    );
    return {
      profile: profile ?? null,
      applications: await manager.query(
        `SELECT m.title AS mission, o.name AS organisation, s.starts_at AS "shiftStartsAt", a.status, a.message,
                a.created_at AS "appliedAt", a.decided_at AS "decidedAt"
         FROM mission_application a JOIN mission m ON m.id = a.mission_id JOIN organisation o ON o.id = m.organisation_id
         LEFT JOIN mission_shift s ON s.id = a.shift_id WHERE a.volunteer_id = $1 ORDER BY a.created_at`,
        [userId],
      ),
      hours: await manager.query(
        `SELECT m.title AS mission, to_char(t.occurred_on, 'YYYY-MM-DD') AS "occurredOn", t.present, t.hours::float AS hours
         FROM attendance t JOIN mission_application a ON a.id = t.application_id JOIN mission m ON m.id = a.mission_id
         WHERE a.volunteer_id = $1 ORDER BY t.occurred_on`,
        [userId],
      ),
      mentoring: await manager.query(
        `SELECT o.name AS organisation, p.goals, p.status, p.created_at AS "createdAt",
                (SELECT count(*)::int FROM mentoring_session s WHERE s.pair_id = p.id) AS sessions
         FROM mentoring_pair p JOIN organisation o ON o.id = p.organisation_id WHERE p.mentor_id = $1 ORDER BY p.created_at`,
        [userId],
      ),
    };
  },
  async erase(userId, tx) {
    await tx.query(
      `UPDATE mission_shift s SET accepted = accepted - freed.count
       FROM (SELECT shift_id, count(*)::int AS count FROM mission_application
             WHERE volunteer_id = $1 AND status = 'ACCEPTED' AND shift_id IS NOT NULL
               AND shift_id IN (SELECT id FROM mission_shift WHERE starts_at > now())
             GROUP BY shift_id) freed
       WHERE s.id = freed.shift_id`,
      [userId],
    );
    await tx.query(
      `UPDATE mission_application a SET status = 'WITHDRAWN', message = NULL
       WHERE a.volunteer_id = $1 AND (a.status IN ('APPLIED', 'WAITLISTED')
         OR (a.status = 'ACCEPTED' AND (a.shift_id IS NULL OR a.shift_id IN (SELECT id FROM mission_shift WHERE starts_at > now()))))`,
      [userId],
    );
    await tx.query(`DELETE FROM volunteer_profile WHERE user_id = $1`, [userId]);
  },
};
