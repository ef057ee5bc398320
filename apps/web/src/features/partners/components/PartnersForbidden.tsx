import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Why the directory and the announcements are closed to the signed-in person, and where to go instead. */
export function PartnersForbidden() {
  const { t } = useTranslation();
  return (
    <Alert
      color="red.9"
      variant="outline"
      role="alert"
      title={t('partners.access.title')}
      data-testid="partners-forbidden"
    >
      <Stack gap="xs" align="flex-start">
        <Text c="gray.9">{t('partners.access.forbidden')}</Text>
        <Text c="gray.9">{t('partners.access.howTo')}</Text>
        <Anchor component={Link} to="/organisations" underline="always">
          {t('partners.access.organisationsLink')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
