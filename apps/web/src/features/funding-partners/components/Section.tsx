import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionProps {
  /** The id of the heading, which names the section (and the form in it, through `labelledBy`). */
  headingId: string;
  title: string;
  /** What the section is for, under its heading. */
  intro?: string;
  children: ReactNode;
}

/** A part of a partners' page under its heading (level 2), with an introduction when there is one. */
export function Section({ headingId, title, intro, children }: SectionProps) {
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb={intro ? 'xs' : 'sm'}>
        {title}
      </Title>
      {intro ? (
        <Text c="gray.7" mb="md">
          {intro}
        </Text>
      ) : null}
      {children}
    </section>
  );
}
