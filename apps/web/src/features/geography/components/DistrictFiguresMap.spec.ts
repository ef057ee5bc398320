import { legendRanges, shadeClass } from './DistrictFiguresMap';

describe('map shades', () => {
  it('puts a figure in one of four classes by quarter of the largest, none apart', () => {
    expect([0, 1, 2, 3, 4].map((value) => shadeClass(value, 4))).toEqual([0, 1, 2, 3, 4]);
    expect([1, 5, 6, 10].map((value) => shadeClass(value, 10))).toEqual([1, 2, 3, 4]);
    expect(shadeClass(0, 0)).toBe(0);
  });

  it('gives the legend the numbers of each class, leaving out empty ones', () => {
    expect(legendRanges(10)).toEqual([
      { shade: 0, from: 0, to: 0 },
      { shade: 1, from: 1, to: 2 },
      { shade: 2, from: 3, to: 5 },
      { shade: 3, from: 6, to: 7 },
      { shade: 4, from: 8, to: 10 },
    ]);
    expect(legendRanges(2)).toEqual([
      { shade: 0, from: 0, to: 0 },
      { shade: 2, from: 1, to: 1 },
      { shade: 4, from: 2, to: 2 },
    ]);
    expect(legendRanges(0)).toEqual([{ shade: 0, from: 0, to: 0 }]);
  });
});
