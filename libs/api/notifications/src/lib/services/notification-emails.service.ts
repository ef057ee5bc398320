import { APP_CONFIG, AppConfig, JobsService, MailerService, OutgoingMail } from '@entraide/api-core';
import { Language } from '@entraide/shared';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { NotificationParams, renderNotification } from '../notification-texts';
import { EmailFrequency, NotificationKind } from '../notifications.enums';

export const NOTIFICATION_EMAIL_QUEUE = 'notifications-email';
export const NOTIFICATION_DIGEST_QUEUE = 'notifications-digest';
/** A notification's mail is tried this many times (once a minute), then left FAILED; the app still shows it. */
export const MAX_EMAIL_ATTEMPTS = 3;
const BATCH = 200;
const DIGEST_MAX = 100;

interface PendingMail {
  id: string;
  user_id: string;
  email: string;
  kind: NotificationKind;
  params: NotificationParams[NotificationKind];
  link: string | null;
}

export interface DeliveryFigures {
  sent: number;
  failed: number;
}

/**
 * Mails notifications from the outbox: each minute those of people who want them at once, each morning
 * (06:00 UTC) one digest per person who chose it. Claimed with SKIP LOCKED so replicas share the work; a
 * failed mail counts an attempt and is tried again at the next run, up to {@link MAX_EMAIL_ATTEMPTS}.
 */
@Injectable()
export class NotificationEmailsService implements OnModuleInit {
  private readonly logger = new Logger('NotificationEmails');

  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly mailer: MailerService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      queue: NOTIFICATION_EMAIL_QUEUE,
      handle: async () => void (await this.deliverImmediate()),
      schedule: { cron: '* * * * *', data: {} },
      retryLimit: 2,
    });
    this.jobs.register({
      queue: NOTIFICATION_DIGEST_QUEUE,
      handle: async () => void (await this.deliverDigests()),
      schedule: { cron: '0 6 * * *', data: {} },
      retryLimit: 2,
    });
  }

  async deliverImmediate(): Promise<DeliveryFigures> {
    return this.manager.transaction(async (tx) => {
      const pending = await this.claim(tx, EmailFrequency.IMMEDIATE, BATCH);
      const figures = { sent: 0, failed: 0 };
      for (const mail of pending) {
        const ok = await this.attempt(tx, [mail.id], () => this.mailer.send(this.single(mail)));
        figures[ok ? 'sent' : 'failed']++;
      }
      return figures;
    });
  }

  async deliverDigests(): Promise<DeliveryFigures> {
    return this.manager.transaction(async (tx) => {
      const pending = await this.claim(tx, EmailFrequency.DAILY_DIGEST, BATCH * 10);
      const byPerson = new Map<string, PendingMail[]>();
      for (const mail of pending) byPerson.set(mail.user_id, [...(byPerson.get(mail.user_id) ?? []), mail]);
      const figures = { sent: 0, failed: 0 };
      for (const mails of byPerson.values()) {
        const included = mails.slice(0, DIGEST_MAX);
        const ok = await this.attempt(
          tx,
          included.map((mail) => mail.id),
          () => this.mailer.send(this.digest(included)),
        );
        figures[ok ? 'sent' : 'failed']++;
      }
      return figures;
    });
  }

  private claim(tx: EntityManager, frequency: EmailFrequency, limit: number): Promise<PendingMail[]> {
    return tx.query(
      `SELECT n.id, n.user_id, u.email, n.kind, n.params, n.link
       FROM notification n JOIN app_user u ON u.id = n.user_id
       LEFT JOIN notification_preference p ON p.user_id = n.user_id
       WHERE n.email_status = 'PENDING' AND u.deleted_at IS NULL
         AND coalesce(p.email_frequency, 'IMMEDIATE') = $1
       ORDER BY n.created_at LIMIT $2
       FOR UPDATE OF n SKIP LOCKED`,
      [frequency, limit],
    );
  }

  /** Sends; records success, or one more attempt (FAILED after the last) without ever throwing. */
  private async attempt(tx: EntityManager, ids: string[], send: () => Promise<void>): Promise<boolean> {
    try {
      await send();
      await tx.query(
        `UPDATE notification SET email_status = 'SENT', emailed_at = now(), email_attempts = email_attempts + 1,
                email_error = NULL
         WHERE id = ANY ($1::uuid[])`,
        [ids],
      );
      return true;
    } catch (error) {
      const message = String(error).slice(0, 500);
      this.logger.warn(`Notification mail not sent (${ids.length} notification(s)): ${message}`);
      await tx.query(
        `UPDATE notification SET email_attempts = email_attempts + 1, email_error = $2,
                email_status = CASE WHEN email_attempts + 1 >= $3 THEN 'FAILED' ELSE 'PENDING' END
         WHERE id = ANY ($1::uuid[])`,
        [ids, message, MAX_EMAIL_ATTEMPTS],
      );
      return false;
    }
  }

  private single(mail: PendingMail): OutgoingMail {
    const fr = renderNotification(mail.kind, mail.params, Language.FR);
    const en = renderNotification(mail.kind, mail.params, Language.EN);
    const link = `${this.config.publicUrl}${mail.link ?? '/notifications'}`;
    return {
      to: mail.email,
      subject: fr.title === en.title ? fr.title : `${fr.title} · ${en.title}`,
      text: [fr.title, '', fr.body, link, '', '—', '', en.title, '', en.body, link, '', this.footer()].join(
        '\n',
      ),
      link,
    };
  }

  private digest(mails: PendingMail[]): OutgoingMail {
    const lines = (language: Language) =>
      mails.flatMap((mail) => {
        const { title, body } = renderNotification(mail.kind, mail.params, language);
        return [`• ${title}`, `  ${body}`, `  ${this.config.publicUrl}${mail.link ?? '/notifications'}`];
      });
    const link = `${this.config.publicUrl}/notifications`;
    return {
      to: mails[0].email,
      subject: `Entraide : ${mails.length} nouvelle(s) notification(s) · ${mails.length} new notification(s)`,
      text: [
        'Votre résumé du jour :',
        '',
        ...lines(Language.FR),
        '',
        '—',
        '',
        'Your daily summary:',
        '',
        ...lines(Language.EN),
        '',
        this.footer(),
      ].join('\n'),
      link,
    };
  }

  private footer(): string {
    const preferences = `${this.config.publicUrl}/notifications#preferences`;
    return `Choisir quand recevoir ces mails · Choose when to get these mails: ${preferences}`;
  }
}
