import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signIn } from './session';

const PASSWORD = 'correct horse battery staple';
const NAME = 'Camille E2E';

test.describe('accounts: sign up, sign out, sign in', () => {
  test('a citizen creates an account, signs out and signs in again', async ({ page }) => {
    const email = `e2e-${Date.now()}@example.org`;

    // Signed out: the header offers to sign in or create an account.
    await page.goto('/');
    await expect(accountNav(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await accountNav(page).getByRole('link', { name: 'Créer un compte' }).click();

    // Sign up, after a client-side refusal of a short password.
    await expect(page).toHaveURL(/\/inscription$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
    const signUp = page.getByRole('form', { name: 'Créer un compte' });
    await signUp.getByRole('textbox', { name: 'Nom' }).fill(NAME);
    await signUp.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await signUp.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('short');
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(signUp.getByText('Le mot de passe doit comporter au moins 12 caractères.')).toBeVisible();
    await expect(signUp.getByRole('textbox', { name: 'Mot de passe', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoSeriousA11yViolations(page);
    await signUp.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();

    // The account page: name, address, one session, this device.
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    const profile = page.getByRole('region', { name: 'Profil' });
    await expect(profile).toContainText(NAME);
    await expect(profile).toContainText(email);
    await expect(profile).toContainText('Adresse non vérifiée');
    const sessions = page.getByRole('list', { name: 'Sessions actives' });
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await expect(sessions.getByRole('listitem').first()).toContainText('Cet appareil');
    await expect(sessions.getByRole('listitem').first()).toContainText('Dernière activité');
    await expect(accountNav(page).getByRole('link', { name: NAME })).toHaveAttribute('href', '/compte');
    await expectNoSeriousA11yViolations(page);

    // Sign out: back to signed-out links.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion$/);
    await expect(accountNav(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await expect(accountNav(page).getByRole('link', { name: NAME })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The account page is not reachable signed out.
    await page.goto('/compte');
    await expect(page).toHaveURL(/\/connexion$/);

    // A wrong password is refused with a message.
    await signIn(page, email, 'not the right password');
    await expect(page.getByRole('form', { name: 'Se connecter' }).getByRole('alert')).toContainText(
      "L'adresse e-mail ou le mot de passe n'est pas le bon.",
    );
    await expect(page).toHaveURL(/\/connexion$/);
    await expectNoSeriousA11yViolations(page);

    // The right one signs in again.
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText(NAME);
    await expect(accountNav(page).getByRole('link', { name: NAME })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sessions actives' }).getByText('Cet appareil')).toHaveCount(
      1,
    );
    await expectNoSeriousA11yViolations(page);

    // Still signed in after a reload (the cookie, read through `viewer`).
    await page.reload();
    await expect(accountNav(page).getByRole('link', { name: NAME })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  });

  test('an address already used is refused', async ({ page }) => {
    const email = `e2e-dup-${Date.now()}@example.org`;
    for (const attempt of [1, 2]) {
      await page.goto('/inscription');
      const form = page.getByRole('form', { name: 'Créer un compte' });
      await form.getByRole('textbox', { name: 'Nom' }).fill(NAME);
      await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
      await form.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
      await form.getByRole('button', { name: 'Créer mon compte' }).click();
      if (attempt === 1) {
        await expect(page).toHaveURL(/\/compte$/);
        await page.getByRole('button', { name: 'Se déconnecter' }).click();
        await expect(page).toHaveURL(/\/connexion$/);
      }
    }
    await expect(page.getByText('Un compte utilise déjà cette adresse e-mail.')).toBeVisible();
    await expect(page).toHaveURL(/\/inscription$/);
    await expectNoSeriousA11yViolations(page);
  });

  test('a citizen downloads their data, then deletes their account', async ({ page }) => {
    const email = `e2e-delete-${Date.now()}@example.org`;
    await page.goto('/inscription');
    const signUp = page.getByRole('form', { name: 'Créer un compte' });
    await signUp.getByRole('textbox', { name: 'Nom' }).fill(NAME);
    await signUp.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await signUp.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page).toHaveURL(/\/compte$/);

    // Download everything held about them: a JSON file with their address in it.
    const data = page.getByRole('region', { name: 'Vos données' });
    const downloading = page.waitForEvent('download');
    await data.getByRole('button', { name: 'Télécharger mes données' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('entraide-mes-donnees.json');
    const exported: unknown = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(JSON.stringify(exported)).toContain(email);
    await expect(data.getByText('Vos données ont été téléchargées')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // Delete the account: a wrong password is refused, the right one deletes it.
    await data.getByRole('button', { name: 'Supprimer mon compte' }).click();
    const confirm = data.getByRole('form', { name: 'Supprimer votre compte ?' });
    await expect(confirm).toContainText('rend anonymes vos données personnelles');
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('textbox', { name: 'Mot de passe' }).fill('not the right password');
    await confirm.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await expect(confirm.getByText("Ce mot de passe n'est pas le bon.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole('textbox', { name: 'Mot de passe' }).fill(PASSWORD);
    await confirm.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();

    // Home, signed out, with a notice.
    await expect(page).toHaveURL(/\/$/);
    await expect(
      page.getByText("Votre compte a été supprimé. Merci d'avoir utilisé Entraide."),
    ).toBeVisible();
    await expect(accountNav(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await expect(accountNav(page).getByRole('link', { name: NAME })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The old credentials no longer sign in.
    await page.goto('/connexion');
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole('form', { name: 'Se connecter' }).getByRole('alert')).toContainText(
      "L'adresse e-mail ou le mot de passe n'est pas le bon.",
    );
    await expect(page).toHaveURL(/\/connexion$/);
  });
});
