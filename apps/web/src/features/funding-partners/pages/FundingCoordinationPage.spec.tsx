import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type {
  FundingPartnersInitiativeFieldsFragment,
  FundingPartnersReconciliationQuery,
} from '../../../gql/graphql';
import { CLAIRE, MARIE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { parisToday } from '../../items/utils/format';
import { monthOf } from '../components/coordination/ReconciliationSection';
import {
  FUNDING_PARTNERS_APPROVE_INITIATIVE_MUTATION,
  FUNDING_PARTNERS_FUND_PAYMENTS_QUERY,
  FUNDING_PARTNERS_INITIATIVES_TO_REVIEW_QUERY,
  FUNDING_PARTNERS_PUBLISH_ROUND_MUTATION,
  FUNDING_PARTNERS_RECONCILIATION_QUERY,
  FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION,
  FUNDING_PARTNERS_REFUND_PAYMENT_MUTATION,
  FUNDING_PARTNERS_REJECT_INITIATIVE_MUTATION,
  FUNDING_PARTNERS_ROUND_PREVIEW_QUERY,
} from '../graphql/fundingPartnersOperations';
import {
  AGAIN,
  approvedInitiative,
  approvedInitiativesMock,
  type FundPayment,
  fundPayment,
  initiative,
  progress,
  roundPreview,
} from '../testing/fundingPartnersFixtures';
import { FundingCoordinationPage } from './FundingCoordinationPage';

type Mock = MockLink.MockedResponse;
type Reconciliation = FundingPartnersReconciliationQuery['fundingReconciliation'];

function renderPage(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <Routes>
      <Route path="/coordination/financement" element={<FundingCoordinationPage />} />
    </Routes>,
    { route: '/coordination/financement', mocks },
  );
}

function toReviewMock(answer: () => FundingPartnersInitiativeFieldsFragment[] = () => []): Mock {
  return {
    request: { query: FUNDING_PARTNERS_INITIATIVES_TO_REVIEW_QUERY },
    result: () => ({ data: { initiativesToReview: answer() } }),
    ...AGAIN,
  };
}

function paymentsMock(answer: () => FundPayment[] = () => []): Mock {
  return {
    request: { query: FUNDING_PARTNERS_FUND_PAYMENTS_QUERY },
    result: () => ({ data: { fundPayments: answer() } }),
    ...AGAIN,
  };
}

function reconciliation(overrides: Partial<Reconciliation> = {}): Reconciliation {
  return {
    __typename: 'Reconciliation',
    balanced: true,
    stripeCents: 0,
    ledgerCents: 0,
    days: [],
    exceptions: [],
    ...overrides,
  };
}

function reconciliationMock(
  input = monthOf(parisToday()),
  answer: () => Reconciliation = () => reconciliation(),
): Mock {
  return {
    request: { query: FUNDING_PARTNERS_RECONCILIATION_QUERY, variables: { input } },
    result: () => ({ data: { fundingReconciliation: answer() } }),
    ...AGAIN,
  };
}

/** What every section asks for when the page opens, quiet by default. */
function pageMocks(
  overrides: { toReview?: Mock; payments?: Mock; initiatives?: Mock; reconciliation?: Mock } = {},
) {
  return [
    viewerMock(CLAIRE),
    overrides.toReview ?? toReviewMock(),
    overrides.payments ?? paymentsMock(),
    overrides.initiatives ?? approvedInitiativesMock(),
    overrides.reconciliation ?? reconciliationMock(),
  ];
}

/** Cells of a row, header cell first, with spaces normalised (Intl uses narrow no-break spaces). */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' '));
}

function figure(container: HTMLElement, key: string): string {
  return (within(container).getByTestId(`figure-${key}`).textContent ?? '').replace(/\s/g, ' ');
}

describe('FundingCoordinationPage', () => {
  it('is for coordinators only', async () => {
    renderPage([viewerMock(MARIE)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Financement participatif' })).toBeTruthy();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Tour de répartition' })).toBeNull();
  });

  it('previews a round with a maximum share, is told it changed, computes it again and publishes it', async () => {
    const user = userEvent.setup();
    const changed = roundPreview({ fingerprint: 'fp-2', maxShareBps: 2500, matchedCents: 960_000 });
    const publishedRound = {
      __typename: 'FundingRound' as const,
      id: 'round-3',
      number: 3,
      matchedCents: 960_000,
      poolCents: 20_000,
      publishedAt: '2026-11-27T10:00:00.000Z',
    };
    let previews = 0;
    renderPage([
      ...pageMocks(),
      {
        request: { query: FUNDING_PARTNERS_ROUND_PREVIEW_QUERY, variables: { input: { maxShareBps: 2500 } } },
        result: () => {
          previews += 1;
          return {
            data: { fundingRoundPreview: previews === 1 ? roundPreview({ maxShareBps: 2500 }) : changed },
          };
        },
        ...AGAIN,
      },
      {
        request: {
          query: FUNDING_PARTNERS_PUBLISH_ROUND_MUTATION,
          variables: { input: { fingerprint: 'fp-1', maxShareBps: 2500 } },
        },
        result: apiError(
          'publishFundingRound',
          'Donations or pledges changed since the preview: preview the round again.',
          'CONFLICT',
        ),
      },
      {
        request: {
          query: FUNDING_PARTNERS_PUBLISH_ROUND_MUTATION,
          variables: { input: { fingerprint: 'fp-2', maxShareBps: 2500 } },
        },
        result: { data: { publishFundingRound: publishedRound } },
      },
    ]);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Tour de répartition' })).closest(
      'section',
    )!;
    expect(screen.getByRole('heading', { level: 2, name: 'Initiatives à valider' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Paiements reçus' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Versements aux associations' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Rapprochement Stripe' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir la page de transparence' }).getAttribute('href')).toBe(
      '/transparence',
    );

    const maxShare = within(section).getByRole('textbox', { name: /^Part maximale par initiative \(%\)/ });
    await user.type(maxShare, '150');
    await user.click(within(section).getByRole('button', { name: "Calculer l'aperçu" }));
    expect(
      await within(section).findByText('Indiquez un pourcentage entre 0,01 et 100, ou laissez vide.'),
    ).toBeTruthy();
    await user.clear(maxShare);
    await user.type(maxShare, '25');
    await user.click(within(section).getByRole('button', { name: "Calculer l'aperçu" }));

    const preview = await within(section).findByTestId('round-preview');
    expect(figure(preview, 'matchingAvailable')).toBe('Abondement disponible10 000,00 €');
    expect(figure(preview, 'poolAvailable')).toBe('Fonds commun disponible200,00 €');
    expect(figure(preview, 'matched')).toBe('Abondement réparti9 500,00 €');
    expect(figure(preview, 'poolAllocated')).toBe('Fonds commun réparti200,00 €');
    expect(figure(preview, 'unallocatedMatching')).toBe('Abondement non réparti500,00 €');
    expect(figure(preview, 'unallocatedPool')).toBe('Fonds commun non réparti0,00 €');
    expect(within(preview).getByText(/Part maximale par initiative : 25 %/)).toBeTruthy();
    const rows = within(preview).getAllByTestId('round-initiative');
    expect(cells(rows[0]!)).toEqual([
      'Ateliers de français du samedi',
      '14',
      '1 200,00 €',
      '1 234,57',
      '14 040,00 €',
      '8 000,00 €',
      '150,00 €',
    ]);
    expect(cells(rows[1]!)[0]).toBe('Vestiaire solidaire');

    // Publishing asks first.
    await user.click(within(section).getByRole('button', { name: 'Publier le tour' }));
    const confirm = within(section).getByRole('group', { name: 'Publier ce tour de répartition ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Confirmer la publication' }));

    // Something changed meanwhile: the stale preview is set aside and computed again on request.
    const alert = await within(section).findByRole('alert');
    expect(
      within(alert).getByText(
        "Des dons ou des engagements ont changé depuis l'aperçu : recalculez-le avant de publier.",
      ),
    ).toBeTruthy();
    expect(within(section).queryByTestId('round-preview')).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Publier le tour' })).toBeNull();
    await user.click(within(section).getByRole('button', { name: "Recalculer l'aperçu" }));
    expect(figure(await within(section).findByTestId('round-preview'), 'matched')).toBe(
      'Abondement réparti9 600,00 €',
    );
    expect(within(section).queryByRole('alert')).toBeNull();

    await user.click(within(section).getByRole('button', { name: 'Publier le tour' }));
    await user.click(within(section).getByRole('button', { name: 'Confirmer la publication' }));
    const published = await within(section).findByRole('status');
    expect(published.textContent?.replace(/\s/g, ' ')).toBe(
      "Tour n° 3 publié : 9 600,00 € d'abondement et 200,00 € du fonds commun attribués.",
    );
    expect(within(section).queryByTestId('round-preview')).toBeNull();
  });

  it('refunds part of a payment after confirming, and shows the refunded amount', async () => {
    const user = userEvent.setup();
    let payments = [
      fundPayment(),
      fundPayment({
        id: 'payment-2',
        amountCents: 2_000,
        frequency: 'MONTHLY',
        initiative: null,
        receiptNumber: 'R-2026-000002',
        paidAt: '2026-11-24T09:00:00.000Z',
      }),
    ];
    renderPage([
      ...pageMocks({ payments: paymentsMock(() => payments) }),
      {
        request: {
          query: FUNDING_PARTNERS_REFUND_PAYMENT_MUTATION,
          variables: { input: { paymentId: 'payment-1', amountCents: 1_250 } },
        },
        result: () => {
          payments = payments.map((payment) =>
            payment.id === 'payment-1' ? { ...payment, refundedCents: 1_250 } : payment,
          );
          return {
            data: {
              refundDonationPayment: {
                __typename: 'FundPayment',
                id: 'payment-1',
                amountCents: 5_000,
                refundedCents: 1_250,
              },
            },
          };
        },
      },
    ]);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Paiements reçus' })).closest(
      'section',
    )!;
    const rows = await within(section).findAllByTestId('fund-payment');
    expect(cells(rows[0]!)).toEqual([
      '25/11/2026 15:30',
      'Ateliers de français du samedi',
      'Ponctuel',
      '50,00 €',
      '0,00 €',
      'R-2026-000001',
      'Rembourser',
    ]);
    expect(cells(rows[1]!).slice(1, 3)).toEqual(['Fonds commun', 'Mensuel']);

    await user.click(
      within(section).getByRole('button', { name: 'Rembourser le paiement n° R-2026-000001' }),
    );
    const form = within(section).getByRole('form', { name: 'Rembourser le paiement n° R-2026-000001' });
    const amount = within(form).getByRole('textbox', { name: /^Montant à rembourser \(€, facultatif\)/ });
    expect(document.activeElement).toBe(amount);
    await user.type(amount, '60');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le remboursement' }));
    expect(
      (await within(form).findByText(/^C'est plus que ce qu'il reste à rembourser/)).textContent?.replace(
        /\s/g,
        ' ',
      ),
    ).toBe("C'est plus que ce qu'il reste à rembourser : 50,00 € au plus.");

    await user.clear(amount);
    await user.type(amount, '12,50');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le remboursement' }));
    const done = await within(section).findByRole('status');
    expect(done.textContent?.replace(/\s/g, ' ')).toBe(
      'Paiement n° R-2026-000001 : 12,50 € remboursés (12,50 € remboursés au total).',
    );
    expect(within(section).queryByRole('form')).toBeNull();
    const [refunded] = within(section).getAllByTestId('fund-payment');
    expect(cells(refunded!)[4]).toBe('12,50 €');
  });

  it('approves an initiative, and rejects another only with a reason', async () => {
    const user = userEvent.setup();
    let waiting = [
      initiative({ status: 'SUBMITTED' }),
      initiative({ id: 'initiative-2', title: 'Cuisine partagée', status: 'SUBMITTED' }),
    ];
    const decided = (id: string) => {
      waiting = waiting.filter((item) => item.id !== id);
    };
    renderPage([
      ...pageMocks({ toReview: toReviewMock(() => waiting) }),
      {
        request: {
          query: FUNDING_PARTNERS_APPROVE_INITIATIVE_MUTATION,
          variables: { input: { id: 'initiative-1' } },
        },
        result: () => {
          decided('initiative-1');
          return {
            data: { approveInitiative: { __typename: 'Initiative', id: 'initiative-1', status: 'APPROVED' } },
          };
        },
      },
      {
        request: {
          query: FUNDING_PARTNERS_REJECT_INITIATIVE_MUTATION,
          variables: { input: { id: 'initiative-2', reason: 'Le budget n’est pas détaillé.' } },
        },
        result: () => {
          decided('initiative-2');
          return {
            data: {
              rejectInitiative: {
                __typename: 'Initiative',
                id: 'initiative-2',
                status: 'REJECTED',
                rejectionReason: 'Le budget n’est pas détaillé.',
              },
            },
          };
        },
      },
    ]);

    const first = await screen.findByRole('article', { name: 'Ateliers de français du samedi' });
    expect(within(first).getByText('Proposée par Les Amis du 18e')).toBeTruthy();
    await user.click(
      within(first).getByRole('button', { name: 'Approuver « Ateliers de français du samedi »' }),
    );
    expect(
      await screen.findByText(
        'Initiative « Ateliers de français du samedi » approuvée : elle peut maintenant recevoir des dons.',
      ),
    ).toBeTruthy();

    const second = await screen.findByRole('article', { name: 'Cuisine partagée' });
    await user.click(within(second).getByRole('button', { name: 'Refuser « Cuisine partagée »' }));
    const form = within(second).getByRole('form', { name: 'Refuser « Cuisine partagée »' });
    await user.click(within(form).getByRole('button', { name: "Refuser l'initiative" }));
    expect(await within(form).findByText('Indiquez un motif.')).toBeTruthy();
    await user.type(
      within(form).getByRole('textbox', { name: /^Motif du refus/ }),
      'Le budget n’est pas détaillé.',
    );
    await user.click(within(form).getByRole('button', { name: "Refuser l'initiative" }));
    expect(await screen.findByText('Initiative « Cuisine partagée » refusée.')).toBeTruthy();
    expect(await screen.findByText("Aucune initiative n'attend de validation.")).toBeTruthy();
  });

  it('records a payout up to what the initiative holds, and reconciles Stripe for another period', async () => {
    const user = userEvent.setup();
    let balance = 105_000;
    renderPage([
      ...pageMocks({
        initiatives: approvedInitiativesMock(() => [
          approvedInitiative({ progress: progress({ balanceCents: balance }) }),
        ]),
        reconciliation: reconciliationMock(monthOf(parisToday()), () =>
          reconciliation({ stripeCents: 7_000, ledgerCents: 7_000 }),
        ),
      }),
      {
        request: {
          query: FUNDING_PARTNERS_RECORD_PAYOUT_MUTATION,
          variables: {
            input: { initiativeId: 'initiative-1', amountCents: 100_000, bankReference: 'VIR-2026-11-01' },
          },
        },
        result: () => {
          balance = 5_000;
          return {
            data: {
              recordPayout: {
                __typename: 'Payout',
                id: 'payout-1',
                amountCents: 100_000,
                bankReference: 'VIR-2026-11-01',
                initiativeId: 'initiative-1',
                createdAt: '2026-11-27T10:00:00.000Z',
              },
            },
          };
        },
      },
      reconciliationMock({ from: '2026-10-01', to: '2026-10-31' }, () =>
        reconciliation({
          balanced: false,
          stripeCents: 12_000,
          ledgerCents: 10_000,
          days: [
            {
              __typename: 'ReconciliationDay',
              day: '2026-10-12',
              stripeCents: 12_000,
              ledgerCents: 10_000,
              differenceCents: 2_000,
            },
          ],
          exceptions: [
            {
              __typename: 'StripeEventSummary',
              id: 'evt_123',
              type: 'checkout.session.completed',
              outcome: 'REJECTED',
              detail: 'The amount does not match the donation.',
              receivedAt: '2026-10-12T08:00:00.000Z',
            },
          ],
        }),
      ),
    ]);

    const payouts = (
      await screen.findByRole('heading', { level: 2, name: 'Versements aux associations' })
    ).closest('section')!;
    const select = within(payouts).getByRole('combobox', { name: /^Initiative/ });
    await within(select).findByRole('option', { name: /^Ateliers de français du samedi/ });
    await user.selectOptions(select, 'initiative-1');
    expect(within(payouts).getByTestId('payout-balance').textContent?.replace(/\s/g, ' ')).toBe(
      'Disponible pour un versement : 1 050,00 €',
    );
    const amount = within(payouts).getByRole('textbox', { name: /^Montant versé \(€\)/ });
    await user.type(amount, '1100');
    await user.type(
      within(payouts).getByRole('textbox', { name: /^Référence du virement/ }),
      'VIR-2026-11-01',
    );
    await user.click(within(payouts).getByRole('button', { name: 'Enregistrer le versement' }));
    expect(await within(payouts).findByText(/^C'est plus que ce que l'initiative détient/)).toBeTruthy();
    await user.clear(amount);
    await user.type(amount, '1000');
    await user.click(within(payouts).getByRole('button', { name: 'Enregistrer le versement' }));
    expect((await within(payouts).findByRole('status')).textContent?.replace(/\s/g, ' ')).toBe(
      'Versement de 1 000,00 € enregistré pour « Ateliers de français du samedi » (référence VIR-2026-11-01).',
    );

    const section = screen
      .getByRole('heading', { level: 2, name: 'Rapprochement Stripe' })
      .closest('section')!;
    expect((await within(section).findByTestId('reconciliation-status')).textContent).toBe('Équilibré');
    const { from, to } = monthOf(parisToday());
    expect((within(section).getByLabelText(/^Du/) as HTMLInputElement).value).toBe(from);
    expect((within(section).getByLabelText(/^Au/) as HTMLInputElement).value).toBe(to);
    await user.clear(within(section).getByLabelText(/^Du/));
    await user.type(within(section).getByLabelText(/^Du/), '2026-10-01');
    await user.clear(within(section).getByLabelText(/^Au/));
    await user.type(within(section).getByLabelText(/^Au/), '2026-10-31');
    await user.click(within(section).getByRole('button', { name: 'Rapprocher' }));

    await within(section).findByTestId('reconciliation-day');
    expect(within(section).getByTestId('reconciliation-status').textContent).toBe('Écart');
    expect(figure(section, 'difference')).toBe('Différence20,00 €');
    expect(cells(within(section).getByTestId('reconciliation-day'))).toEqual([
      '12 octobre 2026',
      '120,00 €',
      '100,00 €',
      '20,00 € (Écart)',
    ]);
    const exception = within(section).getByTestId('stripe-exception');
    expect(within(exception).getByText('checkout.session.completed')).toBeTruthy();
    expect(within(exception).getByText('Refusé')).toBeTruthy();
    expect(within(exception).getByText('The amount does not match the donation.')).toBeTruthy();
  });
});
