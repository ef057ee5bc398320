/**
 * `npm run bench:web`: the gzip size of the JavaScript (and CSS) a browser downloads to show, for the first
 * time, the public pages and each role's home — the entry chunk and its static imports, then the page's lazy
 * chunk and its static imports (see web-budget.ts) — against, in the same build, every JavaScript chunk (what
 * a first load cost when the app was one bundle). Public pages must stay within 250 kB of JavaScript.
 *
 * Runs the production build first (`nx run web:build`, with the GraphQL codegen), unless `--no-build`;
 * `--dist DIR` reads another build directory; `--chunks` lists each page's chunks. Sizes are gzip at zlib's
 * default level (6, what a server compressing on the fly uses), in kB of 1,000 bytes like Vite's own report.
 * Exits 0 whatever the sizes (a benchmark, not a gate), 1 if the build fails.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { allJavaScript, firstLoad, type ViteManifest } from './web-budget';

const BUDGET_KB = 250;

interface PageOfInterest {
  route: string;
  who: string;
  /** The page module, relative to apps/web (the Vite root): its lazy chunk's key in the manifest. */
  page: string;
  /** Held to the budget. */
  isPublic: boolean;
  /** Folders under src/features whose (French) catalogue the page fetches with it (AppRoutes' lazyPage). */
  catalogues?: string[];
}

const PAGES: PageOfInterest[] = [
  { route: '/', who: 'public (home)', page: 'src/features/geography/pages/HomePage.tsx', isPublic: true },
  {
    route: '/arrondissements/:code',
    who: 'public (district)',
    page: 'src/features/geography/pages/DistrictPage.tsx',
    isPublic: true,
  },
  {
    route: '/compte',
    who: 'after sign-in (all)',
    page: 'src/features/identity/pages/AccountPage.tsx',
    isPublic: false,
  },
  {
    route: '/mes-dons',
    who: 'citizen',
    page: 'src/features/items/pages/MyGiftsPage.tsx',
    isPublic: false,
    catalogues: ['items'],
  },
  {
    route: '/organisations/:id',
    who: 'association',
    page: 'src/features/organisations/pages/OrganisationPage.tsx',
    isPublic: false,
    catalogues: ['funding-partners', 'hosting-partners', 'items', 'missions-partners', 'partners'],
  },
  {
    route: '/points/:id',
    who: 'collection-point staff',
    page: 'src/features/stock/pages/CollectionPointDeskPage.tsx',
    isPublic: false,
    catalogues: ['matching', 'stock'],
  },
  {
    route: '/organisations/:id/mecenat',
    who: 'sponsor',
    page: 'src/features/funding-partners/pages/SponsorPage.tsx',
    isPublic: false,
    catalogues: ['funding-partners'],
  },
  {
    route: '/coordination/tableau-de-bord',
    who: 'coordinator',
    page: 'src/features/coordination-dashboard/pages/CoordinationDashboardPage.tsx',
    isPublic: false,
    catalogues: ['coordination-dashboard'],
  },
];

const args = process.argv.slice(2);
const workspaceRoot = resolve(__dirname, '../..');
const distIndex = args.indexOf('--dist');
const dist = distIndex >= 0 ? resolve(args[distIndex + 1]) : join(workspaceRoot, 'dist/apps/web');

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

const gzipCache = new Map<string, number>();
function gzipped(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file))).length;
    gzipCache.set(file, size);
  }
  return size;
}

const total = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);

function build(): void {
  console.log('Building the web app (nx run web:build)…');
  try {
    execSync('npx nx run web:build --output-style=static', { cwd: workspaceRoot, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}\nThe build failed.`);
    process.exit(1);
  }
}

function main(): void {
  if (!args.includes('--no-build')) build();
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(
      `${manifestPath} is missing: build with \`build.manifest: true\` (or run without --no-build).`,
    );
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ViteManifest;

  const everything = total(allJavaScript(manifest));
  const shell = firstLoad(manifest);
  console.log(`\nFirst load, gzip (zlib level 6), kB = 1,000 bytes — ${dist}`);
  console.log(`Baseline, every JavaScript chunk of the build (the app as one bundle): ${kB(everything)}`);
  console.log(`Entry and its static imports (layout, providers): ${kB(total(shell.js))}\n`);

  const header = ['route', 'who', 'JS', 'of all', 'CSS', 'chunks', `budget ${BUDGET_KB} kB`];
  const rows = PAGES.map(({ route, who, page, isPublic, catalogues = [] }) => {
    try {
      // Before route-level splitting, a page is part of the entry: its first load is the entry's.
      const split = manifest[page]?.isDynamicEntry === true;
      const { js, css } = firstLoad(
        manifest,
        split ? page : undefined,
        catalogues.map((folder) => `src/features/${folder}/i18n/fr.json`),
      );
      const size = total(js);
      const verdict = !isPublic ? '' : size <= BUDGET_KB * 1000 ? 'PASS' : 'FAIL';
      if (args.includes('--chunks')) {
        const sorted = [...js].sort((a, b) => gzipped(b) - gzipped(a));
        console.log(`${route}: ${sorted.map((file) => `${file} ${kB(gzipped(file))}`).join(', ')}`);
      }
      const ratio = `${((size / everything) * 100).toFixed(0)} %`;
      return [
        route,
        who,
        `${split ? '' : '(entry) '}${kB(size)}`,
        ratio,
        kB(total(css)),
        String(js.length),
        verdict,
      ];
    } catch (error) {
      return [route, who, (error as Error).message, '', '', '', isPublic ? 'FAIL' : ''];
    }
  });
  if (args.includes('--chunks')) console.log('');
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column >= 2 && column <= 5 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main();
