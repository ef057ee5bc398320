import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import type { NeedFieldsFragment } from '../../../gql/graphql';
import { NeedFacts } from './NeedFacts';
import { NeedProgress } from './NeedProgress';
import { UrgencyBadge } from './UrgencyBadge';

/** "Chaussettes – Homme 43-46": what a need (or an offer) is for. */
export function itemLabel(thing: { item: { name: string }; variant: { label: string } }): string {
  return `${thing.item.name} – ${thing.variant.label}`;
}

/** One open need in the public list: what, who, where, by when, and how far it is covered. */
export function NeedCard({ need }: { need: NeedFieldsFragment }) {
  const titleId = useId();
  return (
    <Card component="article" withBorder padding="md" aria-labelledby={titleId} data-testid="need">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/besoins/${need.id}`} inherit>
              {itemLabel(need)}
            </Anchor>
          </Title>
          <UrgencyBadge urgency={need.urgency} />
        </Group>
        <NeedFacts need={need} />
        <NeedProgress need={need} />
      </Stack>
    </Card>
  );
}
