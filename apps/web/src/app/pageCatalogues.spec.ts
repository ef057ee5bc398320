import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { FEATURE_CATALOGUES } from '../i18n/i18n';

/**
 * Feature catalogues come with the pages (AppRoutes' lazyPage), not with the first download: a page that
 * showed a string of a catalogue it does not declare would show the key instead. This reads the sources:
 * what each page and the layout import statically, and the feature keys (`'items.…'`) those files mention.
 */
const SOURCE_ROOT = resolve(__dirname, '..');
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gms;
const FEATURE_KEY = new RegExp(`['\`"](${FEATURE_CATALOGUES.join('|')})\\.[a-zA-Z]`, 'g');
/** Block comments and whole-line comments (a `//` inside a line may be part of a URL). */
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;
const LAZY_PAGE = /^const \w+ = lazyPage\(\s*\(\) => import\('([^']+)'\),\s*'\w+'(?:,\s*\[([^\]]*)\])?/gm;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
  );
}

function staticSources(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, fromClause, sideEffect] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    const imported = resolveImport(file, fromClause ?? sideEffect);
    if (imported) staticSources(imported, seen);
  }
  return seen;
}

function catalogueKeysUsed(files: Set<string>): string[] {
  const used = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(COMMENT, '');
    for (const [, feature] of code.matchAll(FEATURE_KEY)) used.add(feature);
  }
  return [...used].sort();
}

describe('feature catalogues fetched with each page', () => {
  const routesFile = join(SOURCE_ROOT, 'app/AppRoutes.tsx');
  const pages = [...readFileSync(routesFile, 'utf8').matchAll(LAZY_PAGE)].map(([, path, declared]) => ({
    path,
    declared: (declared ?? '')
      .split(',')
      .map((name) => name.trim().replace(/'/g, ''))
      .filter(Boolean)
      .sort(),
  }));

  it('finds every page of the app', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('loads no feature catalogue in the first download: the layout uses core strings only', () => {
    expect(catalogueKeysUsed(staticSources(join(SOURCE_ROOT, 'main.tsx')))).toEqual([]);
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    'fetches exactly the catalogues %s uses',
    (_path, { path, declared }) => {
      const file = resolveImport(routesFile, path);
      expect(file).toBeDefined();
      expect(catalogueKeysUsed(staticSources(file as string))).toEqual(declared);
    },
  );
});
