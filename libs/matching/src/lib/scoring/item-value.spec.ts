import { ITEM_SCORING, itemProposalScore, needValue } from './item-value';

const NOW = new Date('2026-11-27T12:00:00Z');

describe('needValue', () => {
  it('values urgency first, then a near deadline, then the wait', () => {
    expect(needValue({ urgency: 'NORMAL', deadline: null, createdAt: NOW }, NOW).value).toBe(6);
    expect(needValue({ urgency: 'HIGH', deadline: null, createdAt: NOW }, NOW).value).toBe(12);
    const critical = needValue(
      { urgency: 'CRITICAL', deadline: '2026-11-29', createdAt: new Date('2026-11-17T12:00:00Z') },
      NOW,
    );
    expect(critical).toEqual({
      urgency: 'CRITICAL',
      urgencyValue: 20,
      daysToDeadline: 2,
      deadlineBonus: 6,
      waitingDays: 10,
      waitingBonus: 2.5,
      value: 28.5,
    });
    expect(needValue({ urgency: 'NORMAL', deadline: '2026-12-03', createdAt: NOW }, NOW).deadlineBonus).toBe(
      3,
    );
    expect(needValue({ urgency: 'NORMAL', deadline: '2027-01-03', createdAt: NOW }, NOW).deadlineBonus).toBe(
      0,
    );
  });

  it('caps the waiting bonus', () => {
    const old = needValue(
      { urgency: 'NORMAL', deadline: null, createdAt: new Date('2025-01-01T00:00:00Z') },
      NOW,
    );
    expect(old.waitingBonus).toBe(ITEM_SCORING.waitingBonus.max);
  });
});

describe('itemProposalScore', () => {
  it('subtracts the transport from the value', () => {
    const value = needValue({ urgency: 'HIGH', deadline: null, createdAt: NOW }, NOW);
    expect(itemProposalScore(value, 2.3)).toMatchObject({
      distanceKm: 2.3,
      transportCost: 1.15,
      margin: 10.85,
    });
  });
});
