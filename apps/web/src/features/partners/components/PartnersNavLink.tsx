import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../../identity/hooks/useViewer';
import { isPartnerOrCoordinator } from '../utils/partnerAccess';

/**
 * The header's "Annuaire des partenaires" link, for members of a verified organisation and coordinators only
 * (the only people the API shows the directory to); nothing for anyone else.
 */
export function PartnersNavLink({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer || !isPartnerOrCoordinator(viewer)) return null;
  return (
    <nav aria-label={t('nav.partners.label')}>
      <Anchor component={Link} to="/partenaires" className={className} c="white">
        {t('nav.partners.directory')}
      </Anchor>
    </nav>
  );
}
