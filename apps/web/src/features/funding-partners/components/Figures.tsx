import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Figure {
  /** Also the test id: `figure-<key>`. */
  key: string;
  label: string;
  value: ReactNode;
}

/** Key figures as a description list: two columns on a phone, more on wider screens. */
export function Figures({ figures, cols = 4 }: { figures: readonly Figure[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, md: cols }} spacing="sm" m={0}>
      {figures.map((figure) => (
        <Paper key={figure.key} withBorder p="sm" data-testid={`figure-${figure.key}`}>
          <Text component="dt" size="sm" c="gray.7" fw={600}>
            {figure.label}
          </Text>
          <Text component="dd" m={0} fz="lg" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {figure.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
