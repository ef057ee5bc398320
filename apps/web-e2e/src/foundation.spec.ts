import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';

test.describe('foundation: find where to drop items', () => {
  test('from the map to an arrondissement, in French then in English', async ({ page }) => {
    // Home page, in French by default.
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Où déposer vos dons ?' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Entraide');
    const map = page.getByRole('img', { name: 'Carte des 20 arrondissements de Paris' });
    await expect(map).toBeVisible();
    await expect(map.locator('path[data-district-code]')).toHaveCount(20);
    const list = page.getByRole('navigation', { name: 'Les 20 arrondissements' });
    await expect(list.getByRole('link')).toHaveCount(20);
    await expect(list.getByRole('link', { name: '18e Buttes-Montmartre' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The 18th, picked on the map.
    await map.locator('path[data-district-code="75018"]').click();
    await expect(page).toHaveURL(/\/arrondissements\/75018$/);
    await expect(
      page.getByRole('heading', { level: 1, name: '18e arrondissement – Buttes-Montmartre' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mairie du 18e arrondissement' })).toBeVisible();
    await expect(page.getByText('1 place Jules-Joffrin, 75018 Paris')).toBeVisible();
    const hours = page.getByRole('table', { name: "Horaires d'ouverture" });
    await expect(hours.getByRole('row', { name: /Lundi/ })).toContainText('08:30 – 17:00');
    await expect(hours.getByRole('row', { name: /Jeudi/ })).toContainText('08:30 – 19:30');
    await expect(hours.getByRole('row', { name: /Dimanche/ })).toContainText('Fermé');
    const neighbours = page.getByRole('navigation', { name: 'Arrondissements voisins' });
    await expect(
      neighbours.getByRole('link', { name: '17e arrondissement – Batignolles-Monceau' }),
    ).toBeVisible();
    const catalogue = page.getByRole('region', { name: 'Objets prioritaires' });
    await expect(catalogue.getByRole('heading', { name: 'Chaussettes' })).toBeVisible();
    await expect(catalogue.getByText('Priorité haute').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Switch to English: interface and catalogue follow.
    await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: '18th arrondissement – Buttes-Montmartre' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Collection point', exact: true })).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Opening hours' }).getByRole('row', { name: /Thursday/ }),
    ).toContainText('08:30 – 19:30');
    const items = page.getByRole('region', { name: 'Priority items' });
    await expect(items.getByRole('heading', { name: 'Socks' })).toBeVisible();
    await expect(items.getByText('Men 43-46')).toBeVisible();
    await expect(items.getByText('High priority').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Chaussettes' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // Back home; the language choice survives a reload.
    await page.getByRole('link', { name: /All arrondissements/ }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Where to drop your donations?' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoSeriousA11yViolations(page);

    // The 1st, opened from the list with the keyboard.
    const first = page
      .getByRole('navigation', { name: 'The 20 arrondissements' })
      .getByRole('link', { name: '1st Louvre' });
    await first.focus();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/arrondissements\/75001$/);
    await expect(page.getByRole('heading', { level: 1, name: '1st arrondissement – Louvre' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mairie de Paris Centre' })).toBeVisible();
    await expect(page.getByText('2 rue Eugène-Spuller, 75003 Paris')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('an unknown arrondissement shows a not-found message', async ({ page }) => {
    await page.goto('/arrondissements/75099');
    await expect(page.getByRole('heading', { level: 1, name: 'Arrondissement introuvable' })).toBeVisible();
    await expect(
      page.getByText(/« 75099 » n'est pas le code postal d'un arrondissement de Paris/),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Voir la carte des arrondissements' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Où déposer vos dons ?' })).toBeVisible();
  });

  test('an unknown page shows the 404 page', async ({ page }) => {
    await page.goto('/nulle-part');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
