import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { APP_CONFIG, AppConfig, MailerService, OutgoingMail } from '@entraide/api-core';
import { IdentityModule, SESSION_COOKIE } from '@entraide/api-identity';
import {
  createTestApp,
  decodeQuotedPrintable,
  errorCode,
  Person,
  TestApp,
  TestWorld,
} from '@entraide/api-testing';

import { NotificationParams } from './notification-texts';
import { EmailFrequency, NotificationKind } from './notifications.enums';
import { NotificationsModule } from './notifications.module';
import { MAX_EMAIL_ATTEMPTS, NotificationEmailsService } from './services/notification-emails.service';
import { NotificationsService } from './services/notifications.service';

const PAGE = `query ($first: Int, $after: String, $lang: Language) {
  notifications(first: $first, after: $after, lang: $lang) {
    notifications { id kind title body link createdAt readAt } unreadCount endCursor hasNextPage } }`;
const MARK_READ = `mutation ($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { unreadCount } }`;
const PREFERENCES = `{ notificationPreferences { emailFrequency mutedKinds } }`;
const UPDATE_PREFERENCES = `mutation ($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) { emailFrequency mutedKinds } }`;

interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

interface Page {
  notifications: {
    notifications: NotificationView[];
    unreadCount: number;
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

const DONATION: NotificationParams['DONATION_RECEIVED'] = { initiativeTitle: 'Maraude', amountCents: 2500 };

describe('the notification centre', () => {
  let api: TestApp;
  let world: TestWorld;
  let centre: NotificationsService;
  let emails: NotificationEmailsService;
  let mailer: MailerService;
  let config: AppConfig;
  let references = 0;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, NotificationsModule] });
    world = new TestWorld(api);
    centre = api.app.get(NotificationsService);
    emails = api.app.get(NotificationEmailsService);
    mailer = api.app.get(MailerService);
    config = api.app.get<AppConfig>(APP_CONFIG);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(() => api.close());

  /** Notifies in a transaction of its own, as a domain does in the transaction of what happened. */
  function notify(
    userIds: string[],
    options: { kind?: NotificationKind; reference?: string; params?: object; link?: string | null } = {},
  ): Promise<number> {
    return world.db.transaction((tx) =>
      centre.notify(tx, {
        userIds,
        kind: options.kind ?? NotificationKind.DONATION_RECEIVED,
        reference: options.reference ?? `ref-${++references}`,
        params: (options.params ?? DONATION) as NotificationParams[NotificationKind],
        link: options.link === undefined ? '/mes-dons' : options.link,
      }),
    );
  }

  const rowsOf = (userId: string) =>
    world.sql<{
      id: string;
      kind: string;
      email_status: string;
      email_attempts: number;
      email_error: string | null;
    }>(
      `SELECT id, kind, email_status, email_attempts, email_error FROM notification WHERE user_id = $1
       ORDER BY created_at, id`,
      [userId],
    );

  const emailOf = async (person: Person) =>
    (await world.sql<{ email: string }>(`SELECT email FROM app_user WHERE id = $1`, [person.id]))[0].email;

  /** Mail already waiting belongs to earlier tests: set it aside so that each delivery test counts its own. */
  const setAsideOutbox = () =>
    world.sql(`UPDATE notification SET email_status = 'SKIPPED' WHERE email_status = 'PENDING'`);

  /** The .eml files written for an address, decoded. */
  async function mailsTo(address: string): Promise<string[]> {
    const dir = join(api.dataDir, 'mail');
    const files = (await readdir(dir).catch(() => [] as string[]))
      .filter((file) => file.endsWith(`-${address.replace(/[^a-z0-9]+/gi, '-')}.eml`))
      .sort();
    return Promise.all(
      files.map(async (file) => decodeQuotedPrintable(await readFile(join(dir, file), 'utf8'))),
    );
  }

  describe('notify', () => {
    it('records a notice once per person, kind and reference', async () => {
      const awa = await world.person('Awa');
      expect(await notify([awa.id, awa.id], { reference: 'payment-1' })).toBe(1);
      expect(await notify([awa.id], { reference: 'payment-1' })).toBe(0);
      expect(await rowsOf(awa.id)).toHaveLength(1);
      // Another kind with the same reference, or another reference, is another notice.
      expect(
        await notify([awa.id], {
          reference: 'payment-1',
          kind: NotificationKind.ANNOUNCEMENT,
          params: { title: 'Bonjour', body: 'Texte', districtCode: null },
        }),
      ).toBe(1);
      expect(await notify([awa.id], { reference: 'payment-2' })).toBe(1);
      expect(await rowsOf(awa.id)).toHaveLength(3);
    });

    it('notifies nobody whose account is deleted, and nobody at all for an empty list', async () => {
      const gone = await world.person('Gone');
      const here = await world.person('Here');
      await world.sql(`UPDATE app_user SET deleted_at = now() WHERE id = $1`, [gone.id]);
      expect(await notify([gone.id, here.id])).toBe(1);
      expect(await rowsOf(gone.id)).toEqual([]);
      expect(await rowsOf(here.id)).toEqual([expect.objectContaining({ email_status: 'PENDING' })]);
      expect(await notify([])).toBe(0);
    });

    it('skips the mail of people who want none, or not of this kind, but still shows the notice', async () => {
      const never = await world.person('Never');
      const muting = await world.person('Muting');
      await world.sql(
        `INSERT INTO notification_preference (user_id, email_frequency, muted_kinds)
         VALUES ($1, 'NEVER', '{}'), ($2, 'IMMEDIATE', '{DONATION_RECEIVED}')`,
        [never.id, muting.id],
      );
      await notify([never.id, muting.id]);
      await notify([muting.id], {
        kind: NotificationKind.ANNOUNCEMENT,
        params: { title: 'Bonjour', body: 'Texte', districtCode: null },
      });
      expect((await rowsOf(never.id)).map((row) => row.email_status)).toEqual(['SKIPPED']);
      expect((await rowsOf(muting.id)).map((row) => [row.kind, row.email_status])).toEqual([
        ['DONATION_RECEIVED', 'SKIPPED'],
        ['ANNOUNCEMENT', 'PENDING'],
      ]);
      const page = await api.graphql<Page>(PAGE, {}, never.headers);
      expect(page.data!.notifications.notifications).toHaveLength(1);
    });
  });

  describe('the notifications query', () => {
    let reader: Person;
    let other: Person;
    /** The reader's notification ids, newest first (ties on the clock broken by id, as the query does). */
    let expected: string[];

    beforeAll(async () => {
      reader = await world.person('Reader');
      other = await world.person('Other');
      await notify([other.id]);
      // Five in one transaction share their creation time: pages must still neither repeat nor skip any.
      await world.db.transaction(async (tx) => {
        for (let index = 0; index < 5; index++)
          await centre.notify(tx, {
            userIds: [reader.id],
            kind: NotificationKind.DONATION_RECEIVED,
            reference: `same-time-${index}`,
            params: { initiativeTitle: `Initiative ${index}`, amountCents: 100 * (index + 1) },
            link: null,
          });
      });
      for (let index = 0; index < 3; index++) await notify([reader.id]);
      await notify([other.id]);
      expected = (
        await world.sql<{ id: string }>(
          `SELECT id FROM notification WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
          [reader.id],
        )
      ).map((row) => row.id);
      expect(expected).toHaveLength(8);
    });

    it("answers only the signed-in person's notifications, newest first, worded in the language asked", async () => {
      const response = await api.graphql<Page>(PAGE, { first: 50, lang: 'EN' }, reader.headers);
      expect(response.errors).toBeUndefined();
      const { notifications, unreadCount, hasNextPage, endCursor } = response.data!.notifications;
      expect(notifications.map((notification) => notification.id)).toEqual(expected);
      expect(unreadCount).toBe(8);
      expect(hasNextPage).toBe(false);
      expect(endCursor).toEqual(expect.any(String));
      const newest = notifications[0];
      expect(newest).toMatchObject({
        kind: 'DONATION_RECEIVED',
        title: 'Donation received: €25.00',
        body: 'For “Maraude”.',
        link: '/mes-dons',
        readAt: null,
      });
      const dates = notifications.map((notification) => Date.parse(notification.createdAt));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      const french = await api.graphql<Page>(PAGE, { first: 1 }, reader.headers);
      expect(french.data!.notifications.notifications[0].title.replace(/\s/g, ' ')).toBe(
        'Don reçu : 25,00 €',
      );
    });

    it('pages with a cursor without repeating or skipping any, even among notices of the same instant', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      const pages: boolean[] = [];
      do {
        const response: { data?: Page; errors?: unknown[] } = await api.graphql<Page>(
          PAGE,
          { first: 3, after },
          reader.headers,
        );
        expect(response.errors).toBeUndefined();
        const page = response.data!.notifications;
        seen.push(...page.notifications.map((notification) => notification.id));
        pages.push(page.hasNextPage);
        after = page.hasNextPage ? page.endCursor : null;
        expect(page.unreadCount).toBe(8);
      } while (after !== null && pages.length < 10);
      expect(seen).toEqual(expected);
      expect(pages).toEqual([true, true, false]);
      // Pages of two, which end inside the group of five sharing one instant.
      const twos: string[] = [];
      after = null;
      for (let count = 0; count < 4; count++) {
        const response: { data?: Page } = await api.graphql<Page>(PAGE, { first: 2, after }, reader.headers);
        twos.push(...response.data!.notifications.notifications.map((notification) => notification.id));
        after = response.data!.notifications.endCursor;
      }
      expect(twos).toEqual(expected);
    });

    it('refuses a page size out of range, a bad cursor, and people signed out', async () => {
      for (const first of [0, -1, 51])
        expect(errorCode(await api.graphql(PAGE, { first }, reader.headers))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.graphql(PAGE, { first: 50 }, reader.headers))).toBeUndefined();
      const badCursors = [
        'not-a-cursor',
        Buffer.from('yesterday|nobody').toString('base64url'),
        Buffer.from(`2025-01-01 10:00:00+00|not-a-uuid`).toString('base64url'),
        // Shaped like a cursor, but no such instant.
        ...[
          '2025-13-45 10:00:00+00',
          '2025-02-30 10:00:00+00',
          '2025-06-14 25:00:00+00',
          '2025-06-14 10:00:00+99',
        ].map((stamp) => Buffer.from(`${stamp}|${expected[0]}`).toString('base64url')),
      ];
      for (const after of badCursors)
        expect(errorCode(await api.graphql(PAGE, { after }, reader.headers))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.graphql(PAGE, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.graphql(PREFERENCES, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.graphql(MARK_READ, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('marking read', () => {
    it("marks the given notifications read, and leaves other people's alone", async () => {
      const reader = await world.person('Reader');
      const other = await world.person('Other');
      for (let index = 0; index < 3; index++) await notify([reader.id, other.id]);
      const [first, second] = (await rowsOf(reader.id)).map((row) => row.id);
      const othersId = (await rowsOf(other.id))[0].id;

      const response = await api.graphql(MARK_READ, { ids: [first, othersId] }, reader.headers);
      expect(response.data).toEqual({ markNotificationsRead: { unreadCount: 2 } });
      const unreadOf = async (userId: string) =>
        (
          await world.sql<{ id: string }>(
            `SELECT id FROM notification WHERE user_id = $1 AND read_at IS NULL ORDER BY id`,
            [userId],
          )
        ).map((row) => row.id);
      expect(await unreadOf(reader.id)).not.toContain(first);
      expect(await unreadOf(other.id)).toHaveLength(3);
      const page = await api.graphql<Page>(PAGE, {}, reader.headers);
      const marked = page.data!.notifications.notifications.find((notification) => notification.id === first);
      expect(marked!.readAt).toEqual(expect.any(String));
      expect(page.data!.notifications.unreadCount).toBe(2);

      // Another person naming the reader's notification changes nothing either.
      expect((await api.graphql(MARK_READ, { ids: [second] }, other.headers)).data).toEqual({
        markNotificationsRead: { unreadCount: 3 },
      });
      expect(await unreadOf(reader.id)).toContain(second);
    });

    it('marks them all read, and refuses an empty list or a malformed id', async () => {
      const reader = await world.person('Reader');
      const other = await world.person('Other');
      for (let index = 0; index < 4; index++) await notify([reader.id, other.id]);
      expect(errorCode(await api.graphql(MARK_READ, { ids: [] }, reader.headers))).toBe('BAD_USER_INPUT');
      expect(errorCode(await api.graphql(MARK_READ, { ids: ['42'] }, reader.headers))).toBe('BAD_USER_INPUT');
      expect((await api.graphql(MARK_READ, {}, reader.headers)).data).toEqual({
        markNotificationsRead: { unreadCount: 0 },
      });
      const [{ unread }] = await world.sql<{ unread: number }>(
        `SELECT count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification WHERE user_id = $1`,
        [other.id],
      );
      expect(unread).toBe(4);
    });
  });

  describe('preferences', () => {
    it('round-trips, and a switch to never skips the mail not yet sent', async () => {
      const person = await world.person('Prefs');
      expect((await api.graphql(PREFERENCES, {}, person.headers)).data).toEqual({
        notificationPreferences: { emailFrequency: 'IMMEDIATE', mutedKinds: [] },
      });
      await notify([person.id]);
      await notify([person.id], {
        kind: NotificationKind.ANNOUNCEMENT,
        params: { title: 'Bonjour', body: 'Texte', districtCode: null },
      });

      const digest = await api.graphql(
        UPDATE_PREFERENCES,
        {
          input: {
            emailFrequency: 'DAILY_DIGEST',
            mutedKinds: ['DONATION_RECEIVED', 'DONATION_RECEIVED'],
          },
        },
        person.headers,
      );
      expect(digest.data).toEqual({
        updateNotificationPreferences: { emailFrequency: 'DAILY_DIGEST', mutedKinds: ['DONATION_RECEIVED'] },
      });
      expect((await api.graphql(PREFERENCES, {}, person.headers)).data).toEqual({
        notificationPreferences: { emailFrequency: 'DAILY_DIGEST', mutedKinds: ['DONATION_RECEIVED'] },
      });
      // The muted kind's pending mail is skipped; the other waits for the digest.
      expect((await rowsOf(person.id)).map((row) => [row.kind, row.email_status])).toEqual([
        ['DONATION_RECEIVED', 'SKIPPED'],
        ['ANNOUNCEMENT', 'PENDING'],
      ]);

      await api.graphql(
        UPDATE_PREFERENCES,
        { input: { emailFrequency: 'NEVER', mutedKinds: [] } },
        person.headers,
      );
      expect((await api.graphql(PREFERENCES, {}, person.headers)).data).toEqual({
        notificationPreferences: { emailFrequency: 'NEVER', mutedKinds: [] },
      });
      expect((await rowsOf(person.id)).map((row) => row.email_status)).toEqual(['SKIPPED', 'SKIPPED']);
      await notify([person.id]);
      expect((await rowsOf(person.id)).map((row) => row.email_status)).toEqual([
        'SKIPPED',
        'SKIPPED',
        'SKIPPED',
      ]);
      // One person's choice is theirs alone.
      const neighbour = await world.person('Neighbour');
      expect((await api.graphql(PREFERENCES, {}, neighbour.headers)).data).toEqual({
        notificationPreferences: { emailFrequency: 'IMMEDIATE', mutedKinds: [] },
      });
    });
  });

  describe('mail', () => {
    it('mails each pending notification at once, in French and English with an absolute link, then never again', async () => {
      await setAsideOutbox();
      const awa = await world.person('Awa');
      const binta = await world.person('Binta');
      const sent = jest.spyOn(mailer, 'send');
      await notify([awa.id, binta.id], { reference: 'donation-mail' });
      await notify([awa.id], {
        kind: NotificationKind.NEED_COVERED,
        params: {
          itemLabelFr: 'Couvertures',
          itemLabelEn: 'Blankets',
          organisationName: 'Accueil 18e',
        },
        link: null,
      });

      expect(await emails.deliverImmediate()).toEqual({ sent: 3, failed: 0 });
      const awaEmail = await emailOf(awa);
      const bintaEmail = await emailOf(binta);
      const awaMails = await mailsTo(awaEmail);
      expect(awaMails).toHaveLength(2);
      expect(await mailsTo(bintaEmail)).toHaveLength(1);
      expect(awaMails.join('\n')).toContain(`To: ${awaEmail}`);

      const donationMail = sent.mock.calls
        .map(([mail]) => mail as OutgoingMail)
        .find((mail) => mail.to === bintaEmail)!;
      expect(donationMail.subject.replace(/\s/g, ' ')).toBe('Don reçu : 25,00 € · Donation received: €25.00');
      expect(donationMail.text).toContain('Pour « Maraude ».');
      expect(donationMail.text).toContain('For “Maraude”.');
      expect(donationMail.link).toBe(`${config.publicUrl}/mes-dons`);
      expect(donationMail.link).toMatch(/^https?:\/\/[^/]+\/mes-dons$/);
      expect(donationMail.text).toContain(`${config.publicUrl}/mes-dons`);
      expect(donationMail.text).toContain(`${config.publicUrl}/notifications#preferences`);
      const [bintaFile] = await mailsTo(bintaEmail);
      expect(bintaFile).toContain(`${config.publicUrl}/mes-dons`);
      expect(bintaFile).toContain('For “Maraude”.');
      // Without a link of its own, a notification's mail points to the notification centre.
      const needMail = sent.mock.calls
        .map(([mail]) => mail as OutgoingMail)
        .find((mail) => mail.text.includes('Blankets'))!;
      expect(needMail.to).toBe(awaEmail);
      expect(needMail.subject).toBe('Besoin couvert : Couvertures · Need covered: Blankets');
      expect(needMail.link).toBe(`${config.publicUrl}/notifications`);

      for (const person of [awa, binta])
        for (const row of await world.sql(
          `SELECT email_status, email_attempts, emailed_at FROM notification WHERE user_id = $1`,
          [person.id],
        ))
          expect(row).toEqual({ email_status: 'SENT', email_attempts: 1, emailed_at: expect.any(Date) });

      expect(await emails.deliverImmediate()).toEqual({ sent: 0, failed: 0 });
      expect(await mailsTo(awaEmail)).toHaveLength(2);
      expect(sent).toHaveBeenCalledTimes(3);
    });

    it('counts the attempts of a failing mail, gives up after the last, never throws, and still shows the notice', async () => {
      await setAsideOutbox();
      const person = await world.person('Unlucky');
      await notify([person.id]);
      const send = jest.spyOn(mailer, 'send').mockRejectedValue(new Error('SMTP is down'));

      for (let run = 1; run <= MAX_EMAIL_ATTEMPTS; run++) {
        await expect(emails.deliverImmediate()).resolves.toEqual({ sent: 0, failed: 1 });
        expect(await rowsOf(person.id)).toEqual([
          expect.objectContaining({
            email_status: run < MAX_EMAIL_ATTEMPTS ? 'PENDING' : 'FAILED',
            email_attempts: run,
            email_error: expect.stringContaining('SMTP is down'),
          }),
        ]);
      }
      expect(MAX_EMAIL_ATTEMPTS).toBe(3);
      // Given up: the next run does not try again, even once the mailer works.
      send.mockRestore();
      expect(await emails.deliverImmediate()).toEqual({ sent: 0, failed: 0 });
      expect(await mailsTo(await emailOf(person))).toEqual([]);
      const page = await api.graphql<Page>(PAGE, {}, person.headers);
      expect(page.data!.notifications.notifications).toHaveLength(1);
      expect(page.data!.notifications.unreadCount).toBe(1);
    });

    it('sends the other mails of a run when one fails, and tries the failed one again next time', async () => {
      await setAsideOutbox();
      const first = await world.person('First');
      const second = await world.person('Second');
      await notify([first.id]);
      await notify([second.id]);
      jest.spyOn(mailer, 'send').mockRejectedValueOnce(new Error('Timeout'));
      expect(await emails.deliverImmediate()).toEqual({ sent: 1, failed: 1 });
      expect(await emails.deliverImmediate()).toEqual({ sent: 1, failed: 0 });
      for (const person of [first, second])
        expect((await rowsOf(person.id)).map((row) => row.email_status)).toEqual(['SENT']);
      const [retried] = await world.sql(
        `SELECT email_attempts, email_error FROM notification WHERE user_id = ANY ($1::uuid[]) AND email_attempts = 2`,
        [[first.id, second.id]],
      );
      expect(retried).toEqual({ email_attempts: 2, email_error: null });
    });

    it('sends one morning digest per person who chose it, with all their notices, and leaves the others alone', async () => {
      await setAsideOutbox();
      const digestReader = await world.person('Digest');
      const otherDigestReader = await world.person('Digest too');
      const immediate = await world.person('Immediate');
      await world.sql(
        `INSERT INTO notification_preference (user_id, email_frequency) VALUES ($1, 'DAILY_DIGEST'), ($2, 'DAILY_DIGEST')`,
        [digestReader.id, otherDigestReader.id],
      );
      await notify([digestReader.id, otherDigestReader.id, immediate.id]);
      await notify([digestReader.id], {
        kind: NotificationKind.ANNOUNCEMENT,
        params: { title: 'Réunion des partenaires', body: 'Jeudi à 18 h.', districtCode: null },
        link: '/partenaires/annonces',
      });
      await notify([digestReader.id], {
        kind: NotificationKind.DONATION_RECEIVED,
        params: { initiativeTitle: 'Soupe', amountCents: 1000 },
      });

      // The minute's run does not mail those who chose the digest.
      expect(await emails.deliverImmediate()).toEqual({ sent: 1, failed: 0 });
      expect((await rowsOf(digestReader.id)).map((row) => row.email_status)).toEqual([
        'PENDING',
        'PENDING',
        'PENDING',
      ]);
      await notify([immediate.id]);

      const sent = jest.spyOn(mailer, 'send');
      expect(await emails.deliverDigests()).toEqual({ sent: 2, failed: 0 });
      const address = await emailOf(digestReader);
      const [digest] = await mailsTo(address);
      expect(await mailsTo(address)).toHaveLength(1);
      const mail = sent.mock.calls.map(([call]) => call as OutgoingMail).find((call) => call.to === address)!;
      expect(mail.subject).toBe('Entraide : 3 nouvelle(s) notification(s) · 3 new notification(s)');
      for (const text of [mail.text, digest]) {
        expect(text).toContain('Réunion des partenaires');
        expect(text).toContain('Pour « Maraude ».');
        expect(text).toContain('For “Soupe”.');
        expect(text).toContain(`${config.publicUrl}/partenaires/annonces`);
      }
      expect((await rowsOf(digestReader.id)).map((row) => row.email_status)).toEqual([
        'SENT',
        'SENT',
        'SENT',
      ]);
      expect((await rowsOf(otherDigestReader.id)).map((row) => row.email_status)).toEqual(['SENT']);
      // The person who wants mail at once keeps theirs for the minute's run.
      expect((await rowsOf(immediate.id)).map((row) => row.email_status)).toEqual(['SENT', 'PENDING']);
      expect(sent.mock.calls.map(([call]) => call.to)).not.toContain(await emailOf(immediate));

      expect(await emails.deliverDigests()).toEqual({ sent: 0, failed: 0 });
    });
  });

  describe('personal data', () => {
    const PASSWORD = 'correct horse battery staple';

    it('exports the notifications and preferences, and erases them with the account', async () => {
      const signUp = await api.graphql<{ signUp: { viewer: { id: string } } }>(
        `mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }`,
        { input: { email: 'notified@example.org', password: PASSWORD, displayName: 'Awa' } },
      );
      const id = signUp.data!.signUp.viewer.id;
      const headers = { cookie: `${SESSION_COOKIE}=${signUp.cookies[SESSION_COOKIE].value}` };
      const bystander = await world.person('Bystander');
      await api.graphql(
        UPDATE_PREFERENCES,
        { input: { emailFrequency: 'DAILY_DIGEST', mutedKinds: ['ANNOUNCEMENT'] } },
        headers,
      );
      await notify([id, bystander.id], { reference: 'export-1' });
      await notify([id], { reference: 'export-2', link: null });

      const exported = await api.graphql<{ exportMyData: { json: string } }>(
        `mutation { exportMyData { json } }`,
        {},
        headers,
      );
      expect(exported.errors).toBeUndefined();
      const document = JSON.parse(exported.data!.exportMyData.json);
      expect(document.notifications.preferences).toEqual({
        emailFrequency: EmailFrequency.DAILY_DIGEST,
        mutedKinds: ['ANNOUNCEMENT'],
      });
      expect(document.notifications.notifications).toEqual([
        expect.objectContaining({
          kind: 'DONATION_RECEIVED',
          params: DONATION,
          link: '/mes-dons',
          emailStatus: 'PENDING',
        }),
        expect.objectContaining({ kind: 'DONATION_RECEIVED', link: null }),
      ]);

      const deleted = await api.graphql(
        `mutation ($password: String!) { deleteMyAccount(input: { password: $password }) { deleted } }`,
        { password: PASSWORD },
        headers,
      );
      expect(deleted.data).toEqual({ deleteMyAccount: { deleted: true } });
      expect(await rowsOf(id)).toEqual([]);
      expect(await world.sql(`SELECT 1 FROM notification_preference WHERE user_id = $1`, [id])).toEqual([]);
      expect(await rowsOf(bystander.id)).toHaveLength(1);
      // A later event leaves nothing behind for the deleted account.
      expect(await notify([id], { reference: 'export-3' })).toBe(0);
    });
  });
});
