import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../../identity/hooks/useViewer';

/** The header's "Missions" link for everyone, and "Bénévolat" (my volunteering) for signed-in people. */
export function MissionsNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <nav aria-label={t('nav.missions.label')}>
      <Group gap="md" wrap="wrap" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
        <Anchor component={Link} to="/missions" className={className} c="white">
          {t('nav.missions.missions')}
        </Anchor>
        {viewer ? (
          <Anchor component={Link} to="/benevolat" className={className} c="white">
            {t('nav.missions.volunteering')}
          </Anchor>
        ) : null}
      </Group>
    </nav>
  );
}
