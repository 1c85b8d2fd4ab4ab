import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import path from 'node:path';

const port = Number(process.env.TAB_E2E_PORT);
export const APP_URL = `http://127.0.0.1:${port}`;
/** The in-process emulator's control API (`npm start` puts it on PORT + 1 here). */
export const EMULATOR_URL = `http://127.0.0.1:${port + 1}`;
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/tab-screens');

/** Emulator users: online with read receipts on (reads), and a second one. */
export const READER = { name: 'Alice Example', phone: '+15550100001', waId: '15550100001' };
export const SECOND = { name: 'Bruno Example', phone: '+15550100002', waId: '15550100002' };

export async function devToken(request: APIRequestContext, userId: string): Promise<string> {
  const response = await request.post(`${APP_URL}/dev/token`, { data: { userId } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** A contact of the caller's organization, created through the API unless it exists. */
export async function ensureContact(
  request: APIRequestContext,
  token: string,
  contact: { name: string; phone: string },
): Promise<void> {
  const headers = { Authorization: `Bearer ${token}` };
  const response = await request.post(`${APP_URL}/api/v1/contacts`, {
    headers,
    data: { displayName: contact.name, phone: contact.phone },
  });
  if (response.status() === 409) return;
  expect(response.status(), await response.text()).toBe(201);
}

/**
 * The emulated WhatsApp user taps button `index` (0 Yes, 1 No) of the newest business message with buttons, once
 * it has reached the phone (delivered or read): the emulator lists a message as soon as it accepts it.
 */
export async function tapOnPhone(request: APIRequestContext, waId: string, index: number): Promise<void> {
  let wamid: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${EMULATOR_URL}/_emulator/users/${waId}/chat`);
        const { chat } = (await response.json()) as {
          chat: { direction: string; wamid: string; status?: string; buttons?: unknown[] }[];
        };
        const newest = chat.filter((m) => m.direction === 'outbound' && (m.buttons?.length ?? 0) > 0).at(-1);
        wamid = newest?.status === 'delivered' || newest?.status === 'read' ? newest.wamid : undefined;
        return wamid;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  const tap = await request.post(`${EMULATOR_URL}/_emulator/users/${waId}/tap`, { data: { wamid, index } });
  expect(tap.status(), await tap.text()).toBeLessThan(300);
}

export async function signIn(page: Page, displayName: string): Promise<void> {
  await page.goto('/tab/');
  await page.getByRole('button', { name: new RegExp(`^Sign in as ${displayName}`) }).click();
  await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible();
}

/**
 * Resolves once no finite animation is running: a dialog still fading in has text at part opacity, which axe
 * reads as too little contrast. An animation cancelled or replaced (its `finished` rejects) counts as over; a
 * spinner's endless one is not waited for.
 */
const ANIMATIONS_SETTLED = `(async () => {
  for (let round = 0; round < 20; round++) {
    const running = document.getAnimations().filter(
      (a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity,
    );
    if (running.length === 0) return;
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  }
})()`;

/**
 * axe-core on what the page shows once its animations are over: no serious or critical violation. Fluent's focus manager (Tabster)
 * puts invisible focusable `<i data-tabster-dummy>` guards around dialogs and lists; they are left out.
 */
export async function expectAccessible(page: Page, screen: string, frame?: string): Promise<void> {
  await page.evaluate(ANIMATIONS_SETTLED);
  const dummies = '[data-tabster-dummy]';
  const results = await new AxeBuilder({ page }).exclude(frame ? [frame, dummies] : dummies).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${screen}`).toEqual([]);
}

/** A screenshot in test-results/tab-screens, in the light and the dark theme (the browser's preference). */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${scheme}.png`), animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * An emulated phone of a spec's own (a number no other spec uses, so the specs sharing one server never see
 * each other's consents), created unless it exists. Online with read receipts unless told otherwise.
 */
export async function ensurePhoneUser(
  request: APIRequestContext,
  user: { waId: string; name: string; onWhatsApp?: boolean; online?: boolean },
): Promise<void> {
  // Connection: close: a kept-alive socket the emulator closes while idle would fail the next call (ECONNRESET).
  const created = await request.post(`${EMULATOR_URL}/_emulator/users`, {
    data: { online: true, readReceipts: true, ...user },
    headers: { Connection: 'close' },
  });
  if (created.status() === 409) return;
  expect(created.status(), await created.text()).toBe(201);
}

/**
 * The brightness (0–255) of the top-left pixel of a picture `screenshots` saved: the app's header, dark in the
 * dark theme. The first pixel of a PNG reads the same under every row filter, so no image library is needed.
 */
export async function screenshotCornerBrightness(name: string, scheme: 'light' | 'dark'): Promise<number> {
  const [{ readFileSync }, { inflateSync }] = await Promise.all([import('node:fs'), import('node:zlib')]);
  const png = readFileSync(path.join(SCREENSHOTS, `${name}-${scheme}.png`));
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const [, r = 0, g = 0, b = 0] = inflateSync(Buffer.concat(chunks)); // byte 0 is the row's filter type
  return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
}
