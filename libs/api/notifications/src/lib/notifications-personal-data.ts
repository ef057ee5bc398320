import { PersonalDataSection } from '@entraide/api-identity';

/** A person's notifications and mail preferences: exported with their data, deleted with their account. */
export const NOTIFICATIONS_PERSONAL_DATA: PersonalDataSection = {
  name: 'notifications',
  async export(userId, manager) {
    const [preferences] = await manager.query(
      `SELECT email_frequency AS "emailFrequency", muted_kinds AS "mutedKinds" FROM notification_preference
       WHERE user_id = $1`,
      [userId],
    );
    const notifications = await manager.query(
      `SELECT kind, params, link, created_at AS "createdAt", read_at AS "readAt", email_status AS "emailStatus"
       FROM notification WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { preferences: preferences ?? null, notifications };
  },
  async erase(userId, tx) {
    await tx.query(`DELETE FROM notification WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);
  },
};
