import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The link of the newest mail written for `to` under `<dataDir>/mail` (mail goes to files when SMTP_URL is
 * unset), waiting a little since mail leaves in the background.
 */
export async function latestMailLink(dataDir: string, to: string, pathPrefix: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${pathPrefix.replace(/[/?]/g, '\\$&')}\\S+`);
  for (let waited = 0; waited <= 5000; waited += 50) {
    const files = (await readdir(join(dataDir, 'mail')).catch(() => [] as string[]))
      .filter((file) => file.endsWith(`${to.replace(/[^a-z0-9]+/gi, '-')}.eml`))
      .sort();
    for (const file of files.reverse()) {
      const link = decodeQuotedPrintable(await readFile(join(dataDir, 'mail', file), 'utf8')).match(
        pattern,
      )?.[0];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No mail with a ${pathPrefix} link was written for ${to}.`);
}

/** Mail bodies are quoted-printable: long lines are cut with "=" and "=" itself is written "=3D". */
export function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (bytes) => Buffer.from(bytes.replace(/=/g, ''), 'hex').toString('utf8'));
}
