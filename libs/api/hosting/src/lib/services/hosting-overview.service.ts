import { parisToday } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { HostingOverviewModel } from '../models/hosting.models';
import { StaysService } from './stays.service';

export const ENDING_SOON_DAYS = 30;

/** Coordinators' picture of hosting: counts per arrondissement and delays, never a household's record. */
@Injectable()
export class HostingOverviewService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly stays: StaysService,
  ) {}

  async overview(): Promise<HostingOverviewModel> {
    const today = parisToday();
    const districts = await this.manager.query(
      `SELECT d.code AS "districtCode",
              (SELECT count(*) FROM host_offer h
               WHERE h.district_code = d.code AND h.status = 'VERIFIED' AND NOT h.paused
                 AND (h.available_until IS NULL OR h.available_until > $1::date)
                 AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.host_offer_id = h.id AND s.status = 'ACTIVE'))::int AS "hostsAvailable",
              (SELECT count(*) FROM stay s JOIN host_offer h ON h.id = s.host_offer_id
               WHERE h.district_code = d.code AND s.status = 'ACTIVE')::int AS "activeStays",
              (SELECT count(*) FROM hosting_request r
               WHERE r.status = 'OPEN' AND d.code = ANY (r.preferred_districts))::int AS "openRequests"
       FROM district d ORDER BY d.number`,
      [today],
    );
    const [figures] = await this.manager.query(
      `SELECT
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM (
            SELECT extract(epoch FROM min(p.accepted_at) - r.created_at) / 86400 AS days
            FROM hosting_request r JOIN hosting_proposal p ON p.hosting_request_id = r.id AND p.accepted_at IS NOT NULL
            GROUP BY r.id, r.created_at) firsts) AS median,
         (SELECT count(*) FROM hosting_request WHERE status = 'OPEN')::int AS open,
         (SELECT count(*) FROM hosting_request WHERE status = 'OPEN' AND urgent)::int AS urgent,
         (SELECT count(*) FROM host_offer WHERE status = 'SUBMITTED')::int AS to_verify`,
    );
    return {
      districts,
      medianDaysToMatch: figures.median === null ? undefined : Math.round(Number(figures.median) * 10) / 10,
      openRequests: figures.open,
      urgentRequests: figures.urgent,
      offersToVerify: figures.to_verify,
      staysEndingSoon: await this.stays.endingWithin(ENDING_SOON_DAYS),
    };
  }
}
