import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Playwright loads the specs as CommonJS, so `__dirname` is defined. Without SMTP, the e2e server
// (tools/e2e-server.mjs, DATA_DIR=dist/e2e-data) writes every mail as an .eml file in this folder.
const MAIL_DIR = join(__dirname, '..', '..', '..', 'dist', 'e2e-data', 'mail');

/** The links the API mails, by the path of the page they open. */
export type MailLinkPath = '/verifier-email' | '/nouveau-mot-de-passe' | '/invitation';

export interface MailLinkOptions {
  /** Ignore mails already in the folder before this list of files was taken (see `mailFiles`). */
  ignore?: readonly string[];
  /** How long to wait for the mail, which leaves in the background. */
  timeoutMs?: number;
}

/** The API's file-name form of an address: every run of non-alphanumerics becomes one `-`. */
function addressSlug(address: string): string {
  return address.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
}

/** Decodes a quoted-printable body: soft line breaks (`=` at the end of a line) and `=XX` bytes, as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The names of the mail files for `address` now in the mailbox, oldest first. */
export async function mailFiles(address: string): Promise<string[]> {
  const suffix = `-${addressSlug(address)}.eml`;
  try {
    const names = await readdir(MAIL_DIR);
    return names.filter((name) => name.endsWith(suffix)).sort();
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Waits for the newest mail to `address` holding a link to `path` and returns that link's path and query
 * (to open on the test's baseURL), polling the mailbox folder.
 */
export async function waitForMailLink(
  address: string,
  path: MailLinkPath,
  { ignore = [], timeoutMs = 10_000 }: MailLinkOptions = {},
): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s/]+(${path.replace(/[/-]/g, '\\$&')}\\?token=[^\\s]+)`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = (await mailFiles(address)).filter((name) => !ignore.includes(name)).reverse();
    for (const name of names) {
      const body = decodeQuotedPrintable(await readFile(join(MAIL_DIR, name), 'utf8'));
      const link = pattern.exec(body)?.[1];
      if (link) return link;
    }
    if (Date.now() > deadline) {
      throw new Error(`No mail to ${address} with a ${path} link in ${MAIL_DIR} after ${timeoutMs} ms.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
