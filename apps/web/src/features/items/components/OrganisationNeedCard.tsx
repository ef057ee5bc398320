import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { NeedFieldsFragment, NeedUrgency } from '../../../gql/graphql';
import { useApiLanguage } from '../../../i18n/useApiLanguage';
import classes from '../../identity/components/IdentityForm.module.css';
import { CLOSE_NEED_MUTATION, UPDATE_NEED_MUTATION } from '../graphql/itemsOperations';
import { parisToday, parseQuantity } from '../utils/format';
import { type ItemsProblem, itemsProblem } from '../utils/itemsErrors';
import { ConfirmStep } from './ConfirmStep';
import { ItemsProblemAlert } from './ItemsProblemAlert';
import { itemLabel } from './NeedCard';
import { NeedFacts } from './NeedFacts';
import { NeedProgress } from './NeedProgress';
import { deadlineProblem, isUrgency, MAX_NEED_QUANTITY, MAX_NOTE_LENGTH, URGENCIES } from './needFields';
import { UrgencyBadge } from './UrgencyBadge';

interface FieldErrors {
  quantity?: string;
  deadline?: string;
}

/** Changes a need's quantity, urgency, deadline and note; an emptied deadline or note is removed. */
function EditNeedForm({
  need,
  onDone,
  onClose,
}: {
  need: NeedFieldsFragment;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const titleId = useId();
  const [updateNeed, { loading }] = useMutation(UPDATE_NEED_MUTATION);
  const [quantity, setQuantity] = useState(String(need.quantity));
  const [urgency, setUrgency] = useState<NeedUrgency>(need.urgency);
  const [deadline, setDeadline] = useState(need.deadline ?? '');
  const [note, setNote] = useState(need.note ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ItemsProblem>();
  const quantityInput = useRef<HTMLInputElement>(null);
  const deadlineInput = useRef<HTMLInputElement>(null);

  // Opening the form moves the focus to its first field.
  useEffect(() => quantityInput.current?.focus(), []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldErrors = {};
    const parsed = parseQuantity(quantity, MAX_NEED_QUANTITY);
    if ('problem' in parsed) found.quantity = t(`items.errors.${parsed.problem.key}`, parsed.problem.values);
    // A deadline already past may stay as it was; a new one cannot be in the past.
    const deadlineKey = deadline === need.deadline ? undefined : deadlineProblem(deadline, parisToday());
    if (deadlineKey) found.deadline = t(`items.errors.${deadlineKey}`);
    setErrors(found);
    if (found.quantity) quantityInput.current?.focus();
    else if (found.deadline) deadlineInput.current?.focus();
    if (found.deadline || !('quantity' in parsed)) return;
    try {
      await updateNeed({
        variables: {
          input: {
            needId: need.id,
            quantity: parsed.quantity,
            urgency,
            ...(deadline === (need.deadline ?? '') ? {} : { deadline }),
            note: note.trim(),
          },
          lang,
        },
      });
      onDone();
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    }
  };

  return (
    <Paper withBorder p="md" bg="gray.0">
      <form
        noValidate
        className={classes.form}
        onSubmit={(event) => void handleSubmit(event)}
        aria-labelledby={titleId}
      >
        <Stack gap="sm">
          <Text fw={600} id={titleId}>
            {t('items.orgNeeds.editTitle', { label: itemLabel(need) })}
          </Text>
          <ItemsProblemAlert problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              ref={quantityInput}
              label={t('items.orgNeeds.quantity')}
              description={t('items.orgNeeds.quantityEditHelp', { count: need.progress.dispatched })}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={Math.max(1, need.progress.dispatched)}
              max={MAX_NEED_QUANTITY}
              required
              value={quantity}
              onChange={(event) => setQuantity(event.currentTarget.value)}
              error={errors.quantity}
            />
            <NativeSelect
              label={t('items.orgNeeds.urgency')}
              name="urgency"
              value={urgency}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isUrgency(value)) setUrgency(value);
              }}
              data={URGENCIES.map((value) => ({ value, label: t(`items.urgency.option.${value}`) }))}
            />
            <TextInput
              ref={deadlineInput}
              label={t('items.orgNeeds.deadline')}
              description={t('items.orgNeeds.deadlineEditHelp')}
              name="deadline"
              type="date"
              value={deadline}
              onChange={(event) => setDeadline(event.currentTarget.value)}
              error={errors.deadline}
            />
          </SimpleGrid>
          <Textarea
            label={t('items.orgNeeds.note')}
            description={t('items.orgNeeds.noteEditHelp')}
            name="note"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t('items.orgNeeds.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('items.orgNeeds.cancelEdit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type Mode = 'view' | 'edit' | 'close';

/** One of the organisation's needs: facts and progress; while open, edit it or close it (after confirming). */
export function OrganisationNeedCard({ need }: { need: NeedFieldsFragment }) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<ItemsProblem>();
  const [closeNeed, { loading: closing }] = useMutation(CLOSE_NEED_MUTATION);
  const open = need.status === 'OPEN';

  const handleClose = async () => {
    setProblem(undefined);
    try {
      await closeNeed({ variables: { input: { needId: need.id }, lang } });
      setMode('view');
      setNotice(t('items.orgNeeds.closedNotice'));
    } catch (error: unknown) {
      setProblem(itemsProblem(error));
    }
  };

  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={titleId}
      data-testid="organisation-need"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {open ? (
              <Anchor component={Link} to={`/besoins/${need.id}`} inherit>
                {itemLabel(need)}
              </Anchor>
            ) : (
              itemLabel(need)
            )}
          </Title>
          <Group gap="xs">
            <UrgencyBadge urgency={need.urgency} />
            <Badge color={open ? 'teal.9' : 'gray.8'} variant="filled" data-testid="need-status">
              {t(`items.needStatus.${need.status}`)}
            </Badge>
          </Group>
        </Group>
        <NeedFacts need={need} withOrganisation={false} />
        <NeedProgress need={need} />
        {notice ? (
          <Alert color="teal.9" variant="outline" role="status">
            <Text c="gray.9">{notice}</Text>
          </Alert>
        ) : null}
        <ItemsProblemAlert problem={problem} />
        {open && mode === 'view' ? (
          <Group gap="sm">
            <Button variant="outline" onClick={() => setMode('edit')}>
              {t('items.orgNeeds.edit')}
            </Button>
            <Button variant="outline" color="red.9" onClick={() => setMode('close')}>
              {t('items.orgNeeds.close')}
            </Button>
          </Group>
        ) : null}
        {open && mode === 'edit' ? (
          <EditNeedForm
            need={need}
            onClose={() => setMode('view')}
            onDone={() => {
              setMode('view');
              setNotice(t('items.orgNeeds.updated'));
            }}
          />
        ) : null}
        {open && mode === 'close' ? (
          <ConfirmStep
            title={t('items.orgNeeds.confirmCloseTitle')}
            text={t('items.orgNeeds.confirmCloseText')}
            confirmLabel={t('items.orgNeeds.confirmClose')}
            keepLabel={t('items.orgNeeds.keepOpen')}
            loading={closing}
            onConfirm={() => void handleClose()}
            onKeep={() => setMode('view')}
          />
        ) : null}
      </Stack>
    </Card>
  );
}
