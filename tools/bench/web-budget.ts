/**
 * What a browser downloads to show one page of the web app for the first time, read from Vite's build manifest
 * (`dist/apps/web/.vite/manifest.json`, `build.manifest: true`). Pure: no file system, no compression.
 */

/** One entry of Vite's manifest (see Vite's `ManifestChunk`); keys are source paths or `_`-prefixed chunk ids. */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

/** Output files (paths relative to the build directory) needed for a first load. */
export interface FirstLoad {
  js: string[];
  css: string[];
}

/** The manifest keys of `start` and everything it imports statically, transitively (dynamic imports excluded). */
function staticClosure(manifest: ViteManifest, start: string, seen: Set<string>): void {
  if (seen.has(start)) return;
  const chunk = manifest[start];
  if (!chunk) throw new Error(`The manifest has no entry "${start}".`);
  seen.add(start);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
}

/** The manifest key of the one HTML entry (`index.html`). */
export function entryKey(manifest: ViteManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries.length}.`);
  return entries[0];
}

/**
 * The JavaScript and CSS files for a first load of a page: the entry chunk and its static imports, then, when
 * `page` is given (a source path relative to the app root, e.g. `src/features/geography/pages/HomePage.tsx`),
 * that page's lazy chunk and its static imports, then the other lazy chunks fetched with it (`alsoFetched`, e.g.
 * its strings). Order: entry first, then page, then the others, each depth-first.
 */
export function firstLoad(manifest: ViteManifest, page?: string, alsoFetched: string[] = []): FirstLoad {
  const keys = new Set<string>();
  staticClosure(manifest, entryKey(manifest), keys);
  if (page !== undefined) {
    if (!manifest[page]?.isDynamicEntry && !manifest[page]?.isEntry) {
      throw new Error(
        `"${page}" is not a lazily loaded chunk of its own (no dynamic entry in the manifest).`,
      );
    }
    staticClosure(manifest, page, keys);
  }
  for (const chunk of alsoFetched) staticClosure(manifest, chunk, keys);
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const sheet of chunk.css ?? []) css.add(sheet);
  }
  return { js: [...js], css: [...css] };
}

/** Every JavaScript file of the build: what a first load cost when the app was one bundle. */
export function allJavaScript(manifest: ViteManifest): string[] {
  return [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) =>
    file.endsWith('.js'),
  );
}
