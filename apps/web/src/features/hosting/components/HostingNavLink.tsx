import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../../identity/hooks/useViewer';

/** The header's "Accueillir" link, for signed-in people only (hosting at home needs an account). */
export function HostingNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <nav aria-label={t('nav.hosting.label')}>
      <Anchor component={Link} to="/accueillir" className={className} c="white">
        {t('nav.hosting.host')}
      </Anchor>
    </nav>
  );
}
