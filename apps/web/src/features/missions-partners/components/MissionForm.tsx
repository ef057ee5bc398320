import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  LanguageLevel,
  MissionKind,
  MissionSchedule,
  PartnerMissionFieldsFragment,
} from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { LANGUAGE_CODES, parisWallTimeToIso, useLanguageName } from '../../hosting-partners/utils/format';
import { parisToday, useDistrictOptions } from '../../items/utils/format';
import {
  PARTNER_PUBLISH_MISSION_MUTATION,
  PARTNER_UPDATE_MISSION_MUTATION,
} from '../graphql/missionsPartnersOperations';
import {
  DAY_PARTS,
  type DayPart,
  halfDayOf,
  isDay,
  isDayPart,
  isLanguageLevel,
  isMissionKind,
  isTime,
  isWeekDay,
  LANGUAGE_LEVELS,
  MISSION_KINDS,
  parseSkills,
  splitHalfDay,
  useMissionsFormat,
  WEEK_DAYS,
  type WeekDay,
} from '../utils/format';
import { type MissionsProblem, missionsProblem } from '../utils/missionsErrors';
import { MissionsProblemAlert } from './MissionsProblemAlert';

type Mission = PartnerMissionFieldsFragment;

/** The API's limits for a mission. */
export const MAX_TITLE_LENGTH = 140;
export const MAX_DESCRIPTION_LENGTH = 5000;
export const MAX_SKILLS = 20;
export const MAX_SKILL_LENGTH = 60;
export const MAX_LANGUAGES = 12;
export const MAX_SHIFTS = 100;
export const MAX_CAPACITY = 500;
export const MAX_COMMITMENT_LENGTH = 200;

/** The value of the place select for a remote mission. */
const REMOTE = 'remote';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A required language as the form edits it: with a key that stays when others are removed. */
interface LanguageRow {
  key: number;
  code: string;
  level: LanguageLevel;
}

/** A shift as the form edits it: a Paris day, Paris start and end times, and places. */
interface ShiftRow {
  key: number;
  date: string;
  start: string;
  end: string;
  capacity: string;
}

type ShiftField = 'date' | 'start' | 'end' | 'capacity';

interface FieldErrors {
  title?: string;
  description?: string;
  skills?: string;
  languages?: Record<number, string>;
  shifts?: Record<number, Partial<Record<ShiftField, string>>>;
  shiftList?: string;
  weeklyStarts?: string;
  weeklyEnds?: string;
  contactName?: string;
  contactEmail?: string;
}

/** Problems the API reports that belong to one field. */
const FIELD_OF_PROBLEM: Record<string, 'title' | 'description' | 'contactEmail'> = {
  titleTooShort: 'title',
  descriptionTooShort: 'description',
  emailInvalid: 'contactEmail',
};

let lastKey = 0;

function nextKey(): number {
  lastKey += 1;
  return lastKey;
}

function newShift(): ShiftRow {
  return { key: nextKey(), date: '', start: '', end: '', capacity: '' };
}

function newLanguage(code = 'fr', level: LanguageLevel = 'B1'): LanguageRow {
  return { key: nextKey(), code, level };
}

function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((value) =>
    value && typeof value === 'object' ? Object.keys(value).length > 0 : Boolean(value),
  );
}

export interface MissionFormProps {
  organisationId: string;
  /** The arrondissements the association serves: the first is the default place. */
  districtCodes: readonly string[];
  /** Who to contact by default: the signed-in member, at the organisation's address. */
  defaultContactName: string;
  defaultContactEmail: string;
  /** The mission to change; without it, a new one is published. */
  mission?: Mission;
  /** The id of the heading naming the form. */
  labelledBy: string;
  onDone: (mission: Mission) => void;
  onCancel?: () => void;
}

/**
 * Publish a mission, or change a published one: what it is, the languages it needs, where, when (one-off shifts
 * or a weekly slot, entered in Paris time), the commitment, who to contact, and who it is open to. Shifts added
 * while changing a mission are added to those it has.
 */
export function MissionForm({
  organisationId,
  districtCodes,
  defaultContactName,
  defaultContactEmail,
  mission,
  labelledBy,
  onDone,
  onCancel,
}: MissionFormProps) {
  const { t } = useTranslation();
  const format = useMissionsFormat();
  const languageName = useLanguageName();
  const districtOptions = useDistrictOptions();
  const today = parisToday();

  const initialWeekly = mission?.weeklySlot ? splitHalfDay(mission.weeklySlot) : undefined;
  const [title, setTitle] = useState(mission?.title ?? '');
  const [description, setDescription] = useState(mission?.description ?? '');
  const [kind, setKind] = useState<MissionKind>(mission?.kind ?? 'FRENCH_LESSONS');
  const [skills, setSkills] = useState(mission?.skills.join(', ') ?? '');
  const [languages, setLanguages] = useState<LanguageRow[]>(() =>
    (mission?.languages ?? []).map((language) => newLanguage(language.code, language.level)),
  );
  const [place, setPlace] = useState(
    mission ? (mission.remote ? REMOTE : (mission.districtCode ?? REMOTE)) : (districtCodes[0] ?? '75001'),
  );
  const [schedule, setSchedule] = useState<MissionSchedule>(mission?.schedule ?? 'SHIFTS');
  const [shifts, setShifts] = useState<ShiftRow[]>(() => (mission ? [] : [newShift()]));
  const [weeklyDay, setWeeklyDay] = useState<WeekDay>(initialWeekly?.day ?? 'SAT');
  const [weeklyPart, setWeeklyPart] = useState<DayPart>(initialWeekly?.part ?? 'MORNING');
  const [weeklyStarts, setWeeklyStarts] = useState(mission?.weeklyStarts ?? '');
  const [weeklyEnds, setWeeklyEnds] = useState(mission?.weeklyEnds ?? '');
  const [minimumCommitment, setMinimumCommitment] = useState(mission?.minimumCommitment ?? '');
  const [contactName, setContactName] = useState(mission?.contactName ?? defaultContactName);
  const [contactEmail, setContactEmail] = useState(mission?.contactEmail ?? defaultContactEmail);
  const [restricted, setRestricted] = useState(mission?.restricted ?? false);
  const [forSolidarityReserve, setForSolidarityReserve] = useState(mission?.forSolidarityReserve ?? false);
  const [forCivicService, setForCivicService] = useState(mission?.forCivicService ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<MissionsProblem>();
  // Counted up each time the form is refused here, to move the focus to the first field in error.
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const addShiftButton = useRef<HTMLButtonElement>(null);

  const [publish, { loading: publishing }] = useMutation(PARTNER_PUBLISH_MISSION_MUTATION, {
    refetchQueries: ['PartnerOrganisationMissions'],
  });
  const [update, { loading: updating }] = useMutation(PARTNER_UPDATE_MISSION_MUTATION);

  useEffect(() => {
    if (refusals === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else addShiftButton.current?.focus();
  }, [refusals]);

  const existingShifts = mission?.shifts ?? [];
  const languageOptions = [
    ...LANGUAGE_CODES,
    ...languages
      .map((row) => row.code)
      .filter((code) => !(LANGUAGE_CODES as readonly string[]).includes(code)),
  ].map((code) => ({ value: code, label: languageName(code) }));

  /** The shifts to send, checked here first; the Paris times become instants. */
  const checkShifts = (found: FieldErrors) => {
    const checked: { startsAt: string; endsAt: string; capacity: number }[] = [];
    const rowErrors: Record<number, Partial<Record<ShiftField, string>>> = {};
    for (const row of shifts) {
      const rowError: Partial<Record<ShiftField, string>> = {};
      if (!isDay(row.date)) rowError.date = t('missionsPartners.errors.dateRequired');
      if (!isTime(row.start)) rowError.start = t('missionsPartners.errors.timeRequired');
      if (!isTime(row.end)) rowError.end = t('missionsPartners.errors.timeRequired');
      else if (isTime(row.start) && row.end <= row.start)
        rowError.end = t('missionsPartners.errors.endBeforeStart');
      const capacity = Number(row.capacity.trim());
      if (!/^\d+$/.test(row.capacity.trim()) || capacity < 1 || capacity > MAX_CAPACITY)
        rowError.capacity = t('missionsPartners.errors.capacityRange', { max: MAX_CAPACITY });
      const startsAt =
        rowError.date || rowError.start ? undefined : parisWallTimeToIso(`${row.date}T${row.start}`);
      const endsAt = rowError.date || rowError.end ? undefined : parisWallTimeToIso(`${row.date}T${row.end}`);
      if (startsAt && Date.parse(startsAt) <= Date.now())
        rowError.start = t('missionsPartners.errors.shiftPast');
      if (Object.keys(rowError).length > 0) rowErrors[row.key] = rowError;
      else if (startsAt && endsAt) checked.push({ startsAt, endsAt, capacity });
    }
    if (Object.keys(rowErrors).length > 0) found.shifts = rowErrors;
    if (shifts.length === 0 && existingShifts.length === 0)
      found.shiftList = t('missionsPartners.errors.shiftRequired');
    if (shifts.length > MAX_SHIFTS)
      found.shiftList = t('missionsPartners.errors.tooManyShifts', { max: MAX_SHIFTS });
    return checked;
  };

  const reset = () => {
    setTitle('');
    setDescription('');
    setKind('FRENCH_LESSONS');
    setSkills('');
    setLanguages([]);
    setPlace(districtCodes[0] ?? '75001');
    setSchedule('SHIFTS');
    setShifts([newShift()]);
    setWeeklyDay('SAT');
    setWeeklyPart('MORNING');
    setWeeklyStarts('');
    setWeeklyEnds('');
    setMinimumCommitment('');
    setRestricted(false);
    setForSolidarityReserve(false);
    setForCivicService(false);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldErrors = {};
    const trimmedTitle = title.trim();
    const trimmedDescription = description.trim();
    if (trimmedTitle.length < 3) found.title = t('missionsPartners.errors.titleTooShort');
    if (trimmedDescription.length < 10) found.description = t('missionsPartners.errors.descriptionTooShort');
    const skillList = parseSkills(skills);
    if (skillList.length > MAX_SKILLS || skillList.some((skill) => skill.length > MAX_SKILL_LENGTH))
      found.skills = t('missionsPartners.errors.tooManySkills', {
        max: MAX_SKILLS,
        length: MAX_SKILL_LENGTH,
      });
    const languageErrors: Record<number, string> = {};
    languages.forEach((row, index) => {
      if (languages.findIndex((other) => other.code === row.code) < index)
        languageErrors[row.key] = t('missionsPartners.errors.languageTwice');
    });
    if (Object.keys(languageErrors).length > 0) found.languages = languageErrors;
    const newShifts = schedule === 'SHIFTS' ? checkShifts(found) : [];
    if (schedule === 'WEEKLY') {
      if (!isTime(weeklyStarts)) found.weeklyStarts = t('missionsPartners.errors.timeRequired');
      if (!isTime(weeklyEnds)) found.weeklyEnds = t('missionsPartners.errors.timeRequired');
      else if (isTime(weeklyStarts) && weeklyEnds <= weeklyStarts)
        found.weeklyEnds = t('missionsPartners.errors.endBeforeStart');
    }
    if (!contactName.trim()) found.contactName = t('missionsPartners.errors.contactNameRequired');
    if (!EMAIL.test(contactEmail.trim())) found.contactEmail = t('missionsPartners.errors.emailInvalid');
    setErrors(found);
    if (hasErrors(found)) {
      setRefusals((count) => count + 1);
      return;
    }
    const remote = place === REMOTE;
    const commitment = minimumCommitment.trim();
    const fields = {
      organisationId,
      title: trimmedTitle,
      description: trimmedDescription,
      kind,
      skills: skillList,
      languages: languages.map((row) => ({ code: row.code, level: row.level })),
      ...(remote ? {} : { districtCode: place }),
      remote,
      schedule,
      shifts: newShifts,
      ...(schedule === 'WEEKLY'
        ? { weeklySlot: halfDayOf(weeklyDay, weeklyPart), weeklyStarts, weeklyEnds }
        : {}),
      ...(commitment ? { minimumCommitment: commitment } : {}),
      contactName: contactName.trim(),
      contactEmail: contactEmail.trim(),
      restricted,
      forSolidarityReserve,
      forCivicService,
    };
    try {
      if (mission) {
        const { data } = await update({ variables: { input: { id: mission.id, ...fields } } });
        if (data) onDone(data.updateMission);
      } else {
        const { data } = await publish({ variables: { input: fields } });
        if (!data) return;
        onDone(data.publishMission);
        reset();
      }
    } catch (error: unknown) {
      const found = missionsProblem(error);
      const field = FIELD_OF_PROBLEM[found.key];
      if (field) {
        setErrors({ [field]: t(`missionsPartners.errors.${found.key}`, found.values) });
        setRefusals((count) => count + 1);
      } else {
        setProblem(found);
      }
    }
  };

  const prefix = mission ? `mission-${mission.id}` : 'new-mission';

  return (
    <form
      ref={formRef}
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <Stack gap="md" maw={760}>
        <TextInput
          label={t('missionsPartners.form.title')}
          description={t('missionsPartners.form.titleHelp')}
          name="title"
          required
          maxLength={MAX_TITLE_LENGTH}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          label={t('missionsPartners.form.description')}
          description={t('missionsPartners.form.descriptionHelp')}
          name="description"
          required
          rows={4}
          maxLength={MAX_DESCRIPTION_LENGTH}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.description}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            label={t('missionsPartners.form.kind')}
            name="kind"
            value={kind}
            onChange={(event) => {
              const { value } = event.currentTarget;
              if (isMissionKind(value)) setKind(value);
            }}
            data={MISSION_KINDS.map((value) => ({ value, label: t(`missionsPartners.kinds.${value}`) }))}
          />
          <NativeSelect
            label={t('missionsPartners.form.place')}
            name="place"
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            data={[...districtOptions, { value: REMOTE, label: t('missionsPartners.form.remote') }]}
          />
        </SimpleGrid>
        <TextInput
          label={t('missionsPartners.form.skills')}
          description={t('missionsPartners.form.skillsHelp')}
          name="skills"
          value={skills}
          onChange={(event) => setSkills(event.currentTarget.value)}
          error={errors.skills}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" fw={500} size="sm" p={0}>
            {t('missionsPartners.form.languages')}
          </Text>
          <Text size="xs" c="gray.7" mb="xs">
            {t('missionsPartners.form.languagesHelp')}
          </Text>
          <Stack gap="xs">
            {languages.map((row, index) => (
              <Group
                key={row.key}
                gap="xs"
                align="flex-start"
                wrap="wrap"
                role="group"
                aria-label={t('missionsPartners.form.languageRow', { number: index + 1 })}
              >
                <NativeSelect
                  label={t('missionsPartners.form.language')}
                  name={`${prefix}-language-${index + 1}`}
                  value={row.code}
                  onChange={(event) => {
                    const { value } = event.currentTarget;
                    setLanguages((current) =>
                      current.map((item) => (item.key === row.key ? { ...item, code: value } : item)),
                    );
                  }}
                  data={languageOptions}
                  error={errors.languages?.[row.key]}
                  style={{ flex: '1 1 10rem', minWidth: 0 }}
                />
                <NativeSelect
                  label={t('missionsPartners.form.level')}
                  name={`${prefix}-level-${index + 1}`}
                  value={row.level}
                  onChange={(event) => {
                    const { value } = event.currentTarget;
                    if (!isLanguageLevel(value)) return;
                    setLanguages((current) =>
                      current.map((item) => (item.key === row.key ? { ...item, level: value } : item)),
                    );
                  }}
                  data={LANGUAGE_LEVELS.map((value) => ({
                    value,
                    label: t(`missionsPartners.levels.${value}`),
                  }))}
                  style={{ flex: '1 1 8rem', minWidth: 0 }}
                />
                <Button
                  variant="default"
                  mt={24}
                  onClick={() => setLanguages((current) => current.filter((item) => item.key !== row.key))}
                  aria-label={t('missionsPartners.form.removeLanguage', { number: index + 1 })}
                >
                  {t('missionsPartners.form.remove')}
                </Button>
              </Group>
            ))}
          </Stack>
          <Button
            variant="outline"
            mt="xs"
            disabled={languages.length >= MAX_LANGUAGES}
            onClick={() =>
              setLanguages((current) => [
                ...current,
                newLanguage(LANGUAGE_CODES.find((code) => !current.some((row) => row.code === code)) ?? 'fr'),
              ])
            }
          >
            {t('missionsPartners.form.addLanguage')}
          </Button>
        </fieldset>
        <Radio.Group
          label={t('missionsPartners.form.schedule')}
          description={mission ? t('missionsPartners.form.scheduleFixed') : undefined}
          name={`${prefix}-schedule`}
          value={schedule}
          onChange={(value) => {
            if (value === 'SHIFTS' || value === 'WEEKLY') setSchedule(value);
          }}
        >
          <Group gap="lg" mt="xs">
            <Radio value="SHIFTS" label={t('missionsPartners.form.shifts')} disabled={Boolean(mission)} />
            <Radio value="WEEKLY" label={t('missionsPartners.form.weekly')} disabled={Boolean(mission)} />
          </Group>
        </Radio.Group>
        {schedule === 'SHIFTS' ? (
          <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Text component="legend" fw={500} size="sm" p={0}>
              {mission ? t('missionsPartners.form.newShifts') : t('missionsPartners.form.shiftList')}
            </Text>
            <Text size="xs" c="gray.7" mb="xs">
              {t('missionsPartners.form.shiftsHelp')}
            </Text>
            {existingShifts.length > 0 ? (
              <Stack gap={4} mb="sm">
                <Text size="sm" fw={500}>
                  {t('missionsPartners.form.existingShifts')}
                </Text>
                <Stack component="ul" gap={2} m={0} pl="md">
                  {existingShifts.map((shift) => (
                    <Text component="li" size="sm" key={shift.id}>
                      {format.shift(shift)}
                    </Text>
                  ))}
                </Stack>
              </Stack>
            ) : null}
            <Stack gap="sm">
              {shifts.map((row, index) => {
                const rowErrors = errors.shifts?.[row.key];
                const change = (field: ShiftField, value: string) =>
                  setShifts((current) =>
                    current.map((item) => (item.key === row.key ? { ...item, [field]: value } : item)),
                  );
                return (
                  <fieldset
                    key={row.key}
                    style={{
                      border: '1px solid var(--mantine-color-gray-4)',
                      borderRadius: 'var(--mantine-radius-sm)',
                      padding: 'var(--mantine-spacing-sm)',
                      margin: 0,
                      minWidth: 0,
                    }}
                  >
                    <Text component="legend" fw={600} size="sm" px={4}>
                      {t('missionsPartners.form.shift', { number: index + 1 })}
                    </Text>
                    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
                      <TextInput
                        label={t('missionsPartners.form.shiftDate')}
                        name={`${prefix}-shift-${index + 1}-date`}
                        type="date"
                        required
                        min={today}
                        value={row.date}
                        onChange={(event) => change('date', event.currentTarget.value)}
                        error={rowErrors?.date}
                      />
                      <TextInput
                        label={t('missionsPartners.form.shiftStart')}
                        name={`${prefix}-shift-${index + 1}-start`}
                        type="time"
                        required
                        value={row.start}
                        onChange={(event) => change('start', event.currentTarget.value)}
                        error={rowErrors?.start}
                      />
                      <TextInput
                        label={t('missionsPartners.form.shiftEnd')}
                        name={`${prefix}-shift-${index + 1}-end`}
                        type="time"
                        required
                        value={row.end}
                        onChange={(event) => change('end', event.currentTarget.value)}
                        error={rowErrors?.end}
                      />
                      <TextInput
                        label={t('missionsPartners.form.capacity')}
                        name={`${prefix}-shift-${index + 1}-capacity`}
                        type="number"
                        inputMode="numeric"
                        required
                        min={1}
                        max={MAX_CAPACITY}
                        value={row.capacity}
                        onChange={(event) => change('capacity', event.currentTarget.value)}
                        error={rowErrors?.capacity}
                      />
                    </SimpleGrid>
                    <Button
                      variant="default"
                      size="xs"
                      mt="xs"
                      disabled={shifts.length <= 1 && existingShifts.length === 0}
                      onClick={() => setShifts((current) => current.filter((item) => item.key !== row.key))}
                      aria-label={t('missionsPartners.form.removeShift', { number: index + 1 })}
                    >
                      {t('missionsPartners.form.remove')}
                    </Button>
                  </fieldset>
                );
              })}
            </Stack>
            <Button
              ref={addShiftButton}
              variant="outline"
              mt="xs"
              disabled={shifts.length >= MAX_SHIFTS}
              onClick={() =>
                setShifts((current) => {
                  // A new shift starts from the last one's times and places: often the same, another day.
                  const last = current[current.length - 1];
                  return [
                    ...current,
                    last
                      ? { ...newShift(), start: last.start, end: last.end, capacity: last.capacity }
                      : newShift(),
                  ];
                })
              }
            >
              {t('missionsPartners.form.addShift')}
            </Button>
            {errors.shiftList ? (
              <Text size="sm" c="red.9" mt={4} role="alert">
                {errors.shiftList}
              </Text>
            ) : null}
          </fieldset>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="xs">
            <NativeSelect
              label={t('missionsPartners.form.weeklyDay')}
              name="weeklyDay"
              value={weeklyDay}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isWeekDay(value)) setWeeklyDay(value);
              }}
              data={WEEK_DAYS.map((value) => ({ value, label: t(`missionsPartners.days.${value}`) }))}
            />
            <NativeSelect
              label={t('missionsPartners.form.weeklyPart')}
              name="weeklyPart"
              value={weeklyPart}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isDayPart(value)) setWeeklyPart(value);
              }}
              data={DAY_PARTS.map((value) => ({ value, label: t(`missionsPartners.dayParts.${value}`) }))}
            />
            <TextInput
              label={t('missionsPartners.form.shiftStart')}
              name="weeklyStarts"
              type="time"
              required
              value={weeklyStarts}
              onChange={(event) => setWeeklyStarts(event.currentTarget.value)}
              error={errors.weeklyStarts}
            />
            <TextInput
              label={t('missionsPartners.form.shiftEnd')}
              name="weeklyEnds"
              type="time"
              required
              value={weeklyEnds}
              onChange={(event) => setWeeklyEnds(event.currentTarget.value)}
              error={errors.weeklyEnds}
            />
          </SimpleGrid>
        )}
        <TextInput
          label={t('missionsPartners.form.minimumCommitment')}
          description={t('missionsPartners.form.minimumCommitmentHelp')}
          name="minimumCommitment"
          maxLength={MAX_COMMITMENT_LENGTH}
          value={minimumCommitment}
          onChange={(event) => setMinimumCommitment(event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('missionsPartners.form.contactName')}
            name="contactName"
            required
            autoComplete="name"
            maxLength={120}
            value={contactName}
            onChange={(event) => setContactName(event.currentTarget.value)}
            error={errors.contactName}
          />
          <TextInput
            label={t('missionsPartners.form.contactEmail')}
            name="contactEmail"
            type="email"
            required
            autoComplete="email"
            maxLength={200}
            value={contactEmail}
            onChange={(event) => setContactEmail(event.currentTarget.value)}
            error={errors.contactEmail}
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Checkbox
            label={t('missionsPartners.form.restricted')}
            description={t('missionsPartners.form.restrictedHelp')}
            checked={restricted}
            onChange={(event) => setRestricted(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('missionsPartners.form.forSolidarityReserve')}
            checked={forSolidarityReserve}
            onChange={(event) => setForSolidarityReserve(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('missionsPartners.form.forCivicService')}
            checked={forCivicService}
            onChange={(event) => setForCivicService(event.currentTarget.checked)}
          />
        </Stack>
        <MissionsProblemAlert problem={problem} />
        <Group gap="sm">
          <Button type="submit" loading={publishing || updating}>
            {mission ? t('missionsPartners.form.save') : t('missionsPartners.form.submit')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('missionsPartners.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
