import {
  MissionForVolunteers,
  recommendMissions,
  scoreMission,
  VolunteerForMissions,
} from './mission-recommendation';

const KM: Record<string, number> = {
  '75019/75019': 0,
  '75019/75020': 2,
  '75019/75015': 9,
  '75018/75019': 2.4,
};
const distanceKm = (from: string, to: string) => KM[`${from}/${to}`];

const VOLUNTEER: VolunteerForMissions = {
  languages: [
    { code: 'fr', level: 'C2' },
    { code: 'ti', level: 'NATIVE' },
  ],
  skills: ['teaching'],
  availability: ['SAT_MORNING', 'WED_EVENING'],
  districts: ['75019'],
};

const mission = (overrides: Partial<MissionForVolunteers>): MissionForVolunteers => ({
  id: 'm',
  languages: [],
  skills: [],
  districtCode: '75019',
  remote: false,
  slots: ['SAT_MORNING'],
  ...overrides,
});

describe('mission recommendations', () => {
  it('explains a good fit: a rare language, the distance, the free time, the skill', () => {
    expect(
      scoreMission(
        VOLUNTEER,
        mission({ languages: [{ code: 'ti', level: 'B2' }], skills: ['teaching'], districtCode: '75020' }),
        distanceKm,
      ),
    ).toEqual({
      missionId: 'm',
      score: 0.938,
      reasons: [
        { kind: 'LANGUAGE', code: 'ti' },
        { kind: 'DISTANCE', km: 2 },
        { kind: 'TIME', slot: 'SAT_MORNING' },
        { kind: 'SKILL', skill: 'teaching' },
      ],
    });
  });

  it('leaves out what the volunteer cannot do: a language or level missing, too far, no shared time', () => {
    expect(
      scoreMission(VOLUNTEER, mission({ languages: [{ code: 'ps', level: 'A1' }] }), distanceKm),
    ).toBeNull();
    expect(
      scoreMission(
        { ...VOLUNTEER, languages: [{ code: 'ti', level: 'A2' }] },
        mission({ languages: [{ code: 'ti', level: 'B1' }] }),
        distanceKm,
      ),
    ).toBeNull();
    expect(scoreMission(VOLUNTEER, mission({ districtCode: '75015' }), distanceKm)).toBeNull();
    expect(scoreMission(VOLUNTEER, mission({ slots: ['MON_MORNING'] }), distanceKm)).toBeNull();
  });

  it('ranks best first, ties by id, within the limit, and the same input gives the same list', () => {
    const missions = [
      mission({ id: 'b' }),
      mission({ id: 'a' }),
      mission({ id: 'remote', remote: true, districtCode: null }),
      mission({ id: 'tigrinya', languages: [{ code: 'ti', level: 'C1' }] }),
    ];
    const ranked = recommendMissions(VOLUNTEER, missions, distanceKm, 3);
    expect(ranked.map((recommendation) => recommendation.missionId)).toEqual(['tigrinya', 'a', 'b']);
    expect(recommendMissions(VOLUNTEER, [...missions].reverse(), distanceKm, 3)).toEqual(ranked);
    expect(recommendMissions(VOLUNTEER, missions, distanceKm, 0)).toEqual([]);
  });
});
