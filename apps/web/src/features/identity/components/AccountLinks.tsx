import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useViewer } from '../hooks/useViewer';

export interface AccountLinksProps {
  className?: string;
}

/** Header links: sign in / create an account, or the signed-in person's name leading to their account. */
export function AccountLinks({ className }: AccountLinksProps) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  // While we do not know yet, show nothing rather than links that may flip a moment later.
  if (viewer === undefined && loading) return null;
  return (
    <nav aria-label={t('identity.nav.label')}>
      <Group gap="md" wrap="wrap">
        {viewer ? (
          <Anchor component={Link} to="/compte" className={className} c="white" data-testid="viewer-name">
            {viewer.displayName}
          </Anchor>
        ) : (
          <>
            <Anchor component={Link} to="/connexion" className={className} c="white">
              {t('identity.nav.signIn')}
            </Anchor>
            <Anchor component={Link} to="/inscription" className={className} c="white">
              {t('identity.nav.signUp')}
            </Anchor>
          </>
        )}
      </Group>
    </nav>
  );
}
