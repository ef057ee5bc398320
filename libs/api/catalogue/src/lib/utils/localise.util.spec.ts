import { Language } from '@entraide/shared';

import { localise } from './localise.util';

describe('localise', () => {
  it('picks the label in the requested language', () => {
    expect(localise({ fr: 'Chaussettes', en: 'Socks' }, Language.FR)).toBe('Chaussettes');
    expect(localise({ fr: 'Chaussettes', en: 'Socks' }, Language.EN)).toBe('Socks');
  });
});
