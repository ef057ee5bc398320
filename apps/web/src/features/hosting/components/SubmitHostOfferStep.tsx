import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryStatus } from '../../../components/QueryStatus';
import type { HostOfferFieldsFragment, OrganisationContactFieldsFragment } from '../../../gql/graphql';
import { HOST_VERIFIERS_QUERY, SUBMIT_HOST_OFFER_MUTATION } from '../graphql/hostingOperations';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';
import { HostOfferFacts } from './HostOfferFacts';
import { StepForm, type StepShellProps } from './StepForm';

/** "contact@… · 01 23 45 67 89" */
export function contactLine(contact: OrganisationContactFieldsFragment): string {
  return [contact.contactEmail, contact.contactPhone].filter(Boolean).join(' · ');
}

export interface SubmitHostOfferStepProps {
  offer: HostOfferFieldsFragment;
  shell: Omit<StepShellProps, 'problem' | 'busy'>;
  onSubmitted: (offer: HostOfferFieldsFragment) => void;
}

/** The last step, "Envoyer": a recap, then the verified association that will visit the home. */
export function SubmitHostOfferStep({ offer, shell, onSubmitted }: SubmitHostOfferStepProps) {
  const { t } = useTranslation();
  const districtCode = offer.districtCode ?? '';
  const verifiers = useQuery(HOST_VERIFIERS_QUERY, {
    variables: { districtCode },
    skip: !districtCode,
    fetchPolicy: 'cache-and-network',
  });
  const [submit, { loading }] = useMutation(SUBMIT_HOST_OFFER_MUTATION);
  const [chosen, setChosen] = useState(offer.verifier?.id ?? '');
  const [verifierError, setVerifierError] = useState<string>();
  const [problem, setProblem] = useState<HostingProblem>();
  const firstRadio = useRef<HTMLInputElement>(null);
  const list = verifiers.data?.hostVerifiers ?? verifiers.previousData?.hostVerifiers;

  const handleSubmit = async () => {
    setProblem(undefined);
    if (!list?.length) {
      setProblem({ key: 'verifierRequired' });
      return;
    }
    if (!list.some((verifier) => verifier.id === chosen)) {
      setVerifierError(t('hosting.errors.verifierRequired'));
      firstRadio.current?.focus();
      return;
    }
    setVerifierError(undefined);
    try {
      const { data } = await submit({
        variables: { input: { id: offer.id, verifierOrganisationId: chosen } },
      });
      if (data) onSubmitted(data.submitHostOffer);
    } catch (error: unknown) {
      setProblem(hostingProblem(error));
    }
  };

  return (
    <StepForm
      {...shell}
      problem={problem}
      busy={loading}
      submitLabel={t('hosting.onboarding.submit')}
      onSubmit={() => void handleSubmit()}
    >
      <Paper withBorder p="md" component="section" aria-labelledby="offer-recap-heading">
        <Title order={3} size="h4" id="offer-recap-heading" mb="xs">
          {t('hosting.onboarding.recapTitle')}
        </Title>
        <HostOfferFacts offer={offer} />
      </Paper>
      <Text>{t('hosting.onboarding.verifierIntro')}</Text>
      {list ? (
        list.length === 0 ? (
          <Alert color="blue.9" variant="outline">
            <Text c="gray.9">{t('hosting.onboarding.noVerifiers')}</Text>
          </Alert>
        ) : (
          <Radio.Group
            label={t('hosting.fields.verifier')}
            name="verifier"
            required
            value={chosen}
            onChange={setChosen}
            error={verifierError}
          >
            <Stack gap="sm" mt="xs">
              {list.map((verifier, index) => (
                <Radio
                  key={verifier.id}
                  ref={index === 0 ? firstRadio : undefined}
                  value={verifier.id}
                  label={verifier.name}
                  description={contactLine(verifier)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )
      ) : (
        <QueryStatus loading={verifiers.loading} error={verifiers.error} />
      )}
    </StepForm>
  );
}
