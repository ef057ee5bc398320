import { expect, type Locator, type Page } from '@playwright/test';

/** The account links in the header (sign in / create an account, or the signed-in person's name). */
export function accountNav(page: Page): Locator {
  return page.getByRole('banner').getByRole('navigation', { name: 'Compte' });
}

/** Fills and submits the sign-in form of the current page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Se connecter' });
  await form.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
  await form.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await form.getByRole('button', { name: 'Se connecter' }).click();
}

/** Signs out from the account page and checks that the header offers to sign in again. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion$/);
  await expect(accountNav(page).getByRole('link', { name: 'Se connecter' })).toBeVisible();
}

export const DEMO_PASSWORD = 'entraide-demo-2026';

/** Signs in with a demo account (they share one password) and lands on the account page. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/compte$/);
}

/** Signs out from whatever page the journey is on. */
export async function signOutFromAnywhere(page: Page): Promise<void> {
  await page.goto('/compte');
  await signOut(page);
}
