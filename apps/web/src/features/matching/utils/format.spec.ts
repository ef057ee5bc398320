import { gainOverGreedy } from './format';

describe('gainOverGreedy', () => {
  it('is the share by which the optimal allocation beats first-come', () => {
    expect(gainOverGreedy(1250, 1000)).toBe(0.25);
    expect(gainOverGreedy(1000, 1000)).toBe(0);
  });

  it('cannot be said when first-come reached nothing or a figure is missing', () => {
    expect(gainOverGreedy(0, 0)).toBeNull();
    expect(gainOverGreedy(120, 0)).toBeNull();
    expect(gainOverGreedy(null, 100)).toBeNull();
    expect(gainOverGreedy(100, null)).toBeNull();
  });
});
