import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousA11yViolations } from './axe';
import { accountNav, signInAs, signOutFromAnywhere } from './session';

const REFERENT = 'Accueil solidaire 18e (démo)';
const VERIFIER = 'Réseau hébergement citoyen (démo)';
const ADDRESS = '30 rue de Tanger, 75019 Paris';
const HOUSEHOLD = 'Famille T.';

/** The hosting page of one of the signed-in person's organisations, on a tab. */
async function openHosting(page: Page, organisation: string, tab: string): Promise<void> {
  await accountNav(page).getByRole('link', { name: 'Mes organisations' }).click();
  await page.getByRole('link', { name: organisation }).first().click();
  await page.getByRole('link', { name: "Gérer l'hébergement" }).click();
  await page.getByRole('tab', { name: tab }).click();
}

const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

test.describe('hosting at home: from a spare room to a stay, and another home when it ends early', () => {
  test('a citizen offers a room, an association verifies it, another refers a household, both accept, the stay starts, the host ends it, and new proposals appear', async ({
    page,
  }) => {
    test.slow();

    // A Parisian offers a room in four saved steps and asks the hosting network to visit it.
    await signInAs(page, 'citoyen@demo.entraide.localhost');
    await page.getByRole('banner').getByRole('link', { name: 'Accueillir' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accueillir chez soi' })).toBeVisible();
    await page.getByRole('link', { name: 'Proposer une chambre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Proposer une chambre' })).toBeVisible();
    await page.getByRole('radio', { name: 'Chambre privée' }).check();
    await page.getByLabel(/^Nombre de lits/).fill('2');
    await page.getByLabel(/^Arrondissement/).selectOption({ label: '19e arrondissement – Buttes-Chaumont' });
    await page.getByLabel(/^Adresse/).fill(ADDRESS);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await expect(page.getByText('Étape « Logement » enregistrée.')).toBeVisible();
    // The draft is saved: its id is in the address, so a reload would resume it.
    await expect(page).toHaveURL(/\/accueillir\/proposer\/[0-9a-f-]{36}$/);
    await page.getByLabel(/^Disponible à partir du/).fill(parisToday());
    await page.getByLabel(/^Durée minimale du séjour/).fill('30');
    await page.getByLabel(/^Durée maximale du séjour/).fill('180');
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.getByRole('checkbox', { name: 'Tigrigna' }).check();
    await page.getByRole('checkbox', { name: "J'accepte d'accueillir des enfants" }).check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.getByLabel(/^Règles de la maison/).fill('Calme après 22 h.');
    await page.getByRole('checkbox', { name: 'Je peux aider à pratiquer le français' }).check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.getByRole('radio', { name: VERIFIER }).check();
    await page.getByRole('button', { name: 'Envoyer ma proposition' }).click();
    await expect(page.getByText(`Votre proposition est envoyée à ${VERIFIER}`)).toBeVisible();
    await expect(page.getByText('En attente de visite')).toBeVisible();
    await signOutFromAnywhere(page);

    // The hosting network records its home visit: the home enters matching.
    await signInAs(page, 'hebergement@demo.entraide.localhost');
    await openHosting(page, VERIFIER, 'Vérifications');
    const home = page.getByRole('article', { name: 'Logement de Camille (démo)' });
    await expect(home).toContainText(ADDRESS);
    await home.getByRole('button', { name: 'Visite effectuée' }).click();
    await home.getByLabel(/^Visite faite par/).fill('Hélène');
    await home.getByRole('button', { name: 'Confirmer la vérification' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Déjà traités' })
        .getByRole('article', { name: 'Logement de Camille (démo)' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // Another association refers a household; a run proposes the pair, and the association forwards it.
    await signInAs(page, 'association@demo.entraide.localhost');
    await openHosting(page, REFERENT, 'Foyers');
    const refer = page.getByRole('form', { name: 'Orienter un foyer' });
    await refer.getByLabel(/^Pseudonyme du foyer/).fill(HOUSEHOLD);
    await refer.getByLabel(/^Membre 1/).selectOption({ label: '26–59 ans' });
    await refer.getByRole('button', { name: 'Ajouter un membre' }).click();
    await refer.getByLabel(/^Membre 2/).selectOption({ label: '6–11 ans' });
    await refer.getByRole('checkbox', { name: 'Tigrigna' }).check();
    await refer.getByRole('radio', { name: "Demandeur d'asile" }).check();
    await refer.getByLabel(/^Durée minimale/).fill('30');
    await refer.getByLabel(/^Durée souhaitée/).fill('90');
    await refer.getByRole('checkbox', { name: /^19e/ }).check();
    await refer.getByRole('button', { name: 'Orienter le foyer' }).click();
    await expect(page.getByText(`Foyer orienté : ${HOUSEHOLD}`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('tab', { name: 'Propositions' }).click();
    const proposed = page.getByRole('article', { name: HOUSEHOLD }).filter({ hasText: 'À décider' });
    await expect(proposed).toBeVisible({ timeout: 30_000 });
    await expect(proposed).toContainText(/Adéquation\s:\s100\s%/);
    // The address stays hidden until the host accepts.
    await expect(proposed).not.toContainText(ADDRESS);
    await expectNoSeriousA11yViolations(page);
    await proposed.getByRole('button', { name: "Transmettre à l'hôte" }).click();
    await expect(
      page
        .getByRole('article', { name: HOUSEHOLD })
        .filter({ hasText: "En attente de la réponse de l'hôte" }),
    ).toBeVisible();
    await signOutFromAnywhere(page);

    // The host accepts the household forwarded to them.
    await signInAs(page, 'citoyen@demo.entraide.localhost');
    await page.getByRole('banner').getByRole('link', { name: 'Accueillir' }).click();
    const forwarded = page.getByRole('article', { name: 'Foyer de 2 personnes' });
    await expect(forwarded).toContainText(REFERENT);
    await expect(forwarded).not.toContainText(HOUSEHOLD);
    await forwarded.getByRole('button', { name: 'Accepter' }).click();
    await expect(forwarded.getByRole('form', { name: 'Planifier la rencontre' })).toBeVisible();
    await signOutFromAnywhere(page);

    // Both have said yes: the association sees the address and starts the stay.
    await signInAs(page, 'association@demo.entraide.localhost');
    await openHosting(page, REFERENT, 'Propositions');
    const acceptedCard = page
      .getByRole('article', { name: HOUSEHOLD })
      .filter({ hasText: "Acceptée par l'hôte" });
    await expect(acceptedCard).toContainText(ADDRESS);
    await acceptedCard.getByRole('button', { name: 'Démarrer le séjour' }).click();
    await acceptedCard
      .getByRole('form', { name: `Démarrer le séjour de ${HOUSEHOLD}` })
      .getByRole('button', { name: 'Confirmer le début du séjour' })
      .click();
    await page.getByRole('tab', { name: 'Séjours' }).click();
    const stay = page.getByRole('article').filter({ hasText: HOUSEHOLD }).filter({ hasText: 'En cours' });
    await expect(stay).toContainText(ADDRESS);
    await expectNoSeriousA11yViolations(page);
    await signOutFromAnywhere(page);

    // The host has to stop early.
    await signInAs(page, 'citoyen@demo.entraide.localhost');
    await page.getByRole('banner').getByRole('link', { name: 'Accueillir' }).click();
    const hosting = page.getByRole('article', { name: 'Séjour : Foyer de 2 personnes' });
    await hosting.getByRole('button', { name: 'Mettre fin au séjour' }).click();
    await hosting.getByLabel(/^Motif/).fill('Raisons familiales');
    await hosting.getByRole('button', { name: 'Mettre fin au séjour' }).click();
    await page.getByRole('button', { name: 'Oui, mettre fin au séjour' }).click();
    await expect(hosting).toContainText('Terminé');
    await expect(page.getByText('En pause', { exact: true })).toBeVisible();
    await signOutFromAnywhere(page);

    // The household is back in the pool, urgent, and another home is proposed at once.
    await signInAs(page, 'association@demo.entraide.localhost');
    await openHosting(page, REFERENT, 'Foyers');
    const household = page.getByRole('article', { name: HOUSEHOLD });
    await expect(household).toContainText('Urgent');
    await expect(household).toContainText('En attente');
    await page.getByRole('tab', { name: 'Propositions' }).click();
    const alternative = page.getByRole('article', { name: HOUSEHOLD }).filter({ hasText: 'À décider' });
    await expect(alternative).toBeVisible({ timeout: 30_000 });
    await expect(alternative).toContainText('Urgent');
    await expect(alternative).toContainText('19e');
    await signOutFromAnywhere(page);

    // Coordinators see hosting per arrondissement: figures, never a household's record or a home's address.
    await signInAs(page, 'coordination@demo.entraide.localhost');
    await accountNav(page).getByRole('button', { name: 'Coordination' }).click();
    await page.getByRole('menuitem', { name: 'Hébergement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hébergement' })).toBeVisible();
    await page
      .locator('label')
      .filter({ hasText: /^Foyers en attente$/ })
      .click();
    await expect(page.getByRole('radio', { name: 'Foyers en attente' })).toBeChecked();
    await expect(page.getByRole('table', { name: 'Chiffres par arrondissement' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(HOUSEHOLD);
    await expect(page.getByRole('main')).not.toContainText(ADDRESS);
    await expectNoSeriousA11yViolations(page);
  });
});
