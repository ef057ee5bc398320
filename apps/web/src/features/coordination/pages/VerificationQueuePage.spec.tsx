import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';

import type { MockLink } from '@apollo/client/testing';
import type { OrganisationQueueQuery } from '../../../gql/graphql';
import { CLAIRE, viewerMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import type { RenderOptions } from '../../../testing/renderWithProviders';
import {
  ORGANISATION_QUEUE_QUERY,
  REJECT_ORGANISATION_MUTATION,
  VERIFY_ORGANISATION_MUTATION,
} from '../graphql/coordinationOperations';
import { VerificationQueuePage } from './VerificationQueuePage';

type Pending = OrganisationQueueQuery['organisationQueue'][number];

const AMIS: Pending = {
  __typename: 'Organisation',
  id: 'org-1',
  name: 'Les Amis du 18e',
  kind: 'ASSOCIATION',
  status: 'PENDING',
  rejectionReason: null,
  rna: 'W751234567',
  siret: null,
  districtCodes: ['75018', '75017'],
  contactEmail: 'contact@amis18.org',
  contactPhone: '01 23 45 67 89',
  createdAt: '2026-11-20T09:00:00.000Z',
};

const MECENE: Pending = {
  ...AMIS,
  id: 'org-2',
  name: 'Mécène Solidaire',
  kind: 'SPONSOR',
  rna: null,
  siret: '35600000000048',
  districtCodes: ['75011'],
  contactEmail: 'rse@mecene.fr',
  contactPhone: null,
  createdAt: '2026-11-22T09:00:00.000Z',
};

function queueMock(organisations: Pending[]): MockLink.MockedResponse<OrganisationQueueQuery> {
  return {
    request: { query: ORGANISATION_QUEUE_QUERY },
    result: { data: { organisationQueue: organisations } },
  };
}

function renderQueue(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <Routes>
      <Route path="/coordination/verifications" element={<VerificationQueuePage />} />
      <Route path="/connexion" element={<p>sign-in page</p>} />
    </Routes>,
    { route: '/coordination/verifications', mocks },
  );
}

describe('VerificationQueuePage', () => {
  it('lists the pending organisations, oldest first, with their details', async () => {
    // The API's order is not trusted: the newest comes first here.
    renderQueue([viewerMock(CLAIRE), queueMock([MECENE, AMIS])]);

    const cards = await screen.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Les Amis du 18e',
      'Mécène Solidaire',
    ]);
    const [first] = cards as [HTMLElement];
    expect(within(first).getByText('W751234567')).toBeTruthy();
    expect(within(first).getByText('17e, 18e')).toBeTruthy();
    expect(within(first).getByText('contact@amis18.org')).toBeTruthy();
  });

  it('verifies an organisation, then shows the queue without it', async () => {
    const user = userEvent.setup();
    renderQueue([
      viewerMock(CLAIRE),
      queueMock([AMIS, MECENE]),
      {
        request: { query: VERIFY_ORGANISATION_MUTATION, variables: { input: { organisationId: 'org-1' } } },
        result: {
          data: {
            verifyOrganisation: {
              __typename: 'DecideOrganisationPayload',
              organisation: { __typename: 'Organisation', id: 'org-1', status: 'VERIFIED' },
            },
          },
        },
      },
      queueMock([MECENE]),
    ]);

    const card = await screen.findByRole('article', { name: 'Les Amis du 18e' });
    await user.click(within(card).getByRole('button', { name: 'Vérifier' }));

    expect((await screen.findByRole('status')).textContent).toBe('« Les Amis du 18e » est vérifiée.');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Les Amis du 18e' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Mécène Solidaire' })).toBeTruthy();
  });

  it('requires a reason to reject, then rejects and refreshes the queue', async () => {
    const user = userEvent.setup();
    renderQueue([
      viewerMock(CLAIRE),
      queueMock([AMIS, MECENE]),
      {
        request: {
          query: REJECT_ORGANISATION_MUTATION,
          variables: { input: { organisationId: 'org-2', reason: 'SIRET sans rapport avec le nom.' } },
        },
        result: {
          data: {
            rejectOrganisation: {
              __typename: 'DecideOrganisationPayload',
              organisation: {
                __typename: 'Organisation',
                id: 'org-2',
                status: 'REJECTED',
                rejectionReason: 'SIRET sans rapport avec le nom.',
              },
            },
          },
        },
      },
      queueMock([AMIS]),
    ]);

    const card = await screen.findByRole('article', { name: 'Mécène Solidaire' });
    await user.click(within(card).getByRole('button', { name: 'Refuser' }));
    const form = within(card).getByRole('form', { name: 'Refuser Mécène Solidaire' });
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    const reason = within(form).getByRole('textbox', { name: /^Motif du refus/ });
    expect(within(form).getByText('Indiquez le motif du refus.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(screen.queryByRole('status')).toBeNull();

    await user.type(reason, 'SIRET sans rapport avec le nom.');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le refus' }));

    expect((await screen.findByRole('status')).textContent).toBe('« Mécène Solidaire » est refusée.');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Mécène Solidaire' })).toBeNull());
    expect(screen.getByRole('article', { name: 'Les Amis du 18e' })).toBeTruthy();
  });

  it('tells a citizen the page is not for them, without asking for the queue', async () => {
    renderQueue([viewerMock()]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Cette page est réservée aux coordinateurs de la Ville.');
    expect(screen.getByRole('heading', { level: 1, name: 'Vérification des organisations' })).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('sends signed-out visitors to sign in', async () => {
    renderQueue([viewerMock(null)]);

    expect(await screen.findByText('sign-in page')).toBeTruthy();
  });
});
