import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CoordinatorOnly } from '../../coordination/components/CoordinatorOnly';
import { PaymentsSection } from '../components/coordination/PaymentsSection';
import { PayoutSection } from '../components/coordination/PayoutSection';
import { ReconciliationSection } from '../components/coordination/ReconciliationSection';
import { ReviewSection } from '../components/coordination/ReviewSection';
import { RoundSection } from '../components/coordination/RoundSection';

/**
 * `/coordination/financement`: participatory funding for coordinators — validate initiatives, preview and
 * publish the funding rounds, refund payments, record payouts to associations and reconcile Stripe.
 */
export function FundingCoordinationPage() {
  const { t } = useTranslation();
  const title = t('fundingPartners.coordination.title');
  return (
    <CoordinatorOnly title={title}>
      <Stack gap="xl">
        <title>{t('app.pageTitle', { title })}</title>
        <Stack gap="xs">
          <Title order={1}>{title}</Title>
          <Text c="gray.7">{t('fundingPartners.coordination.intro')}</Text>
          <Anchor component={Link} to="/transparence">
            {t('fundingPartners.transparencyLink')}
          </Anchor>
        </Stack>
        <ReviewSection />
        <RoundSection />
        <PaymentsSection />
        <PayoutSection />
        <ReconciliationSection />
      </Stack>
    </CoordinatorOnly>
  );
}
