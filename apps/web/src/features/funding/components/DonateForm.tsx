import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { DonateInput, DonationFrequency } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { useViewer } from '../../identity/hooks/useViewer';
import { withReturnPath } from '../../identity/utils/returnPath';
import { FUNDING_DONATE_MUTATION, FUNDING_SETTINGS_QUERY } from '../graphql/fundingOperations';
import { type FundingProblem, fundingProblem } from '../utils/fundingErrors';
import { parseEuros, taxReductionCents, useMoney } from '../utils/money';
import { FundingProblemAlert } from './FundingProblemAlert';

/** The amounts offered in one click, in cents. */
export const PRESET_CENTS = [1_000, 2_000, 5_000, 10_000] as const;

const MAX_NAME_LENGTH = 120;

/** For signed-out visitors: sign in (or create an account) to give, then come back here. */
export function SignInToDonate() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  return (
    <Paper withBorder p="md" data-testid="donate-sign-in">
      <Stack gap="xs">
        <Text>{t('funding.donate.signInFirst')}</Text>
        <Group gap="md">
          <Anchor component={Link} to={withReturnPath('/connexion', here)} fw={600}>
            {t('funding.donate.signIn')}
          </Anchor>
          <Anchor component={Link} to={withReturnPath('/inscription', here)}>
            {t('funding.donate.signUp')}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Only web addresses are followed after `donate` (Stripe Checkout, or the local test-payment page). */
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url, window.location.origin);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** What is wrong with the amount (keys under `funding.donate.errors`). */
type AmountError = 'amountRequired' | 'amountInvalid' | 'amountTooSmall' | 'amountTooLarge';

/**
 * The donation form: suggested amounts or any amount in euros, once or every month, anonymity, the name on the
 * tax receipt; the cost after the tax reduction follows the amount. "Continuer vers le paiement" creates the
 * donation and goes to its checkout (Stripe, or the test-payment page).
 */
function DonationFields({ initiativeId, labelledBy }: { initiativeId?: string; labelledBy: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const presetsLabelId = useId();
  const estimateId = useId();
  const amountInput = useRef<HTMLInputElement>(null);
  const settingsQuery = useQuery(FUNDING_SETTINGS_QUERY);
  const settings = settingsQuery.data?.fundingSettings;
  const [amount, setAmount] = useState('');
  const [frequency, setFrequency] = useState<DonationFrequency>('ONE_OFF');
  const [anonymous, setAnonymous] = useState(false);
  const [donorName, setDonorName] = useState('');
  const [amountError, setAmountError] = useState<AmountError>();
  const [problem, setProblem] = useState<FundingProblem>();
  const [redirecting, setRedirecting] = useState(false);
  const [donate, { loading }] = useMutation(FUNDING_DONATE_MUTATION);

  if (!settings) return <QueryStatus loading={settingsQuery.loading} error={settingsQuery.error} />;

  const parsed = parseEuros(amount);
  const cents = parsed.cents;
  const monthly = frequency === 'MONTHLY';
  const reduction = cents ? taxReductionCents(cents, settings.taxReductionBps) : 0;

  const check = (): number | undefined => {
    if (parsed.cents === undefined) {
      setAmountError(parsed.problem);
      return undefined;
    }
    if (parsed.cents < settings.minimumCents) {
      setAmountError('amountTooSmall');
      return undefined;
    }
    if (parsed.cents > settings.maximumCents) {
      setAmountError('amountTooLarge');
      return undefined;
    }
    setAmountError(undefined);
    return parsed.cents;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const amountCents = check();
    if (amountCents === undefined) {
      amountInput.current?.focus();
      return;
    }
    const input: DonateInput = { amountCents, frequency, anonymous };
    if (initiativeId) input.initiativeId = initiativeId;
    const name = donorName.trim();
    if (name) input.donorName = name;
    try {
      const { data } = await donate({ variables: { input } });
      const url = data?.donate.checkoutUrl;
      if (!url || !isWebAddress(url)) {
        setProblem({ key: 'unexpected' });
        return;
      }
      setRedirecting(true);
      window.location.assign(url);
    } catch (error) {
      setProblem(fundingProblem(error));
    }
  };

  return (
    <Paper
      component="form"
      withBorder
      p="md"
      className={classes.form}
      aria-labelledby={labelledBy}
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      data-testid="donate-form"
    >
      <Stack gap="md">
        {settings.testPayments ? (
          <Alert
            color="red.9"
            variant="outline"
            role="note"
            title={t('funding.donate.testPaymentsTitle')}
            data-testid="donate-test-payments"
          >
            <Text size="sm" c="gray.9">
              {t('funding.donate.testPaymentsText')}
            </Text>
          </Alert>
        ) : null}
        <Stack gap={6}>
          <Text size="sm" fw={500} id={presetsLabelId}>
            {t('funding.donate.presets')}
          </Text>
          <Group gap="xs" role="group" aria-labelledby={presetsLabelId}>
            {PRESET_CENTS.map((preset) => (
              <Button
                key={preset}
                type="button"
                variant={cents === preset ? 'filled' : 'outline'}
                aria-pressed={cents === preset}
                onClick={() => {
                  setAmount(String(preset / 100));
                  setAmountError(undefined);
                }}
              >
                {t('funding.donate.preset', { euros: preset / 100 })}
              </Button>
            ))}
          </Group>
        </Stack>
        <TextInput
          ref={amountInput}
          label={t('funding.donate.amount')}
          description={t('funding.donate.amountHelp', {
            min: money.euros(settings.minimumCents),
            max: money.euros(settings.maximumCents),
          })}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          required
          maxLength={16}
          value={amount}
          onChange={(event) => {
            setAmount(event.currentTarget.value);
            setAmountError(undefined);
          }}
          error={
            amountError
              ? t(`funding.donate.errors.${amountError}`, {
                  amount: money.euros(
                    amountError === 'amountTooLarge' ? settings.maximumCents : settings.minimumCents,
                  ),
                })
              : undefined
          }
          style={{ maxWidth: '20rem' }}
        />
        <Stack gap={2}>
          <Text size="sm" fw={600} id={estimateId} aria-live="polite" data-testid="donate-estimate">
            {cents
              ? t(
                  monthly ? 'funding.donate.costAfterReductionMonthly' : 'funding.donate.costAfterReduction',
                  {
                    cost: money.euros(cents - reduction),
                  },
                )
              : ''}
          </Text>
          <Text size="sm" c="gray.7">
            {t('funding.donate.reductionHelp', { percent: money.percentOfBps(settings.taxReductionBps) })}
          </Text>
        </Stack>
        <Radio.Group
          label={t('funding.donate.frequency')}
          name="frequency"
          value={frequency}
          onChange={(value) => setFrequency(value === 'MONTHLY' ? 'MONTHLY' : 'ONE_OFF')}
        >
          <Group gap="lg" mt={6}>
            <Radio value="ONE_OFF" label={t('funding.frequency.ONE_OFF')} />
            <Radio value="MONTHLY" label={t('funding.frequency.MONTHLY')} />
          </Group>
        </Radio.Group>
        {monthly ? (
          <Text size="sm" c="gray.7">
            {t('funding.donate.monthlyHelp')}
          </Text>
        ) : null}
        <Checkbox
          label={t('funding.donate.anonymous')}
          description={t('funding.donate.anonymousHelp')}
          name="anonymous"
          checked={anonymous}
          onChange={(event) => setAnonymous(event.currentTarget.checked)}
        />
        <TextInput
          label={t('funding.donate.donorName')}
          description={t('funding.donate.donorNameHelp')}
          name="donorName"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          value={donorName}
          onChange={(event) => setDonorName(event.currentTarget.value)}
          style={{ maxWidth: '28rem' }}
        />
        <FundingProblemAlert problem={problem} />
        <Group gap="md" align="center" wrap="wrap">
          <Button type="submit" loading={loading || redirecting}>
            {t('funding.donate.submit')}
          </Button>
          <Text size="sm" c="gray.7">
            {t(settings.testPayments ? 'funding.donate.nextTest' : 'funding.donate.nextStripe')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** "Faire un don": the form for signed-in people, an invitation to sign in for others. */
export function DonateSection({ initiativeId, title }: { initiativeId?: string; title: string }) {
  const { viewer, loading, error } = useViewer();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {title}
      </Title>
      {viewer ? (
        <DonationFields initiativeId={initiativeId} labelledBy={headingId} />
      ) : viewer === null ? (
        <SignInToDonate />
      ) : (
        <QueryStatus loading={loading} error={error} />
      )}
    </section>
  );
}
