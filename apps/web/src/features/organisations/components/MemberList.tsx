import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { OrganisationMembersQuery } from '../../../gql/graphql';

export type OrganisationMemberDetails = OrganisationMembersQuery['organisationMembers'][number];

export interface MemberListProps {
  members: readonly OrganisationMemberDetails[];
  /** Offers a "remove" button per member (admins only). */
  canRemove: boolean;
  removingId?: string;
  onRemove: (member: OrganisationMemberDetails) => void;
}

/** The members of an organisation: name, address and role. */
export function MemberList({ members, canRemove, removingId, onRemove }: MemberListProps) {
  const { t } = useTranslation();
  return (
    <List listStyleType="none" spacing="sm" p={0} aria-label={t('organisations.members.list')}>
      {members.map((member) => (
        <List.Item key={member.userId} data-testid="member">
          <Group justify="space-between" align="center" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{member.displayName}</Text>
                <Badge color={member.role === 'ADMIN' ? 'blue.9' : 'gray.8'} variant="filled">
                  {t(`organisations.roles.${member.role}`)}
                </Badge>
              </Group>
              <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                {member.email}
              </Text>
            </Stack>
            {canRemove ? (
              <Button
                variant="outline"
                color="red.9"
                size="compact-sm"
                loading={removingId === member.userId}
                onClick={() => onRemove(member)}
                aria-label={t('organisations.members.removeNamed', { name: member.displayName })}
              >
                {t('organisations.members.remove')}
              </Button>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
