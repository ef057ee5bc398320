import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DonateSection } from '../components/DonateForm';

/** `/donner`: a gift to the common fund, shared among the approved initiatives (public). */
export function GiveToCommonFundPage() {
  const { t } = useTranslation();
  const title = t('funding.commonFund.title');
  return (
    <Stack gap="xl">
      <title>{t('app.pageTitle', { title })}</title>
      <Stack gap="xs">
        <Anchor component={Link} to="/initiatives" size="sm">
          ← {t('funding.initiative.back')}
        </Anchor>
        <Title order={1}>{title}</Title>
        <Text maw="46rem">{t('funding.commonFund.intro')}</Text>
      </Stack>
      <section aria-labelledby="common-fund-how-heading">
        <Title order={2} size="h3" id="common-fund-how-heading" mb="sm">
          {t('funding.commonFund.howTitle')}
        </Title>
        <List spacing="xs" maw="46rem">
          <List.Item>{t('funding.commonFund.how1')}</List.Item>
          <List.Item>{t('funding.commonFund.how2')}</List.Item>
          <List.Item>{t('funding.commonFund.how3')}</List.Item>
        </List>
        <Anchor component={Link} to="/transparence" mt="sm" display="inline-block">
          {t('funding.commonFund.transparencyLink')}
        </Anchor>
      </section>
      <DonateSection title={t('funding.commonFund.formTitle')} />
    </Stack>
  );
}
