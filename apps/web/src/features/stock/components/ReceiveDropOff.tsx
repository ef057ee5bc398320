import { useApolloClient } from '@apollo/client/react';
import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { DeskBookingFragment } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import { DROP_OFF_BY_CODE_QUERY } from '../graphql/deskOperations';
import { type DeskProblem, deskProblem } from '../utils/deskErrors';
import { isDropOffCode, normaliseDropOffCode } from '../utils/dropOffCode';
import { DeskProblemAlert } from './DeskProblemAlert';
import { DoneAlert } from '../../../components/SuccessAlert';
import { DropOffReceiptForm, type ReceiptTotals } from './DropOffReceiptForm';
import { QrScanner } from './QrScanner';

/** The look-up of a drop-off by its code (typed, scanned or picked in today's list) and what it found. */
export function useDropOffLookup(collectionPointId: string) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const lang = useApiLanguage();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [booking, setBooking] = useState<DeskBookingFragment>();
  const [problem, setProblem] = useState<DeskProblem>();
  const [looking, setLooking] = useState(false);
  const [done, setDone] = useState<string>();
  const codeInput = useRef<HTMLInputElement>(null);

  const lookUp = async (raw: string) => {
    const normalised = normaliseDropOffCode(raw);
    setCode(normalised);
    setDone(undefined);
    setProblem(undefined);
    setBooking(undefined);
    if (!isDropOffCode(normalised)) {
      setCodeError(t(normalised ? 'stock.errors.codeInvalid' : 'stock.errors.codeRequired'));
      codeInput.current?.focus();
      return;
    }
    setCodeError(undefined);
    setLooking(true);
    try {
      const { data } = await client.query({
        query: DROP_OFF_BY_CODE_QUERY,
        variables: { collectionPointId, code: normalised, lang },
        fetchPolicy: 'network-only',
      });
      setBooking(data?.dropOffByCode);
    } catch (error: unknown) {
      setProblem(deskProblem(error));
    } finally {
      setLooking(false);
    }
  };

  return {
    code,
    setCode,
    codeError,
    booking,
    setBooking,
    problem,
    looking,
    done,
    setDone,
    codeInput,
    lookUp,
  };
}

export type DropOffLookup = ReturnType<typeof useDropOffLookup>;

export interface ReceiveDropOffProps {
  collectionPointId: string;
  lookup: DropOffLookup;
  /** Called after a receipt, e.g. to refresh today's list. */
  onReceived: () => void;
}

/** "Receive a drop-off": the code field, the camera scanner, then the receipt form of the drop-off found. */
export function ReceiveDropOff({ collectionPointId, lookup, onReceived }: ReceiveDropOffProps) {
  const { t } = useTranslation();
  const {
    code,
    setCode,
    codeError,
    booking,
    setBooking,
    problem,
    looking,
    done,
    setDone,
    codeInput,
    lookUp,
  } = lookup;
  const bookingId = booking?.id;

  // Once a drop-off is found, move focus (and the screen) to it.
  useEffect(() => {
    if (bookingId) document.getElementById(`booking-${bookingId}`)?.focus();
  }, [bookingId]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void lookUp(code);
  };

  const handleReceived = (totals: ReceiptTotals) => {
    setBooking(undefined);
    setCode('');
    setDone(
      totals.refused > 0
        ? t('stock.receive.doneWithRefused', {
            code: totals.code,
            received: t('stock.units.received', { count: totals.received }),
            refused: t('stock.units.refused', { count: totals.refused }),
          })
        : t('stock.receive.done', {
            code: totals.code,
            received: t('stock.units.received', { count: totals.received }),
          }),
    );
    codeInput.current?.focus();
    onReceived();
  };

  return (
    <section aria-labelledby="receive-heading">
      <Title order={2} size="h3" id="receive-heading" mb="xs">
        {t('stock.receive.title')}
      </Title>
      <Stack gap="md">
        <DoneAlert message={done} />
        <form noValidate className={classes.form} onSubmit={handleSubmit} aria-labelledby="receive-heading">
          <Stack gap="sm">
            <TextInput
              ref={codeInput}
              label={t('stock.receive.code')}
              description={t('stock.receive.codeHelp')}
              name="code"
              size="lg"
              required
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              maxLength={12}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={codeError}
              styles={{ input: { textTransform: 'uppercase', letterSpacing: '0.2em', fontWeight: 700 } }}
            />
            <Button type="submit" size="lg" fullWidth loading={looking}>
              {t('stock.receive.lookUp')}
            </Button>
          </Stack>
        </form>
        <QrScanner onCode={(scanned) => void lookUp(scanned)} />
        <DeskProblemAlert problem={problem} />
        {booking ? (
          <DropOffReceiptForm
            key={booking.id}
            booking={booking}
            collectionPointId={collectionPointId}
            onReceived={handleReceived}
            onCancel={() => {
              setBooking(undefined);
              codeInput.current?.focus();
            }}
          />
        ) : (
          <Text size="sm" c="gray.7">
            {t('stock.receive.intro')}
          </Text>
        )}
      </Stack>
    </section>
  );
}
