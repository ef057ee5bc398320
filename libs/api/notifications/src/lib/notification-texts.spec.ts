import { Language } from '@entraide/shared';

import { NotificationParams, renderNotification } from './notification-texts';
import { NotificationKind } from './notifications.enums';

/** Intl separates figures and units with no-break spaces (U+00A0, U+202F): compare with plain ones. */
function plain(text: { title: string; body: string }): { title: string; body: string } {
  return { title: text.title.replace(/\s/g, ' '), body: text.body.replace(/\s/g, ' ') };
}

function both<K extends NotificationKind>(kind: K, params: NotificationParams[K]) {
  return {
    fr: plain(renderNotification(kind, params, Language.FR)),
    en: plain(renderNotification(kind, params, Language.EN)),
  };
}

describe('renderNotification', () => {
  it('words proposals to review with their counts, singular and plural, in French and English', () => {
    expect(
      both(NotificationKind.PROPOSAL_TO_REVIEW, { forName: 'Accueil 18e', items: 2, hosting: 1 }),
    ).toEqual({
      fr: {
        title: 'Propositions à examiner pour Accueil 18e',
        body: "2 propositions d'objets et 1 proposition d'hébergement à accepter ou refuser.",
      },
      en: {
        title: 'Proposals to review for Accueil 18e',
        body: '2 item proposals and 1 host proposal to accept or decline.',
      },
    });
    // A count of zero is left out rather than written "0 …".
    expect(
      both(NotificationKind.PROPOSAL_TO_REVIEW, { forName: 'Abri', items: 1, hosting: 0 }),
    ).toMatchObject({
      fr: { body: "1 proposition d'objets à accepter ou refuser." },
      en: { body: '1 item proposal to accept or decline.' },
    });
    expect(
      both(NotificationKind.PROPOSAL_TO_REVIEW, { forName: 'Abri', items: 0, hosting: 3 }),
    ).toMatchObject({
      fr: { body: "3 propositions d'hébergement à accepter ou refuser." },
      en: { body: '3 host proposals to accept or decline.' },
    });
  });

  it('dates a drop-off in Paris time, summer and winter, with its point and code', () => {
    // 08:00 UTC is 10:00 in Paris in June (UTC+2).
    expect(
      both(NotificationKind.DROP_OFF_TOMORROW, {
        code: 'K7P2',
        pointName: 'Mairie du 18e',
        startsAt: '2025-06-14T08:00:00.000Z',
      }),
    ).toEqual({
      fr: { title: 'Votre dépôt samedi 14 juin à 10:00', body: 'À Mairie du 18e, code K7P2.' },
      en: { title: 'Your drop-off Saturday 14 June at 10:00', body: 'At Mairie du 18e, code K7P2.' },
    });
    // 23:30 UTC on 14 January is already 00:30 on the 15th in Paris (UTC+1).
    const winter = both(NotificationKind.DROP_OFF_TOMORROW, {
      code: 'A1',
      pointName: 'Point',
      startsAt: '2025-01-14T23:30:00.000Z',
    });
    expect(winter.fr.title).toBe('Votre dépôt mercredi 15 janvier à 00:30');
    expect(winter.en.title).toBe('Your drop-off Wednesday 15 January at 00:30');
  });

  it('reminds of a shift with its mission, dated in Paris time', () => {
    expect(
      both(NotificationKind.SHIFT_REMINDER, {
        missionTitle: 'Tri des dons',
        startsAt: '2025-03-31T07:15:00.000Z',
      }),
    ).toEqual({
      fr: {
        title: 'Votre créneau lundi 31 mars à 09:15',
        body: '« Tri des dons » : merci de votre engagement.',
      },
      en: {
        title: 'Your shift Monday 31 March at 09:15',
        body: '“Tri des dons”: thank you for giving your time.',
      },
    });
  });

  it('names the covered need in each language', () => {
    expect(
      both(NotificationKind.NEED_COVERED, {
        itemLabelFr: 'Couvertures',
        itemLabelEn: 'Blankets',
        organisationName: 'Accueil 18e',
      }),
    ).toEqual({
      fr: {
        title: 'Besoin couvert : Couvertures',
        body: "Accueil 18e a reçu tout ce qu'elle demandait. Merci !",
      },
      en: {
        title: 'Need covered: Blankets',
        body: 'Accueil 18e has received everything it asked for. Thank you!',
      },
    });
  });

  it('formats a donation in euros, the French and the English way', () => {
    expect(
      both(NotificationKind.DONATION_RECEIVED, { initiativeTitle: 'Maraude', amountCents: 123450 }),
    ).toEqual({
      fr: { title: 'Don reçu : 1 234,50 €', body: 'Pour « Maraude ».' },
      en: { title: 'Donation received: €1,234.50', body: 'For “Maraude”.' },
    });
    expect(
      both(NotificationKind.DONATION_RECEIVED, { initiativeTitle: 'Maraude', amountCents: 500 }),
    ).toMatchObject({ fr: { title: 'Don reçu : 5,00 €' }, en: { title: 'Donation received: €5.00' } });
  });

  it('gives an announcement verbatim, whatever the language', () => {
    const params = {
      title: 'Réunion des partenaires',
      body: 'Jeudi à 18 h, salle des fêtes.\nVenez nombreux — 100 % bénévoles & <b>partenaires</b>.',
      districtCode: '75018',
    };
    expect(renderNotification(NotificationKind.ANNOUNCEMENT, params, Language.FR)).toEqual({
      title: params.title,
      body: params.body,
    });
    expect(renderNotification(NotificationKind.ANNOUNCEMENT, params, Language.EN)).toEqual({
      title: params.title,
      body: params.body,
    });
  });

  it('words every kind there is', () => {
    const samples: { [K in NotificationKind]: NotificationParams[K] } = {
      PROPOSAL_TO_REVIEW: { forName: 'A', items: 1, hosting: 1 },
      DROP_OFF_TOMORROW: { code: 'C', pointName: 'P', startsAt: '2025-06-14T08:00:00.000Z' },
      SHIFT_REMINDER: { missionTitle: 'M', startsAt: '2025-06-14T08:00:00.000Z' },
      NEED_COVERED: { itemLabelFr: 'F', itemLabelEn: 'E', organisationName: 'O' },
      DONATION_RECEIVED: { initiativeTitle: 'I', amountCents: 100 },
      ANNOUNCEMENT: { title: 'T', body: 'B', districtCode: null },
    };
    for (const kind of Object.values(NotificationKind)) {
      for (const language of Object.values(Language)) {
        const { title, body } = renderNotification(kind, samples[kind], language);
        expect(title.length).toBeGreaterThan(0);
        expect(body.length).toBeGreaterThan(0);
      }
    }
  });
});
