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
import { AccessService } from '@entraide/api-identity';
import { isDistrictCode, isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { RejectHostOfferInput, SaveHostOfferInput, VerifyHostOfferInput } from '../dto/hosting.inputs';
import { HostingRunTrigger, HostOfferStatus, RoomKind } from '../hosting.enums';
import { HostOfferModel, OrganisationContactModel } from '../models/hosting.models';
import { requireLanguages, requireWholeNumber } from '../utils/hosting-validation.util';
import { HostingRunsService } from './hosting-runs.service';

export const HOST_OFFER_STEPS = 4;

type HostOfferRow = {
  id: string;
  host_id: string;
  status: HostOfferStatus;
  paused: boolean;
  steps_done: number;
  room_kind: RoomKind | null;
  beds: number | null;
  district_code: string | null;
  address: string | null;
  available_from: string | null;
  available_until: string | null;
  min_stay_days: number | null;
  max_stay_days: number | null;
  languages: string[];
  household_adults: number | null;
  household_children: number | null;
  accepts_children: boolean;
  has_pets: boolean;
  smoking: boolean;
  step_free: boolean;
  house_rules: string | null;
  offers_meals: boolean;
  offers_french_help: boolean;
  other_support: string | null;
  verifier_organisation_id: string | null;
  verifier_name: string | null;
  verifier_email: string | null;
  verifier_phone: string | null;
  home_visit_on: string | null;
  visited_by: string | null;
  verified_at: Date | null;
  rejection_reason: string | null;
  submitted_at: Date | null;
  host_name: string;
  host_email: string;
  hosting: boolean;
};

const SELECT_OFFERS = `
  SELECT h.id, h.host_id, h.status, h.paused, h.steps_done, h.room_kind, h.beds, h.district_code, h.address,
         to_char(h.available_from, 'YYYY-MM-DD') AS available_from,
         to_char(h.available_until, 'YYYY-MM-DD') AS available_until,
         h.min_stay_days, h.max_stay_days, h.languages, h.household_adults, h.household_children,
         h.accepts_children, h.has_pets, h.smoking, h.step_free, h.house_rules, h.offers_meals,
         h.offers_french_help, h.other_support, h.verifier_organisation_id, o.name AS verifier_name,
         o.contact_email AS verifier_email, o.contact_phone AS verifier_phone,
         to_char(h.home_visit_on, 'YYYY-MM-DD') AS home_visit_on, h.visited_by, h.verified_at,
         h.rejection_reason, h.submitted_at, u.display_name AS host_name, u.email AS host_email,
         EXISTS (SELECT 1 FROM stay s WHERE s.host_offer_id = h.id AND s.status = 'ACTIVE') AS hosting
  FROM host_offer h
  JOIN app_user u ON u.id = h.host_id
  LEFT JOIN organisation o ON o.id = h.verifier_organisation_id`;

/** Fields of the form, step by step; a draft may lack any of them, a submitted offer has them all. */
const REQUIRED_BY_STEP: Record<number, (keyof HostOfferRow)[]> = {
  1: ['room_kind', 'beds', 'district_code', 'address'],
  2: ['available_from', 'min_stay_days', 'max_stay_days'],
  3: ['household_adults', 'household_children'],
  4: [],
};

/** Host offers: the multi-step form, the choice of a verifying association, its home visit, pause and resume. */
@Injectable()
export class HostOffersService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly access: AccessService,
    private readonly audit: AuditLogService,
    private readonly runs: HostingRunsService,
  ) {}

  async mine(userId: string): Promise<HostOfferModel[]> {
    const rows: HostOfferRow[] = await this.manager.query(
      `${SELECT_OFFERS} WHERE h.host_id = $1 AND h.status <> 'WITHDRAWN' ORDER BY h.created_at DESC`,
      [userId],
    );
    return rows.map(toHostOffer);
  }

  /** Offers an association was asked to verify (and those it verified), its members only. */
  async toVerify(organisationId: string, userId: string): Promise<HostOfferModel[]> {
    await this.access.requireMemberOf(organisationId, userId);
    const rows: HostOfferRow[] = await this.manager.query(
      `${SELECT_OFFERS} WHERE h.verifier_organisation_id = $1 AND h.status IN ('SUBMITTED', 'VERIFIED')
       ORDER BY h.status DESC, h.submitted_at`,
      [organisationId],
    );
    return rows.map(toHostOffer);
  }

  /** Verified associations that serve the arrondissement (all verified associations when none does). */
  async verifiers(districtCode: string): Promise<OrganisationContactModel[]> {
    if (!isDistrictCode(districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${districtCode}".`);
    const rows = await this.manager.query(
      `WITH candidates AS (
         SELECT o.id, o.name, o.contact_email, o.contact_phone,
                EXISTS (SELECT 1 FROM organisation_district d WHERE d.organisation_id = o.id AND d.district_code = $1) AS serves
         FROM organisation o WHERE o.kind = 'ASSOCIATION' AND o.status = 'VERIFIED')
       SELECT * FROM candidates WHERE serves OR NOT EXISTS (SELECT 1 FROM candidates WHERE serves)
       ORDER BY name`,
      [districtCode],
    );
    return rows.map(
      (row: { id: string; name: string; contact_email: string; contact_phone: string | null }) => ({
        id: row.id,
        name: row.name,
        contactEmail: row.contact_email,
        contactPhone: row.contact_phone ?? undefined,
      }),
    );
  }

  /** Creates a draft or saves one more step of it; a submitted offer is edited the same way and stays so. */
  async save(input: SaveHostOfferInput, userId: string): Promise<HostOfferModel> {
    if (!Number.isInteger(input.step) || input.step < 1 || input.step > HOST_OFFER_STEPS)
      throw new BadUserInputException(`The step must be from 1 to ${HOST_OFFER_STEPS}.`);
    const changes = validateChanges(input);
    return this.manager.transaction(async (tx) => {
      let id = input.id;
      if (id === undefined || id === null) {
        [{ id }] = await tx.query(`INSERT INTO host_offer (host_id) VALUES ($1) RETURNING id`, [userId]);
      }
      const current = await this.lockOwn(tx, id!, userId);
      if (current.status === HostOfferStatus.WITHDRAWN || current.status === HostOfferStatus.REJECTED)
        throw new ConflictException('This offer is closed: start a new one.');
      const merged = { ...current, ...changes } as HostOfferRow;
      if (
        merged.available_until !== null &&
        merged.available_from !== null &&
        merged.available_until <= merged.available_from
      )
        throw new BadUserInputException('"Available until" must come after "available from".');
      if (
        merged.max_stay_days !== null &&
        merged.min_stay_days !== null &&
        merged.max_stay_days < merged.min_stay_days
      )
        throw new BadUserInputException('The maximum stay cannot be shorter than the minimum stay.');
      const missing = REQUIRED_BY_STEP[input.step].filter((field) => merged[field] === null);
      if (missing.length > 0)
        throw new BadUserInputException(`Step ${input.step} still needs: ${missing.join(', ')}.`);
      const columns = Object.keys(changes);
      await tx.query(
        `UPDATE host_offer SET ${columns.map((column, index) => `${column} = $${index + 3}`).join(', ')}${
          columns.length ? ', ' : ''
        } steps_done = greatest(steps_done, $2), updated_at = now() WHERE id = $1`,
        [id, input.step, ...columns.map((column) => changes[column as keyof typeof changes])],
      );
      return this.getIn(tx, id!);
    });
  }

  /** Sends a complete offer to a verified association for its home visit. */
  async submit(id: string, verifierOrganisationId: string, userId: string): Promise<HostOfferModel> {
    return this.manager.transaction(async (tx) => {
      const offer = await this.lockOwn(tx, id, userId);
      if (offer.status !== HostOfferStatus.DRAFT)
        throw new ConflictException('This offer has already been sent.');
      if (offer.steps_done < HOST_OFFER_STEPS)
        throw new BadUserInputException(`Complete the ${HOST_OFFER_STEPS} steps of the form first.`);
      if (offer.available_until !== null && offer.available_until <= parisToday())
        throw new BadUserInputException('The availability has passed: change the dates first.');
      const [verifier] = isUuid(verifierOrganisationId)
        ? await tx.query(
            `SELECT 1 FROM organisation WHERE id = $1 AND kind = 'ASSOCIATION' AND status = 'VERIFIED'`,
            [verifierOrganisationId],
          )
        : [];
      if (!verifier) throw new BadUserInputException('Choose a verified association to visit your home.');
      await tx.query(
        `UPDATE host_offer SET status = 'SUBMITTED', verifier_organisation_id = $2, submitted_at = now(), updated_at = now()
         WHERE id = $1`,
        [id, verifierOrganisationId],
      );
      return this.getIn(tx, id);
    });
  }

  async verify(input: VerifyHostOfferInput, userId: string): Promise<HostOfferModel> {
    const homeVisitOn = requireDay(input.homeVisitOn, 'The home visit date');
    if (homeVisitOn > parisToday())
      throw new BadUserInputException('The home visit cannot be in the future.');
    const visitedBy = requireText(input.visitedBy, 'Who visited the home', 120);
    if (characterCount(visitedBy) < 2)
      throw new BadUserInputException('Who visited the home must have at least 2 characters.');
    const verified = await this.decide(input.id, userId, async (tx) => {
      await tx.query(
        `UPDATE host_offer SET status = 'VERIFIED', home_visit_on = $2, visited_by = $3, verified_by = $4,
           verified_at = now(), updated_at = now() WHERE id = $1`,
        [input.id, homeVisitOn, visitedBy, userId],
      );
      return 'HOST_OFFER_VERIFIED';
    });
    await this.runs.request(HostingRunTrigger.EVENT, userId);
    return verified;
  }

  async reject(input: RejectHostOfferInput, userId: string): Promise<HostOfferModel> {
    const reason = requireText(input.reason, 'The reason', 500);
    return this.decide(input.id, userId, async (tx) => {
      await tx.query(
        `UPDATE host_offer SET status = 'REJECTED', rejection_reason = $2, verified_by = $3, updated_at = now()
         WHERE id = $1`,
        [input.id, reason, userId],
      );
      return 'HOST_OFFER_REJECTED';
    });
  }

  async setPaused(id: string, paused: boolean, userId: string): Promise<HostOfferModel> {
    const offer = await this.manager.transaction(async (tx) => {
      const current = await this.lockOwn(tx, id, userId);
      if (current.status !== HostOfferStatus.VERIFIED && current.status !== HostOfferStatus.SUBMITTED)
        throw new ConflictException('Only a sent or verified offer can be paused or resumed.');
      if (current.paused === paused)
        throw new ConflictException(paused ? 'This offer is already paused.' : 'This offer is not paused.');
      await tx.query(`UPDATE host_offer SET paused = $2, updated_at = now() WHERE id = $1`, [id, paused]);
      if (paused) await expireLiveProposals(tx, 'host_offer_id', id);
      return this.getIn(tx, id);
    });
    if (!paused && offer.status === HostOfferStatus.VERIFIED)
      await this.runs.request(HostingRunTrigger.EVENT, userId);
    return offer;
  }

  async withdraw(id: string, userId: string): Promise<HostOfferModel> {
    return this.manager.transaction(async (tx) => {
      const offer = await this.lockOwn(tx, id, userId);
      if (offer.status === HostOfferStatus.WITHDRAWN)
        throw new ConflictException('This offer is already withdrawn.');
      if (offer.hosting) throw new ConflictException('A stay is active in this home: end it first.');
      await tx.query(`UPDATE host_offer SET status = 'WITHDRAWN', updated_at = now() WHERE id = $1`, [id]);
      await expireLiveProposals(tx, 'host_offer_id', id);
      return this.getIn(tx, id);
    });
  }

  private async decide(
    id: string,
    userId: string,
    apply: (tx: EntityManager) => Promise<string>,
  ): Promise<HostOfferModel> {
    return this.manager.transaction(async (tx) => {
      const [offer] = isUuid(id)
        ? await tx.query(`SELECT status, verifier_organisation_id FROM host_offer WHERE id = $1 FOR UPDATE`, [
            id,
          ])
        : [];
      if (!offer || offer.status === HostOfferStatus.DRAFT)
        throw new NotFoundException('No host offer has this id.');
      await this.access.requireMemberOf(offer.verifier_organisation_id, userId);
      if (offer.status !== HostOfferStatus.SUBMITTED)
        throw new ConflictException('This offer is not waiting for verification.');
      const action = await apply(tx);
      await this.audit.record({ actorId: userId, action, targetType: 'host_offer', targetId: id }, tx);
      return this.getIn(tx, id);
    });
  }

  private async lockOwn(tx: EntityManager, id: string, userId: string): Promise<HostOfferRow> {
    const [locked] = isUuid(id)
      ? await tx.query(`SELECT host_id FROM host_offer WHERE id = $1 FOR UPDATE`, [id])
      : [];
    if (!locked) throw new NotFoundException('No host offer has this id.');
    if (locked.host_id !== userId) throw new ForbiddenException('Only the host may change this offer.');
    const [row]: HostOfferRow[] = await tx.query(`${SELECT_OFFERS} WHERE h.id = $1`, [id]);
    return row;
  }

  private async getIn(tx: EntityManager, id: string): Promise<HostOfferModel> {
    const [row]: HostOfferRow[] = await tx.query(`${SELECT_OFFERS} WHERE h.id = $1`, [id]);
    return toHostOffer(row);
  }
}

/** Proposals still waiting for someone expire when their host or household leaves the pool. */
export async function expireLiveProposals(
  tx: EntityManager,
  column: 'host_offer_id' | 'hosting_request_id',
  id: string,
): Promise<void> {
  await tx.query(
    `UPDATE hosting_proposal SET status = 'EXPIRED' WHERE ${column} = $1 AND status IN ('PROPOSED', 'FORWARDED')`,
    [id],
  );
}

function validateChanges(input: SaveHostOfferInput): Partial<Record<keyof HostOfferRow, unknown>> {
  const changes: Partial<Record<keyof HostOfferRow, unknown>> = {};
  const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;
  if (given(input.roomKind)) changes.room_kind = input.roomKind;
  if (given(input.beds)) changes.beds = requireWholeNumber(input.beds, 'The number of beds', 1, 12);
  if (given(input.districtCode)) {
    if (!isDistrictCode(input.districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${input.districtCode}".`);
    changes.district_code = input.districtCode;
  }
  if (given(input.address)) {
    const address = requireText(input.address, 'The address', 300);
    if (characterCount(address) < 5) throw new BadUserInputException('The address is too short.');
    changes.address = address;
  }
  if (given(input.availableFrom))
    changes.available_from = requireDay(input.availableFrom, '"Available from"', true);
  if (given(input.availableUntil))
    changes.available_until =
      input.availableUntil === '' ? null : requireDay(input.availableUntil, '"Available until"', true);
  if (given(input.minStayDays))
    changes.min_stay_days = requireWholeNumber(input.minStayDays, 'The minimum stay', 1, 730);
  if (given(input.maxStayDays))
    changes.max_stay_days = requireWholeNumber(input.maxStayDays, 'The maximum stay', 1, 730);
  if (given(input.languages)) changes.languages = requireLanguages(input.languages);
  if (given(input.householdAdults))
    changes.household_adults = requireWholeNumber(
      input.householdAdults,
      'The number of adults at home',
      0,
      12,
    );
  if (given(input.householdChildren))
    changes.household_children = requireWholeNumber(
      input.householdChildren,
      'The number of children at home',
      0,
      12,
    );
  for (const [field, column] of [
    ['acceptsChildren', 'accepts_children'],
    ['hasPets', 'has_pets'],
    ['smoking', 'smoking'],
    ['stepFree', 'step_free'],
    ['offersMeals', 'offers_meals'],
    ['offersFrenchHelp', 'offers_french_help'],
  ] as const) {
    if (given(input[field])) changes[column] = input[field];
  }
  if (given(input.houseRules))
    changes.house_rules = requireText(input.houseRules, 'The house rules', 1000, true);
  if (given(input.otherSupport))
    changes.other_support = requireText(input.otherSupport, 'Other support', 500, true);
  return changes;
}

export function toHostOffer(row: HostOfferRow): HostOfferModel {
  return {
    id: row.id,
    status: row.status,
    paused: row.paused,
    stepsDone: row.steps_done,
    roomKind: row.room_kind ?? undefined,
    beds: row.beds ?? undefined,
    districtCode: row.district_code ?? undefined,
    address: row.address ?? undefined,
    availableFrom: row.available_from ?? undefined,
    availableUntil: row.available_until ?? undefined,
    minStayDays: row.min_stay_days ?? undefined,
    maxStayDays: row.max_stay_days ?? undefined,
    languages: row.languages,
    householdAdults: row.household_adults ?? undefined,
    householdChildren: row.household_children ?? undefined,
    acceptsChildren: row.accepts_children,
    hasPets: row.has_pets,
    smoking: row.smoking,
    stepFree: row.step_free,
    houseRules: row.house_rules ?? undefined,
    offersMeals: row.offers_meals,
    offersFrenchHelp: row.offers_french_help,
    otherSupport: row.other_support ?? undefined,
    verifier: row.verifier_organisation_id
      ? {
          id: row.verifier_organisation_id,
          name: row.verifier_name!,
          contactEmail: row.verifier_email!,
          contactPhone: row.verifier_phone ?? undefined,
        }
      : undefined,
    homeVisitOn: row.home_visit_on ?? undefined,
    visitedBy: row.visited_by ?? undefined,
    verifiedAt: row.verified_at ?? undefined,
    rejectionReason: row.rejection_reason ?? undefined,
    submittedAt: row.submitted_at ?? undefined,
    host: { displayName: row.host_name, email: row.host_email },
    hosting: row.hosting,
  };
}
