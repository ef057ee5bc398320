import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signInAs, signOutFromAnywhere } from './session';

const SPONSOR = 'Fondation Entraide (démo)';
const KITCHEN = 'Cuisine partagée de la Chapelle';
const FOOTBALL = 'Football pour tous au stade des Poissonniers';

/** Amounts are written with narrow and ordinary no-break spaces: match any space. */
const euros = (text: string) => new RegExp(text.replace(/ /g, '\\s').replace(/[.()]/g, '\\$&'));

/** A citizen gives through the initiative page and the test-payment page, and is thanked. */
async function donate(page: Page, email: string, initiative: string, amount: string): Promise<void> {
  await signInAs(page, email);
  await page.getByRole('banner').getByRole('link', { name: 'Soutenir' }).click();
  await page.getByRole('article', { name: initiative }).getByRole('link', { name: initiative }).click();
  await expect(page.getByRole('heading', { level: 1, name: initiative })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const form = page.getByRole('form', { name: 'Faire un don' });
  await form.getByRole('button', { name: amount, exact: true }).click();
  await form.getByRole('radio', { name: 'Une fois' }).check();
  await form.getByRole('button', { name: 'Continuer vers le paiement' }).click();

  await expect(page).toHaveURL(/\/paiement-test\/cs_test_local_/);
  await expect(
    page.getByRole('alert').filter({ hasText: "Paiement de test — aucune somme n'est prélevée" }),
  ).toBeVisible();
  await expect(page.getByText(initiative)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Payer (paiement de test)' }).click();

  await expect(page).toHaveURL(/\/mes-soutiens\?donation=/);
  await expect(page.getByText('Merci ! Votre reçu vous a été envoyé par e-mail.')).toBeVisible();
  await expect(page.getByRole('article', { name: initiative }).first()).toContainText('Payé');
  await signOutFromAnywhere(page);
}

test.describe('the common fund', () => {
  test('a sponsor pledges €10,000 of matching, three citizens give to two initiatives, the coordinator publishes a round, the transparency page shows it, and a refund is reversed', async ({
    page,
  }) => {
    test.slow();

    // The sponsor pledges €10,000 of matching for the year.
    await signInAs(page, 'mecene@demo.entraide.localhost');
    await accountNav(page).getByRole('link', { name: 'Mes organisations' }).click();
    await page.getByRole('link', { name: SPONSOR }).first().click();
    await page.getByRole('link', { name: 'Mécénat' }).click();
    const pledge = page.getByRole('form', { name: "Engager un fonds d'abondement" });
    await pledge.getByLabel(/^Montant/).fill('10000');
    await expectNoSeriousA11yViolations(page);
    await pledge.getByRole('button', { name: 'Engager le fonds' }).click();
    await expect(page.getByText(euros("Fonds d'abondement de 10 000,00 € engagé."))).toBeVisible();
    await signOutFromAnywhere(page);

    // Three citizens give to two initiatives (the demo citizen already gave €20 to the kitchen).
    await donate(page, 'citoyen@demo.entraide.localhost', KITCHEN, '20 €');
    await donate(page, 'hote@demo.entraide.localhost', KITCHEN, '10 €');
    await donate(page, 'hote2@demo.entraide.localhost', FOOTBALL, '50 €');

    // The coordinator previews the round, then publishes it.
    await signInAs(page, 'coordination@demo.entraide.localhost');
    await accountNav(page).getByRole('button', { name: 'Coordination' }).click();
    await page.getByRole('menuitem', { name: 'Financement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Financement participatif' })).toBeVisible();
    await page.getByRole('button', { name: "Calculer l'aperçu" }).click();
    const split = page.getByRole('table', { name: 'Répartition par initiative' });
    // The kitchen has two distinct donors (€40 and €10): (√4000 + √1000)² − 5000 = 4000 cents of raw match.
    await expect(split.getByRole('row', { name: new RegExp(KITCHEN) })).toContainText(euros('40,00 €'));
    await expect(split.getByRole('row', { name: new RegExp(FOOTBALL) })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Publier le tour' }).click();
    await page.getByRole('button', { name: 'Confirmer la publication' }).click();
    await expect(page.getByText(/Tour n° \d+ publié/)).toBeVisible();

    // A refund of the football gift, from the payments received.
    const payments = page.getByRole('region', { name: 'Paiements reçus' });
    const footballRow = payments.getByRole('row', { name: new RegExp(FOOTBALL) }).first();
    await footballRow.getByRole('button', { name: /^Rembourser le paiement/ }).click();
    await page.getByRole('button', { name: 'Confirmer le remboursement' }).click();
    await expect(page.getByText(euros('50,00 € remboursés'))).toBeVisible();
    await signOutFromAnywhere(page);

    // The refund shows up reversed for the donor.
    await signInAs(page, 'hote2@demo.entraide.localhost');
    await page.goto('/mes-soutiens');
    const refunded = page.getByRole('article', { name: FOOTBALL }).first();
    await expect(refunded).toContainText('Remboursé');
    await expect(refunded).toContainText(euros('Remboursé : 50,00 €'));
    await signOutFromAnywhere(page);

    // Anyone sees raised, matched and the formula with the round's figures; the football gift no longer counts.
    await page.goto('/transparence');
    await expect(page.getByRole('heading', { level: 1, name: 'Transparence du fonds' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Comment le fonds est partagé' })).toBeVisible();
    await expect(
      page.getByText('abondement brut = (√c₁ + √c₂ + … + √cₙ)² − (c₁ + c₂ + … + cₙ)'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: /Tour n° \d+/ }).first()).toBeVisible();
    const byInitiative = page.getByRole('table', { name: 'Financement de chaque initiative' });
    // Budget €8,000; raised €50 (the demo citizen's €20 earlier, then €20 and €10); the only initiative with
    // two donors takes the whole matching it still needs (€7,950). The football's €50 was refunded: raised €0.
    await expect(byInitiative.getByRole('row', { name: new RegExp(KITCHEN) })).toContainText(
      euros('8 000,00 €50,00 €7 950,00 €'),
    );
    await expect(byInitiative.getByRole('row', { name: new RegExp(FOOTBALL) })).toContainText(
      euros('5 000,00 €0,00 €'),
    );
    await expect(page.getByText('Remboursé aux donateurs')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
