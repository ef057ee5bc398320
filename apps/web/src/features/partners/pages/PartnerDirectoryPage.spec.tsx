import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { viewerMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import {
  AMIS_ENTRY,
  apiError,
  always,
  COORDINATOR,
  directoryForbiddenMock,
  directoryMock,
  partner,
  TOIT_ENTRY,
} from '../testing/partnerFixtures';
import { PARTNER_DIRECTORY_QUERY } from '../graphql/partnerOperations';
import { PartnerDirectoryPage } from './PartnerDirectoryPage';

function renderPage(mocks: RenderOptions['mocks'], route = '/partenaires') {
  return renderWithProviders(<PartnerDirectoryPage />, { route, mocks });
}

function names() {
  return screen
    .getAllByTestId('partner')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);
}

describe('PartnerDirectoryPage', () => {
  it('lists the verified partners: what they do, where, and how to reach them', async () => {
    renderPage([viewerMock(partner()), directoryMock({}, [AMIS_ENTRY, TOIT_ENTRY])]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Annuaire des partenaires' })).toBeTruthy();
    const amis = await screen.findByRole('article', { name: 'Les Amis du 18e' });
    expect(screen.getByTestId('partners-count').textContent).toBe('2 partenaires');
    expect(within(amis).getByTestId('partner-kind').textContent).toBe('Association');
    expect(within(amis).getByTestId('partner-description').textContent).toBe(
      'Vestiaire solidaire et cours de français.',
    );
    expect(within(amis).getByTestId('partner-districts').textContent).toBe('18e, 19e');
    expect(
      within(amis)
        .getByRole('link', { name: 'Écrire à Les Amis du 18e : contact@amis18.fr' })
        .getAttribute('href'),
    ).toBe('mailto:contact@amis18.fr');
    expect(
      within(amis)
        .getByRole('link', { name: 'Appeler Les Amis du 18e : 01 42 00 00 00' })
        .getAttribute('href'),
    ).toBe('tel:0142000000');

    const toit = screen.getByRole('article', { name: 'Toit commun' });
    expect(within(toit).getByTestId('partner-kind').textContent).toBe("Opérateur d'hébergement");
    expect(within(toit).getByTestId('partner-description').textContent).toBe('Pas encore de description.');
    expect(within(toit).queryByRole('link', { name: /^Appeler/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Lire les annonces aux partenaires' }).getAttribute('href')).toBe(
      '/partenaires/annonces',
    );
  });

  it('passes the arrondissement, the kind and the search to the API', async () => {
    const user = userEvent.setup();
    renderPage([
      viewerMock(COORDINATOR),
      directoryMock({}, [AMIS_ENTRY, TOIT_ENTRY]),
      directoryMock({ districtCode: '75020' }, [TOIT_ENTRY]),
      directoryMock({ districtCode: '75020', kind: 'ASSOCIATION' }, []),
      directoryMock({ kind: 'ASSOCIATION' }, [AMIS_ENTRY]),
      directoryMock({ search: 'vestiaire' }, [AMIS_ENTRY]),
    ]);

    await screen.findByRole('article', { name: 'Toit commun' });
    const filters = screen.getByRole('search', { name: "Filtrer l'annuaire" });

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Arrondissement' }), '75020');
    await screen.findByText('1 partenaire');
    expect(names()).toEqual(['Toit commun']);

    await user.selectOptions(
      within(filters).getByRole('combobox', { name: "Type d'organisation" }),
      'ASSOCIATION',
    );
    expect(await screen.findByText('Aucun partenaire ne correspond à ces filtres.')).toBeTruthy();

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Arrondissement' }), '');
    await screen.findByRole('article', { name: 'Les Amis du 18e' });
    expect(names()).toEqual(['Les Amis du 18e']);

    await user.selectOptions(within(filters).getByRole('combobox', { name: "Type d'organisation" }), '');
    await screen.findByText('2 partenaires');
    await user.type(within(filters).getByRole('searchbox', { name: 'Nom ou description' }), '  vestiaire ');
    await user.click(within(filters).getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('1 partenaire')).toBeTruthy();
    expect(names()).toEqual(['Les Amis du 18e']);
  });

  it('starts from the filters in the address', async () => {
    renderPage(
      [viewerMock(partner()), directoryMock({ districtCode: '75018', search: 'cours' }, [AMIS_ENTRY])],
      '/partenaires?arrondissement=75018&recherche=cours&type=UNKNOWN',
    );

    expect(await screen.findByRole('article', { name: 'Les Amis du 18e' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Arrondissement' })).toHaveProperty('value', '75018');
    expect(screen.getByRole('searchbox', { name: 'Nom ou description' })).toHaveProperty('value', 'cours');
  });

  it('explains who may see the directory when the API refuses', async () => {
    renderPage([viewerMock(), directoryForbiddenMock()]);

    const refusal = await screen.findByTestId('partners-forbidden');
    expect(refusal.textContent).toContain(
      "L'annuaire et les annonces sont réservés aux membres d'une organisation vérifiée et aux coordinateurs de la Ville.",
    );
    expect(within(refusal).getByRole('link', { name: 'Voir mes organisations' }).getAttribute('href')).toBe(
      '/organisations',
    );
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('shows the API message for a search it refuses', async () => {
    renderPage(
      [
        viewerMock(partner()),
        always({
          request: { query: PARTNER_DIRECTORY_QUERY, variables: { search: 'x' } },
          result: apiError('partnerDirectory', 'The search engine is resting.', 'BAD_USER_INPUT'),
        }),
      ],
      '/partenaires?recherche=x',
    );

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Veuillez vérifier le formulaire.The search engine is resting.',
    );
  });
});
