import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signInAs } from './session';

test.describe('city coordination', () => {
  test('anyone sees what the 18th needs today, without signing in, on a page they can share', async ({
    page,
  }) => {
    await page.goto('/arrondissements/75018');
    const needed = page.getByRole('region', { name: "Les plus demandés ici aujourd'hui" });
    // The demo association's critical need for socks comes first.
    await expect(needed.getByRole('listitem').first()).toContainText('Chaussettes');
    await expect(needed.getByRole('listitem').first()).toContainText('Urgent');
    await expect(needed.getByRole('link', { name: 'Voir les besoins' })).toHaveAttribute(
      'href',
      '/besoins?arrondissement=75018',
    );
    await expect(page.getByRole('heading', { name: 'Comment aider en 4 étapes' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Lien de cette page' })).toHaveValue(
      /\/arrondissements\/75018$/,
    );
    await expectNoSeriousA11yViolations(page);

    const response = await page.request.get('/public/districts/75018');
    expect(response.headers()['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
  });

  test('a coordinator opens the dashboard, switches the map to the needs uncovered, drills into the 18th and sees its alert', async ({
    page,
  }) => {
    await signInAs(page, 'coordination@demo.entraide.localhost');
    await accountNav(page).getByRole('button', { name: 'Coordination' }).click();
    await page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await expect(page.getByText(/Chiffres calculés à \d{2}:\d{2}/)).toBeVisible();

    const indicator = page.getByRole('radiogroup', { name: 'Indicateur' });
    await indicator.getByRole('radio', { name: 'Bénévoles' }).check();
    await expect(page.getByRole('img', { name: /Carte des 20 arrondissements : Bénévoles/ })).toBeVisible();
    await indicator.getByRole('radio', { name: 'Besoins non couverts' }).check();
    await expect(
      page.getByRole('img', { name: /Carte des 20 arrondissements : Besoins non couverts/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Voir le 18e' }).click();
    await expect(page).toHaveURL(/\/coordination\/tableau-de-bord\/75018$/);
    const district = page.getByRole('region', { name: '18e arrondissement' });
    // The demo association's critical need for socks was posted three days ago and still lacks units.
    await expect(district.getByTestId('dashboard-alert').first()).toContainText(
      'Besoin critique non couvert',
    );
    await expect(district.getByTestId('dashboard-alert').first()).toContainText('Chaussettes');
    await expectNoSeriousA11yViolations(page);

    // The report for the Council, last six months, as CSV: the 18th's needs are in it.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger le rapport (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^rapport-conseil-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('commitment,indicator,label,district,value');
    expect(csv).toMatch(/14,needs_posted,Besoins publiés,75018,\d+/);
  });
});
