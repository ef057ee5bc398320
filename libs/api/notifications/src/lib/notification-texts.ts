import { Language } from '@entraide/shared';

import { NotificationKind } from './notifications.enums';

/** The facts a notification carries, per kind; the wording is made when it is read or mailed. */
export interface NotificationParams {
  [NotificationKind.PROPOSAL_TO_REVIEW]: { forName: string; items: number; hosting: number };
  [NotificationKind.DROP_OFF_TOMORROW]: { code: string; pointName: string; startsAt: string };
  [NotificationKind.SHIFT_REMINDER]: { missionTitle: string; startsAt: string };
  [NotificationKind.NEED_COVERED]: { itemLabelFr: string; itemLabelEn: string; organisationName: string };
  [NotificationKind.DONATION_RECEIVED]: { initiativeTitle: string; amountCents: number };
  [NotificationKind.ANNOUNCEMENT]: { title: string; body: string; districtCode: string | null };
}

export interface NotificationText {
  title: string;
  body: string;
}

const PARIS = 'Europe/Paris';

function when(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === Language.EN ? 'en-GB' : 'fr-FR', {
    timeZone: PARIS,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function euros(cents: number, language: Language): string {
  return new Intl.NumberFormat(language === Language.EN ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Words a notification in French or English from its kind and facts. */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  params: NotificationParams[K],
  language: Language,
): NotificationText {
  const en = language === Language.EN;
  switch (kind) {
    case NotificationKind.PROPOSAL_TO_REVIEW: {
      const { forName, items, hosting } = params as NotificationParams['PROPOSAL_TO_REVIEW'];
      const parts = en
        ? [
            items && plural(items, 'item proposal', 'item proposals'),
            hosting && plural(hosting, 'host proposal', 'host proposals'),
          ]
        : [
            items && plural(items, "proposition d'objets", "propositions d'objets"),
            hosting && plural(hosting, "proposition d'hébergement", "propositions d'hébergement"),
          ];
      const what = parts.filter(Boolean).join(en ? ' and ' : ' et ');
      return en
        ? { title: `Proposals to review for ${forName}`, body: `${what} to accept or decline.` }
        : {
            title: `Propositions à examiner pour ${forName}`,
            body: `${what} à accepter ou refuser.`,
          };
    }
    case NotificationKind.DROP_OFF_TOMORROW: {
      const { code, pointName, startsAt } = params as NotificationParams['DROP_OFF_TOMORROW'];
      return en
        ? { title: `Your drop-off ${when(startsAt, language)}`, body: `At ${pointName}, code ${code}.` }
        : { title: `Votre dépôt ${when(startsAt, language)}`, body: `À ${pointName}, code ${code}.` };
    }
    case NotificationKind.SHIFT_REMINDER: {
      const { missionTitle, startsAt } = params as NotificationParams['SHIFT_REMINDER'];
      return en
        ? {
            title: `Your shift ${when(startsAt, language)}`,
            body: `“${missionTitle}”: thank you for giving your time.`,
          }
        : {
            title: `Votre créneau ${when(startsAt, language)}`,
            body: `« ${missionTitle} » : merci de votre engagement.`,
          };
    }
    case NotificationKind.NEED_COVERED: {
      const { itemLabelFr, itemLabelEn, organisationName } = params as NotificationParams['NEED_COVERED'];
      return en
        ? {
            title: `Need covered: ${itemLabelEn}`,
            body: `${organisationName} has received everything it asked for. Thank you!`,
          }
        : {
            title: `Besoin couvert : ${itemLabelFr}`,
            body: `${organisationName} a reçu tout ce qu'elle demandait. Merci !`,
          };
    }
    case NotificationKind.DONATION_RECEIVED: {
      const { initiativeTitle, amountCents } = params as NotificationParams['DONATION_RECEIVED'];
      return en
        ? { title: `Donation received: ${euros(amountCents, language)}`, body: `For “${initiativeTitle}”.` }
        : { title: `Don reçu : ${euros(amountCents, language)}`, body: `Pour « ${initiativeTitle} ».` };
    }
    case NotificationKind.ANNOUNCEMENT: {
      const { title, body } = params as NotificationParams['ANNOUNCEMENT'];
      return { title, body };
    }
  }
  throw new Error(`Unknown notification kind ${String(kind)}`);
}
