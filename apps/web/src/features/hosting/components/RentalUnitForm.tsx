import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import classes from '../../identity/components/IdentityForm.module.css';
import { parisToday, useDistrictOptions } from '../../items/utils/format';
import { MY_RENTAL_UNITS_QUERY, OFFER_RENTAL_UNIT_MUTATION } from '../graphql/hostingOperations';
import { isDay, parseWhole } from '../utils/format';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { HostingProblemAlert } from './HostingProblemAlert';

/** The API's limits. */
export const MIN_SURFACE_M2 = 9;
export const MAX_SURFACE_M2 = 400;
export const MAX_ROOMS = 12;
const MAX_ADDRESS_LENGTH = 300;
const MIN_ADDRESS_LENGTH = 5;
const MAX_DESCRIPTION_LENGTH = 1000;

type Field = 'districtCode' | 'address' | 'surface' | 'rooms' | 'availableFrom';

/** "Proposer un logement": where, how big, from when, and a few words about it. */
export function RentalUnitForm({ labelledBy }: { labelledBy: string }) {
  const { t } = useTranslation();
  const districtOptions = useDistrictOptions();
  const today = parisToday();
  const [districtCode, setDistrictCode] = useState('');
  const [address, setAddress] = useState('');
  const [surface, setSurface] = useState('');
  const [rooms, setRooms] = useState('');
  const [availableFrom, setAvailableFrom] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<HostingProblem>();
  const [offered, setOffered] = useState(false);
  const districtInput = useRef<HTMLSelectElement>(null);
  const availableFromInput = useRef<HTMLInputElement>(null);
  const addressInput = useRef<HTMLInputElement>(null);
  const surfaceInput = useRef<HTMLInputElement>(null);
  const roomsInput = useRef<HTMLInputElement>(null);
  const [offer, { loading }] = useMutation(OFFER_RENTAL_UNIT_MUTATION, {
    refetchQueries: [MY_RENTAL_UNITS_QUERY],
  });

  const handleSubmit = async () => {
    setProblem(undefined);
    setOffered(false);
    const found: typeof errors = {};
    if (!districtCode) found.districtCode = t('hosting.errors.districtRequired');
    const trimmed = address.trim();
    if (!trimmed) found.address = t('hosting.errors.addressRequired');
    else if (trimmed.length < MIN_ADDRESS_LENGTH) found.address = t('hosting.errors.addressTooShort');
    const surfaceM2 = parseWhole(surface, MIN_SURFACE_M2, MAX_SURFACE_M2);
    if (surfaceM2 === undefined)
      found.surface = t('hosting.errors.surfaceRange', { min: MIN_SURFACE_M2, max: MAX_SURFACE_M2 });
    const roomCount = parseWhole(rooms, 1, MAX_ROOMS);
    if (roomCount === undefined) found.rooms = t('hosting.errors.roomsRange', { max: MAX_ROOMS });
    if (!availableFrom) found.availableFrom = t('hosting.errors.availableFromRequired');
    else if (!isDay(availableFrom)) found.availableFrom = t('hosting.errors.dateInvalid');
    else if (availableFrom < today) found.availableFrom = t('hosting.errors.availableFromPast');
    setErrors(found);
    // In the order of the form.
    const first = (
      [
        ['districtCode', districtInput],
        ['availableFrom', availableFromInput],
        ['address', addressInput],
        ['surface', surfaceInput],
        ['rooms', roomsInput],
      ] as const
    ).find(([key]) => found[key]);
    first?.[1].current?.focus();
    if (surfaceM2 === undefined || roomCount === undefined || first) return;
    try {
      await offer({
        variables: {
          input: {
            districtCode,
            address: trimmed,
            surfaceM2,
            rooms: roomCount,
            availableFrom,
            ...(description.trim() ? { description: description.trim() } : {}),
          },
        },
      });
      setOffered(true);
      setAddress('');
      setSurface('');
      setRooms('');
      setAvailableFrom('');
      setDescription('');
    } catch (error: unknown) {
      setProblem(hostingProblem(error));
    }
  };

  return (
    <Stack gap="md">
      {offered ? <SuccessAlert>{t('hosting.rental.offered')}</SuccessAlert> : null}
      <form
        noValidate
        className={classes.form}
        aria-labelledby={labelledBy}
        onSubmit={(event) => {
          event.preventDefault();
          void handleSubmit();
        }}
      >
        <Stack gap="md" maw={640}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
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
            <TextInput
              ref={availableFromInput}
              label={t('hosting.rental.availableFrom')}
              name="availableFrom"
              type="date"
              min={today}
              required
              value={availableFrom}
              onChange={(event) => setAvailableFrom(event.currentTarget.value)}
              error={errors.availableFrom}
            />
          </SimpleGrid>
          <TextInput
            ref={addressInput}
            label={t('hosting.fields.address')}
            description={t('hosting.rental.addressHelp')}
            name="address"
            autoComplete="street-address"
            required
            maxLength={MAX_ADDRESS_LENGTH}
            value={address}
            onChange={(event) => setAddress(event.currentTarget.value)}
            error={errors.address}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              ref={surfaceInput}
              label={t('hosting.rental.surface')}
              description={t('hosting.rental.surfaceHelp', { min: MIN_SURFACE_M2, max: MAX_SURFACE_M2 })}
              name="surfaceM2"
              type="number"
              inputMode="numeric"
              min={MIN_SURFACE_M2}
              max={MAX_SURFACE_M2}
              required
              value={surface}
              onChange={(event) => setSurface(event.currentTarget.value)}
              error={errors.surface}
            />
            <TextInput
              ref={roomsInput}
              label={t('hosting.rental.rooms')}
              description={t('hosting.rental.roomsHelp', { max: MAX_ROOMS })}
              name="rooms"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_ROOMS}
              required
              value={rooms}
              onChange={(event) => setRooms(event.currentTarget.value)}
              error={errors.rooms}
            />
          </SimpleGrid>
          <Textarea
            label={t('hosting.rental.description')}
            description={t('hosting.rental.descriptionHelp')}
            name="description"
            rows={3}
            maxLength={MAX_DESCRIPTION_LENGTH}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <HostingProblemAlert problem={problem} />
          <Group>
            <Button type="submit" loading={loading}>
              {t('hosting.rental.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
