import { expect, test, type Page } from '@playwright/test';
import { APP_URL, devToken, expectAccessible } from './tab-helpers.js';
import path from 'node:path';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/tab-screens');

/**
 * A stand-in for Teams: a same-origin page that frames the tab and answers teams-js's postMessage calls
 * (initialize, getContext, getAuthToken), with a token the server trusts (the dev issuer), and can send
 * a themeChange like Teams does when the user switches theme.
 */
function hostPage(token: string, theme: string, locale: string): string {
  return `<!doctype html><html lang="en"><head><title>Teams host</title></head><body style="margin:0">
<iframe id="tab" title="MultiLine Messaging" src="/tab/" style="width:100vw;height:100vh;border:0"></iframe>
<script>
  const token = ${JSON.stringify(token)};
  let theme = ${JSON.stringify(theme)};
  window.hostCalls = [];
  const frame = () => document.getElementById('tab').contentWindow;
  window.addEventListener('message', (event) => {
    if (event.source !== frame()) return;
    const m = event.data;
    if (!m || typeof m.func !== 'string') return;
    window.hostCalls.push(m.func);
    const reply = (args) => frame().postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, location.origin);
    if (m.func === 'initialize') {
      const runtime = { apiVersion: 4, supports: { app: {}, appInitialization: {}, authentication: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} } };
      reply(['content', 'web', JSON.stringify(runtime), m.args && m.args[0]]);
    } else if (m.func === 'getContext') {
      reply([{ locale: ${JSON.stringify(locale)}, theme, entityId: 'inbox', frameContext: 'content', hostClientType: 'web', hostName: 'Teams',
        userObjectId: 'dev-alice', userPrincipalName: 'alice@dev-tenant.example', loginHint: 'alice@dev-tenant.example', tid: 'dev-tenant' }]);
    } else if (m.func === 'authentication.getAuthToken') {
      reply([true, token]);
    }
  });
  window.setTeamsTheme = (next) => {
    theme = next;
    frame().postMessage({ func: 'themeChange', args: [next] }, location.origin);
  };
</script></body></html>`;
}

async function openInHost(page: Page, token: string, theme: string, locale = 'en-US') {
  // teams-js asks Microsoft's CDN for the valid host domains: answered here, the test stays offline.
  await page.route('https://res.cdn.office.net/**', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ validOrigins: [] }) }),
  );
  await page.route(`${APP_URL}/teams-host.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(token, theme, locale) }),
  );
  await page.goto('/teams-host.html');
  return page.frameLocator('#tab');
}

test('inside a Teams host: SSO token, context and live theme changes', async ({ page, request }) => {
  const tab = await openInHost(page, await devToken(request, 'dev-alice'), 'default');
  await expect(tab.getByRole('heading', { name: 'Conversations' })).toBeVisible();
  await expect(tab.getByText('Signed in as Alice Martin')).toBeVisible();
  const provider = tab.locator('[data-theme]').first();
  await expect(provider).toHaveAttribute('data-theme', 'default');
  expect(await page.evaluate('window.hostCalls')).toEqual(
    expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']),
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, 'teams-default.png'), animations: 'disabled' });

  await page.evaluate("window.setTeamsTheme('dark')");
  await expect(provider).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'teams-dark.png'), animations: 'disabled' });

  await page.evaluate("window.setTeamsTheme('contrast')");
  await expect(provider).toHaveAttribute('data-theme', 'contrast');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'teams-contrast.png'), animations: 'disabled' });
  await expectAccessible(page, 'inbox in Teams (high contrast)', '#tab');
});

test('inside a Teams host in Japanese and the dark theme from the start', async ({ page, request }) => {
  const tab = await openInHost(page, await devToken(request, 'dev-alice'), 'dark', 'ja-JP');
  await expect(tab.getByRole('heading', { name: '会話' })).toBeVisible();
  await expect(tab.locator('[data-theme]').first()).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'teams-ja-dark.png'), animations: 'disabled' });
});

test('a host that never answers: after the time limit a clear message and a retry, not a spinner', async ({
  page,
}) => {
  await page.route(`${APP_URL}/silent-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><title>Silent host</title></head><body><iframe id="tab" title="tab" src="/tab/" style="width:100vw;height:90vh;border:0"></iframe></body></html>',
    }),
  );
  await page.goto('/silent-host.html');
  const tab = page.frameLocator('#tab');
  await expect(tab.getByRole('progressbar')).toBeVisible();
  await expect(tab.getByText('The app took too long to start')).toBeVisible({ timeout: 20_000 });
  await expect(tab.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'teams-timeout.png'), animations: 'disabled' });
});

test('outside Teams on a server without the dev sign-in: the "open in Teams" page', async ({ page }) => {
  // The dev routes answer 404 unless AUTH_MODE=dev: this server has them, so the answer is stood in for.
  await page.route('**/dev/users', (route) =>
    route.fulfill({
      status: 404,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'not_found', message: 'Not found' } }),
    }),
  );
  await page.goto('/tab/');
  await expect(page.getByRole('heading', { name: 'Open this app in Microsoft Teams' })).toBeVisible();
  await expectAccessible(page, 'open in Teams');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'outside-teams.png'), animations: 'disabled' });
});

test('a screen that cannot be downloaded: a message and a reload button, not a blank page', async ({
  page,
}) => {
  await page.route('**/tab/assets/Shell-*.js', (route) => route.abort('connectionfailed'));
  await page.goto('/tab/');
  await page.getByRole('button', { name: /^Sign in as Alice Martin/ }).click();
  await expect(page.getByText('Something went wrong while showing the app')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectAccessible(page, 'app failed');
});

test('an inbox that cannot be loaded says why and loads again by itself', async ({ page }) => {
  let refuse = true;
  await page.route('**/api/v1/threads', async (route) => {
    if (refuse && route.request().method() === 'GET') {
      refuse = false;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'starting', message: 'The service is starting.' } }),
      });
      return;
    }
    await route.fallback();
  });
  await page.goto('/tab/');
  await page.getByRole('button', { name: /^Sign in as Bob Chen/ }).click();
  await expect(
    page.getByText('The conversations could not be loaded: The service is starting.'),
  ).toBeVisible();
  await expect(page.getByText('The conversations could not be loaded')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible();
});
