import { CheckIcon, Group, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface OnboardingProgressProps {
  /** The steps' titles, in order. */
  titles: readonly string[];
  /** 1-based. */
  current: number;
  /** How many steps are saved (completed). */
  done: number;
  /** Steps up to this one may be opened. */
  reachable: number;
  onSelect: (step: number) => void;
}

/**
 * The steps of the form, wrapping on a phone: the completed ones ticked, the current one marked for screen
 * readers (aria-current), and the reachable ones as buttons to go back to.
 */
export function OnboardingProgress({ titles, current, done, reachable, onSelect }: OnboardingProgressProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('hosting.onboarding.stepsLabel')}>
      <Group component="ol" gap="xs" wrap="wrap" p={0} m={0} style={{ listStyle: 'none', rowGap: 8 }}>
        {titles.map((title, index) => {
          const number = index + 1;
          const isCurrent = number === current;
          const isDone = number <= done;
          const state = isCurrent ? 'current' : isDone ? 'done' : 'todo';
          const content = (
            <Group gap={6} wrap="nowrap">
              <ThemeIcon
                radius="xl"
                size="md"
                color={isCurrent ? 'blue.9' : isDone ? 'teal.9' : 'gray.7'}
                variant={isCurrent || isDone ? 'filled' : 'outline'}
                aria-hidden="true"
              >
                {isDone && !isCurrent ? <CheckIcon size={12} /> : <Text size="xs">{number}</Text>}
              </ThemeIcon>
              <Text size="sm" fw={isCurrent ? 700 : 400} c="gray.9">
                {title} <VisuallyHidden>{`(${t(`hosting.onboarding.stepState.${state}`)})`}</VisuallyHidden>
              </Text>
            </Group>
          );
          return (
            <li key={title} aria-current={isCurrent ? 'step' : undefined}>
              {!isCurrent && number <= reachable ? (
                <UnstyledButton
                  onClick={() => onSelect(number)}
                  style={{ borderRadius: 'var(--mantine-radius-sm)', padding: 2 }}
                >
                  {content}
                </UnstyledButton>
              ) : (
                <div style={{ padding: 2 }}>{content}</div>
              )}
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
