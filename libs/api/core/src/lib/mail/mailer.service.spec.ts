import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadAppConfig } from '../config/app-config';
import { Logger } from '@nestjs/common';

import { MailerService } from './mailer.service';

describe('MailerService without SMTP_URL', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'entraide-mail-'));
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('writes each message as an .eml file under DATA_DIR/mail and logs its link', async () => {
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const mailer = new MailerService(
      loadAppConfig({ DATA_DIR: dataDir, MAIL_FROM: 'Entraide <hello@entraide.test>' }),
    );
    await mailer.send({
      to: 'awa@example.org',
      subject: 'Confirmez votre adresse',
      text: 'Bonjour Awa,\nhttp://localhost:3000/verifier-email?token=abc',
      link: 'http://localhost:3000/verifier-email?token=abc',
    });
    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/awa-example-org\.eml$/);
    const eml = await readFile(join(dataDir, 'mail', files[0]), 'utf8');
    expect(eml).toContain('From: Entraide <hello@entraide.test>');
    expect(eml).toContain('To: awa@example.org');
    expect(eml).toContain('Subject: Confirmez votre adresse');
    expect(eml).toContain('http://localhost:3000/verifier-email?token=abc');
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('its link: http://localhost:3000/verifier-email?token=abc'),
    );
    logged.mockRestore();
  });
});
