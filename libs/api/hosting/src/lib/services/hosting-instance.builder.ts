import { createHash } from 'node:crypto';

import { parisToday } from '@entraide/api-core';
import { HOSTING_SCORING, HostingInstance, HostingScore, hostingScore } from '@entraide/matching';
import { EntityManager } from 'typeorm';

import { AgeBand, CHILD_AGE_BANDS } from '../hosting.enums';

export interface PairScore extends Omit<HostingScore, 'exclusions'> {
  urgent: boolean;
}

export interface HostingPool {
  instance: HostingInstance;
  /** Keyed `${hostOfferId}/${requestId}`. */
  scores: Map<string, PairScore>;
  hash: string;
}

/**
 * The pool a run matches: verified homes that are not paused, not hosting and not waiting on a forwarded or
 * accepted proposal; households waiting for a host with no such proposal either. Pairs already declined or
 * already hosted together are never proposed again.
 */
export async function buildHostingPool(tx: EntityManager): Promise<HostingPool> {
  const today = parisToday();
  const busy = `SELECT 1 FROM hosting_proposal p LEFT JOIN stay s ON s.proposal_id = p.id
                WHERE (p.status = 'FORWARDED' OR (p.status = 'ACCEPTED' AND s.id IS NULL))`;
  const hosts: {
    id: string;
    beds: number;
    available_from: string;
    available_until: string | null;
    max_stay_days: number;
    languages: string[];
    district_code: string;
    step_free: boolean;
    accepts_children: boolean;
    has_pets: boolean;
  }[] = await tx.query(
    `SELECT h.id, h.beds, to_char(greatest(h.available_from, $1::date), 'YYYY-MM-DD') AS available_from,
            to_char(h.available_until, 'YYYY-MM-DD') AS available_until, h.max_stay_days, h.languages,
            h.district_code, h.step_free, h.accepts_children, h.has_pets
     FROM host_offer h
     WHERE h.status = 'VERIFIED' AND NOT h.paused AND (h.available_until IS NULL OR h.available_until > $1::date)
       AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.host_offer_id = h.id AND s.status = 'ACTIVE')
       AND NOT EXISTS (${busy} AND p.host_offer_id = h.id)
     ORDER BY h.id`,
    [today],
  );
  const guests: {
    id: string;
    age_bands: AgeBand[];
    needed_from: string;
    minimum_days: number;
    desired_days: number;
    languages: string[];
    preferred_districts: string[];
    needs_step_free: boolean;
    cannot_live_with_pets: boolean;
    urgent: boolean;
  }[] = await tx.query(
    `SELECT r.id, r.age_bands, to_char(greatest(r.needed_from, $1::date), 'YYYY-MM-DD') AS needed_from,
            r.minimum_days, r.desired_days, r.languages, r.preferred_districts::text[] AS preferred_districts,
            r.needs_step_free, r.cannot_live_with_pets, r.urgent
     FROM hosting_request r
     WHERE r.status = 'OPEN' AND NOT EXISTS (${busy} AND p.hosting_request_id = r.id)
     ORDER BY r.id`,
    [today],
  );
  const excludedPairs = new Set(
    (
      await tx.query(
        `SELECT host_offer_id || '/' || hosting_request_id AS pair FROM hosting_proposal WHERE status = 'DECLINED'
         UNION SELECT host_offer_id || '/' || hosting_request_id FROM stay`,
      )
    ).map((row: { pair: string }) => row.pair),
  );
  const neighbours: Record<string, string[]> = {};
  for (const row of await tx.query(`SELECT district_code, neighbour_code FROM district_neighbour`)) {
    (neighbours[row.district_code] ??= []).push(row.neighbour_code);
  }

  const scores = new Map<string, PairScore>();
  const pairs: HostingInstance['pairs'] = [];
  for (const guest of guests) {
    const profile = {
      householdSize: guest.age_bands.length,
      hasChildren: guest.age_bands.some((band) => CHILD_AGE_BANDS.includes(band)),
      neededFrom: guest.needed_from,
      minimumDays: guest.minimum_days,
      desiredDays: guest.desired_days,
      languages: guest.languages,
      preferredDistrictCodes: guest.preferred_districts,
      needsStepFree: guest.needs_step_free,
      cannotLiveWithPets: guest.cannot_live_with_pets,
    };
    for (const host of hosts) {
      const key = `${host.id}/${guest.id}`;
      if (excludedPairs.has(key)) continue;
      const { exclusions, ...score } = hostingScore(
        {
          beds: host.beds,
          availableFrom: host.available_from,
          availableUntil: host.available_until,
          maxStayDays: host.max_stay_days,
          languages: host.languages,
          districtCode: host.district_code,
          stepFree: host.step_free,
          acceptsChildren: host.accepts_children,
          hasPets: host.has_pets,
        },
        profile,
        neighbours,
      );
      if (exclusions.length > 0 || score.score <= 0) continue;
      scores.set(key, { ...score, urgent: guest.urgent });
      pairs.push({
        host: host.id,
        guest: guest.id,
        score: score.score + (guest.urgent ? HOSTING_SCORING.urgentPriority : 0),
      });
    }
  }
  const instance: HostingInstance = {
    hosts: hosts.map((host) => ({ id: host.id, capacity: 1 })),
    guests: guests.map((guest) => ({ id: guest.id })),
    pairs,
  };
  const hash = createHash('sha256').update(JSON.stringify(instance)).digest('hex');
  return { instance, scores, hash };
}
