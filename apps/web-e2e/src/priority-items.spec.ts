import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signInAs, signOutFromAnywhere } from './session';

const ASSOCIATION = 'association@demo.entraide.localhost';
const CITIZEN = 'citoyen@demo.entraide.localhost';
const STAFF = 'collecte@demo.entraide.localhost';
const ORGANISATION = 'Accueil solidaire 18e (démo)';
const ITEM = 'Sous-vêtements – Femme M';
const ITEM_EN = 'Underwear – Women M';

test.describe('priority items: need → offer → drop-off → receipt → dispatch → delivery → trace', () => {
  test('the loop of commitment 14, with the staff on a 360 px phone and the donor reading the trace in English', async ({
    page,
  }) => {
    test.slow();

    // The association posts a need from its organisation page.
    await signInAs(page, ASSOCIATION);
    await accountNav(page).getByRole('link', { name: 'Mes organisations' }).click();
    await page.getByRole('link', { name: ORGANISATION }).first().click();
    await page.getByRole('link', { name: "Gérer les besoins de l'organisation" }).click();
    await expect(page).toHaveURL(/\/organisations\/[0-9a-f-]+\/besoins$/);
    const organisationNeedsUrl = page.url();
    const needForm = page.getByRole('form', { name: 'Publier un besoin' });
    await needForm.getByLabel('Objet').selectOption({ label: ITEM });
    await needForm.getByLabel('Quantité').fill('5');
    await needForm.getByLabel('Urgence').selectOption({ label: 'Critique' });
    await needForm.getByLabel('Arrondissement de livraison').selectOption('75018');
    await needForm.getByRole('button', { name: 'Publier le besoin' }).click();
    const ourNeeds = page.getByRole('region', { name: 'Nos besoins' });
    await expect(ourNeeds.getByRole('article', { name: ITEM })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // A Parisian finds it among the most urgent needs, offers, and books a drop-off at the 18th's point.
    await signInAs(page, CITIZEN);
    await accountNav(page).getByRole('link', { name: 'Besoins' }).click();
    const need = page.getByRole('region', { name: 'Besoins ouverts' }).getByRole('article', { name: ITEM });
    await expect(need.getByTestId('need-organisation')).toContainText(ORGANISATION);
    await expectNoSeriousA11yViolations(page);
    await need.getByRole('link', { name: ITEM }).click();
    const offerForm = page.getByRole('form', { name: 'Proposer un don' });
    await offerForm.getByLabel('Quantité').fill('5');
    await offerForm.getByLabel('État').selectOption({ label: 'Neuf' });
    await offerForm.getByRole('button', { name: 'Proposer ce don' }).click();
    await page.getByTestId('offer-done').getByRole('link', { name: 'Réserver un dépôt' }).click();
    await expect(page).toHaveURL(/\/mes-dons$/);

    const bookForm = page.getByRole('form', { name: 'Réserver un dépôt' });
    await bookForm.getByLabel('Votre arrondissement').selectOption('75018');
    const slot = bookForm.getByLabel('Créneau');
    const firstFree = await slot
      .locator('option:not([disabled]):not([value=""])')
      .first()
      .getAttribute('value');
    await slot.selectOption(firstFree!);
    // Only today's gift: the demo offer of socks waits for another day.
    await bookForm.getByRole('checkbox', { name: /Chaussettes/ }).uncheck();
    await expect(bookForm.getByRole('checkbox', { name: `5 × ${ITEM}` })).toBeChecked();
    await bookForm.getByRole('button', { name: 'Réserver le dépôt' }).click();
    await expect(page.getByTestId('drop-off-booked')).toBeVisible();
    const code = (await page.getByTestId('drop-off-code').first().textContent())!.trim();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await expect(page.getByRole('img', { name: `QR code ${code}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The point's staff, on a phone: the code typed in, the items received, then dispatched for the need.
    await page.setViewportSize({ width: 360, height: 760 });
    await signInAs(page, STAFF);
    await accountNav(page).getByRole('link', { name: 'Point de collecte' }).click();
    await expect(page).toHaveURL(/\/points\/[0-9a-f-]+/);
    await page.getByRole('textbox', { name: /^Code de dépôt/ }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Rechercher le dépôt' }).click();
    const receipt = page.getByRole('form', { name: `Dépôt ${code}` });
    await expect(receipt.getByRole('group', { name: ITEM })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await receipt.getByRole('button', { name: 'Confirmer la réception' }).click();
    await expect(page.getByText(new RegExp(`Dépôt ${code} reçu`))).toBeVisible();

    await page.getByRole('tab', { name: 'Envois' }).click();
    await page.getByRole('button', { name: `Préparer l'envoi de ${ITEM} pour ${ORGANISATION}` }).click();
    await page.getByRole('textbox', { name: /^Quantité à envoyer/ }).fill('5');
    await page.getByRole('button', { name: "Confirmer l'envoi" }).click();
    // The Dépôts tab, hidden now, may still list the drop-off with the same line: look in the dispatches.
    const dispatched = page.getByRole('list', { name: 'Envois récents' });
    await expect(dispatched.getByText(`5 × ${ITEM}`).first()).toBeVisible();
    await expect(dispatched.getByText('Envoyé').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await signOutFromAnywhere(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The association confirms the delivery.
    await signInAs(page, ASSOCIATION);
    await page.goto(organisationNeedsUrl);
    await page.getByRole('button', { name: `Confirmer la livraison de 5 × ${ITEM}` }).click();
    await expect(page.getByRole('button', { name: `Confirmer la livraison de 5 × ${ITEM}` })).toHaveCount(0);
    await signOutFromAnywhere(page);

    // The donor sees what became of the gift, in English.
    await signInAs(page, CITIZEN);
    await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
    await page.goto('/mes-dons');
    const trace = page.getByRole('list', { name: `Tracking of the gift ${ITEM_EN}` });
    await expect(trace).toContainText('Received at the collection point Mairie du 18e arrondissement');
    await expect(trace).toContainText(`Sent to ${ORGANISATION}`);
    await expect(trace).toContainText(`Delivery confirmed by ${ORGANISATION}`);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
  });
});
