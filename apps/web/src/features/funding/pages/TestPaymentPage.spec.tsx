import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import type { TestPaymentOutcome } from '../../../gql/graphql';
import { FUNDING_COMPLETE_TEST_PAYMENT_MUTATION } from '../graphql/fundingOperations';
import { donation, testCheckout, testCheckoutMock } from '../testing/fundingFixtures';
import { plain } from '../testing/text';
import { TestPaymentPage } from './TestPaymentPage';

function Where() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{`${pathname}${search}`}</p>;
}

function renderTestPayment(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <Routes>
      <Route path="/paiement-test/:sessionId" element={<TestPaymentPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route: '/paiement-test/cs_test_1', mocks },
  );
}

function completeMock(outcome: TestPaymentOutcome) {
  return {
    request: {
      query: FUNDING_COMPLETE_TEST_PAYMENT_MUTATION,
      variables: { input: { checkoutSessionId: 'cs_test_1', outcome } },
    },
    result: {
      data: {
        completeTestPayment: donation({
          frequency: 'MONTHLY',
          amountCents: 1_250,
          status: outcome === 'SUCCEED' ? 'ACTIVE' : 'FAILED',
          payments: [],
        }),
      },
    },
  };
}

describe('TestPaymentPage', () => {
  it('is clearly a test, sums the donation up, and pays it', async () => {
    const user = userEvent.setup();
    renderTestPayment([viewerMock(), testCheckoutMock(), completeMock('SUCCEED')]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Paiement de test' })).toBeTruthy();
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain("Paiement de test — aucune somme n'est prélevée");
    const summary = await screen.findByRole('region', { name: 'Votre don' });
    expect(plain(within(summary).getByTestId('test-payment-amount'))).toBe('Montant12,50 €');
    expect(within(summary).getByTestId('test-payment-frequency').textContent).toBe('FréquenceChaque mois');
    expect(within(summary).getByTestId('test-payment-target').textContent).toBe(
      'BénéficiaireCours de français au 18e',
    );

    await user.click(screen.getByRole('button', { name: 'Payer (paiement de test)' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/mes-soutiens?donation=donation-1');
  });

  it('simulates a failure', async () => {
    const user = userEvent.setup();
    renderTestPayment([
      viewerMock(),
      testCheckoutMock(testCheckout({ initiativeTitle: null, frequency: 'ONE_OFF' })),
      completeMock('FAIL'),
    ]);

    const summary = await screen.findByRole('region', { name: 'Votre don' });
    expect(within(summary).getByTestId('test-payment-target').textContent).toBe('BénéficiaireFonds commun');
    expect(within(summary).getByTestId('test-payment-frequency').textContent).toBe('FréquenceUne fois');
    await user.click(screen.getByRole('button', { name: 'Simuler un échec' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/mes-soutiens?donation=donation-1');
  });

  it('says when the checkout was already completed', async () => {
    renderTestPayment([viewerMock(), testCheckoutMock(testCheckout({ status: 'PAID' }))]);

    expect(await screen.findByText('Ce paiement a déjà été traité.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir mes soutiens' }).getAttribute('href')).toBe(
      '/mes-soutiens?donation=donation-1',
    );
    expect(screen.queryByRole('button', { name: 'Payer (paiement de test)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Simuler un échec' })).toBeNull();
  });

  it('sends signed-out visitors to sign in, then back here', async () => {
    renderTestPayment([viewerMock(null)]);

    expect((await screen.findByTestId('location')).textContent).toBe(
      '/connexion?retour=%2Fpaiement-test%2Fcs_test_1',
    );
  });
});
