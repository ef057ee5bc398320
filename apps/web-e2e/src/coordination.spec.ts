import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';

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
});
