// Fails when shared/adapters/store/schema.ts has changed without a migration being generated for it.
// `drizzle-kit check` only checks the migration snapshots against each other (it passes on a drifted
// schema), so this generates into a scratch copy of the migrations and looks for a new one.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import config from '../shared/adapters/store/drizzle.config.js';

const root = path.resolve(import.meta.dirname, '..');
const drizzleKit = path.join(root, 'node_modules', '.bin', 'drizzle-kit');
const configFile = path.join(root, 'shared', 'adapters', 'store', 'drizzle.config.ts');

function run(args: string[]): { status: number | null; output: string } {
  // stdin ignored: if drizzle-kit asks whether a column was renamed, that is drift too, and must not hang CI.
  const result = spawnSync(drizzleKit, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function journalTags(folder: string): Promise<string[]> {
  const journal = JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

const committed = path.resolve(root, config.out ?? 'drizzle');
const scratch = await mkdtemp(path.join(tmpdir(), 'mlm-migrations-'));
let failed = false;
try {
  const consistency = run(['check', '--config', configFile]);
  if (consistency.status !== 0) {
    console.error(`drizzle-kit check failed:\n${consistency.output}`);
    failed = true;
  }

  await cp(committed, scratch, { recursive: true });
  const before = await journalTags(scratch);
  const schema = path.resolve(root, String(config.schema));
  // drizzle-kit prefixes --out with './', so it must be relative to the working directory.
  const out = path.relative(root, scratch);
  const generate = run([
    'generate',
    '--dialect',
    config.dialect,
    '--schema',
    schema,
    '--out',
    out,
    '--name',
    'drift',
  ]);
  const after = await journalTags(scratch).catch(() => before);
  if (after.length > before.length) {
    const added = (await readdir(scratch)).filter((file) => file.endsWith('_drift.sql'));
    const sql = await Promise.all(added.map((file) => readFile(path.join(scratch, file), 'utf8')));
    console.error(
      `The schema has changes no committed migration covers. Run \`npm run db:generate\`.\n${sql.join('\n')}`,
    );
    failed = true;
  } else if (generate.status !== 0 || !generate.output.includes('No schema changes')) {
    // drizzle-kit exits 0 on some errors, so only its explicit "no changes" counts as a pass.
    console.error(
      `drizzle-kit generate did not confirm the schema is unchanged (a rename prompt counts as drift):\n${generate.output}`,
    );
    failed = true;
  } else {
    console.log(`Migrations match the schema (${before.length} migration${before.length === 1 ? '' : 's'}).`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
