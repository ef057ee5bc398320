import { ConflictException } from '@entraide/api-core';
import { PersonalDataSection } from '@entraide/api-identity';

/**
 * A host's and an owner's hosting data in "download my data", and what "delete my account" does to it: open
 * offers are withdrawn and their address and free text erased; rental units still available are withdrawn
 * and their address erased. An account hosting a household cannot go before the stay ends.
 */
export const HOSTING_PERSONAL_DATA: PersonalDataSection = {
  name: 'hosting',
  async export(userId, manager) {
    return {
      hostOffers: await manager.query(
        `SELECT status, paused, room_kind AS "roomKind", beds, district_code AS "districtCode", address,
                to_char(available_from, 'YYYY-MM-DD') AS "availableFrom", to_char(available_until, 'YYYY-MM-DD') AS "availableUntil",
                min_stay_days AS "minStayDays", max_stay_days AS "maxStayDays", languages,
                household_adults AS "householdAdults", household_children AS "householdChildren",
                accepts_children AS "acceptsChildren", has_pets AS "hasPets", smoking, step_free AS "stepFree",
                house_rules AS "houseRules", offers_meals AS "offersMeals", offers_french_help AS "offersFrenchHelp",
                other_support AS "otherSupport", to_char(home_visit_on, 'YYYY-MM-DD') AS "homeVisitOn",
                visited_by AS "visitedBy", created_at AS "createdAt"
         FROM host_offer WHERE host_id = $1 ORDER BY created_at`,
        [userId],
      ),
      staysHosted: await manager.query(
        `SELECT to_char(s.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(s.planned_end_on, 'YYYY-MM-DD') AS "plannedEndOn",
                to_char(s.ended_on, 'YYYY-MM-DD') AS "endedOn", s.status
         FROM stay s JOIN host_offer h ON h.id = s.host_offer_id WHERE h.host_id = $1 ORDER BY s.starts_on`,
        [userId],
      ),
      rentalUnits: await manager.query(
        `SELECT district_code AS "districtCode", address, surface_m2 AS "surfaceM2", rooms,
                to_char(available_from, 'YYYY-MM-DD') AS "availableFrom", description, status, created_at AS "createdAt"
         FROM rental_unit WHERE owner_id = $1 ORDER BY created_at`,
        [userId],
      ),
    };
  },
  async erase(userId, tx) {
    const [hosting] = await tx.query(
      `SELECT 1 FROM stay s JOIN host_offer h ON h.id = s.host_offer_id WHERE h.host_id = $1 AND s.status = 'ACTIVE'`,
      [userId],
    );
    if (hosting)
      throw new ConflictException('You are hosting a household: end the stay with its association first.');
    await tx.query(
      `UPDATE hosting_proposal SET status = 'EXPIRED'
       WHERE status IN ('PROPOSED', 'FORWARDED') AND host_offer_id IN (SELECT id FROM host_offer WHERE host_id = $1)`,
      [userId],
    );
    await tx.query(
      `UPDATE host_offer SET status = 'WITHDRAWN', address = NULL, house_rules = NULL, other_support = NULL, updated_at = now()
       WHERE host_id = $1`,
      [userId],
    );
    await tx.query(
      `UPDATE rental_unit SET status = CASE WHEN status = 'AVAILABLE' THEN 'WITHDRAWN' ELSE status END,
         address = '(adresse effacée)', description = NULL, updated_at = now()
       WHERE owner_id = $1`,
      [userId],
    );
  },
};
