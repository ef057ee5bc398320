import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { mailFiles, waitForMailLink } from './mailbox';
import { accountNav, signIn, signOut } from './session';

const OLD_PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase for camille';
const NAME = 'Camille Recovery';

test.describe('account recovery: verify the address, reset a forgotten password', () => {
  test('a citizen confirms their address, then chooses a new password from a mailed link', async ({
    page,
  }) => {
    // A long journey (two mails, seven axe runs): three times the usual time limit.
    test.slow();
    const email = `e2e-recovery-${Date.now()}@example.org`;

    // Sign up: a verification mail leaves in the background.
    await page.goto('/inscription');
    const signUp = page.getByRole('form', { name: 'Créer un compte' });
    await signUp.getByRole('textbox', { name: 'Nom' }).fill(NAME);
    await signUp.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await signUp.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(OLD_PASSWORD);
    await signUp.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText('Adresse non vérifiée');
    await expect(page.getByRole('button', { name: "Renvoyer l'e-mail de confirmation" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The link of the verification mail confirms the address.
    const verificationLink = await waitForMailLink(email, '/verifier-email');
    await page.goto(verificationLink);
    await expect(
      page.getByRole('heading', { level: 1, name: "Confirmation de l'adresse e-mail" }),
    ).toBeVisible();
    await expect(page.getByText('Votre adresse e-mail est confirmée.')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Aller à mon compte' }).click();
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText('Adresse vérifiée');
    await expect(page.getByRole('button', { name: "Renvoyer l'e-mail de confirmation" })).toHaveCount(0);

    // The same link a second time is refused.
    await page.goto(verificationLink);
    await expect(
      page.getByText('Ce lien a expiré ou a déjà été utilisé : demandez-en un nouveau.'),
    ).toBeVisible();
    await page.goto('/compte');
    await signOut(page);

    // Forgotten password: ask for a link.
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    const before = await mailFiles(email);
    const forgot = page.getByRole('form', { name: 'Mot de passe oublié' });
    await forgot.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await forgot.getByRole('button', { name: 'Recevoir un lien' }).click();
    await expect(
      page.getByText('Si un compte utilise cette adresse, nous lui avons envoyé un lien (valable 1 heure).'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The link of the reset mail: a too-short password is refused first, then the new one signs in.
    const resetLink = await waitForMailLink(email, '/nouveau-mot-de-passe', { ignore: before });
    await page.goto(resetLink);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }),
    ).toBeVisible();
    const reset = page.getByRole('form', { name: 'Choisir un nouveau mot de passe' });
    const newPassword = reset.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true });
    await newPassword.fill('short');
    await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(reset.getByText('Le mot de passe doit comporter au moins 12 caractères.')).toBeVisible();
    await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousA11yViolations(page);
    await newPassword.fill(NEW_PASSWORD);
    await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expect(accountNav(page).getByRole('link', { name: NAME })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sessions actives' }).getByRole('listitem')).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await signOut(page);

    // The old password no longer works; the new one does.
    await signIn(page, email, OLD_PASSWORD);
    await expect(page.getByRole('form', { name: 'Se connecter' }).getByRole('alert')).toContainText(
      "L'adresse e-mail ou le mot de passe n'est pas le bon.",
    );
    await expect(page).toHaveURL(/\/connexion$/);
    await signIn(page, email, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/compte$/);
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText(NAME);
    await signOut(page);

    // The reset link works only once.
    await page.goto(resetLink);
    const resetAgain = page.getByRole('form', { name: 'Choisir un nouveau mot de passe' });
    await resetAgain
      .getByRole('textbox', { name: 'Nouveau mot de passe', exact: true })
      .fill(`${NEW_PASSWORD}!`);
    await resetAgain.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Ce lien a expiré ou a déjà été utilisé : demandez-en un nouveau.',
    );
    await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/mot-de-passe-oublie',
    );
    await expect(page).toHaveURL(/\/nouveau-mot-de-passe\?token=/);
    await expectNoSeriousA11yViolations(page);
  });
});
