import { GuestProfile, HostProfile, hostingScore } from './hosting-score';

const HOST: HostProfile = {
  beds: 2,
  availableFrom: '2026-12-01',
  availableUntil: '2027-03-01',
  maxStayDays: 120,
  languages: ['fr', 'ar'],
  districtCode: '75019',
  stepFree: false,
  acceptsChildren: true,
  hasPets: true,
};
const GUEST: GuestProfile = {
  householdSize: 2,
  hasChildren: true,
  neededFrom: '2026-12-01',
  minimumDays: 30,
  desiredDays: 90,
  languages: ['ar', 'fr'],
  preferredDistrictCodes: ['75019'],
  needsStepFree: false,
  cannotLiveWithPets: false,
};

describe('hostingScore', () => {
  it('scores a good fit near 1 and explains it', () => {
    expect(hostingScore(HOST, GUEST)).toEqual({
      exclusions: [],
      languages: 1,
      district: 1,
      duration: 1,
      availableDays: 90,
      score: 1,
    });
  });

  it('excludes a pair on each hard constraint, whatever the soft ones', () => {
    expect(hostingScore({ ...HOST, beds: 1 }, GUEST).exclusions).toEqual(['CAPACITY']);
    expect(hostingScore({ ...HOST, availableUntil: '2026-12-20' }, GUEST).exclusions).toEqual([
      'AVAILABILITY',
    ]);
    expect(hostingScore(HOST, { ...GUEST, needsStepFree: true }).exclusions).toEqual(['ACCESSIBILITY']);
    expect(hostingScore({ ...HOST, acceptsChildren: false }, GUEST).exclusions).toEqual(['CHILDREN']);
    expect(hostingScore(HOST, { ...GUEST, cannotLiveWithPets: true })).toMatchObject({
      exclusions: ['PETS'],
      score: 0,
    });
  });

  it('weighs languages, district and duration', () => {
    const onlyFrench = hostingScore({ ...HOST, languages: ['fr'] }, GUEST);
    expect(onlyFrench.languages).toBe(0.5);
    const neighbour = hostingScore({ ...HOST, districtCode: '75020' }, GUEST, {
      '75019': ['75020', '75010'],
    });
    expect(neighbour.district).toBe(0.5);
    const short = hostingScore({ ...HOST, maxStayDays: 45 }, GUEST);
    expect(short.duration).toBe(0.5);
    expect(short.score).toBe(0.85);
  });
});
