import { commitmentsOf, councilReportCsvUrl, lastSixMonths, type ReportFigure } from './councilReport';

function figure(
  commitment: number,
  indicator: string,
  districtCode: string | null,
  value: number,
): ReportFigure {
  return { __typename: 'ReportFigure', commitment, indicator, districtCode, value };
}

describe('councilReport', () => {
  it('takes the last six months up to today in Paris, both days included', () => {
    expect(lastSixMonths(new Date('2026-11-27T10:00:00Z'))).toEqual({ from: '2026-05-28', to: '2026-11-27' });
    // Already the next day in Paris.
    expect(lastSixMonths(new Date('2026-11-27T23:30:00Z'))).toEqual({ from: '2026-05-29', to: '2026-11-28' });
    // A month too short: from its last day's morrow.
    expect(lastSixMonths(new Date('2026-08-31T10:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-08-31' });
    expect(lastSixMonths(new Date('2028-08-31T10:00:00Z'))).toEqual({ from: '2028-03-01', to: '2028-08-31' });
    expect(lastSixMonths(new Date('2027-01-15T10:00:00Z'))).toEqual({ from: '2026-07-16', to: '2027-01-15' });
    expect(lastSixMonths(new Date('2026-12-31T10:00:00Z'))).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('writes the CSV address with the period', () => {
    expect(councilReportCsvUrl({ from: '2026-01-01', to: '2026-06-30' })).toBe(
      '/exports/council-report.csv?from=2026-01-01&to=2026-06-30',
    );
  });

  it('groups the figures by commitment, the city first, then the arrondissements having one', () => {
    const commitments = commitmentsOf([
      figure(11, 'volunteer_hours', null, 12.5),
      figure(11, 'volunteer_hours', '75018', 10),
      figure(11, 'volunteer_hours', '75011', 2.5),
      figure(11, 'mentoring_sessions', null, 3),
      figure(10, 'partner_organisations', null, 4),
      figure(11, 'missions_published', '75020', 1),
      figure(11, 'missions_published', null, 1),
    ]);
    expect(
      commitments.map(({ commitment, indicators, rows }) => ({
        commitment,
        indicators,
        rows: rows.map((row) => [row.districtCode, Object.fromEntries(row.values)]),
      })),
    ).toEqual([
      { commitment: 10, indicators: ['partner_organisations'], rows: [[null, { partner_organisations: 4 }]] },
      {
        commitment: 11,
        indicators: ['volunteer_hours', 'mentoring_sessions', 'missions_published'],
        rows: [
          [null, { volunteer_hours: 12.5, mentoring_sessions: 3, missions_published: 1 }],
          ['75011', { volunteer_hours: 2.5 }],
          ['75018', { volunteer_hours: 10 }],
          ['75020', { missions_published: 1 }],
        ],
      },
    ]);
  });
});
