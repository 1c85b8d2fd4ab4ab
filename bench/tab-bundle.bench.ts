import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/** The tab's initial JavaScript must stay under this, gzipped (issue 5). */
export const TAB_INITIAL_BUDGET_BYTES = 200 * 1024;

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'tab', 'dist');

export interface TabBundleResult {
  /** What the browser downloads before the first screen: the entry and its static imports. */
  readonly initialFiles: readonly string[];
  readonly initialGzipBytes: number;
  readonly totalJsGzipBytes: number;
  readonly chunks: number;
  readonly buildSeconds: number;
}

/** Builds the tab (`npm run build:tab`) and measures its JavaScript, gzipped as a server would send it. */
export async function benchTabBundle(options: { build?: boolean } = {}): Promise<TabBundleResult> {
  const started = performance.now();
  if (options.build ?? true) {
    await promisify(execFile)('npm', ['run', '--silent', 'build:tab'], { cwd: ROOT });
  }
  const buildSeconds = (performance.now() - started) / 1000;
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/tab\/([^"]+)"/g),
  ].map((match) => match[1]!);
  const initial = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = await readFile(path.join(DIST, file), 'utf8');
    // Static imports only: `import(` (a lazily loaded chunk) is not matched.
    for (const match of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[^"'();]*?\sfrom\s*)?["']\.\/([^"']+)["']/g,
    )) {
      await visit(path.posix.join(path.posix.dirname(file), match[1]!));
    }
  };
  for (const entry of entries) await visit(entry);
  const gzipped = async (file: string) => gzipSync(await readFile(path.join(DIST, file))).length;
  let initialGzipBytes = 0;
  for (const file of initial) initialGzipBytes += await gzipped(file);
  const js = (await readdir(path.join(DIST, 'assets'))).filter((name) => name.endsWith('.js'));
  let totalJsGzipBytes = 0;
  for (const name of js) totalJsGzipBytes += await gzipped(`assets/${name}`);
  return { initialFiles: [...initial], initialGzipBytes, totalJsGzipBytes, chunks: js.length, buildSeconds };
}

/** The benchmark table's row: sizes in kB gzipped, and whether the initial download keeps to the budget. */
export function tabBundleRow(r: TabBundleResult) {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return {
    bench: 'tab-bundle',
    initialKbGzip: kb(r.initialGzipBytes),
    totalJsKbGzip: kb(r.totalJsGzipBytes),
    chunks: r.chunks,
    buildSeconds: r.buildSeconds.toFixed(1),
    target: `initial ≤200 kB gzip: ${r.initialGzipBytes <= TAB_INITIAL_BUDGET_BYTES ? 'met' : 'missed'}`,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.table([tabBundleRow(await benchTabBundle())]);
}
