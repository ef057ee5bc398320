import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The link the mail is about (verification, reset…), logged when mail goes to files. */
  link?: string;
  /** An HTML alternative to `text`, which may show inline attachments by `cid:`. */
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string; cid?: string }[];
}

/**
 * Sends mail through `SMTP_URL`; without it, writes each message as an `.eml` file under
 * `<DATA_DIR>/mail/` and logs its link, so that someone running Entraide locally can follow it.
 */
@Injectable()
export class MailerService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly mailDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.mailDir = join(config.dataDir, 'mail');
    this.transport = config.smtpUrl
      ? createTransport(config.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
    });
    if (this.config.smtpUrl) return;
    await mkdir(this.mailDir, { recursive: true });
    const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
    const file = join(this.mailDir, `${stamp}-${slug(mail.to)}.eml`);
    await writeFile(file, (info as { message: Buffer }).message);
    this.logger.log(`Mail to ${mail.to} written to ${file}${mail.link ? `; its link: ${mail.link}` : ''}`);
  }
}

function slug(address: string): string {
  return address.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
}
