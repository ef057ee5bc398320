import { useMutation } from '@apollo/client/react';
import { Button, MultiSelect, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import districtRecords from '@entraide/shared/reference-data/paris-districts.json';

import type { OrganisationKind } from '../../../gql/graphql';
import { useOrdinal } from '../../../i18n/useOrdinal';
import { RequireViewer } from '../../identity/components/RequireViewer';
import classes from '../../identity/components/IdentityForm.module.css';
import { VIEWER_QUERY } from '../../identity/graphql/identityOperations';
import type { FieldErrors, FieldProblem } from '../../identity/utils/credentials';
import { OrganisationProblemAlert } from '../components/OrganisationProblemAlert';
import { REGISTER_ORGANISATION_MUTATION } from '../graphql/organisationOperations';
import { type OrganisationProblem, registrationProblem } from '../utils/organisationErrors';
import {
  compactIdentifier,
  firstProblemField,
  MAX_NAME_LENGTH,
  ORGANISATION_KINDS,
  type RegistrationField,
  type RegistrationValues,
  validateRegistration,
} from '../utils/registration';

const EMPTY: RegistrationValues = {
  kind: 'ASSOCIATION',
  name: '',
  rna: '',
  siret: '',
  districtCodes: [],
  contactEmail: '',
  contactPhone: '',
};

function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** The registration form: once sent, the organisation waits for a coordinator's verification. */
function RegisterOrganisationForm() {
  const { t } = useTranslation();
  const ordinal = useOrdinal();
  const navigate = useNavigate();
  const [register, { loading }] = useMutation(REGISTER_ORGANISATION_MUTATION, {
    // The new membership appears in the viewer's organisations (and its roles) at once.
    refetchQueries: [VIEWER_QUERY],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState<RegistrationValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<RegistrationField>>({});
  const [formProblem, setFormProblem] = useState<OrganisationProblem>();
  const inputs = useRef<Partial<Record<RegistrationField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const districtOptions = districtRecords.map((record) => ({
    value: record.code,
    label: t('district.title', { ordinal: ordinal(record.number), name: record.name }),
  }));

  const message = (problem: FieldProblem | undefined) =>
    problem ? t(`organisations.errors.${problem.key}`, problem.values) : undefined;

  const setField = <F extends keyof RegistrationValues>(field: F, value: RegistrationValues[F]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const text = (field: 'name' | 'rna' | 'siret' | 'contactEmail' | 'contactPhone') => ({
    name: field,
    value: values[field],
    onChange: (event: { currentTarget: HTMLInputElement }) => setField(field, event.currentTarget.value),
    error: message(errors[field]),
  });

  const showFieldErrors = (found: FieldErrors<RegistrationField>) => {
    setErrors(found);
    const first = firstProblemField(found);
    if (first) inputs.current[first]?.focus();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormProblem(undefined);
    const found = validateRegistration(values);
    showFieldErrors(found);
    if (Object.keys(found).length) return;
    const rna = compactIdentifier(values.rna);
    const siret = compactIdentifier(values.siret);
    const phone = values.contactPhone.trim();
    try {
      const { data } = await register({
        variables: {
          input: {
            kind: values.kind,
            name: values.name.trim(),
            ...(rna ? { rna } : {}),
            ...(siret ? { siret } : {}),
            districtCodes: values.districtCodes,
            contactEmail: values.contactEmail.trim(),
            ...(phone ? { contactPhone: phone } : {}),
          },
        },
      });
      if (!data) return;
      await navigate(`/organisations/${data.registerOrganisation.organisation.id}`);
    } catch (error: unknown) {
      const problem = registrationProblem(error);
      if (problem.field) showFieldErrors({ [problem.field]: problem.problem });
      else setFormProblem(problem);
    }
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-labelledby="register-organisation-title"
      >
        <Stack gap="md">
          <OrganisationProblemAlert problem={formProblem} />
          <NativeSelect
            ref={(element) => {
              inputs.current.kind = element;
            }}
            label={t('organisations.fields.kind')}
            name="kind"
            required
            value={values.kind}
            onChange={(event) => {
              const { value } = event.currentTarget;
              if (isOrganisationKind(value)) setField('kind', value);
            }}
            data={ORGANISATION_KINDS.map((kind) => ({
              value: kind,
              label: t(`organisations.kinds.${kind}`),
            }))}
            error={message(errors.kind)}
          />
          <TextInput
            ref={(element) => {
              inputs.current.name = element;
            }}
            {...text('name')}
            label={t('organisations.fields.name')}
            autoComplete="organization"
            required
            maxLength={MAX_NAME_LENGTH}
          />
          <Stack gap="xs">
            <Text size="sm" c="gray.7">
              {t('organisations.register.identifierHelp')}
            </Text>
            <TextInput
              ref={(element) => {
                inputs.current.rna = element;
              }}
              {...text('rna')}
              label={t('organisations.fields.rna')}
              description={t('organisations.register.rnaHelp')}
              autoComplete="off"
              spellCheck={false}
            />
            <TextInput
              ref={(element) => {
                inputs.current.siret = element;
              }}
              {...text('siret')}
              label={t('organisations.fields.siret')}
              description={t('organisations.register.siretHelp')}
              autoComplete="off"
              inputMode="numeric"
            />
          </Stack>
          <MultiSelect
            ref={(element) => {
              inputs.current.districtCodes = element;
            }}
            label={t('organisations.fields.districts')}
            description={t('organisations.register.districtsHelp')}
            name="districtCodes"
            required
            searchable
            hidePickedOptions
            data={districtOptions}
            value={values.districtCodes}
            onChange={(codes) => setField('districtCodes', codes)}
            nothingFoundMessage={t('organisations.register.noDistrict')}
            error={message(errors.districtCodes)}
            comboboxProps={{ transitionProps: { duration: 0 } }}
          />
          <TextInput
            ref={(element) => {
              inputs.current.contactEmail = element;
            }}
            {...text('contactEmail')}
            label={t('organisations.fields.contactEmail')}
            type="email"
            autoComplete="email"
            required
          />
          <TextInput
            ref={(element) => {
              inputs.current.contactPhone = element;
            }}
            {...text('contactPhone')}
            label={t('organisations.fields.contactPhone')}
            description={t('organisations.register.optional')}
            type="tel"
            autoComplete="tel"
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('organisations.register.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** `/organisations/nouvelle`: registers an association, sponsor, housing operator or public body. */
export function RegisterOrganisationPage() {
  const { t } = useTranslation();
  const title = t('organisations.register.title');
  return (
    <RequireViewer title={title}>
      {() => (
        <Stack gap="lg" maw={560} mx="auto">
          <title>{t('app.pageTitle', { title })}</title>
          <Stack gap="xs">
            <Title order={1} id="register-organisation-title">
              {title}
            </Title>
            <Text c="gray.7">{t('organisations.register.intro')}</Text>
          </Stack>
          <RegisterOrganisationForm />
        </Stack>
      )}
    </RequireViewer>
  );
}
