import { APP_CONFIG, AppConfig, MailerService, OutgoingMail } from '@entraide/api-core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { toBuffer } from 'qrcode';
import { EntityManager } from 'typeorm';

import { DropOffBookingModel } from '../models/items.models';

/** The booking confirmation: code, QR code, place and time, in French then English. */
@Injectable()
export class DropOffMailService {
  private readonly logger = new Logger('DropOffMail');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sent in the background: a mail problem never undoes a booking (the code is on screen too). */
  sendConfirmation(booking: DropOffBookingModel, donorId: string): void {
    this.compose(booking, donorId)
      .then((mail) => (mail ? this.mailer.send(mail) : undefined))
      .catch((error: unknown) =>
        this.logger.error(`Could not mail drop-off ${booking.code}: ${String(error)}`),
      );
  }

  private async compose(booking: DropOffBookingModel, donorId: string): Promise<OutgoingMail | null> {
    const [donor] = await this.manager.query(
      `SELECT email, display_name FROM app_user WHERE id = $1 AND deleted_at IS NULL`,
      [donorId],
    );
    if (!donor) return null;
    const qr = await toBuffer(booking.code, {
      type: 'png',
      width: 240,
      margin: 2,
      errorCorrectionLevel: 'M',
    });
    const link = `${this.config.publicUrl}/mes-dons`;
    const when = (locale: string) =>
      `${new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' }).format(booking.slotStartsAt)}` +
      `–${new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Paris', timeStyle: 'short' }).format(booking.slotEndsAt)}`;
    const items = booking.offers.map((offer) => `${offer.quantity} × ${offer.variant.labelFr}`);
    const itemsEn = booking.offers.map((offer) => `${offer.quantity} × ${offer.variant.labelEn}`);
    const point = `${booking.collectionPoint.name}, ${booking.collectionPoint.address}`;
    const text = [
      `Bonjour ${donor.display_name},`,
      '',
      `Votre dépôt est réservé : ${when('fr-FR')}, ${point}.`,
      `Code de dépôt : ${booking.code} (montrez-le ou le QR code joint à l'accueil).`,
      `Ce que vous apportez : ${items.join(', ')}.`,
      `Modifier ou annuler : ${link}`,
      '',
      '—',
      '',
      `Hello ${donor.display_name},`,
      '',
      `Your drop-off is booked: ${when('en-GB')}, ${point}.`,
      `Drop-off code: ${booking.code} (show it, or the attached QR code, at the desk).`,
      `What you bring: ${itemsEn.join(', ')}.`,
      `Change or cancel: ${link}`,
    ].join('\n');
    const html = `<p>${escapeHtml(text.split('\n').slice(0, 3).join(' '))}</p>
<p style="font-size:28px;font-family:monospace;letter-spacing:4px"><strong>${booking.code}</strong></p>
<p><img src="cid:drop-off-qr" alt="QR code ${booking.code}" width="240" height="240"></p>
<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`;
    return {
      to: donor.email,
      subject: `Dépôt réservé · Drop-off booked — ${booking.code}`,
      text,
      html,
      link,
      attachments: [
        { filename: `depot-${booking.code}.png`, content: qr, contentType: 'image/png', cid: 'drop-off-qr' },
      ],
    };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
