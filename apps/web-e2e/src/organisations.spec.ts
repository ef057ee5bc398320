import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { waitForMailLink } from './mailbox';
import { accountNav, DEMO_PASSWORD, signIn, signOutFromAnywhere } from './session';

const PASSWORD = 'correct horse battery staple';
const COORDINATOR = 'coordination@demo.entraide.localhost';

async function signUp(page: Page, name: string, email: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Créer un compte' });
  await form.getByRole('textbox', { name: 'Nom' }).fill(name);
  await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
  await form.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
  await form.getByRole('button', { name: 'Créer mon compte' }).click();
}

/** Opens the sign-in page, signs in and lands on the account page. */
async function signInFromStart(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/connexion');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/compte$/);
}

/** Opens the account page and signs out. */

async function openCoordinationPage(page: Page, name: string): Promise<void> {
  await accountNav(page).getByRole('button', { name: 'Coordination' }).click();
  await page.getByRole('menuitem', { name }).click();
}

test.describe('organisations: registration, verification, invitations, staff', () => {
  test('an association registers, is verified, invites a member who joins and is assigned as staff', async ({
    page,
  }) => {
    test.slow();
    const stamp = Date.now();
    const rna = `W${String(stamp).slice(-9)}`;
    const organisation = `Association E2E ${stamp}`;
    const adminName = 'Alex Admin E2E';
    const adminEmail = `e2e-org-admin-${stamp}@example.org`;
    const memberName = 'Morgane Membre E2E';
    const memberEmail = `e2e-org-member-${stamp}@example.org`;

    // A new person signs up, then registers an association from "Mes organisations".
    await page.goto('/inscription');
    await signUp(page, adminName, adminEmail);
    await expect(page).toHaveURL(/\/compte$/);
    await accountNav(page).getByRole('link', { name: 'Mes organisations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes organisations' })).toBeVisible();
    await expect(page.getByText("Vous n'êtes membre d'aucune organisation pour le moment.")).toBeVisible();
    await expect(accountNav(page).getByRole('button', { name: 'Coordination' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Inscrire une organisation' }).click();

    await expect(page).toHaveURL(/\/organisations\/nouvelle$/);
    const form = page.getByRole('form', { name: 'Inscrire une organisation' });
    await form.getByRole('textbox', { name: "Nom de l'organisation" }).fill(organisation);
    await form.getByRole('textbox', { name: 'Numéro RNA' }).fill('W12');
    await form.getByRole('button', { name: "Inscrire l'organisation" }).click();
    await expect(
      form.getByText('Un numéro RNA est la lettre W suivie de 9 chiffres, par exemple W751234567.'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('textbox', { name: 'Numéro RNA' }).fill(rna);
    await form.getByRole('combobox', { name: 'Arrondissements desservis' }).click();
    await page.getByRole('option', { name: '18e arrondissement – Buttes-Montmartre' }).click();
    await page.getByRole('option', { name: '17e arrondissement – Batignolles-Monceau' }).click();
    await page.keyboard.press('Escape');
    await form
      .getByRole('textbox', { name: 'Adresse e-mail de contact' })
      .fill(`contact-${stamp}@example.org`);
    await form.getByRole('textbox', { name: 'Téléphone de contact' }).fill('01 23 45 67 89');
    await form.getByRole('button', { name: "Inscrire l'organisation" }).click();

    // Its page says it is pending.
    await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
    await expect(page).toHaveURL(/\/organisations\/(?!nouvelle$)[^/]+$/);
    const organisationUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('organisation-status')).toHaveText('En attente de vérification');
    await expect(page.getByRole('region', { name: 'Informations' })).toContainText(rna);
    await expect(page.getByRole('list', { name: "Membres de l'organisation" })).toContainText(adminName);
    await expectNoSeriousA11yViolations(page);
    await page.goto('/organisations');
    const pending = page.getByTestId('membership').filter({ hasText: organisation });
    await expect(pending.getByTestId('organisation-status')).toHaveText('En attente de vérification');
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The demo coordinator finds it in the queue and verifies it.
    await signInFromStart(page, COORDINATOR, DEMO_PASSWORD);
    await openCoordinationPage(page, 'Vérifications');
    await expect(page).toHaveURL(/\/coordination\/verifications$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vérification des organisations' }),
    ).toBeVisible();
    const card = page.getByRole('article', { name: organisation });
    await expect(card).toContainText(rna);
    await expect(card).toContainText('17e, 18e');
    await expectNoSeriousA11yViolations(page);
    await card.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByRole('status')).toHaveText(`« ${organisation} » est vérifiée.`);
    await expect(page.getByRole('article', { name: organisation })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The admin sees it verified and invites a new member.
    await signInFromStart(page, adminEmail, PASSWORD);
    await page.goto('/organisations');
    const verified = page.getByTestId('membership').filter({ hasText: organisation });
    await expect(verified.getByTestId('organisation-status')).toHaveText('Vérifiée');
    await expectNoSeriousA11yViolations(page);
    await verified.getByRole('link', { name: organisation }).click();
    await expect(page).toHaveURL(new RegExp(`${organisationUrl}$`));
    await expect(page.getByTestId('organisation-status')).toHaveText('Vérifiée');
    const invite = page.getByRole('form', { name: 'Inviter une personne' });
    await invite.getByRole('textbox', { name: 'Adresse e-mail de la personne' }).fill(memberEmail);
    await invite.getByRole('combobox', { name: 'Rôle' }).selectOption('MEMBER');
    await invite.getByRole('button', { name: "Envoyer l'invitation" }).click();
    await expect(invite.getByRole('status')).toContainText(`Invitation envoyée à ${memberEmail}.`);
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The invited person opens the mailed link signed out, signs up from there and comes back to accept.
    const invitationLink = await waitForMailLink(memberEmail, '/invitation');
    await page.goto(invitationLink);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Invitation à rejoindre une organisation' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('main').getByRole('link', { name: 'Créer un compte' }).click();
    await expect(page).toHaveURL(/\/inscription\?retour=/);
    await signUp(page, memberName, memberEmail);
    await expect(page).toHaveURL(/\/invitation\?token=/);
    await expect(page.getByText(`Vous êtes connecté avec l'adresse ${memberEmail}.`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: "Accepter l'invitation" }).click();

    // The organisation page lists the new member.
    await expect(page).toHaveURL(new RegExp(`${organisationUrl}$`));
    const members = page.getByRole('list', { name: "Membres de l'organisation" });
    await expect(members.getByTestId('member').filter({ hasText: memberName })).toContainText('Membre');
    await expect(members.getByTestId('member').filter({ hasText: adminName })).toContainText(
      'Administrateur',
    );
    await expect(page.getByRole('form', { name: 'Inviter une personne' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The coordinator assigns the new member to the 18th's collection point.
    await signInFromStart(page, COORDINATOR, DEMO_PASSWORD);
    await openCoordinationPage(page, 'Personnel des points de collecte');
    await expect(page).toHaveURL(/\/coordination\/personnel$/);
    const pointSelect = page.getByRole('combobox', { name: 'Point de collecte' });
    const pointLabel = await pointSelect.locator('option', { hasText: /^18e –/ }).textContent();
    await pointSelect.selectOption({ label: pointLabel ?? '' });
    await expect(page.getByRole('heading', { level: 2, name: /^Personnel :/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const assign = page.getByRole('form', { name: 'Affecter une personne' });
    await assign.getByRole('textbox', { name: 'Adresse e-mail du compte' }).fill(memberEmail);
    await assign.getByRole('button', { name: 'Affecter' }).click();
    await expect(page.getByRole('status')).toContainText(`${memberEmail} est affecté`);
    const staff = page.getByTestId('staff-member').filter({ hasText: memberEmail });
    await expect(staff).toContainText(memberName);
    await expectNoSeriousA11yViolations(page);

    // The audit log records the decisions.
    await openCoordinationPage(page, 'Journal des actions');
    await expect(page).toHaveURL(/\/coordination\/journal$/);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByTestId('audit-entry').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test('a citizen is told the coordination pages are not for them', async ({ page }) => {
    await signInFromStart(page, 'citoyen@demo.entraide.localhost', DEMO_PASSWORD);
    await expect(accountNav(page).getByRole('button', { name: 'Coordination' })).toHaveCount(0);
    await page.goto('/coordination/verifications');
    await expect(page.getByRole('alert')).toContainText(
      'Cette page est réservée aux coordinateurs de la Ville.',
    );
    await expectNoSeriousA11yViolations(page);
  });

  test('the coordinator links fit a 360 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInFromStart(page, COORDINATOR, DEMO_PASSWORD);
    await page.goto('/organisations');
    await expect(accountNav(page).getByRole('link', { name: 'Mes organisations' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await openCoordinationPage(page, 'Journal des actions');
    await expect(page).toHaveURL(/\/coordination\/journal$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(page);
  });
});
