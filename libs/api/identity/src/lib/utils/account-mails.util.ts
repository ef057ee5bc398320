import type { OutgoingMail } from '@entraide/api-core';

/** Mails about the account, in French then English (the language of the person is not known yet). */
export function verificationMail(
  to: string,
  displayName: string,
  publicUrl: string,
  token: string,
): OutgoingMail {
  const link = `${publicUrl}/verifier-email?token=${encodeURIComponent(token)}`;
  return {
    to,
    link,
    subject: 'Confirmez votre adresse e-mail · Confirm your email address',
    text: [
      `Bonjour ${displayName},`,
      '',
      'Bienvenue sur Entraide. Pour confirmer votre adresse e-mail, ouvrez ce lien (valable 7 jours) :',
      link,
      '',
      '—',
      '',
      `Hello ${displayName},`,
      '',
      'Welcome to Entraide. To confirm your email address, open this link (valid for 7 days):',
      link,
    ].join('\n'),
  };
}

export function passwordResetMail(
  to: string,
  displayName: string,
  publicUrl: string,
  token: string,
): OutgoingMail {
  const link = `${publicUrl}/nouveau-mot-de-passe?token=${encodeURIComponent(token)}`;
  return {
    to,
    link,
    subject: 'Choisir un nouveau mot de passe · Choose a new password',
    text: [
      `Bonjour ${displayName},`,
      '',
      'Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure) :',
      link,
      "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.",
      '',
      '—',
      '',
      `Hello ${displayName},`,
      '',
      'To choose a new password, open this link (valid for 1 hour):',
      link,
      'If you did not ask for this, ignore this message: your password stays the same.',
    ].join('\n'),
  };
}

export function invitationMail(
  to: string,
  organisationName: string,
  publicUrl: string,
  token: string,
): OutgoingMail {
  const link = `${publicUrl}/invitation?token=${encodeURIComponent(token)}`;
  return {
    to,
    link,
    subject: `Invitation à rejoindre ${organisationName} · Invitation to join ${organisationName}`,
    text: [
      'Bonjour,',
      '',
      `Vous êtes invité·e à rejoindre ${organisationName} sur Entraide. Connectez-vous (ou créez un compte avec`,
      'cette adresse), puis ouvrez ce lien (valable 14 jours) :',
      link,
      '',
      '—',
      '',
      'Hello,',
      '',
      `You are invited to join ${organisationName} on Entraide. Sign in (or create an account with this address),`,
      'then open this link (valid for 14 days):',
      link,
    ].join('\n'),
  };
}
