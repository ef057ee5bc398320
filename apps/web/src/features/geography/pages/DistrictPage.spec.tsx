import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Mock } from 'vitest';

import { catalogueMock, districtMock, districtNotFoundMock } from '../../../testing/fixtures';
import { renderWithProviders, type RenderOptions } from '../../../testing/renderWithProviders';
import type { DistrictHelp } from '../hooks/useDistrictHelp';
import { DistrictPage } from './DistrictPage';

/** What `GET /public/districts/75018` answers. */
const HELP_75018: DistrictHelp = {
  districtCode: '75018',
  mostNeeded: [
    {
      itemCode: 'socks',
      itemName: { fr: 'Chaussettes', en: 'Socks' },
      variantLabel: { fr: 'Homme 43-46', en: 'Men 43-46' },
      remaining: 25,
      urgency: 'CRITICAL',
      needs: 2,
    },
    {
      itemCode: 'sleeping-bag',
      itemName: { fr: 'Sacs de couchage', en: 'Sleeping bags' },
      variantLabel: { fr: 'Adulte', en: 'Adult' },
      remaining: 8,
      urgency: 'HIGH',
      needs: 1,
    },
    {
      itemCode: 'toothbrush',
      itemName: { fr: 'Brosses à dents', en: 'Toothbrushes' },
      variantLabel: { fr: 'Souple', en: 'Soft' },
      remaining: 40,
      urgency: 'NORMAL',
      needs: 1,
    },
  ],
  missions: [
    {
      id: 'mission-1',
      title: 'Tri des dons à la mairie',
      placesLeft: 3,
      // 09:30 in Paris (winter time).
      nextShiftStartsAt: '2026-03-14T08:30:00.000Z',
      weekly: false,
    },
    { id: 'mission-2', title: 'Maraude du jeudi', placesLeft: null, nextShiftStartsAt: null, weekly: true },
  ],
  initiatives: [
    { id: 'initiative-1', title: 'Petits-déjeuners solidaires', budgetCents: 150_000, percent: 45 },
  ],
  // 14:05 in Paris.
  generatedAt: '2026-03-10T13:05:00.000Z',
};

const EMPTY_75018: DistrictHelp = { ...HELP_75018, mostNeeded: [], missions: [], initiatives: [] };

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>(async () => jsonResponse(HELP_75018));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderDistrict(
  route: string,
  mocks = [districtMock(), catalogueMock('FR')],
  options: Omit<RenderOptions, 'mocks' | 'route'> = {},
) {
  return renderWithProviders(
    <Routes>
      <Route path="/arrondissements/:code" element={<DistrictPage />} />
    </Routes>,
    { mocks, route, ...options },
  );
}

describe('DistrictPage', () => {
  it('shows the arrondissement and its collection point', async () => {
    renderDistrict('/arrondissements/75018');

    expect(
      await screen.findByRole('heading', { level: 1, name: '18e arrondissement – Buttes-Montmartre' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Mairie du 18e arrondissement' })).toBeTruthy();
    expect(screen.getByText('1 place Jules-Joffrin, 75018 Paris')).toBeTruthy();
  });

  it('lists the opening hours by weekday', async () => {
    renderDistrict('/arrondissements/75018');

    const table = await screen.findByRole('table', { name: "Horaires d'ouverture" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Lundi08:30 – 17:00',
      'Mardi08:30 – 17:00',
      'Mercredi08:30 – 17:00',
      'Jeudi08:30 – 19:30',
      'Vendredi08:30 – 17:00',
      'Samedi09:00 – 12:30',
      'DimancheFermé',
    ]);
  });

  it('links to the neighbouring arrondissements', async () => {
    renderDistrict('/arrondissements/75018');

    const nav = await screen.findByRole('navigation', { name: 'Arrondissements voisins' });
    const link = within(nav).getByRole('link', { name: '9e arrondissement – Opéra' });
    expect(link.getAttribute('href')).toBe('/arrondissements/75009');
    expect(within(nav).getAllByRole('link')).toHaveLength(2);
  });

  it('shows the priority items with their priority and variants', async () => {
    renderDistrict('/arrondissements/75018');

    const catalogue = await screen.findByRole('region', { name: 'Objets prioritaires' });
    expect(await within(catalogue).findByRole('heading', { name: 'Chaussettes' })).toBeTruthy();
    expect(within(catalogue).getByText('Priorité haute')).toBeTruthy();
    expect(within(catalogue).getByText('Homme 43-46')).toBeTruthy();
    expect(within(catalogue).getByRole('heading', { name: 'Sacs de couchage' })).toBeTruthy();
    expect(within(catalogue).getByText('Priorité moyenne')).toBeTruthy();
  });

  it('says so when the arrondissement does not exist', async () => {
    renderDistrict('/arrondissements/75099', [districtNotFoundMock('75099')]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Arrondissement introuvable' })).toBeTruthy();
    expect(screen.getByText(/« 75099 » n'est pas le code postal d'un arrondissement de Paris/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Voir la carte des arrondissements' }).getAttribute('href')).toBe(
      '/',
    );
    // Nothing is asked of the public endpoint for a code that is not an arrondissement.
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('DistrictPage: what is needed here today', () => {
  it('asks the public endpoint, without cookies, and lists the most needed items with their urgency', async () => {
    renderDistrict('/arrondissements/75018');

    const section = await screen.findByRole('region', { name: "Les plus demandés ici aujourd'hui" });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'ChaussettesHomme 43-46Urgentencore 25',
      'Sacs de couchageAdultePrioritaireencore 8',
      'Brosses à dentsSoupleencore 40',
    ]);
    expect(within(items[0]).getByText('Urgent')).toBeTruthy();
    expect(within(items[1]).getByText('Prioritaire')).toBeTruthy();
    expect(within(section).getByText('Mis à jour à 14:05')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Voir les besoins' }).getAttribute('href')).toBe(
      '/besoins?arrondissement=75018',
    );

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/public/districts/75018');
    expect(init?.credentials).toBe('omit');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('puts these sections above the collection point', async () => {
    renderDistrict('/arrondissements/75018');

    await screen.findByRole('region', { name: 'Initiatives à soutenir' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      "Les plus demandés ici aujourd'hui",
      'Missions qui cherchent des bénévoles',
      'Initiatives à soutenir',
      'Comment aider en 4 étapes',
      'Partager cette page',
      'Point de collecte',
      'Arrondissements voisins',
      'Objets prioritaires',
    ]);
  });

  it('lists the missions looking for volunteers, with their places and next shift', async () => {
    renderDistrict('/arrondissements/75018');

    const section = await screen.findByRole('region', { name: 'Missions qui cherchent des bénévoles' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]).getByRole('link', { name: 'Tri des dons à la mairie' });
    expect(first.getAttribute('href')).toBe('/missions/mission-1');
    expect(items[0].textContent).toMatch(/3 places · Prochain créneau : samedi 14 mars (à )?09:30/);
    const weekly = within(items[1]).getByRole('link', { name: 'Maraude du jeudi' });
    expect(weekly.getAttribute('href')).toBe('/missions/mission-2');
    expect(within(items[1]).getByText('Chaque semaine')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Voir toutes les missions' }).getAttribute('href')).toBe(
      '/missions?arrondissement=75018',
    );
  });

  it('lists the initiatives to support, with how much is funded', async () => {
    renderDistrict('/arrondissements/75018');

    const section = await screen.findByRole('region', { name: 'Initiatives à soutenir' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const link = within(items[0]).getByRole('link', { name: 'Petits-déjeuners solidaires' });
    expect(link.getAttribute('href')).toBe('/initiatives/initiative-1');
    expect(within(items[0]).getByText('45 % financé')).toBeTruthy();
    expect(
      within(section).getByRole('link', { name: 'Voir toutes les initiatives' }).getAttribute('href'),
    ).toBe('/initiatives?arrondissement=75018');
  });

  it('speaks English when asked to', async () => {
    renderDistrict('/arrondissements/75018', [districtMock(), catalogueMock('EN')], { language: 'en' });

    const section = await screen.findByRole('region', { name: 'Most needed here today' });
    const items = await within(section).findAllByRole('listitem');
    expect(items[0].textContent).toBe('SocksMen 43-46Urgent25 still needed');
    expect(items[1].textContent).toBe('Sleeping bagsAdultPriority8 still needed');
    expect(within(section).getByText('Updated at 14:05')).toBeTruthy();
    const missions = screen.getByRole('region', { name: 'Missions looking for volunteers' });
    expect(within(missions).getAllByRole('listitem')[0].textContent).toMatch(
      /3 places left · Next shift: Saturday 14 March (at )?09:30/,
    );
    expect(within(missions).getByText('Every week')).toBeTruthy();
    const initiatives = screen.getByRole('region', { name: 'Initiatives to support' });
    expect(within(initiatives).getByText('45% funded')).toBeTruthy();
  });

  it('says so when nothing is needed, no mission is looking and no initiative is open', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(EMPTY_75018));
    renderDistrict('/arrondissements/75018');

    expect(
      await screen.findByText('Aucun besoin en attente dans cet arrondissement pour le moment.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Aucune mission ne cherche de bénévoles dans cet arrondissement pour le moment.'),
    ).toBeTruthy();
    expect(
      screen.getByText('Aucune initiative à soutenir dans cet arrondissement pour le moment.'),
    ).toBeTruthy();
    const section = screen.getByRole('region', { name: "Les plus demandés ici aujourd'hui" });
    expect(within(section).queryByRole('list')).toBeNull();
    expect(within(section).getByRole('link', { name: 'Voir les besoins' })).toBeTruthy();
  });

  it('says so when the data cannot be loaded, keeps the rest of the page, and tries again', async () => {
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    renderDistrict('/arrondissements/75018');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Ce qui est demandé dans cet arrondissement n'a pas pu être chargé.");
    expect(screen.getByRole('heading', { level: 3, name: 'Mairie du 18e arrondissement' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Missions qui cherchent des bénévoles' })).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('region', { name: 'Missions qui cherchent des bénévoles' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('treats an error status as a failure', async () => {
    fetchMock.mockImplementation(async () => jsonResponse({ code: 'INTERNAL', message: 'Boom' }, 500));
    renderDistrict('/arrondissements/75018');

    expect((await screen.findByRole('alert')).textContent).toContain('Réessayez dans un instant');
    expect(screen.queryByText('encore 25')).toBeNull();
  });

  it('explains how to help in 4 steps', async () => {
    renderDistrict('/arrondissements/75018');

    const section = await screen.findByRole('region', { name: 'Comment aider en 4 étapes' });
    const list = within(section).getByRole('list');
    expect(list.tagName).toBe('OL');
    const steps = within(list).getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('span')?.textContent)).toEqual([
      'Regardez ce qui manque ici',
      'Apportez-le au point de collecte',
      'Donnez du temps',
      'Soutenez une initiative ou hébergez',
    ]);
    expect(steps[1].textContent).toContain(
      "Dans cet arrondissement : Mairie du 18e arrondissement, aux horaires d'ouverture indiqués plus bas.",
    );
    expect(within(steps[2]).getByRole('link', { name: 'Trouver une mission' }).getAttribute('href')).toBe(
      '/missions?arrondissement=75018',
    );
    expect(within(steps[3]).getByRole('link', { name: 'Soutenir une initiative' }).getAttribute('href')).toBe(
      '/initiatives?arrondissement=75018',
    );
    expect(within(steps[3]).getByRole('link', { name: 'Proposer un hébergement' }).getAttribute('href')).toBe(
      '/accueillir',
    );
  });

  describe('sharing', () => {
    let writeText: Mock<(text: string) => Promise<void>>;

    beforeEach(() => {
      writeText = vi.fn(async () => undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    });

    afterEach(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('shows the address of the page and copies it', async () => {
      renderDistrict('/arrondissements/75018');

      const section = await screen.findByRole('region', { name: 'Partager cette page' });
      const url = `${window.location.origin}/arrondissements/75018`;
      const field = within(section).getByRole('textbox', { name: 'Lien de cette page' });
      expect((field as HTMLInputElement).value).toBe(url);
      expect(field.hasAttribute('readonly')).toBe(true);
      const status = within(section).getByRole('status');
      expect(status.textContent).toBe('');

      fireEvent.click(within(section).getByRole('button', { name: 'Copier le lien' }));

      expect(writeText).toHaveBeenCalledWith(url);
      await waitFor(() => expect(status.textContent).toBe('Lien copié'));
    });

    it('says so when the link cannot be copied', async () => {
      writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      renderDistrict('/arrondissements/75018');

      const section = await screen.findByRole('region', { name: 'Partager cette page' });
      fireEvent.click(within(section).getByRole('button', { name: 'Copier le lien' }));

      await waitFor(() =>
        expect(within(section).getByRole('status').textContent).toBe(
          "Le lien n'a pas pu être copié : sélectionnez-le dans le champ et copiez-le.",
        ),
      );
    });
  });
});
