import {
  Checkbox,
  Fieldset,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HostOfferFieldsFragment, RoomKind, SaveHostOfferInput } from '../../../gql/graphql';
import { parisToday, useDistrictOptions } from '../../items/utils/format';
import { HOME_LANGUAGES, isDay, parseWhole } from '../utils/format';
import { StepForm, type StepShellProps } from './StepForm';

/** What one step saves, besides the offer's id and the step's number. */
export type StepFields = Omit<SaveHostOfferInput, 'id' | 'step'>;

export interface StepProps {
  /** The draft as saved so far; none before the first save. */
  offer: HostOfferFieldsFragment | undefined;
  shell: StepShellProps;
  onSave: (fields: StepFields) => void;
}

/** The steps saved one by one, before "Envoyer". */
export const FORM_STEPS = 4;

export const ROOM_KINDS: readonly RoomKind[] = ['PRIVATE_ROOM', 'SHARED_ROOM', 'WHOLE_FLAT'];

/** The API's limits. */
export const MAX_BEDS = 12;
export const MAX_STAY_DAYS = 730;
export const MAX_PEOPLE_AT_HOME = 12;
export const MAX_ADDRESS_LENGTH = 300;
export const MAX_HOUSE_RULES_LENGTH = 1000;
export const MAX_OTHER_SUPPORT_LENGTH = 500;
const MIN_ADDRESS_LENGTH = 5;

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

type Errors<K extends string> = Partial<Record<K, string>>;

/** Focuses the first field in error, in the order of the form. */
function focusFirst<K extends string>(
  errors: Errors<K>,
  fields: readonly (readonly [K, { current: HTMLElement | null }])[],
): void {
  fields.find(([key]) => errors[key])?.[1].current?.focus();
}

/** Step 1 "Logement": the kind of room, the beds, the arrondissement and the address. */
export function LodgingStep({ offer, shell, onSave }: StepProps) {
  const { t } = useTranslation();
  const districtOptions = useDistrictOptions();
  const [roomKind, setRoomKind] = useState<string>(offer?.roomKind ?? '');
  const [beds, setBeds] = useState(text(offer?.beds ?? 1));
  const [districtCode, setDistrictCode] = useState(offer?.districtCode ?? '');
  const [address, setAddress] = useState(offer?.address ?? '');
  const [errors, setErrors] = useState<Errors<'roomKind' | 'beds' | 'districtCode' | 'address'>>({});
  const roomKindInput = useRef<HTMLInputElement>(null);
  const bedsInput = useRef<HTMLInputElement>(null);
  const districtInput = useRef<HTMLSelectElement>(null);
  const addressInput = useRef<HTMLInputElement>(null);

  const handleSubmit = () => {
    const found: typeof errors = {};
    const kind = ROOM_KINDS.find((value) => value === roomKind);
    if (!kind) found.roomKind = t('hosting.errors.roomKindRequired');
    const bedCount = parseWhole(beds, 1, MAX_BEDS);
    if (bedCount === undefined) found.beds = t('hosting.errors.bedsRange', { max: MAX_BEDS });
    if (!districtCode) found.districtCode = t('hosting.errors.districtRequired');
    const trimmed = address.trim();
    if (!trimmed) found.address = t('hosting.errors.addressRequired');
    else if (trimmed.length < MIN_ADDRESS_LENGTH) found.address = t('hosting.errors.addressTooShort');
    setErrors(found);
    focusFirst(found, [
      ['roomKind', roomKindInput],
      ['beds', bedsInput],
      ['districtCode', districtInput],
      ['address', addressInput],
    ]);
    if (!kind || bedCount === undefined || Object.keys(found).length) return;
    onSave({ roomKind: kind, beds: bedCount, districtCode, address: trimmed });
  };

  return (
    <StepForm {...shell} submitLabel={t('hosting.onboarding.saveAndContinue')} onSubmit={handleSubmit}>
      <Radio.Group
        label={t('hosting.fields.roomKind')}
        name="roomKind"
        required
        value={roomKind}
        onChange={setRoomKind}
        error={errors.roomKind}
      >
        <Stack gap="xs" mt="xs">
          {ROOM_KINDS.map((kind, index) => (
            <Radio
              key={kind}
              ref={index === 0 ? roomKindInput : undefined}
              value={kind}
              label={t(`hosting.roomKinds.${kind}`)}
              description={t(`hosting.roomKindHelp.${kind}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          ref={bedsInput}
          label={t('hosting.fields.beds')}
          description={t('hosting.fields.bedsHelp', { max: MAX_BEDS })}
          name="beds"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_BEDS}
          required
          value={beds}
          onChange={(event) => setBeds(event.currentTarget.value)}
          error={errors.beds}
        />
        <NativeSelect
          ref={districtInput}
          label={t('hosting.fields.district')}
          name="districtCode"
          required
          value={districtCode}
          onChange={(event) => setDistrictCode(event.currentTarget.value)}
          data={[{ value: '', label: t('hosting.fields.chooseDistrict') }, ...districtOptions]}
          error={errors.districtCode}
        />
      </SimpleGrid>
      <TextInput
        ref={addressInput}
        label={t('hosting.fields.address')}
        description={t('hosting.fields.addressHelp')}
        name="address"
        autoComplete="street-address"
        required
        maxLength={MAX_ADDRESS_LENGTH}
        value={address}
        onChange={(event) => setAddress(event.currentTarget.value)}
        error={errors.address}
      />
    </StepForm>
  );
}

/** Step 2 "Disponibilités": from when, until when (or open-ended), and how long a stay may last. */
export function AvailabilityStep({ offer, shell, onSave }: StepProps) {
  const { t } = useTranslation();
  const today = parisToday();
  const [availableFrom, setAvailableFrom] = useState(offer?.availableFrom ?? '');
  const [availableUntil, setAvailableUntil] = useState(offer?.availableUntil ?? '');
  const [minStayDays, setMinStayDays] = useState(text(offer?.minStayDays));
  const [maxStayDays, setMaxStayDays] = useState(text(offer?.maxStayDays));
  const [errors, setErrors] = useState<Errors<'from' | 'until' | 'min' | 'max'>>({});
  const fromInput = useRef<HTMLInputElement>(null);
  const untilInput = useRef<HTMLInputElement>(null);
  const minInput = useRef<HTMLInputElement>(null);
  const maxInput = useRef<HTMLInputElement>(null);

  const handleSubmit = () => {
    const found: typeof errors = {};
    if (!availableFrom) found.from = t('hosting.errors.availableFromRequired');
    else if (!isDay(availableFrom)) found.from = t('hosting.errors.dateInvalid');
    else if (availableFrom < today) found.from = t('hosting.errors.availableFromPast');
    if (availableUntil) {
      if (!isDay(availableUntil)) found.until = t('hosting.errors.dateInvalid');
      else if (availableFrom && availableUntil <= availableFrom)
        found.until = t('hosting.errors.untilBeforeFrom');
    }
    const min = parseWhole(minStayDays, 1, MAX_STAY_DAYS);
    const max = parseWhole(maxStayDays, 1, MAX_STAY_DAYS);
    if (min === undefined) found.min = t('hosting.errors.daysRange', { max: MAX_STAY_DAYS });
    if (max === undefined) found.max = t('hosting.errors.daysRange', { max: MAX_STAY_DAYS });
    else if (min !== undefined && max < min) found.max = t('hosting.errors.maxBelowMin');
    setErrors(found);
    focusFirst(found, [
      ['from', fromInput],
      ['until', untilInput],
      ['min', minInput],
      ['max', maxInput],
    ]);
    if (min === undefined || max === undefined || Object.keys(found).length) return;
    // An empty "until" tells the API the offer is open-ended (and clears a date saved earlier).
    onSave({ availableFrom, availableUntil, minStayDays: min, maxStayDays: max });
  };

  return (
    <StepForm {...shell} submitLabel={t('hosting.onboarding.saveAndContinue')} onSubmit={handleSubmit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          ref={fromInput}
          label={t('hosting.fields.availableFrom')}
          name="availableFrom"
          type="date"
          min={today}
          required
          value={availableFrom}
          onChange={(event) => setAvailableFrom(event.currentTarget.value)}
          error={errors.from}
        />
        <TextInput
          ref={untilInput}
          label={t('hosting.fields.availableUntil')}
          description={t('hosting.fields.availableUntilHelp')}
          name="availableUntil"
          type="date"
          min={availableFrom || today}
          value={availableUntil}
          onChange={(event) => setAvailableUntil(event.currentTarget.value)}
          error={errors.until}
        />
        <TextInput
          ref={minInput}
          label={t('hosting.fields.minStayDays')}
          description={t('hosting.fields.stayDaysHelp', { max: MAX_STAY_DAYS })}
          name="minStayDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_STAY_DAYS}
          required
          value={minStayDays}
          onChange={(event) => setMinStayDays(event.currentTarget.value)}
          error={errors.min}
        />
        <TextInput
          ref={maxInput}
          label={t('hosting.fields.maxStayDays')}
          description={t('hosting.fields.stayDaysHelp', { max: MAX_STAY_DAYS })}
          name="maxStayDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_STAY_DAYS}
          required
          value={maxStayDays}
          onChange={(event) => setMaxStayDays(event.currentTarget.value)}
          error={errors.max}
        />
      </SimpleGrid>
    </StepForm>
  );
}

/** Step 3 "Foyer": who lives there, the languages spoken, and what the home is like. */
export function HouseholdStep({ offer, shell, onSave }: StepProps) {
  const { t } = useTranslation();
  const [adults, setAdults] = useState(text(offer?.householdAdults ?? 1));
  const [children, setChildren] = useState(text(offer?.householdChildren ?? 0));
  const [languages, setLanguages] = useState<string[]>(offer?.languages ?? ['fr']);
  const [acceptsChildren, setAcceptsChildren] = useState(offer?.acceptsChildren ?? false);
  const [hasPets, setHasPets] = useState(offer?.hasPets ?? false);
  const [smoking, setSmoking] = useState(offer?.smoking ?? false);
  const [stepFree, setStepFree] = useState(offer?.stepFree ?? false);
  const [errors, setErrors] = useState<Errors<'adults' | 'children'>>({});
  const adultsInput = useRef<HTMLInputElement>(null);
  const childrenInput = useRef<HTMLInputElement>(null);
  // Codes saved earlier that are not offered as boxes stay as they were.
  const others = languages.filter((code) => !(HOME_LANGUAGES as readonly string[]).includes(code));

  const handleSubmit = () => {
    const found: typeof errors = {};
    const adultCount = parseWhole(adults, 0, MAX_PEOPLE_AT_HOME);
    const childCount = parseWhole(children, 0, MAX_PEOPLE_AT_HOME);
    if (adultCount === undefined) found.adults = t('hosting.errors.peopleRange', { max: MAX_PEOPLE_AT_HOME });
    if (childCount === undefined)
      found.children = t('hosting.errors.peopleRange', { max: MAX_PEOPLE_AT_HOME });
    setErrors(found);
    focusFirst(found, [
      ['adults', adultsInput],
      ['children', childrenInput],
    ]);
    if (adultCount === undefined || childCount === undefined) return;
    onSave({
      householdAdults: adultCount,
      householdChildren: childCount,
      languages,
      acceptsChildren,
      hasPets,
      smoking,
      stepFree,
    });
  };

  return (
    <StepForm {...shell} submitLabel={t('hosting.onboarding.saveAndContinue')} onSubmit={handleSubmit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          ref={adultsInput}
          label={t('hosting.fields.householdAdults')}
          description={t('hosting.fields.householdAdultsHelp')}
          name="householdAdults"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_PEOPLE_AT_HOME}
          required
          value={adults}
          onChange={(event) => setAdults(event.currentTarget.value)}
          error={errors.adults}
        />
        <TextInput
          ref={childrenInput}
          label={t('hosting.fields.householdChildren')}
          name="householdChildren"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_PEOPLE_AT_HOME}
          required
          value={children}
          onChange={(event) => setChildren(event.currentTarget.value)}
          error={errors.children}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('hosting.fields.languages')}
        description={t('hosting.fields.languagesHelp')}
        value={languages.filter((code) => !others.includes(code))}
        onChange={(codes) => setLanguages([...codes, ...others])}
      >
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
          {HOME_LANGUAGES.map((code) => (
            <Checkbox key={code} value={code} label={t(`hosting.languages.${code}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Fieldset legend={t('hosting.fields.homeLegend')} variant="unstyled">
        <Stack gap="xs">
          <Checkbox
            label={t('hosting.fields.acceptsChildren')}
            name="acceptsChildren"
            checked={acceptsChildren}
            onChange={(event) => setAcceptsChildren(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('hosting.fields.hasPets')}
            name="hasPets"
            checked={hasPets}
            onChange={(event) => setHasPets(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('hosting.fields.smoking')}
            name="smoking"
            checked={smoking}
            onChange={(event) => setSmoking(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('hosting.fields.stepFree')}
            name="stepFree"
            checked={stepFree}
            onChange={(event) => setStepFree(event.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>
    </StepForm>
  );
}

/** Step 4 "Règles et plus": the house rules and what else the host offers. */
export function RulesStep({ offer, shell, onSave }: StepProps) {
  const { t } = useTranslation();
  const [houseRules, setHouseRules] = useState(offer?.houseRules ?? '');
  const [offersMeals, setOffersMeals] = useState(offer?.offersMeals ?? false);
  const [offersFrenchHelp, setOffersFrenchHelp] = useState(offer?.offersFrenchHelp ?? false);
  const [otherSupport, setOtherSupport] = useState(offer?.otherSupport ?? '');

  return (
    <StepForm
      {...shell}
      submitLabel={t('hosting.onboarding.saveAndContinue')}
      onSubmit={() =>
        // Empty texts clear what was saved earlier.
        onSave({
          houseRules: houseRules.trim(),
          offersMeals,
          offersFrenchHelp,
          otherSupport: otherSupport.trim(),
        })
      }
    >
      <Textarea
        label={t('hosting.fields.houseRules')}
        description={t('hosting.fields.houseRulesHelp')}
        name="houseRules"
        rows={4}
        maxLength={MAX_HOUSE_RULES_LENGTH}
        value={houseRules}
        onChange={(event) => setHouseRules(event.currentTarget.value)}
      />
      <Fieldset legend={t('hosting.fields.supportLegend')} variant="unstyled">
        <Stack gap="xs">
          <Checkbox
            label={t('hosting.fields.offersMeals')}
            name="offersMeals"
            checked={offersMeals}
            onChange={(event) => setOffersMeals(event.currentTarget.checked)}
          />
          <Checkbox
            label={t('hosting.fields.offersFrenchHelp')}
            name="offersFrenchHelp"
            checked={offersFrenchHelp}
            onChange={(event) => setOffersFrenchHelp(event.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>
      <Textarea
        label={t('hosting.fields.otherSupport')}
        description={t('hosting.fields.otherSupportHelp')}
        name="otherSupport"
        rows={2}
        maxLength={MAX_OTHER_SUPPORT_LENGTH}
        value={otherSupport}
        onChange={(event) => setOtherSupport(event.currentTarget.value)}
      />
    </StepForm>
  );
}
