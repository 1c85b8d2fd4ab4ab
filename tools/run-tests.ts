// `npm test`: the vitest suite (unit and integration), then the tab's Playwright suite in Chromium.
// Arguments go to vitest; naming test files or a filter (`npm test -- tests/unit/x.test.ts`) runs those alone,
// without the browser suite. SKIP_E2E=1 skips it too. With vitest's `--outputFile.json=<file>` (as .ci/run
// passes it), the browser suite's counts are written beside it as `e2e-<file>`, in the shape CI adds up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const run = (command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): number =>
  spawnSync(command, commandArgs, { stdio: 'inherit', env }).status ?? 1;

const vitest = run('npx', ['vitest', 'run', ...args]);

const filtered = args.some((arg) => !arg.startsWith('-'));
if (filtered || process.env.SKIP_E2E === '1') process.exit(vitest);

const jsonReport = args.find((arg) => arg.startsWith('--outputFile.json='))?.split('=')[1];
const scratch = mkdtempSync(path.join(tmpdir(), 'mlm-e2e-report-'));
const playwrightJson = path.join(scratch, 'playwright.json');
const e2e = run('npm', ['run', '--silent', 'test:e2e', '--', '--reporter=list,json'], {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
if (jsonReport) {
  let passed = 0;
  let failed = e2e === 0 ? 0 : 1;
  if (existsSync(playwrightJson)) {
    const stats = (JSON.parse(readFileSync(playwrightJson, 'utf8')) as { stats: Record<string, number> })
      .stats;
    passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed = stats.unexpected ?? failed;
  }
  const file = path.join(path.dirname(jsonReport), `e2e-${path.basename(jsonReport)}`);
  writeFileSync(
    file,
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numFailedTestSuites: 0 }),
  );
}
rmSync(scratch, { recursive: true, force: true });
process.exit(vitest !== 0 ? vitest : e2e);
