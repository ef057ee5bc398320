import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import {
  FUNDING_PARTNERS_FUND_INITIATIVE_MUTATION,
  FUNDING_PARTNERS_PLEDGE_MUTATION,
  FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION,
  FUNDING_PARTNERS_SPONSOR_OVERVIEW_QUERY,
} from '../graphql/fundingPartnersOperations';
import {
  AGAIN,
  approvedInitiative,
  approvedInitiativesMock,
  contactRequest,
  FONDATION,
  memberOf,
  progress,
  type SponsorOverview,
  sponsorOverview,
} from '../testing/fundingPartnersFixtures';
import { SponsorPage } from './SponsorPage';

type Mock = MockLink.MockedResponse;

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-2/mecenat') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
      <Route path="/organisations/:id/mecenat" element={<SponsorPage />} />
    </Routes>,
    { route, mocks },
  );
}

function overviewMock(answer: () => SponsorOverview): Mock {
  return {
    request: { query: FUNDING_PARTNERS_SPONSOR_OVERVIEW_QUERY, variables: { organisationId: 'org-2' } },
    result: () => ({ data: { sponsorOverview: answer() } }),
    ...AGAIN,
  };
}

const PLEDGE_INPUT = {
  organisationId: 'org-2',
  amountCents: 1_000_000,
  periodStart: '2099-01-01',
  periodEnd: '2099-12-31',
  districtCodes: ['75018', '75019'],
  initiativeKinds: ['LANGUAGE'],
};

/** Cells of a row, header cell first, with spaces normalised (Intl uses narrow no-break spaces). */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s/g, ' '));
}

describe('SponsorPage', () => {
  it('is reached from the organisation page, and pledges €10,000 in cents for a period and restrictions', async () => {
    const user = userEvent.setup();
    let overview = sponsorOverview();
    renderPage(
      [
        viewerMock(memberOf(FONDATION)),
        {
          request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-2' } },
          result: { data: { organisationMembers: [] } },
          ...AGAIN,
        },
        overviewMock(() => overview),
        approvedInitiativesMock(),
        {
          request: { query: FUNDING_PARTNERS_PLEDGE_MUTATION, variables: { input: PLEDGE_INPUT } },
          result: () => {
            overview = sponsorOverview({
              committedCents: 1_000_000,
              pledges: [
                {
                  __typename: 'SponsorPledge',
                  id: 'pledge-1',
                  amountCents: 1_000_000,
                  usedCents: 0,
                  availableCents: 1_000_000,
                  periodStart: PLEDGE_INPUT.periodStart,
                  periodEnd: PLEDGE_INPUT.periodEnd,
                  districtCodes: PLEDGE_INPUT.districtCodes,
                  initiativeKinds: ['LANGUAGE'],
                  createdAt: '2026-11-27T10:00:00.000Z',
                },
              ],
            });
            return {
              data: {
                pledgeMatchingFund: { __typename: 'SponsorPledge', id: 'pledge-1', amountCents: 1_000_000 },
              },
            };
          },
        },
      ],
      '/organisations/org-2',
    );

    // Sponsors see "Mécénat", not the associations' pages.
    expect(await screen.findByRole('heading', { level: 1, name: 'Fondation Entraide' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Initiatives et financement' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Mécénat' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mécénat – Fondation Entraide' }),
    ).toBeTruthy();
    expect((await screen.findByTestId('figure-committed')).textContent?.replace(/\s/g, ' ')).toBe(
      'Engagé0,00 €',
    );
    expect(screen.getByText("Vous n'avez engagé aucun fonds d'abondement pour le moment.")).toBeTruthy();

    const form = screen.getByRole('form', { name: "Engager un fonds d'abondement" });
    const amount = within(form).getByRole('textbox', { name: /^Montant \(€\)/ });
    await user.type(amount, '50');
    await user.click(within(form).getByRole('button', { name: 'Engager le fonds' }));
    expect(
      await within(form).findByText('Le montant doit être compris entre 100 € et 10 000 000 €.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(amount);

    await user.clear(amount);
    await user.type(amount, '10 000');
    fireEvent.change(within(form).getByLabelText(/^Début de la période/), {
      target: { value: '2099-01-01' },
    });
    fireEvent.change(within(form).getByLabelText(/^Fin de la période/), { target: { value: '2099-12-31' } });
    const districts = within(form).getByRole('group', { name: 'Arrondissements (facultatif)' });
    await user.click(within(districts).getByRole('checkbox', { name: /^19e arrondissement/ }));
    await user.click(within(districts).getByRole('checkbox', { name: /^18e arrondissement/ }));
    const kinds = within(form).getByRole('group', { name: "Types d'initiative (facultatif)" });
    await user.click(within(kinds).getByRole('checkbox', { name: 'Apprentissage du français' }));
    await user.click(within(form).getByRole('button', { name: 'Engager le fonds' }));

    expect(await screen.findByText("Fonds d'abondement de 10 000,00 € engagé.")).toBeTruthy();
    const row = await screen.findByTestId('pledge');
    expect(cells(row)).toEqual([
      'du 1 janvier 2099 au 31 décembre 2099',
      '10 000,00 €',
      '0,00 €',
      '10 000,00 €',
      'Arrondissements : 18e arrondissement – Buttes-Montmartre, 19e arrondissement – Buttes-ChaumontTypes : Apprentissage du français',
    ]);
    expect(screen.getByTestId('figure-committed').textContent?.replace(/\s/g, ' ')).toBe('Engagé10 000,00 €');
    expect((amount as HTMLInputElement).value).toBe('');
  });

  it('funds an initiative directly, never above what it still needs, and asks to meet its team', async () => {
    const user = userEvent.setup();
    let overview = sponsorOverview();
    const title = 'Ateliers de français du samedi';
    renderPage([
      viewerMock(memberOf(FONDATION)),
      overviewMock(() => overview),
      approvedInitiativesMock(() => [
        approvedInitiative({ progress: progress({ remainingCents: 295_000 }) }),
      ]),
      {
        request: {
          query: FUNDING_PARTNERS_FUND_INITIATIVE_MUTATION,
          variables: {
            input: {
              organisationId: 'org-2',
              initiativeId: 'initiative-1',
              amountCents: 150_000,
              note: 'Manuels',
            },
          },
        },
        result: () => {
          overview = sponsorOverview({
            committedCents: 150_000,
            usedCents: 150_000,
            grants: [
              {
                __typename: 'SponsorGrant',
                id: 'grant-1',
                amountCents: 150_000,
                note: 'Manuels',
                createdAt: '2026-11-27T10:00:00.000Z',
                initiative: { __typename: 'DonationTarget', id: 'initiative-1', title },
              },
            ],
          });
          return {
            data: {
              fundInitiative: {
                __typename: 'SponsorGrant',
                id: 'grant-1',
                amountCents: 150_000,
                initiative: { __typename: 'DonationTarget', id: 'initiative-1', title },
              },
            },
          };
        },
      },
      {
        request: {
          query: FUNDING_PARTNERS_REQUEST_CONTACT_MUTATION,
          variables: {
            input: {
              organisationId: 'org-2',
              initiativeId: 'initiative-1',
              message: 'Nous aimerions financer des manuels pour vos ateliers.',
            },
          },
        },
        result: apiError(
          'requestInitiativeContact',
          'A request to this initiative is already open.',
          'CONFLICT',
        ),
      },
    ]);

    const grantForm = await screen.findByRole('form', { name: 'Financer directement une initiative' });
    const select = within(grantForm).getByRole('combobox', { name: /^Initiative/ });
    const option = await within(select).findByRole('option', { name: /^Ateliers de français du samedi/ });
    expect(option.textContent?.replace(/\s/g, ' ')).toBe(
      `${title} – Les Amis du 18e (reste à financer : 2 950,00 €)`,
    );
    await user.selectOptions(select, 'initiative-1');
    const amount = within(grantForm).getByRole('textbox', { name: /^Montant \(€\)/ });
    await user.type(amount, '3000');
    await user.click(within(grantForm).getByRole('button', { name: "Financer l'initiative" }));
    expect(
      (await within(grantForm).findByText(/^C'est plus que ce qu'il reste à financer/)).textContent?.replace(
        /\s/g,
        ' ',
      ),
    ).toBe("C'est plus que ce qu'il reste à financer : 2 950,00 € au plus.");

    await user.clear(amount);
    await user.type(amount, '1500');
    await user.type(within(grantForm).getByRole('textbox', { name: 'Note (facultatif)' }), 'Manuels');
    await user.click(within(grantForm).getByRole('button', { name: "Financer l'initiative" }));
    expect((await screen.findByText(/^Financement de 1/)).textContent?.replace(/\s/g, ' ')).toBe(
      `Financement de 1 500,00 € attribué à « ${title} ».`,
    );
    const grant = await screen.findByTestId('grant');
    expect(grant.textContent?.replace(/\s/g, ' ')).toContain(`1 500,00 € pour « ${title} »`);

    const contactForm = screen.getByRole('form', { name: 'Demander une mise en relation' });
    await user.click(within(contactForm).getByRole('button', { name: 'Envoyer la demande' }));
    expect(await within(contactForm).findByText('Choisissez une initiative.')).toBeTruthy();
    expect(within(contactForm).getByText("Écrivez un message d'au moins 10 caractères.")).toBeTruthy();
    await user.selectOptions(
      within(contactForm).getByRole('combobox', { name: /^Initiative/ }),
      'initiative-1',
    );
    await user.type(
      within(contactForm).getByRole('textbox', { name: /^Message/ }),
      'Nous aimerions financer des manuels pour vos ateliers.',
    );
    await user.click(within(contactForm).getByRole('button', { name: 'Envoyer la demande' }));
    const alert = await within(contactForm).findByRole('alert');
    expect(within(alert).getByText('Cela a changé entre-temps.')).toBeTruthy();
    expect(within(alert).getByText('A request to this initiative is already open.')).toBeTruthy();
  });

  it('lists the contact requests with their status, and the association’s email once accepted', async () => {
    renderPage([
      viewerMock(memberOf(FONDATION)),
      overviewMock(() =>
        sponsorOverview({
          contactRequests: [
            contactRequest({ status: 'ACCEPTED', initiativeContactEmail: 'contact@amis18.org' }),
            contactRequest({
              id: 'contact-2',
              status: 'DECLINED',
              declineReason: 'Déjà financé.',
              initiative: { __typename: 'DonationTarget', id: 'initiative-2', title: 'Vestiaire solidaire' },
            }),
          ],
        }),
      ),
      approvedInitiativesMock(),
    ]);

    const [accepted, declined] = await screen.findAllByTestId('sponsor-contact-request');
    expect(within(accepted!).getByText('Acceptée')).toBeTruthy();
    expect(within(accepted!).getByRole('link', { name: 'contact@amis18.org' }).getAttribute('href')).toBe(
      'mailto:contact@amis18.org',
    );
    expect(within(declined!).getByText('Refusée')).toBeTruthy();
    expect(within(declined!).getByText('Motif du refus : Déjà financé.')).toBeTruthy();
    expect(within(declined!).queryByRole('link')).toBeNull();
  });
});
