import { expect, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { signInAs, signOutFromAnywhere } from './session';

const COORDINATOR = 'coordination@demo.entraide.localhost';
/**
 * The admin of "Solidarité Logement Paris (démo)", a verified partner serving the 18th. Not the demo association,
 * whose account the other journeys sign in with often enough to meet the sign-in rate limit (10 per 15 minutes).
 */
const PARTNER = 'logement@demo.entraide.localhost';

test.describe('partners extranet', () => {
  test('a coordinator writes to the 18th; a partner of the 18th is notified, reads it, finds a partner to contact and chooses a daily digest', async ({
    page,
  }) => {
    test.slow();
    // Unique, so that earlier runs' announcements and notifications cannot be mistaken for this one.
    const title = `Plan grand froid au 18e — ${Date.now()}`;

    // The coordinator writes to the partners of the 18th.
    await signInAs(page, COORDINATOR);
    await page.goto('/partenaires/annonces');
    await expect(page.getByRole('heading', { level: 1, name: 'Annonces aux partenaires' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Nouvelle annonce' });
    await form.getByRole('textbox', { name: 'Titre' }).fill(title);
    await form
      .getByRole('textbox', { name: 'Message' })
      .fill('Les gymnases du 18e ouvrent la nuit à partir de lundi. Orientez-y les personnes sans abri.');
    await form.getByRole('combobox', { name: 'Destinataires' }).selectOption('75018');
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'Envoyer' }).click();
    await expect(form.getByRole('status')).toHaveText(/^Annonce envoyée à [1-9]\d* personnes?\.$/);
    const sent = page.getByRole('article', { name: title });
    await expect(sent).toContainText('Destinataires : Partenaires du 18e');
    await expect(sent).toContainText(/Envoyée à [1-9]\d* personnes?/);
    await signOutFromAnywhere(page);

    // A partner of the 18th sees the unread count in the header and opens the notification centre.
    await signInAs(page, PARTNER);
    const notificationsLink = page
      .getByRole('banner')
      .getByRole('link', { name: /^Notifications, \d+ non lues?$/ });
    await expect(notificationsLink).toBeVisible();
    await expect(page.getByRole('banner').getByTestId('notifications-badge')).toHaveText(/^(\d+|99\+)$/);
    await notificationsLink.click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const notification = page.getByRole('article', { name: title });
    await expect(notification).toContainText('Non lue');
    await expect(notification).toContainText('Annonce aux partenaires');
    await expectNoSeriousA11yViolations(page);

    // Following it marks it read and opens the announcements, where it is listed.
    await notification.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/partenaires\/annonces$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Annonces aux partenaires' })).toBeVisible();
    const received = page.getByRole('article', { name: title });
    await expect(received).toBeVisible();
    await expect(received).toContainText('Destinataires : Partenaires du 18e');
    // Partners neither write announcements nor see how many people got them.
    await expect(page.getByRole('form', { name: 'Nouvelle annonce' })).toHaveCount(0);
    await expect(received).not.toContainText('Envoyée à');
    await expectNoSeriousA11yViolations(page);

    // The directory lists the verified partners, with an address to write to.
    await page.getByRole('link', { name: "Voir l'annuaire des partenaires" }).click();
    await expect(page).toHaveURL(/\/partenaires$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Annuaire des partenaires' })).toBeVisible();
    await expect(page.getByTestId('partners-count')).toHaveText(/^[1-9]\d* partenaires?$/);
    const firstPartner = page.getByTestId('partner').first();
    await expect(firstPartner).toBeVisible();
    await expect(firstPartner.getByRole('link', { name: /^Écrire à / })).toHaveAttribute(
      'href',
      /^mailto:[^@\s]+@[^@\s]+$/,
    );
    await expectNoSeriousA11yViolations(page);

    // Back in the notification centre, the announcement is read; the member asks for one mail each morning.
    await page.goto('/notifications#preferences');
    await expect(page.getByRole('article', { name: title })).toBeVisible();
    await expect(page.getByRole('article', { name: title })).not.toContainText('Non lue');
    const preferences = page.getByRole('region', { name: "Préférences d'envoi" });
    await preferences.getByRole('radio', { name: 'Un résumé chaque matin' }).check();
    await preferences.getByRole('button', { name: 'Enregistrer les préférences' }).click();
    await expect(preferences.getByRole('status')).toHaveText("Préférences d'envoi enregistrées.");
    await page.reload();
    await expect(
      page
        .getByRole('region', { name: "Préférences d'envoi" })
        .getByRole('radio', { name: 'Un résumé chaque matin' }),
    ).toBeChecked();

    // Back to the default, so that the demo account mails at once again for the other journeys and the next runs.
    const restored = page.getByRole('region', { name: "Préférences d'envoi" });
    await restored.getByRole('radio', { name: 'Tout de suite' }).check();
    await restored.getByRole('button', { name: 'Enregistrer les préférences' }).click();
    await expect(restored.getByRole('status')).toHaveText("Préférences d'envoi enregistrées.");
  });
});
