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
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import type { AgeBand, LegalStatus, PartnerHostingRequestFieldsFragment } from '../../../gql/graphql';
import { useOrdinal } from '../../../i18n/useOrdinal';
import classes from '../../identity/components/IdentityForm.module.css';
import { parisToday } from '../../items/utils/format';
import {
  PARTNER_CREATE_HOSTING_REQUEST_MUTATION,
  PARTNER_UPDATE_HOSTING_REQUEST_MUTATION,
} from '../graphql/hostingPartnersOperations';
import { AGE_BANDS, LANGUAGE_CODES, useLanguageName } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { HostingProblemAlert } from './HostingProblemAlert';

type HostingRequest = PartnerHostingRequestFieldsFragment;

/** The API's limits for a household. */
export const MAX_MEMBERS = 12;
export const MAX_DAYS = 730;
export const MAX_ALIAS_LENGTH = 60;
export const MAX_NEEDS_LENGTH = 1000;

const LEGAL_STATUSES: readonly LegalStatus[] = ['ASYLUM_SEEKER', 'REFUGEE'];

type Field = 'alias' | 'members' | 'neededFrom' | 'minimumDays' | 'desiredDays';
type FieldErrors = Partial<Record<Field, string>>;

/** Problems the API reports that belong to one field. */
const FIELD_OF_PROBLEM: Record<string, Field> = {
  aliasTooShort: 'alias',
  membersRange: 'members',
  neededFromPast: 'neededFrom',
  desiredBelowMinimum: 'desiredDays',
};

function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}

function isLegalStatus(value: string): value is LegalStatus {
  return (LEGAL_STATUSES as readonly string[]).includes(value);
}

/** A whole number of days from 1 to 730 typed in a field, or undefined. */
function parseDays(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const days = Number(trimmed);
  return days >= 1 && days <= MAX_DAYS ? days : undefined;
}

/** The members' age bands as the form edits them: each with a key that stays when others are removed. */
interface Member {
  key: number;
  band: AgeBand;
}

let lastMemberKey = 0;

function newMember(band: AgeBand): Member {
  lastMemberKey += 1;
  return { key: lastMemberKey, band };
}

export interface HouseholdFormProps {
  organisationId: string;
  /** The household to change; without it, a new one is referred. */
  household?: HostingRequest;
  /** The id of the heading naming the form. */
  labelledBy: string;
  onDone: (household: HostingRequest) => void;
  onCancel?: () => void;
}

/**
 * Refer a household, or change a waiting one: a pseudonym (never a legal name, a document number or a photo), one
 * age band per member, languages, status, needs of the home, dates and durations, preferred arrondissements.
 */
export function HouseholdForm({
  organisationId,
  household,
  labelledBy,
  onDone,
  onCancel,
}: HouseholdFormProps) {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const languageName = useLanguageName();
  const today = parisToday();

  const [alias, setAlias] = useState(household?.alias ?? '');
  const [members, setMembers] = useState<Member[]>(() =>
    (household?.ageBands ?? ['AGE_26_59']).map((band) => newMember(band)),
  );
  const [languages, setLanguages] = useState<string[]>([...(household?.languages ?? [])]);
  const [legalStatus, setLegalStatus] = useState<LegalStatus>(household?.legalStatus ?? 'ASYLUM_SEEKER');
  const [needsStepFree, setNeedsStepFree] = useState(household?.needsStepFree ?? false);
  const [cannotLiveWithPets, setCannotLiveWithPets] = useState(household?.cannotLiveWithPets ?? false);
  // A household still waiting needs a home from today at the earliest: the API refuses a day past.
  const [neededFrom, setNeededFrom] = useState(
    household && household.neededFrom > today ? household.neededFrom : today,
  );
  const [minimumDays, setMinimumDays] = useState(household ? String(household.minimumDays) : '');
  const [desiredDays, setDesiredDays] = useState(household ? String(household.desiredDays) : '');
  const [districts, setDistricts] = useState<string[]>([...(household?.preferredDistricts ?? [])]);
  const [needs, setNeeds] = useState(household?.needs ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const aliasInput = useRef<HTMLInputElement>(null);
  const addMemberButton = useRef<HTMLButtonElement>(null);
  const neededFromInput = useRef<HTMLInputElement>(null);
  const minimumDaysInput = useRef<HTMLInputElement>(null);
  const desiredDaysInput = useRef<HTMLInputElement>(null);

  const [create, { loading: creating }] = useMutation(PARTNER_CREATE_HOSTING_REQUEST_MUTATION, {
    refetchQueries: ['PartnerHostingRequests'],
  });
  const [update, { loading: updating }] = useMutation(PARTNER_UPDATE_HOSTING_REQUEST_MUTATION);

  const languageOptions = useMemo(() => {
    // Languages recorded earlier that are not among the checkboxes stay visible, and can be unticked.
    const extra = (household?.languages ?? []).filter(
      (code) => !(LANGUAGE_CODES as readonly string[]).includes(code),
    );
    return [...LANGUAGE_CODES, ...extra].map((code) => ({ value: code, label: languageName(code) }));
  }, [household, languageName]);

  const focusFirst = (found: FieldErrors) => {
    if (found.alias) aliasInput.current?.focus();
    else if (found.members) addMemberButton.current?.focus();
    else if (found.neededFrom) neededFromInput.current?.focus();
    else if (found.minimumDays) minimumDaysInput.current?.focus();
    else if (found.desiredDays) desiredDaysInput.current?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldErrors = {};
    const trimmedAlias = alias.trim();
    if (trimmedAlias.length < 2) found.alias = t('hostingPartners.errors.aliasTooShort');
    if (members.length < 1 || members.length > MAX_MEMBERS)
      found.members = t('hostingPartners.errors.membersRange');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(neededFrom)) found.neededFrom = t('hostingPartners.errors.dateRequired');
    else if (neededFrom < today) found.neededFrom = t('hostingPartners.errors.neededFromPast');
    const minimum = parseDays(minimumDays);
    const desired = parseDays(desiredDays);
    if (minimum === undefined) found.minimumDays = t('hostingPartners.errors.daysRange', { max: MAX_DAYS });
    if (desired === undefined) found.desiredDays = t('hostingPartners.errors.daysRange', { max: MAX_DAYS });
    else if (minimum !== undefined && desired < minimum)
      found.desiredDays = t('hostingPartners.errors.desiredBelowMinimum');
    setErrors(found);
    if (Object.keys(found).length > 0 || minimum === undefined || desired === undefined) {
      focusFirst(found);
      return;
    }
    const fields = {
      organisationId,
      alias: trimmedAlias,
      ageBands: members.map((member) => member.band),
      // In the order of the checkboxes, whatever the order they were ticked in.
      languages: languageOptions.map((option) => option.value).filter((code) => languages.includes(code)),
      legalStatus,
      needsStepFree,
      cannotLiveWithPets,
      neededFrom,
      minimumDays: minimum,
      desiredDays: desired,
      preferredDistricts: [...districts].sort(),
      ...(needs.trim() ? { needs: needs.trim() } : {}),
    };
    try {
      if (household) {
        const { data } = await update({ variables: { input: { id: household.id, ...fields } } });
        if (data) onDone(data.updateHostingRequest);
      } else {
        const { data } = await create({ variables: { input: fields } });
        if (!data) return;
        onDone(data.createHostingRequest);
        setAlias('');
        setMembers([newMember('AGE_26_59')]);
        setLanguages([]);
        setLegalStatus('ASYLUM_SEEKER');
        setNeedsStepFree(false);
        setCannotLiveWithPets(false);
        setNeededFrom(today);
        setMinimumDays('');
        setDesiredDays('');
        setDistricts([]);
        setNeeds('');
      }
    } catch (error: unknown) {
      const found = hostingProblem(error);
      const field = FIELD_OF_PROBLEM[found.key];
      if (field) {
        const fieldErrors = { [field]: t(`hostingPartners.errors.${found.key}`, found.values) };
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
      } else {
        setProblem(found);
      }
    }
  };

  const bandOptions = AGE_BANDS.map((band) => ({
    value: band,
    label: t(`hostingPartners.ageBands.${band}`),
  }));

  return (
    <form
      noValidate
      className={classes.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <Stack gap="md" maw={720}>
        <HostingProblemAlert problem={problem} />
        <TextInput
          ref={aliasInput}
          label={t('hostingPartners.form.alias')}
          description={t('hostingPartners.form.aliasHelp')}
          name="alias"
          required
          autoComplete="off"
          maxLength={MAX_ALIAS_LENGTH}
          value={alias}
          onChange={(event) => setAlias(event.currentTarget.value)}
          error={errors.alias}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" fw={500} size="sm" p={0}>
            {t('hostingPartners.form.members')}
          </Text>
          <Text size="xs" c="gray.7" mb="xs">
            {t('hostingPartners.form.membersHelp')}
          </Text>
          <Stack gap="xs">
            {members.map((member, index) => (
              <Group key={member.key} gap="xs" align="flex-end" wrap="nowrap">
                <NativeSelect
                  label={t('hostingPartners.form.member', { number: index + 1 })}
                  name={`member-${index + 1}`}
                  value={member.band}
                  onChange={(event) => {
                    const { value } = event.currentTarget;
                    if (!isAgeBand(value)) return;
                    setMembers((current) =>
                      current.map((item) => (item.key === member.key ? { ...item, band: value } : item)),
                    );
                  }}
                  data={bandOptions}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <Button
                  variant="default"
                  disabled={members.length <= 1}
                  onClick={() => setMembers((current) => current.filter((item) => item.key !== member.key))}
                  aria-label={t('hostingPartners.form.removeMember', { number: index + 1 })}
                >
                  {t('hostingPartners.form.remove')}
                </Button>
              </Group>
            ))}
          </Stack>
          <Button
            ref={addMemberButton}
            variant="outline"
            mt="xs"
            disabled={members.length >= MAX_MEMBERS}
            onClick={() => setMembers((current) => [...current, newMember('AGE_26_59')])}
          >
            {t('hostingPartners.form.addMember')}
          </Button>
          {errors.members ? (
            <Text size="sm" c="red.9" mt={4} role="alert">
              {errors.members}
            </Text>
          ) : null}
        </fieldset>
        <Checkbox.Group
          label={t('hostingPartners.form.languages')}
          description={t('hostingPartners.form.languagesHelp')}
          value={languages}
          onChange={setLanguages}
        >
          <SimpleGrid cols={{ base: 2, xs: 3, sm: 4 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {languageOptions.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Radio.Group
          label={t('hostingPartners.form.legalStatus')}
          name="legalStatus"
          value={legalStatus}
          onChange={(value) => {
            if (isLegalStatus(value)) setLegalStatus(value);
          }}
        >
          <Group gap="lg" mt="xs">
            {LEGAL_STATUSES.map((value) => (
              <Radio key={value} value={value} label={t(`hostingPartners.legalStatus.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Stack gap="xs">
          <Checkbox
            label={t('hostingPartners.form.needsStepFree')}
            checked={needsStepFree}
            onChange={(event) => setNeedsStepFree(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('hostingPartners.form.cannotLiveWithPets')}
            checked={cannotLiveWithPets}
            onChange={(event) => setCannotLiveWithPets(event.currentTarget.checked)}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            ref={neededFromInput}
            label={t('hostingPartners.form.neededFrom')}
            name="neededFrom"
            type="date"
            required
            min={today}
            value={neededFrom}
            onChange={(event) => setNeededFrom(event.currentTarget.value)}
            error={errors.neededFrom}
          />
          <TextInput
            ref={minimumDaysInput}
            label={t('hostingPartners.form.minimumDays')}
            name="minimumDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DAYS}
            required
            value={minimumDays}
            onChange={(event) => setMinimumDays(event.currentTarget.value)}
            error={errors.minimumDays}
          />
          <TextInput
            ref={desiredDaysInput}
            label={t('hostingPartners.form.desiredDays')}
            name="desiredDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DAYS}
            required
            value={desiredDays}
            onChange={(event) => setDesiredDays(event.currentTarget.value)}
            error={errors.desiredDays}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('hostingPartners.form.districts')}
          description={t('hostingPartners.form.districtsHelp')}
          value={districts}
          onChange={setDistricts}
        >
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {districtRecords.map((record) => (
              <Checkbox
                key={record.code}
                value={record.code}
                label={t('hostingPartners.form.districtOption', {
                  ordinal: ordinal(record.number),
                  name: record.name,
                })}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t('hostingPartners.form.needs')}
          description={t('hostingPartners.form.needsHelp')}
          name="needs"
          rows={3}
          maxLength={MAX_NEEDS_LENGTH}
          value={needs}
          onChange={(event) => setNeeds(event.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" loading={creating || updating}>
            {household ? t('hostingPartners.form.save') : t('hostingPartners.form.submit')}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('hostingPartners.form.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
