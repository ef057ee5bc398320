import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { QueryStatus } from '../../../components/QueryStatus';
import type { HostOfferFieldsFragment } from '../../../gql/graphql';
import { RequireViewer } from '../../identity/components/RequireViewer';
import {
  AvailabilityStep,
  HouseholdStep,
  LodgingStep,
  RulesStep,
  type StepFields,
} from '../components/HostOfferSteps';
import { OnboardingProgress } from '../components/OnboardingProgress';
import { SubmitHostOfferStep } from '../components/SubmitHostOfferStep';
import { MY_HOST_OFFERS_QUERY, SAVE_HOST_OFFER_MUTATION } from '../graphql/hostingOperations';
import { type HostingProblem, hostingProblem } from '../utils/hostingErrors';

type Offer = HostOfferFieldsFragment;

/** The form's four saved steps (FORM_STEPS), then "Envoyer". */
const STEP_KEYS = ['lodging', 'availability', 'household', 'rules', 'submit'] as const;

/** Where a draft resumes: the first step not saved yet (or "Envoyer" once all are). */
function resumeStep(offer: Offer | undefined): number {
  return offer ? Math.min(offer.stepsDone + 1, STEP_KEYS.length) : 1;
}

/** What the dashboard is told after sending: the association that will visit. */
export interface SubmittedState {
  submittedTo?: string;
}

/** The steps of one draft (or of a new one); each save moves on, and the first one puts the id in the URL. */
function HostOfferWizard({
  initialOffer,
  onCreated,
}: {
  initialOffer?: Offer;
  /** The first save of a new draft. */
  onCreated?: (offer: Offer) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [offer, setOffer] = useState(initialOffer);
  const [step, setStep] = useState(() => resumeStep(initialOffer));
  const [problem, setProblem] = useState<HostingProblem>();
  const [saved, setSaved] = useState<string>();
  // The focus goes to a step's heading once the person has moved, not when the page opens.
  const [moved, setMoved] = useState(false);
  const [save, { loading }] = useMutation(SAVE_HOST_OFFER_MUTATION);
  const titles = STEP_KEYS.map((key) => t(`hosting.onboarding.steps.${key}`));
  const done = offer?.stepsDone ?? 0;

  const goTo = (next: number) => {
    setMoved(true);
    setProblem(undefined);
    setSaved(undefined);
    setStep(next);
  };

  const handleSave = async (fields: StepFields) => {
    setProblem(undefined);
    setSaved(undefined);
    try {
      const { data } = await save({
        variables: { input: { ...(offer ? { id: offer.id } : {}), step, ...fields } },
      });
      if (!data) return;
      const next = data.saveHostOffer;
      setOffer(next);
      if (!offer) {
        onCreated?.(next);
        // A reload now resumes this draft.
        void navigate(`/accueillir/proposer/${next.id}`, { replace: true });
      }
      goTo(step + 1);
      setSaved(t('hosting.onboarding.saved', { title: titles[step - 1] }));
    } catch (error: unknown) {
      setProblem(hostingProblem(error));
    }
  };

  const shell = {
    number: step,
    total: STEP_KEYS.length,
    title: titles[step - 1]!,
    problem,
    busy: loading,
    focusOnMount: moved,
    onPrevious: step > 1 ? () => goTo(step - 1) : undefined,
  };
  const stepProps = { offer, shell, onSave: (fields: StepFields) => void handleSave(fields) };

  return (
    <Stack gap="lg">
      <OnboardingProgress
        titles={titles}
        current={step}
        done={done}
        reachable={Math.min(done + 1, STEP_KEYS.length)}
        onSelect={goTo}
      />
      {saved ? (
        <Alert color="teal.9" variant="outline" role="status" py="xs">
          <Text size="sm" c="gray.9">
            {saved}
          </Text>
        </Alert>
      ) : null}
      {step === 1 ? <LodgingStep key="1" {...stepProps} /> : null}
      {step === 2 ? <AvailabilityStep key="2" {...stepProps} /> : null}
      {step === 3 ? <HouseholdStep key="3" {...stepProps} /> : null}
      {step === 4 ? <RulesStep key="4" {...stepProps} /> : null}
      {step === 5 && offer ? (
        <SubmitHostOfferStep
          key="5"
          offer={offer}
          shell={shell}
          onSubmitted={(sent) => {
            void navigate('/accueillir', {
              state: { submittedTo: sent.verifier?.name } satisfies SubmittedState,
            });
          }}
        />
      ) : null}
    </Stack>
  );
}

/** `/accueillir/proposer/:id` opened afresh: the draft to resume, found among my offers. */
function ResumeDraft({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery(MY_HOST_OFFERS_QUERY, { fetchPolicy: 'cache-and-network' });
  const offer = query.data?.myHostOffers.find((item) => item.id === id);
  if (!offer) {
    if (!query.data || query.error) return <QueryStatus loading={query.loading} error={query.error} />;
    return (
      <Alert color="red.9" variant="outline" role="alert" title={t('hosting.onboarding.notFoundTitle')}>
        <Stack gap="xs">
          <Text c="gray.9">{t('hosting.onboarding.notFound')}</Text>
          <Anchor component={Link} to="/accueillir">
            {t('hosting.onboarding.backToDashboard')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (offer.status !== 'DRAFT') {
    return (
      <Alert color="blue.9" variant="outline">
        <Stack gap="xs">
          <Text c="gray.9">{t('hosting.onboarding.alreadySent')}</Text>
          <Anchor component={Link} to="/accueillir">
            {t('hosting.onboarding.backToDashboard')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return <HostOfferWizard initialOffer={offer} />;
}

function HostOnboarding({ title }: { title: string }) {
  const { t } = useTranslation();
  const { id } = useParams();
  // The draft this page created: once its id is in the URL, the same form carries on (no need to look it up).
  const [created, setCreated] = useState<Offer>();
  const startedHere = !id || created?.id === id;

  return (
    <Stack gap="lg">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Text c="gray.7" maw="46rem">
          {t('hosting.onboarding.intro')}
        </Text>
        <Anchor component={Link} to="/accueillir">
          {t('hosting.onboarding.backToDashboard')}
        </Anchor>
      </Stack>
      {startedHere ? <HostOfferWizard onCreated={setCreated} /> : <ResumeDraft id={id} />}
    </Stack>
  );
}

/** `/accueillir/proposer` (a new draft) and `/accueillir/proposer/:id` (resume it): the host form. */
export function HostOnboardingPage() {
  const { t } = useTranslation();
  const title = t('hosting.onboarding.title');
  return <RequireViewer title={title}>{() => <HostOnboarding title={title} />}</RequireViewer>;
}
