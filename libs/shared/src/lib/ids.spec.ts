import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts uuids in either case and nothing else', () => {
    expect(isUuid('5953f410-65d8-43c1-be87-eb5206969a11')).toBe(true);
    expect(isUuid('5953F410-65D8-43C1-BE87-EB5206969A11')).toBe(true);
    expect(isUuid('5953f410-65d8-43c1-be87-eb5206969a1')).toBe(false);
    expect(isUuid("x' OR 1=1 --")).toBe(false);
  });
});
