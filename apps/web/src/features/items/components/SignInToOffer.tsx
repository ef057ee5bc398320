import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { withReturnPath } from '../../identity/utils/returnPath';

/** For signed-out visitors: sign in (or create an account) to offer items, then come back here. */
export function SignInToOffer() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  return (
    <Stack>
      <Text>{t('items.offer.signInFirst')}</Text>
      <Group gap="md">
        <Anchor component={Link} to={withReturnPath('/connexion', here)} fw={600}>
          {t('items.offer.signIn')}
        </Anchor>
        <Anchor component={Link} to={withReturnPath('/inscription', here)}>
          {t('items.offer.signUp')}
        </Anchor>
      </Group>
    </Stack>
  );
}
