/**
 * Every weight of the item scoring, in one place. A need's value per unit is what delivering one unit is
 * worth; a proposal's margin subtracts the transport cost from the collection point to the need's district.
 */
export const ITEM_SCORING = {
  /** Value per unit by urgency. */
  urgencyValue: { CRITICAL: 20, HIGH: 12, NORMAL: 6 },
  /** Extra value per unit when the deadline is near: passed or within `soonDays`, within `nearDays`. */
  deadlineBonus: { soonDays: 3, soon: 6, nearDays: 7, near: 3 },
  /** Extra value per unit per day the need has waited, up to `max`. */
  waitingBonus: { perDay: 0.25, max: 5 },
  /** Cost of moving one unit one kilometre. */
  costPerKm: 0.5,
} as const;

export type Urgency = keyof typeof ITEM_SCORING.urgencyValue;

export interface NeedRecord {
  urgency: Urgency;
  /** YYYY-MM-DD, or null. */
  deadline: string | null;
  createdAt: Date;
}

export interface NeedValueBreakdown {
  urgency: Urgency;
  urgencyValue: number;
  daysToDeadline: number | null;
  deadlineBonus: number;
  waitingDays: number;
  waitingBonus: number;
  value: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The value per unit of a need at `now`, with how it was reached. */
export function needValue(need: NeedRecord, now: Date): NeedValueBreakdown {
  const urgencyValue = ITEM_SCORING.urgencyValue[need.urgency];
  const daysToDeadline =
    need.deadline === null
      ? null
      : Math.floor((Date.parse(`${need.deadline}T23:59:59Z`) - now.getTime()) / DAY_MS);
  const { soonDays, soon, nearDays, near } = ITEM_SCORING.deadlineBonus;
  const deadlineBonus =
    daysToDeadline === null ? 0 : daysToDeadline <= soonDays ? soon : daysToDeadline <= nearDays ? near : 0;
  const waitingDays = Math.max(0, Math.floor((now.getTime() - need.createdAt.getTime()) / DAY_MS));
  const waitingBonus = Math.min(
    ITEM_SCORING.waitingBonus.max,
    waitingDays * ITEM_SCORING.waitingBonus.perDay,
  );
  return {
    urgency: need.urgency,
    urgencyValue,
    daysToDeadline,
    deadlineBonus,
    waitingDays,
    waitingBonus,
    value: urgencyValue + deadlineBonus + waitingBonus,
  };
}

/** Why a unit goes from a point to a need: its value less the transport. */
export interface ItemProposalScore extends NeedValueBreakdown {
  distanceKm: number;
  transportCost: number;
  margin: number;
}

export function itemProposalScore(value: NeedValueBreakdown, distanceKm: number): ItemProposalScore {
  const transportCost = Math.round(distanceKm * ITEM_SCORING.costPerKm * 100) / 100;
  return {
    ...value,
    distanceKm,
    transportCost,
    margin: Math.round((value.value - transportCost) * 100) / 100,
  };
}
