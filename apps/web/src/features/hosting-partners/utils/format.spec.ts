import { addDays, daysBetween, isoToParisWallTime, parisWallTimeToIso } from './format';
import { hostingProblem } from './hostingErrors';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client';

describe('Paris wall-clock times', () => {
  it('reads a meeting time on Paris time, winter and summer', () => {
    expect(parisWallTimeToIso('2099-01-06T18:30')).toBe('2099-01-06T17:30:00.000Z');
    expect(parisWallTimeToIso('2099-07-06T18:30')).toBe('2099-07-06T16:30:00.000Z');
    expect(parisWallTimeToIso('')).toBeUndefined();
    expect(parisWallTimeToIso('2099-01-06')).toBeUndefined();
  });

  it('shows an instant as the Paris time a field displays', () => {
    expect(isoToParisWallTime('2099-01-06T17:30:00.000Z')).toBe('2099-01-06T18:30');
    expect(isoToParisWallTime('2099-07-06T16:30:00.000Z')).toBe('2099-07-06T18:30');
  });
});

describe('calendar days', () => {
  it('adds and counts days across months and clock changes', () => {
    expect(addDays('2099-01-05', 90)).toBe('2099-04-05');
    expect(addDays('2099-03-01', -1)).toBe('2099-02-28');
    expect(daysBetween('2099-03-20', '2099-04-02')).toBe(13);
    expect(daysBetween('2099-04-02', '2099-03-20')).toBe(-13);
  });
});

describe('hostingProblem', () => {
  const error = (message: string, code: string) =>
    new CombinedGraphQLErrors({ errors: [new GraphQLError(message, { extensions: { code } })] });

  it('translates the messages it knows, with their figures', () => {
    expect(hostingProblem(error('The host offers at most 180 days.', 'BAD_USER_INPUT'))).toEqual({
      key: 'beyondMaxStay',
      values: { count: 180 },
    });
    expect(
      hostingProblem(error('This proposal has expired: a newer matching run replaced it.', 'CONFLICT')),
    ).toEqual({ key: 'proposalExpired', stale: true });
  });

  it("falls back on the code, keeping the API's message", () => {
    expect(hostingProblem(error('Unknown language code: xx.', 'BAD_USER_INPUT'))).toEqual({
      key: 'checkForm',
      detail: 'Unknown language code: xx.',
    });
    expect(hostingProblem(new Error('offline'))).toEqual({ key: 'unexpected' });
  });
});
