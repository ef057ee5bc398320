import { fireEvent, screen, within } from '@testing-library/react';
import { type InitialEntry, Route, Routes, useParams } from 'react-router';

import { districtsMock } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { HomePage } from './HomePage';

function DistrictProbe() {
  const { code } = useParams();
  return <p>district page {code}</p>;
}

function renderHome(initialEntry?: InitialEntry) {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="/arrondissements/:code" element={<DistrictProbe />} />
    </Routes>,
    { mocks: [districtsMock()], route: initialEntry },
  );
}

describe('HomePage', () => {
  it('shows the map and a list of links to the 20 arrondissements', async () => {
    const { container } = renderHome();

    expect(screen.getByRole('heading', { level: 1, name: 'Où déposer vos dons ?' })).toBeTruthy();
    expect(container.querySelectorAll('path[data-district-code]')).toHaveLength(20);

    const list = await screen.findByRole('navigation', { name: 'Les 20 arrondissements' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(20);
    expect(links[0].getAttribute('href')).toBe('/arrondissements/75001');
    expect(links[0].textContent).toBe('1er Louvre');
    expect(links[17].getAttribute('href')).toBe('/arrondissements/75018');
    expect(links[17].textContent).toBe('18e Buttes-Montmartre');
    expect(links[17].closest('li')!.textContent).toContain(
      'Point de collecte : Mairie du 18e arrondissement',
    );
  });

  it('opens the page of the arrondissement clicked on the map', async () => {
    const { container } = renderHome();
    await screen.findByRole('navigation', { name: 'Les 20 arrondissements' });

    fireEvent.click(container.querySelector('path[data-district-code="75018"]')!);

    expect(await screen.findByText('district page 75018')).toBeTruthy();
  });

  it('highlights on the map the arrondissement focused in the list', async () => {
    const { container } = renderHome();
    const list = await screen.findByRole('navigation', { name: 'Les 20 arrondissements' });

    fireEvent.focus(within(list).getAllByRole('link')[4]);

    expect(container.querySelector('path[data-active="true"]')?.getAttribute('data-district-code')).toBe(
      '75005',
    );
  });

  it('says so after the account has been deleted', () => {
    renderHome({ pathname: '/', state: { accountDeleted: true } });

    const notice = screen.getByText("Votre compte a été supprimé. Merci d'avoir utilisé Entraide.");
    expect(notice.closest('[role="status"]')).toBeTruthy();
  });

  it('says nothing of the kind on an ordinary visit', () => {
    renderHome();

    expect(screen.queryByText(/Votre compte a été supprimé/)).toBeNull();
  });

  it('explains how to help in 4 steps', () => {
    renderHome();

    const section = screen.getByRole('region', { name: 'Comment aider en 4 étapes' });
    const steps = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('span')?.textContent)).toEqual([
      'Regardez ce qui manque près de chez vous',
      'Apportez-le au point de collecte',
      'Donnez du temps',
      'Soutenez une initiative ou hébergez',
    ]);
    expect(within(section).getByRole('link', { name: 'Trouver une mission' }).getAttribute('href')).toBe(
      '/missions',
    );
    expect(within(section).getByRole('link', { name: 'Soutenir une initiative' }).getAttribute('href')).toBe(
      '/initiatives',
    );
    expect(within(section).getByRole('link', { name: 'Proposer un hébergement' }).getAttribute('href')).toBe(
      '/accueillir',
    );
  });
});
