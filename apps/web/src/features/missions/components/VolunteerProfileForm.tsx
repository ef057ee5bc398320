import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HalfDay, LanguageLevel, VolunteerProfileFieldsFragment } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { useDistrictOptions } from '../../items/utils/format';
import { VOLUNTEER_PROFILE_QUERY, VOLUNTEER_SAVE_PROFILE_MUTATION } from '../graphql/missionsOperations';
import {
  DAY_PERIODS,
  halfDayOf,
  LANGUAGE_LEVELS,
  MISSION_LANGUAGES,
  useLanguageName,
  WEEK_DAYS,
} from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

/** The API's limits. */
export const MAX_HOURS_PER_WEEK = 60;
const MAX_SKILLS = 30;
const MAX_SKILL_LENGTH = 60;
const DEFAULT_HOURS_PER_WEEK = 4;

/** The half-days in the order of the grid: Monday morning first. */
const HALF_DAYS: readonly HalfDay[] = WEEK_DAYS.flatMap((day) =>
  DAY_PERIODS.map((period) => halfDayOf(day, period)),
);

interface LanguageRow {
  key: number;
  code: string;
  level: LanguageLevel;
}

/** "cours de français, cuisine , , Cuisine" → ["cours de français", "cuisine"]. */
export function parseSkills(value: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const part of value.split(',')) {
    const skill = part.trim().replace(/\s+/g, ' ');
    const key = skill.toLocaleLowerCase();
    if (!skill || seen.has(key)) continue;
    seen.add(key);
    skills.push(skill);
  }
  return skills;
}

function isLevel(value: string): value is LanguageLevel {
  return (LANGUAGE_LEVELS as readonly string[]).includes(value);
}

function toggle<T>(set: Set<T>, value: T, checked: boolean): Set<T> {
  const next = new Set(set);
  if (checked) next.add(value);
  else next.delete(value);
  return next;
}

/** The free half-days: a row per day, a column per part of the day, a checkbox in each cell. */
const AvailabilityGrid = memo(function AvailabilityGrid({
  value,
  onToggle,
}: {
  value: ReadonlySet<HalfDay>;
  onToggle: (slot: HalfDay, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const helpId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" c="gray.7" id={helpId}>
        {t('missions.profile.availabilityHelp')}
      </Text>
      <Table withTableBorder aria-describedby={helpId} data-testid="availability-grid">
        <caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
          {t('missions.profile.availability')}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('missions.profile.day')}</Table.Th>
            {DAY_PERIODS.map((period) => (
              <Table.Th key={period} scope="col" ta="center">
                {t(`missions.periods.${period}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {WEEK_DAYS.map((day) => (
            <Table.Tr key={day}>
              <Table.Th scope="row" fw={500}>
                {t(`missions.days.${day}`)}
              </Table.Th>
              {DAY_PERIODS.map((period) => {
                const slot = halfDayOf(day, period);
                return (
                  <Table.Td key={period} ta="center">
                    <Checkbox
                      aria-label={t('missions.halfDay', {
                        day: t(`missions.days.${day}`),
                        period: t(`missions.periods.${period}`),
                      })}
                      checked={value.has(slot)}
                      onChange={(event) => onToggle(slot, event.currentTarget.checked)}
                      styles={{ body: { justifyContent: 'center' } }}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
});

/** The arrondissements the volunteer can go to, as checkboxes. */
const DistrictChecks = memo(function DistrictChecks({
  options,
  value,
  onToggle,
}: {
  options: readonly { value: string; label: string }[];
  value: ReadonlySet<string>;
  onToggle: (code: string, checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('missions.profile.districts')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={value.has(option.value)}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
});

/**
 * "Mon profil bénévole": skills, languages with their level, free half-days each week, arrondissements, hours
 * per week, and the solidarity reserve and civic service.
 */
export function VolunteerProfileForm({
  profile,
  labelledBy,
}: {
  /** The saved profile, or null before the first save. */
  profile: VolunteerProfileFieldsFragment | null;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const districtOptions = useDistrictOptions();
  const nextKey = useRef(profile?.languages.length ?? 0);
  const [skills, setSkills] = useState(profile?.skills.join(', ') ?? '');
  const [languages, setLanguages] = useState<LanguageRow[]>(
    () =>
      profile?.languages.map((language, key) => ({ key, code: language.code, level: language.level })) ?? [],
  );
  const [availability, setAvailability] = useState(() => new Set<HalfDay>(profile?.availability ?? []));
  const [districts, setDistricts] = useState(() => new Set<string>(profile?.districts ?? []));
  const [maxHours, setMaxHours] = useState(String(profile?.maxHoursPerWeek ?? DEFAULT_HOURS_PER_WEEK));
  const [solidarityReserve, setSolidarityReserve] = useState(profile?.solidarityReserve ?? false);
  const [civicService, setCivicService] = useState(profile?.civicService ?? false);
  const [errors, setErrors] = useState<{
    skills?: string;
    maxHours?: string;
    languages: Record<number, string>;
  }>({ languages: {} });
  const [problem, setProblem] = useState<MissionsProblem>();
  const [saved, setSaved] = useState(false);
  const skillsInput = useRef<HTMLInputElement>(null);
  const maxHoursInput = useRef<HTMLInputElement>(null);
  const addLanguageButton = useRef<HTMLButtonElement>(null);
  const languageInputs = useRef(new Map<number, HTMLSelectElement>());
  const pendingFocus = useRef<number | 'add'>(undefined);
  const [save, { loading }] = useMutation(VOLUNTEER_SAVE_PROFILE_MUTATION, {
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: VOLUNTEER_PROFILE_QUERY,
          data: { myVolunteerProfile: data.saveVolunteerProfile },
        });
      }
    },
  });

  // After adding a language, its select takes the focus; after removing one, "Ajouter une langue" does.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    if (target === 'add') addLanguageButton.current?.focus();
    else languageInputs.current.get(target)?.focus();
  }, [languages]);

  // Languages outside our list (saved elsewhere) stay selectable under their Intl name.
  const languageOptions = [
    ...MISSION_LANGUAGES,
    ...languages
      .map((row) => row.code)
      .filter((code) => code && !(MISSION_LANGUAGES as readonly string[]).includes(code)),
  ].map((code) => ({ value: code, label: languageName(code) }));

  const updateRow = (key: number, change: Partial<LanguageRow>) =>
    setLanguages((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const toggleAvailability = useCallback(
    (slot: HalfDay, checked: boolean) => setAvailability((current) => toggle(current, slot, checked)),
    [],
  );
  const toggleDistrict = useCallback(
    (code: string, checked: boolean) => setDistricts((current) => toggle(current, code, checked)),
    [],
  );

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setSaved(false);
    const found: typeof errors = { languages: {} };
    const skillList = parseSkills(skills);
    if (skillList.length > MAX_SKILLS || skillList.some((skill) => skill.length > MAX_SKILL_LENGTH))
      found.skills = t('missions.errors.skillsTooMany');
    const seen = new Set<string>();
    for (const row of languages) {
      if (!row.code) found.languages[row.key] = t('missions.errors.languageRequired');
      else if (seen.has(row.code)) found.languages[row.key] = t('missions.errors.languageTwice');
      seen.add(row.code);
    }
    const trimmedHours = maxHours.trim();
    const hours = Number(trimmedHours);
    if (!/^\d+$/.test(trimmedHours) || hours < 1 || hours > MAX_HOURS_PER_WEEK)
      found.maxHours = t('missions.errors.maxHoursRange');
    setErrors(found);
    // In the order of the form.
    const firstLanguage = languages.find((row) => found.languages[row.key]);
    if (found.skills) skillsInput.current?.focus();
    else if (firstLanguage) languageInputs.current.get(firstLanguage.key)?.focus();
    else if (found.maxHours) maxHoursInput.current?.focus();
    if (found.skills || firstLanguage || found.maxHours) return;
    try {
      await save({
        variables: {
          input: {
            skills: skillList,
            languages: languages.map((row) => ({ code: row.code, level: row.level })),
            availability: HALF_DAYS.filter((slot) => availability.has(slot)),
            districts: districtOptions.map((option) => option.value).filter((code) => districts.has(code)),
            maxHoursPerWeek: hours,
            solidarityReserve,
            civicService,
          },
        },
      });
      setSaved(true);
    } catch (error: unknown) {
      setProblem(missionsProblem(error));
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      aria-labelledby={labelledBy}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Stack gap="lg" maw={760}>
        <TextInput
          ref={skillsInput}
          label={t('missions.profile.skills')}
          description={t('missions.profile.skillsHelp')}
          name="skills"
          value={skills}
          onChange={(event) => setSkills(event.currentTarget.value)}
          error={errors.skills}
        />

        <Fieldset legend={t('missions.profile.languages')} variant="unstyled">
          <Stack gap="sm">
            {languages.length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('missions.profile.noLanguages')}
              </Text>
            ) : (
              languages.map((row, index) => {
                const number = index + 1;
                return (
                  <Group key={row.key} gap="sm" align="flex-end" wrap="wrap" data-testid="language-row">
                    <NativeSelect
                      ref={(element) => {
                        if (element) languageInputs.current.set(row.key, element);
                        else languageInputs.current.delete(row.key);
                      }}
                      label={t('missions.profile.language', { number })}
                      value={row.code}
                      onChange={(event) => updateRow(row.key, { code: event.currentTarget.value })}
                      data={[{ value: '', label: t('missions.profile.chooseLanguage') }, ...languageOptions]}
                      error={errors.languages[row.key]}
                      style={{ flex: '1 1 12rem' }}
                    />
                    <NativeSelect
                      label={t('missions.profile.level', { number })}
                      value={row.level}
                      onChange={(event) => {
                        const { value } = event.currentTarget;
                        if (isLevel(value)) updateRow(row.key, { level: value });
                      }}
                      data={LANGUAGE_LEVELS.map((level) => ({
                        value: level,
                        label: t(`missions.levels.${level}`),
                      }))}
                      style={{ flex: '1 1 12rem' }}
                    />
                    <Button
                      variant="outline"
                      color="red.9"
                      onClick={() => {
                        setLanguages((rows) => rows.filter((other) => other.key !== row.key));
                        pendingFocus.current = 'add';
                      }}
                    >
                      {t('missions.profile.removeLanguage', { number })}
                    </Button>
                  </Group>
                );
              })
            )}
            <Group>
              <Button
                ref={addLanguageButton}
                variant="outline"
                onClick={() => {
                  const key = nextKey.current;
                  nextKey.current += 1;
                  setLanguages((rows) => [...rows, { key, code: '', level: 'B1' }]);
                  pendingFocus.current = key;
                }}
              >
                {t('missions.profile.addLanguage')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <AvailabilityGrid value={availability} onToggle={toggleAvailability} />

        <DistrictChecks options={districtOptions} value={districts} onToggle={toggleDistrict} />

        <TextInput
          ref={maxHoursInput}
          label={t('missions.profile.maxHours')}
          description={t('missions.profile.maxHoursHelp')}
          name="maxHoursPerWeek"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_HOURS_PER_WEEK}
          required
          value={maxHours}
          onChange={(event) => setMaxHours(event.currentTarget.value)}
          error={errors.maxHours}
          maw={320}
        />

        <Fieldset legend={t('missions.profile.status')} variant="unstyled">
          <Stack gap="xs">
            <Checkbox
              label={t('missions.profile.solidarityReserve')}
              name="solidarityReserve"
              checked={solidarityReserve}
              onChange={(event) => setSolidarityReserve(event.currentTarget.checked)}
            />
            <Checkbox
              label={t('missions.profile.civicService')}
              name="civicService"
              checked={civicService}
              onChange={(event) => setCivicService(event.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>

        <MissionsProblemAlert problem={problem} />
        {saved ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{t('missions.profile.saved')}</Text>
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t('missions.profile.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
