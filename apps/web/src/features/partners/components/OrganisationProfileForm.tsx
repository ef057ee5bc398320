import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SuccessAlert } from '../../../components/SuccessAlert';
import { QueryStatus } from '../../../components/QueryStatus';
import classes from '../../identity/components/IdentityForm.module.css';
import type { Viewer } from '../../identity/hooks/useViewer';
import { validateEmail } from '../../identity/utils/credentials';
import {
  ORGANISATION_PROFILES_QUERY,
  UPDATE_ORGANISATION_PROFILE_MUTATION,
} from '../graphql/partnerOperations';
import { type PartnerProblem, type ProfileField, profileProblem } from '../utils/partnerErrors';
import { PartnerProblemAlert } from './PartnerProblemAlert';

type Membership = Viewer['memberships'][number];
type Problems = Partial<Record<ProfileField, PartnerProblem<ProfileField>>>;

/** The API's limit for a description. */
export const MAX_DESCRIPTION_LENGTH = 1000;

/** The API's rule for a phone number: digits, spaces and . ( ) -, perhaps after a +. */
const PHONE = /^\+?[0-9 .()-]{6,30}$/;

function validate(values: { description: string; contactEmail: string; contactPhone: string }): Problems {
  const problems: Problems = {};
  if (values.description.length > MAX_DESCRIPTION_LENGTH) {
    problems.description = { field: 'description', key: 'descriptionTooLong' };
  }
  const email = validateEmail(values.contactEmail);
  if (email) problems.contactEmail = { field: 'contactEmail', key: email.key };
  if (values.contactPhone && !PHONE.test(values.contactPhone)) {
    problems.contactPhone = { field: 'contactPhone', key: 'phoneInvalid' };
  }
  return problems;
}

export interface OrganisationProfileFormProps {
  organisationId: string;
  description: string | null;
  contactEmail: string;
  contactPhone: string | null;
}

/** Admins: what the directory says the organisation does, and whom to contact. */
export function OrganisationProfileForm({
  organisationId,
  description: savedDescription,
  contactEmail: savedEmail,
  contactPhone: savedPhone,
}: OrganisationProfileFormProps) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(UPDATE_ORGANISATION_PROFILE_MUTATION);
  const [description, setDescription] = useState(savedDescription ?? '');
  const [contactEmail, setContactEmail] = useState(savedEmail);
  const [contactPhone, setContactPhone] = useState(savedPhone ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const [problem, setProblem] = useState<PartnerProblem<ProfileField>>();
  const [saved, setSaved] = useState(false);
  const descriptionInput = useRef<HTMLTextAreaElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const phoneInput = useRef<HTMLInputElement>(null);
  const inputs = { description: descriptionInput, contactEmail: emailInput, contactPhone: phoneInput };

  const fieldError = (field: ProfileField) => {
    const found = problems[field];
    return found ? t(`partners.errors.${found.key}`, found.values) : undefined;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    setProblem(undefined);
    const values = {
      description: description.trim(),
      contactEmail: contactEmail.trim(),
      contactPhone: contactPhone.trim(),
    };
    const found = validate(values);
    setProblems(found);
    const first = (['description', 'contactEmail', 'contactPhone'] as const).find((field) => found[field]);
    if (first) {
      inputs[first].current?.focus();
      return;
    }
    try {
      await save({
        variables: {
          input: {
            organisationId,
            description: values.description,
            contactEmail: values.contactEmail,
            contactPhone: values.contactPhone || null,
          },
        },
      });
      setSaved(true);
    } catch (error: unknown) {
      const failed = profileProblem(error);
      if (failed.field) {
        setProblems({ [failed.field]: failed });
        inputs[failed.field].current?.focus();
      } else {
        setProblem(failed);
      }
    }
  };

  return (
    <form
      noValidate
      className={classes.form}
      aria-labelledby="directory-profile-heading"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Stack gap="md" maw="46rem">
        <PartnerProblemAlert problem={problem} />
        {saved ? <SuccessAlert>{t('partners.profile.saved')}</SuccessAlert> : null}
        <Textarea
          ref={descriptionInput}
          label={t('partners.profile.description')}
          description={t('partners.profile.descriptionHelp')}
          name="description"
          rows={5}
          maxLength={MAX_DESCRIPTION_LENGTH}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={fieldError('description')}
        />
        <TextInput
          ref={emailInput}
          label={t('partners.profile.contactEmail')}
          name="contactEmail"
          type="email"
          autoComplete="email"
          required
          value={contactEmail}
          onChange={(event) => setContactEmail(event.currentTarget.value)}
          error={fieldError('contactEmail')}
        />
        <TextInput
          ref={phoneInput}
          label={t('partners.profile.contactPhone')}
          description={t('partners.profile.optional')}
          name="contactPhone"
          type="tel"
          autoComplete="tel"
          value={contactPhone}
          onChange={(event) => setContactPhone(event.currentTarget.value)}
          error={fieldError('contactPhone')}
        />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('partners.profile.save')}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * "Profil dans l'annuaire" on an organisation's page: its description for every member, and for its admins the
 * form to change it and the contact details.
 */
export function OrganisationProfileSection({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { organisation } = membership;
  const profiles = useQuery(ORGANISATION_PROFILES_QUERY, { fetchPolicy: 'network-only' });
  const profile = profiles.data?.viewer?.memberships.find((item) => item.organisation.id === organisation.id);
  const isAdmin = membership.role === 'ADMIN';

  return (
    <section aria-labelledby="directory-profile-heading" data-testid="directory-profile">
      <Title order={2} size="h3" id="directory-profile-heading" mb="xs">
        {t('partners.profile.title')}
      </Title>
      <Text c="gray.7" mb="md" maw="46rem">
        {t('partners.profile.intro')}
      </Text>
      {organisation.status !== 'VERIFIED' ? (
        <Text c="gray.7" mb="md" maw="46rem">
          {t('partners.profile.pendingHelp')}
        </Text>
      ) : null}
      {profile ? (
        isAdmin ? (
          <OrganisationProfileForm
            organisationId={organisation.id}
            description={profile.organisation.description}
            contactEmail={organisation.contactEmail}
            contactPhone={organisation.contactPhone}
          />
        ) : (
          <Stack component="dl" gap="xs" m={0}>
            <div>
              <Text component="dt" size="sm" fw={600} c="gray.7">
                {t('partners.profile.description')}
              </Text>
              <Text
                component="dd"
                m={0}
                c={profile.organisation.description ? undefined : 'gray.7'}
                style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                data-testid="directory-description"
              >
                {profile.organisation.description ?? t('partners.profile.noDescription')}
              </Text>
            </div>
          </Stack>
        )
      ) : (
        <QueryStatus loading={profiles.loading} error={profiles.error} />
      )}
    </section>
  );
}
