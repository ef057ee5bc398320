import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../../identity/hooks/useViewer';

/** The header's "Soutenir" link (initiatives to fund) for everyone, and "Mes soutiens" for signed-in people. */
export function FundingNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <nav aria-label={t('nav.funding.label')}>
      <Group gap="md" wrap="wrap" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
        <Anchor component={Link} to="/initiatives" className={className} c="white">
          {t('nav.funding.support')}
        </Anchor>
        {viewer ? (
          <Anchor component={Link} to="/mes-soutiens" className={className} c="white">
            {t('nav.funding.mine')}
          </Anchor>
        ) : null}
      </Group>
    </nav>
  );
}
