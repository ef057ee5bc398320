import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signInAs, signOutFromAnywhere } from './session';

const ORGANISATION = 'Accueil solidaire 18e (démo)';
const SOCKS = 'Chaussettes – Homme 43-46';
const HYGIENE_KIT = "Kit d'hygiène – Femme";

test.describe('matching: optimal proposals, decided by people', () => {
  test('a coordinator runs the matching; the staff accept a proposal on a phone; the association declines another', async ({
    page,
  }) => {
    test.slow();

    // The coordinator sees the first run (queued when the demo data was created) and starts another.
    await signInAs(page, 'coordination@demo.entraide.localhost');
    await accountNav(page).getByRole('button', { name: 'Coordination' }).click();
    await page.getByRole('menuitem', { name: 'Appariements' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Appariements' })).toBeVisible();
    await page.getByRole('button', { name: 'Lancer un appariement' }).click();
    // Nothing changed since the run at start: the run says so and keeps its proposals.
    await expect(page.getByRole('status').filter({ hasText: 'Appariement terminé' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('table', { name: /appariements, du plus récent/ })).toContainText('Terminé');
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The 18th's staff accept the proposal of socks for the association's critical need.
    await page.setViewportSize({ width: 360, height: 760 });
    await signInAs(page, 'collecte@demo.entraide.localhost');
    await accountNav(page).getByRole('link', { name: 'Point de collecte' }).click();
    await page.getByRole('tab', { name: 'Envois' }).click();
    const proposals = page.getByRole('region', { name: 'Propositions' });
    const socks = proposals.getByRole('article', { name: `${SOCKS} pour ${ORGANISATION}` });
    await expect(socks).toContainText('Critique');
    await expectNoSeriousA11yViolations(page);
    await socks
      .getByRole('button', { name: `Accepter la proposition de ${SOCKS} pour ${ORGANISATION}` })
      .click();
    await page
      .getByRole('form', { name: `Accepter ${SOCKS} pour ${ORGANISATION}` })
      .getByRole('button', { name: "Confirmer l'acceptation" })
      .click();
    await expect(page.getByText(/Proposition acceptée, envoi enregistré/)).toBeVisible();
    await expect(proposals.getByRole('article', { name: `${SOCKS} pour ${ORGANISATION}` })).toHaveCount(0);
    await signOutFromAnywhere(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The association sees the accepted proposal and declines the one it no longer needs.
    await signInAs(page, 'association@demo.entraide.localhost');
    await accountNav(page).getByRole('link', { name: 'Mes organisations' }).click();
    await page.getByRole('link', { name: ORGANISATION }).first().click();
    await page.getByRole('link', { name: "Gérer les besoins de l'organisation" }).click();
    const forUs = page.getByRole('region', { name: "Propositions d'envoi" });
    await expect(forUs.getByRole('region', { name: 'Décidées' })).toContainText('Acceptée (envoi créé)');
    const point = 'Mairie du 18e arrondissement';
    await forUs
      .getByRole('button', { name: `Refuser la proposition de ${HYGIENE_KIT} depuis ${point}` })
      .click();
    const decline = forUs.getByRole('form', { name: `Refuser ${HYGIENE_KIT} depuis ${point}` });
    await decline.getByRole('textbox', { name: /^Motif du refus/ }).fill('Reçus d’un autre donateur');
    await decline.getByRole('button', { name: 'Confirmer le refus' }).click();
    await expect(page.getByText(`Proposition refusée : ${HYGIENE_KIT} depuis ${point}.`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
