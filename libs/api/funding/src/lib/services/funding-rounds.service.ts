import { createHash } from 'node:crypto';

import { AuditLogService, BadUserInputException, ConflictException, parisToday } from '@entraide/api-core';
import { AccessService } from '@entraide/api-identity';
import { FundingRoundInput, FundingRoundPlan, planFundingRound } from '@entraide/matching';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { PublishFundingRoundInput } from '../dto/funding.inputs';
import { FundingSource } from '../funding.enums';
import { FundingRoundModel, FundingRoundPreviewModel, RoundInitiativeModel } from '../models/funding.models';
import {
  initiativeAccount,
  ledgerBalances,
  matchingAccount,
  POOL_ACCOUNT,
  postLedgerTransaction,
} from './funding-ledger';
import { requireCoordinator } from './funding-rules';
import { initiativeProgress } from './initiative-progress';
import { PLEDGE_USED_SQL } from './sponsors.service';

interface RoundState {
  input: FundingRoundInput;
  titles: Map<string, string>;
  paymentIds: string[];
  previous: { number: number; publishedAt: Date } | null;
  fingerprint: string;
}

/**
 * Funding rounds: the matching pledges in their period are shared among approved initiatives by quadratic
 * funding over the donations not yet counted in a round, then the common fund pro rata to what each still
 * needs (`planFundingRound`, pure and deterministic). A coordinator previews, then publishes the round
 * previewed: publishing recomputes under a lock and refuses if anything changed; published rounds, their
 * figures and their ledger transactions are append-only.
 */
@Injectable()
export class FundingRoundsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
  ) {}

  async preview(maxShareBps: number | null, userId: string): Promise<FundingRoundPreviewModel> {
    await requireCoordinator(this.access, userId);
    requireMaxShare(maxShareBps);
    const state = await this.state(this.manager, maxShareBps, false);
    const plan = planFundingRound(state.input);
    return {
      fingerprint: state.fingerprint,
      contributionsFrom: state.previous?.publishedAt ?? null,
      contributionsUntil: new Date(),
      maxShareBps,
      matchingAvailableCents: state.input.pledges.reduce((sum, pledge) => sum + pledge.availableCents, 0),
      poolAvailableCents: state.input.poolCents,
      matchedCents: plan.matchedTotalCents,
      poolAllocatedCents: plan.poolAllocatedCents,
      unallocatedMatchingCents: plan.unallocatedMatchingCents,
      unallocatedPoolCents: plan.unallocatedPoolCents,
      initiatives: roundInitiatives(plan, state.titles),
      allocations: plan.allocations.map((allocation) => ({
        initiativeId: allocation.initiativeId,
        source: allocation.source as FundingSource,
        pledgeId: allocation.pledgeId,
        amountCents: allocation.amountCents,
      })),
    };
  }

  async publish(input: PublishFundingRoundInput, userId: string): Promise<FundingRoundModel> {
    await requireCoordinator(this.access, userId);
    const maxShareBps = input.maxShareBps ?? null;
    requireMaxShare(maxShareBps);
    const roundId = await this.manager.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('funding-round', 0))`);
      const state = await this.state(tx, maxShareBps, true);
      if (state.fingerprint !== input.fingerprint)
        throw new ConflictException(
          'Donations, pledges or budgets changed since the preview: preview the round again before publishing.',
        );
      const plan = planFundingRound(state.input);
      if (plan.matchedTotalCents + plan.poolAllocatedCents === 0)
        throw new BadUserInputException('This round would distribute nothing: there is nothing to publish.');
      const [round] = await tx.query(
        `INSERT INTO funding_round (number, contributions_from, contributions_until, max_share_bps, matched_cents,
           pool_cents, unallocated_matching_cents, unallocated_pool_cents, published_by)
         VALUES ($1, $2, now(), $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          (state.previous?.number ?? 0) + 1,
          state.previous?.publishedAt ?? null,
          maxShareBps,
          plan.matchedTotalCents,
          plan.poolAllocatedCents,
          plan.unallocatedMatchingCents,
          plan.unallocatedPoolCents,
          userId,
        ],
      );
      const figures = plan.initiatives.filter(
        (figure) => figure.donorsCount > 0 || figure.matchedCents > 0 || figure.poolCents > 0,
      );
      await tx.query(
        `INSERT INTO funding_round_initiative (round_id, initiative_id, donors_count, contributions_cents, sqrt_sum,
           raw_match_cents, matched_cents, pool_cents)
         SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::bigint[], $5::float8[], $6::bigint[], $7::bigint[], $8::bigint[])`,
        [
          round.id,
          figures.map((figure) => figure.initiativeId),
          figures.map((figure) => figure.donorsCount),
          figures.map((figure) => figure.contributionsCents),
          figures.map((figure) => figure.sqrtSum),
          figures.map((figure) => figure.rawMatchCents),
          figures.map((figure) => figure.matchedCents),
          figures.map((figure) => figure.poolCents),
        ],
      );
      await tx.query(
        `INSERT INTO funding_round_allocation (round_id, initiative_id, source, pledge_id, amount_cents)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::bigint[])`,
        [
          round.id,
          plan.allocations.map((allocation) => allocation.initiativeId),
          plan.allocations.map((allocation) => allocation.source),
          plan.allocations.map((allocation) => allocation.pledgeId),
          plan.allocations.map((allocation) => allocation.amountCents),
        ],
      );
      for (const source of ['MATCHING', 'POOL'] as const) {
        const allocations = plan.allocations.filter((allocation) => allocation.source === source);
        await postLedgerTransaction(tx, {
          kind: source === 'MATCHING' ? 'ROUND_MATCHING' : 'ROUND_POOL',
          reference: `round:${round.id}`,
          entries: allocations.flatMap((allocation) => [
            {
              account: allocation.pledgeId ? matchingAccount(allocation.pledgeId) : POOL_ACCOUNT,
              amountCents: allocation.amountCents,
            },
            { account: initiativeAccount(allocation.initiativeId), amountCents: -allocation.amountCents },
          ]),
        });
      }
      await tx.query(`UPDATE donation_payment SET matched_in_round = $1 WHERE id = ANY ($2::uuid[])`, [
        round.id,
        state.paymentIds,
      ]);
      await this.audit.record(
        {
          actorId: userId,
          action: 'FUNDING_ROUND_PUBLISHED',
          targetType: 'funding_round',
          targetId: round.id,
          details: { matchedCents: plan.matchedTotalCents, poolCents: plan.poolAllocatedCents },
        },
        tx,
      );
      return round.id as string;
    });
    const [round] = await publishedRounds(this.manager, roundId);
    return round;
  }

  /**
   * The round's input as of now: approved initiatives (locked when publishing), the donations not yet
   * counted in a round (net of refunds, per distinct donor), the pledges in their period with what they have
   * left, and the common fund's balance.
   */
  private async state(tx: EntityManager, maxShareBps: number | null, lock: boolean): Promise<RoundState> {
    const initiatives: {
      id: string;
      title: string;
      kind: string;
      district_codes: string[];
      budget_cents: string;
    }[] = await tx.query(
      `SELECT id, title, kind, district_codes, budget_cents FROM initiative WHERE status = 'APPROVED' ORDER BY id
         ${lock ? 'FOR UPDATE' : ''}`,
    );
    const progress = await initiativeProgress(
      tx,
      initiatives.map((row) => ({ id: row.id, budgetCents: Number(row.budget_cents) })),
    );
    const contributions: { initiative_id: string; net: string; payment_ids: string[] }[] = await tx.query(
      `SELECT d.initiative_id, sum(p.amount_cents - p.refunded_cents) AS net, array_agg(p.id ORDER BY p.id) AS payment_ids
       FROM donation_payment p JOIN donation d ON d.id = p.donation_id JOIN initiative i ON i.id = d.initiative_id
       WHERE p.matched_in_round IS NULL AND i.status = 'APPROVED'
       GROUP BY d.initiative_id, coalesce(d.donor_id, d.id) ORDER BY 1, 2`,
    );
    if (lock && contributions.length)
      await tx.query(`SELECT 1 FROM donation_payment WHERE id = ANY ($1::uuid[]) ORDER BY id FOR UPDATE`, [
        contributions.flatMap((row) => row.payment_ids),
      ]);
    const pledges: { id: string; available: string; district_codes: string[]; initiative_kinds: string[] }[] =
      await tx.query(
        `SELECT p.id, p.amount_cents - ${PLEDGE_USED_SQL} AS available, p.district_codes, p.initiative_kinds
         FROM sponsor_pledge p WHERE $1::date BETWEEN p.period_start AND p.period_end ORDER BY p.created_at, p.id`,
        [parisToday()],
      );
    const pool = (await ledgerBalances(tx, [POOL_ACCOUNT])).get(POOL_ACCOUNT) ?? 0;
    const [previous] = await tx.query(
      `SELECT number, published_at FROM funding_round ORDER BY number DESC LIMIT 1`,
    );
    const input: FundingRoundInput = {
      initiatives: initiatives.map((row) => ({
        id: row.id,
        kind: row.kind,
        districtCodes: row.district_codes,
        remainingBudgetCents: progress.get(row.id)!.remainingCents,
        contributionsCents: contributions
          .filter((contribution) => contribution.initiative_id === row.id && Number(contribution.net) > 0)
          .map((contribution) => Number(contribution.net)),
      })),
      pledges: pledges
        .map((row) => ({
          id: row.id,
          availableCents: Number(row.available),
          districtCodes: row.district_codes,
          initiativeKinds: row.initiative_kinds,
        }))
        .filter((pledge) => pledge.availableCents > 0),
      poolCents: Math.max(0, -pool),
      maxShareBps,
    };
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ input, previous: previous?.number ?? 0 }))
      .digest('base64url');
    return {
      input,
      titles: new Map(initiatives.map((row) => [row.id, row.title])),
      paymentIds: contributions.flatMap((row) => row.payment_ids),
      previous: previous ? { number: previous.number, publishedAt: previous.published_at } : null,
      fingerprint,
    };
  }
}

function requireMaxShare(maxShareBps: number | null): void {
  if (maxShareBps !== null && (!Number.isInteger(maxShareBps) || maxShareBps < 1 || maxShareBps > 10_000))
    throw new BadUserInputException(
      'The maximum share must be from 0.01 % to 100 % (1 to 10000 basis points).',
    );
}

function roundInitiatives(plan: FundingRoundPlan, titles: Map<string, string>): RoundInitiativeModel[] {
  return plan.initiatives
    .filter((figure) => figure.donorsCount > 0 || figure.matchedCents > 0 || figure.poolCents > 0)
    .map((figure) => ({
      initiative: { id: figure.initiativeId, title: titles.get(figure.initiativeId) ?? '' },
      donorsCount: figure.donorsCount,
      contributionsCents: figure.contributionsCents,
      sqrtSum: figure.sqrtSum,
      rawMatchCents: figure.rawMatchCents,
      matchedCents: figure.matchedCents,
      poolCents: figure.poolCents,
    }));
}

/** Published rounds with their figures, newest first (one round when `roundId` is given). */
export async function publishedRounds(
  manager: EntityManager,
  roundId?: string,
): Promise<FundingRoundModel[]> {
  const rows = await manager.query(
    `SELECT r.id, r.number, r.published_at, r.contributions_from, r.contributions_until, r.max_share_bps,
            r.matched_cents, r.pool_cents,
            coalesce((SELECT json_agg(json_build_object('id', f.initiative_id, 'title', i.title,
                'donorsCount', f.donors_count, 'contributionsCents', f.contributions_cents, 'sqrtSum', f.sqrt_sum,
                'rawMatchCents', f.raw_match_cents, 'matchedCents', f.matched_cents, 'poolCents', f.pool_cents)
                ORDER BY f.matched_cents + f.pool_cents DESC, i.title)
              FROM funding_round_initiative f JOIN initiative i ON i.id = f.initiative_id WHERE f.round_id = r.id), '[]')
              AS initiatives
     FROM funding_round r WHERE $1::uuid IS NULL OR r.id = $1 ORDER BY r.number DESC LIMIT 50`,
    [roundId ?? null],
  );
  return rows.map(
    (row: {
      id: string;
      number: number;
      published_at: Date;
      contributions_from: Date | null;
      contributions_until: Date;
      max_share_bps: number | null;
      matched_cents: string;
      pool_cents: string;
      initiatives: Record<string, string & number>[];
    }): FundingRoundModel => ({
      id: row.id,
      number: row.number,
      publishedAt: row.published_at,
      contributionsFrom: row.contributions_from,
      contributionsUntil: row.contributions_until,
      maxShareBps: row.max_share_bps,
      matchedCents: Number(row.matched_cents),
      poolCents: Number(row.pool_cents),
      initiatives: row.initiatives.map((figure) => ({
        initiative: { id: figure['id'], title: figure['title'] },
        donorsCount: Number(figure['donorsCount']),
        contributionsCents: Number(figure['contributionsCents']),
        sqrtSum: Number(figure['sqrtSum']),
        rawMatchCents: Number(figure['rawMatchCents']),
        matchedCents: Number(figure['matchedCents']),
        poolCents: Number(figure['poolCents']),
      })),
    }),
  );
}
