import { metricLabel } from './metric-label.util';

describe('metricLabel', () => {
  it('keeps plain GraphQL operation names', () => {
    expect(metricLabel('MyNeeds')).toBe('MyNeeds');
    expect(metricLabel('_private2')).toBe('_private2');
  });

  it('counts absent or odd names as anonymous', () => {
    for (const name of [undefined, null, '', '1abc', 'a b', 'x{y}', 'évé', 'a"b']) {
      expect(metricLabel(name)).toBe('anonymous');
    }
  });

  it('cuts long names to 64 characters', () => {
    expect(metricLabel('A'.repeat(500))).toBe('A'.repeat(64));
  });
});
