import { CombinedGraphQLErrors } from '@apollo/client';

import { apiError } from '../../items/testing/itemsFixtures';
import { missionsProblem } from './missionsErrors';

function error(message: string, code: string) {
  return new CombinedGraphQLErrors(apiError('field', message, code));
}

describe('missionsProblem', () => {
  it('maps the API’s messages to translated problems', () => {
    expect(missionsProblem(error('A shift must start in the future.', 'BAD_USER_INPUT'))).toEqual({
      key: 'shiftPast',
    });
    expect(
      missionsProblem(error('This shift is full: wait-list the volunteer or decline.', 'CONFLICT')),
    ).toEqual({ key: 'shiftFull', stale: true });
    expect(missionsProblem(error('At most 1.5 hours: the length of the shift.', 'BAD_USER_INPUT'))).toEqual({
      key: 'hoursAtMost',
      values: { hours: 1.5 },
    });
    expect(
      missionsProblem(
        error(
          'This mission is with children or vulnerable people: record your vetting of the volunteer before they start.',
          'CONFLICT',
        ),
      ),
    ).toEqual({ key: 'vettingRequired' });
    expect(missionsProblem(error('Something new.', 'BAD_USER_INPUT'))).toEqual({
      key: 'checkForm',
      detail: 'Something new.',
    });
  });
});
