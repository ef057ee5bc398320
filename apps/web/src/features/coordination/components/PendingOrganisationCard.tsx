import { Badge, Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { OrganisationQueueQuery } from '../../../gql/graphql';
import classes from '../../identity/components/IdentityForm.module.css';
import { OrganisationDetails } from '../../organisations/components/OrganisationDetails';

export type PendingOrganisation = OrganisationQueueQuery['organisationQueue'][number];

export const MAX_REASON_LENGTH = 1000;

export interface PendingOrganisationCardProps {
  organisation: PendingOrganisation;
  /** Which decision is being sent for this organisation, if any. */
  deciding?: 'verify' | 'reject';
  onVerify: () => void;
  onReject: (reason: string) => void;
}

/** One organisation waiting for verification, with its details and the two decisions. */
export function PendingOrganisationCard({
  organisation,
  deciding,
  onVerify,
  onReject,
}: PendingOrganisationCardProps) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  const headingId = `organisation-${organisation.id}`;

  const handleReject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(true);
      reasonInput.current?.focus();
      return;
    }
    setReasonError(false);
    onReject(reason.trim());
  };

  return (
    <Card component="article" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group gap="xs" wrap="wrap" align="center">
          <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {organisation.name}
          </Title>
          <Badge color="gray.8" variant="filled">
            {t(`organisations.kinds.${organisation.kind}`)}
          </Badge>
        </Group>
        <OrganisationDetails organisation={organisation} />
        {rejecting ? (
          <form
            noValidate
            className={classes.form}
            onSubmit={handleReject}
            aria-label={t('coordination.queue.rejectForm', { name: organisation.name })}
          >
            <Stack gap="sm">
              <Textarea
                ref={reasonInput}
                label={t('coordination.queue.reason')}
                description={t('coordination.queue.reasonHelp')}
                name="reason"
                required
                rows={3}
                maxLength={MAX_REASON_LENGTH}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                error={reasonError ? t('coordination.errors.reasonRequired') : undefined}
              />
              <Group gap="sm" wrap="wrap">
                <Button type="submit" color="red.9" loading={deciding === 'reject'}>
                  {t('coordination.queue.confirmReject')}
                </Button>
                <Button
                  variant="subtle"
                  onClick={() => {
                    setRejecting(false);
                    setReasonError(false);
                  }}
                >
                  {t('coordination.queue.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm" wrap="wrap">
            <Button
              color="teal.9"
              loading={deciding === 'verify'}
              disabled={deciding !== undefined}
              onClick={onVerify}
            >
              {t('coordination.queue.verify')}
            </Button>
            <Button
              variant="outline"
              color="red.9"
              disabled={deciding !== undefined}
              onClick={() => setRejecting(true)}
            >
              {t('coordination.queue.reject')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
