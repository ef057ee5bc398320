import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type {
  FundingPartnersContactRequestFieldsFragment,
  FundingPartnersInitiativeFieldsFragment,
} from '../../../gql/graphql';
import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import { apiError } from '../../items/testing/itemsFixtures';
import { ORGANISATION_MEMBERS_QUERY } from '../../organisations/graphql/organisationOperations';
import { OrganisationPage } from '../../organisations/pages/OrganisationPage';
import {
  FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION,
  FUNDING_PARTNERS_INITIATIVE_CONTACT_REQUESTS_QUERY,
  FUNDING_PARTNERS_ORGANISATION_INITIATIVES_QUERY,
  FUNDING_PARTNERS_SUBMIT_INITIATIVE_MUTATION,
} from '../graphql/fundingPartnersOperations';
import { AGAIN, AMIS, contactRequest, initiative, memberOf } from '../testing/fundingPartnersFixtures';
import { AssociationInitiativesPage } from './AssociationInitiativesPage';

type Mock = MockLink.MockedResponse;

function renderPage(mocks: RenderOptions['mocks'], route = '/organisations/org-1/initiatives') {
  return renderWithProviders(
    <Routes>
      <Route path="/organisations/:id" element={<OrganisationPage />} />
      <Route path="/organisations/:id/initiatives" element={<AssociationInitiativesPage />} />
    </Routes>,
    { route, mocks },
  );
}

const membersMock: Mock = {
  request: { query: ORGANISATION_MEMBERS_QUERY, variables: { organisationId: 'org-1' } },
  result: { data: { organisationMembers: [] } },
  ...AGAIN,
};

/** The association's initiatives, as the API lists them each time it is asked. */
function initiativesMock(answer: () => FundingPartnersInitiativeFieldsFragment[]): Mock {
  return {
    request: {
      query: FUNDING_PARTNERS_ORGANISATION_INITIATIVES_QUERY,
      variables: { organisationId: 'org-1' },
    },
    result: () => ({ data: { organisationInitiatives: answer() } }),
    ...AGAIN,
  };
}

function contactRequestsMock(
  initiativeId: string,
  answer: () => FundingPartnersContactRequestFieldsFragment[] = () => [],
): Mock {
  return {
    request: { query: FUNDING_PARTNERS_INITIATIVE_CONTACT_REQUESTS_QUERY, variables: { initiativeId } },
    result: () => ({ data: { initiativeContactRequests: answer() } }),
    ...AGAIN,
  };
}

const SUBMIT_INPUT = {
  organisationId: 'org-1',
  title: 'Vestiaire solidaire d’hiver',
  description: 'Collecter et distribuer des manteaux chauds aux familles accueillies dans le 18e.',
  kind: 'WELCOME',
  districtCodes: ['75017', '75018'],
  budgetCents: 250_050,
  deadline: '2099-03-31',
  collectiveName: 'Collectif Goutte-d’Or',
};

describe('AssociationInitiativesPage', () => {
  it('is reached from the organisation page, checks the form, and sends the budget in cents', async () => {
    const user = userEvent.setup();
    let initiatives: FundingPartnersInitiativeFieldsFragment[] = [];
    const submitted = initiative({
      id: 'initiative-new',
      title: SUBMIT_INPUT.title,
      description: SUBMIT_INPUT.description,
      kind: 'WELCOME',
      districtCodes: SUBMIT_INPUT.districtCodes,
      budgetCents: SUBMIT_INPUT.budgetCents,
      deadline: SUBMIT_INPUT.deadline,
      collectiveName: SUBMIT_INPUT.collectiveName,
      status: 'SUBMITTED',
    });
    renderPage(
      [
        viewerMock(memberOf(AMIS)),
        membersMock,
        initiativesMock(() => initiatives),
        {
          request: { query: FUNDING_PARTNERS_SUBMIT_INITIATIVE_MUTATION, variables: { input: SUBMIT_INPUT } },
          result: () => {
            initiatives = [submitted];
            return { data: { submitInitiative: submitted } };
          },
        },
      ],
      '/organisations/org-1',
    );

    await user.click(await screen.findByRole('link', { name: 'Initiatives et financement' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Initiatives et financement – Les Amis du 18e' }),
    ).toBeTruthy();
    expect(
      await screen.findByText("Votre association n'a proposé aucune initiative pour le moment."),
    ).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Proposer une initiative' });
    // Checked here before asking the API; the focus goes to the first field in error.
    await user.click(within(form).getByRole('button', { name: "Proposer l'initiative" }));
    expect(await within(form).findByText("Donnez un titre d'au moins 3 caractères.")).toBeTruthy();
    expect(within(form).getByText('Cochez au moins un arrondissement.')).toBeTruthy();
    expect(
      within(form).getByText('Indiquez un montant en euros, par exemple 2 500 ou 2 500,50.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: /^Titre/ }));

    await user.type(within(form).getByRole('textbox', { name: /^Titre/ }), SUBMIT_INPUT.title);
    await user.click(within(form).getByRole('textbox', { name: /^Description/ }));
    await user.paste(SUBMIT_INPUT.description);
    await user.selectOptions(within(form).getByRole('combobox', { name: "Type d'initiative" }), 'Accueil');
    await user.click(within(form).getByRole('checkbox', { name: /^18e arrondissement/ }));
    await user.click(within(form).getByRole('checkbox', { name: /^17e arrondissement/ }));
    const budget = within(form).getByRole('textbox', { name: /^Budget \(€\)/ });
    await user.type(budget, '99');
    fireEvent.change(within(form).getByLabelText(/^Date limite de la collecte/), {
      target: { value: SUBMIT_INPUT.deadline },
    });
    await user.type(
      within(form).getByRole('textbox', { name: 'Collectif citoyen porteur (facultatif)' }),
      SUBMIT_INPUT.collectiveName,
    );
    await user.click(within(form).getByRole('button', { name: "Proposer l'initiative" }));
    expect(
      await within(form).findByText('Le budget doit être compris entre 100 € et 1 000 000 €.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(budget);

    // Euros and cents typed the French way are sent as an exact number of cents.
    await user.clear(budget);
    await user.type(budget, '2 500,50');
    await user.click(within(form).getByRole('button', { name: "Proposer l'initiative" }));

    expect(
      await screen.findByText(
        "Initiative « Vestiaire solidaire d’hiver » proposée : un coordinateur de la Ville va l'examiner.",
      ),
    ).toBeTruthy();
    const card = await screen.findByRole('article', { name: SUBMIT_INPUT.title });
    expect(within(card).getByTestId('initiative-status').textContent).toBe('En attente de validation');
    expect(within(card).getByText('Collectif Goutte-d’Or')).toBeTruthy();
    // Cleared for the next one.
    expect((within(form).getByRole('textbox', { name: /^Titre/ }) as HTMLInputElement).value).toBe('');
  });

  it('shows each initiative with its status, the reason of a refusal and what it raised', async () => {
    renderPage([
      viewerMock(memberOf(AMIS)),
      initiativesMock(() => [
        initiative(),
        initiative({
          id: 'initiative-2',
          title: 'Cuisine partagée',
          status: 'REJECTED',
          rejectionReason: 'Le budget n’est pas détaillé.',
          createdAt: '2026-11-02T09:00:00.000Z',
        }),
      ]),
      contactRequestsMock('initiative-1'),
    ]);

    const approved = await screen.findByRole('article', { name: 'Ateliers de français du samedi' });
    expect(within(approved).getByTestId('initiative-status').textContent).toBe('Validée');
    const text = (testId: string) => within(approved).getByTestId(testId).textContent?.replace(/\s/g, ' ');
    expect(text('initiative-covered')).toBe('41 % du budget de 5 000,00 € couvert');
    expect(text('figure-raised')).toBe('Dons reçus1 200,00 €');
    expect(text('figure-matched')).toBe('Abondement des mécènes300,00 €');
    expect(text('figure-pool')).toBe('Fonds commun50,00 €');
    expect(text('figure-sponsored')).toBe('Financement direct des mécènes500,00 €');
    expect(text('figure-paidOut')).toBe('Déjà versé1 000,00 €');
    expect(text('figure-remaining')).toBe('Reste à financer2 950,00 €');
    expect(text('figure-donors')).toBe('Donateurs14');
    expect(within(approved).getByRole('link', { name: 'Voir la page publique' }).getAttribute('href')).toBe(
      '/initiatives/initiative-1',
    );
    expect(
      await within(approved).findByText("Aucun mécène n'a demandé à rencontrer l'équipe pour le moment."),
    ).toBeTruthy();

    const rejected = screen.getByRole('article', { name: 'Cuisine partagée' });
    expect(within(rejected).getByTestId('initiative-status').textContent).toBe('Refusée');
    expect(within(rejected).getByText('Initiative refusée : Le budget n’est pas détaillé.')).toBeTruthy();
    expect(within(rejected).queryByRole('link', { name: 'Voir la page publique' })).toBeNull();
  });

  it('declines a contact request only with a reason, and shows the sponsor’s email once accepted', async () => {
    const user = userEvent.setup();
    let requests = [
      contactRequest(),
      contactRequest({
        id: 'contact-2',
        sponsor: { __typename: 'FundingOrganisation', id: 'org-3', name: 'Mécènes du Nord' },
        message: 'Pouvons-nous visiter un atelier ?',
      }),
    ];
    const answered = (id: string, changes: Partial<FundingPartnersContactRequestFieldsFragment>) => {
      requests = requests.map((request) => (request.id === id ? { ...request, ...changes } : request));
      return requests.find((request) => request.id === id)!;
    };
    renderPage([
      viewerMock(memberOf(AMIS)),
      initiativesMock(() => [initiative()]),
      contactRequestsMock('initiative-1', () => requests),
      {
        request: {
          query: FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION,
          variables: {
            input: { id: 'contact-1', accept: false, reason: 'Nous avons déjà un financeur pour cela.' },
          },
        },
        result: () => ({
          data: {
            answerContactRequest: answered('contact-1', {
              status: 'DECLINED',
              declineReason: 'Nous avons déjà un financeur pour cela.',
              decidedAt: '2026-11-27T10:00:00.000Z',
            }),
          },
        }),
      },
      {
        request: {
          query: FUNDING_PARTNERS_ANSWER_CONTACT_REQUEST_MUTATION,
          variables: { input: { id: 'contact-2', accept: true } },
        },
        result: () => ({
          data: {
            answerContactRequest: answered('contact-2', {
              status: 'ACCEPTED',
              sponsorContactEmail: 'contact@mecenes-nord.example',
              decidedAt: '2026-11-27T10:00:00.000Z',
            }),
          },
        }),
      },
    ]);

    const card = await screen.findByRole('article', { name: 'Ateliers de français du samedi' });
    const first = await within(card).findByRole('listitem', { name: 'Demande de Fondation Entraide' });
    expect(within(first).getByText('En attente de réponse')).toBeTruthy();
    await user.click(within(first).getByRole('button', { name: 'Refuser la demande de Fondation Entraide' }));
    const declineForm = within(first).getByRole('form', { name: 'Refuser la demande de Fondation Entraide' });
    const reason = within(declineForm).getByRole('textbox', { name: /^Motif du refus/ });
    expect(document.activeElement).toBe(reason);
    // Blank: refused here, nothing is sent.
    await user.click(within(declineForm).getByRole('button', { name: 'Refuser la demande' }));
    expect(await within(declineForm).findByText('Indiquez un motif.')).toBeTruthy();

    await user.type(reason, 'Nous avons déjà un financeur pour cela.');
    await user.click(within(declineForm).getByRole('button', { name: 'Refuser la demande' }));
    expect(await within(card).findByText('Demande de Fondation Entraide refusée.')).toBeTruthy();
    expect(
      await within(first).findByText('Motif du refus : Nous avons déjà un financeur pour cela.'),
    ).toBeTruthy();
    expect(within(first).getByText('Refusée')).toBeTruthy();
    expect(within(first).queryByRole('button', { name: /Accepter/ })).toBeNull();

    const second = within(card).getByRole('listitem', { name: 'Demande de Mécènes du Nord' });
    await user.click(within(second).getByRole('button', { name: 'Accepter la demande de Mécènes du Nord' }));
    expect(
      await within(card).findByText(
        'Demande de Mécènes du Nord acceptée : vous pouvez maintenant vous écrire.',
      ),
    ).toBeTruthy();
    const email = await within(second).findByRole('link', { name: 'contact@mecenes-nord.example' });
    expect(email.getAttribute('href')).toBe('mailto:contact@mecenes-nord.example');
    expect(within(second).getByText('Acceptée')).toBeTruthy();
  });

  it('shows the API’s refusal when the association is not verified yet', async () => {
    const pending = { ...AMIS, status: 'PENDING' as const };
    renderPage([
      viewerMock(memberOf(pending)),
      {
        request: {
          query: FUNDING_PARTNERS_ORGANISATION_INITIATIVES_QUERY,
          variables: { organisationId: 'org-1' },
        },
        result: apiError(
          'organisationInitiatives',
          'Your organisation must be verified by a coordinator first.',
          'FORBIDDEN',
        ),
        ...AGAIN,
      },
    ]);

    expect(
      await screen.findByText(
        'Votre association doit être vérifiée par un coordinateur de la Ville avant de pouvoir proposer une initiative.',
      ),
    ).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Vous n'avez pas le droit de faire cela.")).toBeTruthy();
    expect(
      within(alert).getByText('Your organisation must be verified by a coordinator first.'),
    ).toBeTruthy();
  });
});
