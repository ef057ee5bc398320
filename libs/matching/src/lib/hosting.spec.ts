import { InvalidInstanceError } from './errors';
import { matchHosting } from './hosting';
import type { HostingInstance } from './types';

const example = (): HostingInstance => ({
  hosts: [{ id: 'h1', capacity: 1 }],
  guests: [{ id: 'g1' }],
  pairs: [{ host: 'h1', guest: 'g1', score: 0.83 }],
});

describe('matchHosting', () => {
  it('solves the example of the issue', () => {
    expect(matchHosting(example())).toEqual({ matches: [{ host: 'h1', guest: 'g1' }], objective: 0.83 });
  });

  it('returns nothing for empty lists', () => {
    expect(matchHosting({ hosts: [], guests: [], pairs: [] })).toEqual({ matches: [], objective: 0 });
  });

  it('gives up the greedy choice when two other matches are worth more', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'h1' }, { id: 'h2' }],
      guests: [{ id: 'g1' }, { id: 'g2' }],
      pairs: [
        { host: 'h1', guest: 'g1', score: 0.6 },
        { host: 'h2', guest: 'g1', score: 0.5 },
        { host: 'h1', guest: 'g2', score: 0.55 },
      ],
    };
    expect(matchHosting(instance)).toEqual({
      matches: [
        { host: 'h1', guest: 'g2' },
        { host: 'h2', guest: 'g1' },
      ],
      objective: 1.05,
    });
  });

  it('defaults capacity to 1 and respects larger and zero capacities', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'single' }, { id: 'family', capacity: 2 }, { id: 'full', capacity: 0 }],
      guests: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      pairs: ['a', 'b', 'c', 'd'].flatMap((guest, k) => [
        { host: 'single', guest, score: 0.9 - k / 10 },
        { host: 'family', guest, score: 0.8 - k / 10 },
        { host: 'full', guest, score: 1 },
      ]),
    };
    expect(matchHosting(instance)).toEqual({
      matches: [
        { host: 'single', guest: 'a' },
        { host: 'family', guest: 'b' },
        { host: 'family', guest: 'c' },
      ],
      objective: 0.9 + 0.7 + 0.6,
    });
  });

  it('never uses pairs scoring zero or less, and leaves guests without pairs unmatched', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'h1' }, { id: 'h2' }],
      guests: [{ id: 'g1' }, { id: 'g2' }, { id: 'lonely' }],
      pairs: [
        { host: 'h1', guest: 'g1', score: 0 },
        { host: 'h2', guest: 'g2', score: -0.5 },
      ],
    };
    expect(matchHosting(instance)).toEqual({ matches: [], objective: 0 });
  });

  it('counts the best score of duplicate pairs, once', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'h', capacity: 2 }],
      guests: [{ id: 'g' }],
      pairs: [
        { host: 'h', guest: 'g', score: 0.2 },
        { host: 'h', guest: 'g', score: 0.7 },
      ],
    };
    expect(matchHosting(instance)).toEqual({ matches: [{ host: 'h', guest: 'g' }], objective: 0.7 });
  });

  it('breaks ties the same way every time, here preferring the pair listed first', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'h1' }, { id: 'h2' }],
      guests: [{ id: 'g' }],
      pairs: [
        { host: 'h2', guest: 'g', score: 0.5 },
        { host: 'h1', guest: 'g', score: 0.5 },
      ],
    };
    expect(matchHosting(instance).matches).toEqual([{ host: 'h2', guest: 'g' }]);
  });

  it('sums the objective exactly in decimal', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'h1' }, { id: 'h2' }],
      guests: [{ id: 'g1' }, { id: 'g2' }],
      pairs: [
        { host: 'h1', guest: 'g1', score: 0.1 },
        { host: 'h2', guest: 'g2', score: 0.2 },
      ],
    };
    // In floating point 0.1 + 0.2 is 0.30000000000000004.
    expect(matchHosting(instance).objective).toBe(0.3);
  });

  it('rounds full-precision scores to about 15 digits for the solver and reports the exact sum of its choice', () => {
    const instance: HostingInstance = {
      hosts: [{ id: 'h1' }, { id: 'h2' }],
      guests: [{ id: 'g1' }, { id: 'g2' }],
      pairs: [
        { host: 'h1', guest: 'g1', score: 0.1 + 0.2 },
        { host: 'h1', guest: 'g2', score: 0.3 },
        { host: 'h2', guest: 'g2', score: 1e-300 },
      ],
    };
    // 1e-300 rounds to 0 at a scale of 10^15, so that pair is worth nothing to the solver (documented bound).
    expect(matchHosting(instance)).toEqual({
      matches: [{ host: 'h1', guest: 'g1' }],
      objective: 0.30000000000000004,
    });
  });

  it.each<[string, (instance: Record<string, unknown[]>) => void, string]>([
    ['no pairs list', (instance) => delete instance['pairs'], 'pairs must be an array'],
    [
      'an unknown host',
      (instance) => instance['pairs'].push({ host: 'h9', guest: 'g1', score: 1 }),
      'pairs[1].host "h9" is not the id of any host',
    ],
    [
      'an unknown guest',
      (instance) => instance['pairs'].push({ host: 'h1', guest: 'g9', score: 1 }),
      'pairs[1].guest "g9" is not the id of any guest',
    ],
    [
      'a repeated host',
      (instance) => instance['hosts'].push({ id: 'h1' }),
      'hosts[1].id "h1" repeats hosts[0].id',
    ],
    [
      'a repeated guest',
      (instance) => instance['guests'].push({ id: 'g1' }),
      'guests[1].id "g1" repeats guests[0].id',
    ],
    [
      'a fractional capacity',
      (instance) => instance['hosts'].push({ id: 'h2', capacity: 0.5 }),
      'hosts[1].capacity must be a non-negative integer',
    ],
    [
      'a missing score',
      (instance) => instance['pairs'].push({ host: 'h1', guest: 'g1' }),
      'pairs[1].score must be a finite number',
    ],
    [
      'a numeric guest id',
      (instance) => instance['guests'].push({ id: 2 }),
      'guests[1].id must be a non-empty string',
    ],
  ])('rejects %s with a message naming the problem', (_description, mutate, message) => {
    const instance = example() as unknown as Record<string, unknown[]>;
    mutate(instance);
    expect(() => matchHosting(instance)).toThrow(new InvalidInstanceError(message));
  });
});
