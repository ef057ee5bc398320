import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Facts as a description list: two columns from tablets up, one on a phone. */
export function Facts({ facts }: { facts: readonly (Fact | false | '' | 0 | null | undefined)[] }) {
  const shown = facts.filter((fact): fact is Fact => Boolean(fact));
  if (shown.length === 0) return null;
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing={6} m={0}>
      {shown.map((fact) => (
        <div key={fact.label} data-testid={fact.testId}>
          <Text component="dt" size="xs" c="gray.7" fw={600}>
            {fact.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
