import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signInAs, signOutFromAnywhere } from './session';

const ASSOCIATION = 'Accueil solidaire 18e (démo)';
const VOLUNTEER = 'Camille (démo)';
const TITLE = 'Conversation en français au 19e';

async function openMissions(page: Page): Promise<void> {
  await accountNav(page).getByRole('link', { name: 'Mes organisations' }).click();
  await page.getByRole('link', { name: ASSOCIATION }).first().click();
  await page.getByRole('link', { name: 'Gérer les missions' }).click();
}

/** Paris date and time `minutes` from now: the first shift takes place later today, so that attendance can be taken. */
function parisIn(minutes: number): { day: string; time: string } {
  const at = new Date(Date.now() + minutes * 60_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return { day, time };
}

test.describe('volunteer missions and mentoring', () => {
  test('an association posts a mission with two shifts, a volunteer finds it by search and by recommendation, applies, is accepted, attends, and gets the attestation', async ({
    page,
  }) => {
    test.slow();
    const start = parisIn(5);
    const end = parisIn(65);
    const tomorrow = parisIn(24 * 60 + 10);

    await signInAs(page, 'association@demo.entraide.localhost');
    await openMissions(page);
    const form = page.getByRole('form', { name: 'Publier une mission' });
    await form.getByLabel(/^Intitulé/).fill(TITLE);
    await form
      .getByLabel(/^Description/)
      .fill('Un groupe de conversation pour pratiquer le français du quotidien.');
    await form.getByLabel(/^Type de mission/).selectOption({ label: 'Cours de français' });
    await form.getByLabel(/^Lieu/).selectOption({ label: '19e arrondissement – Buttes-Chaumont' });
    const first = form.getByRole('group', { name: 'Créneau 1' });
    await first.getByLabel(/^Date/).fill(start.day);
    await first.getByLabel(/^Début/).fill(start.time);
    await first.getByLabel(/^Fin/).fill(end.day === start.day ? end.time : '23:59');
    await first.getByLabel(/^Places/).fill('3');
    await form.getByRole('button', { name: 'Ajouter un créneau' }).click();
    await form.getByRole('group', { name: 'Créneau 2' }).getByLabel(/^Date/).fill(tomorrow.day);
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'Publier la mission' }).click();
    await expect(page.getByText(`Mission publiée : ${TITLE}`)).toBeVisible();
    await signOutFromAnywhere(page);

    // The volunteer finds it by searching "français", and among the missions recommended to them.
    await signInAs(page, 'citoyen@demo.entraide.localhost');
    await page.getByRole('banner').getByRole('link', { name: 'Missions' }).click();
    await page.getByLabel(/^Rechercher une mission/).fill('français');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
    const recommended = page.getByRole('region', { name: 'Recommandées pour vous' });
    await expect(recommended.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(recommended).toContainText('Pourquoi cette mission');
    await expectNoSeriousA11yViolations(page);
    await recommended.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await page
      .getByRole('button', { name: /^Postuler/ })
      .first()
      .click();
    await page.getByRole('button', { name: /Envoyer ma candidature/ }).click();
    await expect(page.getByText('Candidature envoyée')).toBeVisible();
    await signOutFromAnywhere(page);

    // The association accepts and takes attendance.
    await signInAs(page, 'association@demo.entraide.localhost');
    await openMissions(page);
    await page
      .getByRole('article', { name: TITLE })
      .getByRole('link', { name: 'Voir les candidatures' })
      .click();
    const applicant = page.getByRole('article', { name: VOLUNTEER });
    await applicant.getByRole('button', { name: 'Accepter' }).click();
    await expect(page.getByText(`Candidature de ${VOLUNTEER} acceptée.`)).toBeVisible();
    await applicant.getByRole('button', { name: 'Noter la présence' }).click();
    await applicant.getByRole('button', { name: 'Enregistrer la présence' }).click();
    await expect(page.getByText(`Présence de ${VOLUNTEER} enregistrée.`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The volunteer sees the hours and prints the attestation.
    await signInAs(page, 'citoyen@demo.entraide.localhost');
    await page.getByRole('banner').getByRole('link', { name: 'Bénévolat' }).click();
    await expect(page.getByRole('region', { name: 'Mon historique' })).toContainText(TITLE);
    await page.getByRole('link', { name: 'Attestation de bénévolat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Attestation de bénévolat' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(TITLE);
    await expect(page.getByRole('main')).toContainText(VOLUNTEER);
    await expectNoSeriousA11yViolations(page);
  });

  test('a mentoring pairing logs two sessions, one from each side, and closes', async ({ page }) => {
    test.slow();
    await signInAs(page, 'association@demo.entraide.localhost');
    await openMissions(page);
    await page.getByRole('tab', { name: 'Parrainages' }).click();
    const create = page.getByRole('form', { name: 'Nouveau parrainage' });
    await create.getByLabel(/^E-mail du compte du parrain/).fill('citoyen@demo.entraide.localhost');
    await create.getByLabel(/^Pseudonyme de la personne accompagnée/).fill('F. B.');
    await create.getByRole('checkbox', { name: "Demande d'asile" }).check();
    await create.getByRole('button', { name: 'Créer le parrainage' }).click();
    await expect(page.getByText(`Parrainage créé : F. B. avec ${VOLUNTEER}.`)).toBeVisible();
    const pair = page.getByRole('article', { name: 'F. B.' });
    await pair.getByRole('button', { name: 'Noter une séance' }).click();
    const session = pair.getByRole('form', { name: 'Séance avec F. B.' });
    await session.getByLabel(/^Durée/).fill('60');
    await session.getByLabel(/^Sujet/).fill('Préparer le récit pour l’OFPRA');
    await session.getByRole('button', { name: 'Enregistrer la séance' }).click();
    await expect(pair).toContainText('1 séance');
    await signOutFromAnywhere(page);

    await signInAs(page, 'citoyen@demo.entraide.localhost');
    await page.getByRole('banner').getByRole('link', { name: 'Bénévolat' }).click();
    const mine = page.getByRole('article', { name: 'Parrainage de F. B.' });
    const note = mine.getByRole('form', { name: 'Noter une séance' });
    await note.getByLabel(/^Durée en minutes/).fill('45');
    await note.getByLabel(/^Sujet/).fill('Relecture du récit');
    await note.getByRole('button', { name: 'Enregistrer la séance' }).click();
    await expect(page.getByText('La séance est notée.')).toBeVisible();
    await expect(mine).toContainText('Relecture du récit');
    await signOutFromAnywhere(page);

    await signInAs(page, 'association@demo.entraide.localhost');
    await openMissions(page);
    await page.getByRole('tab', { name: 'Parrainages' }).click();
    const closing = page.getByRole('article', { name: 'F. B.' });
    await expect(closing).toContainText('2 séances');
    await closing.getByRole('button', { name: 'Clore le parrainage' }).click();
    await closing.getByLabel(/^Bilan/).fill('Récit déposé, entretien préparé.');
    await closing.getByRole('button', { name: 'Confirmer la clôture' }).click();
    await expect(closing).toContainText('Clos');
    await expectNoSeriousA11yViolations(page);
  });
});
