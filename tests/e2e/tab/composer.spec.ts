import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  devToken,
  EMULATOR_URL,
  ensureContact,
  expectAccessible,
  screenshots,
  signIn,
  tapOnPhone,
} from './tab-helpers.js';

// One story on one server: the later tests use the conversation the first one opens.
test.describe.configure({ mode: 'serial' });

/** Emulated WhatsApp users of this file only (unknown numbers become online users with read receipts). */
const CHLOE = { name: 'Chloé Composer', phone: '+15550100031', waId: '15550100031' };
const DIEGO = { name: 'Diego Window', phone: '+15550100032', waId: '15550100032' };

interface ChatItem {
  direction: 'inbound' | 'outbound';
  type?: string;
  text?: string;
  caption?: string;
  mediaId?: string;
  mimeType?: string;
  template?: { name: string };
  status?: string;
}

async function phoneChat(request: APIRequestContext, waId: string): Promise<ChatItem[]> {
  const response = await request.get(`${EMULATOR_URL}/_emulator/users/${waId}/chat`);
  return ((await response.json()) as { chat: ChatItem[] }).chat;
}

async function phoneSends(request: APIRequestContext, waId: string, message: object): Promise<void> {
  const response = await request.post(`${EMULATOR_URL}/_emulator/users/${waId}/messages`, { data: message });
  expect(response.status(), await response.text()).toBe(201);
}

/** A PNG drawn by the browser (two coloured halves and a white disc), as base64. The tests have no DOM types. */
async function drawPng(page: Page, width: number, height: number): Promise<string> {
  return page.evaluate<string>(`(async () => {
    const canvas = new OffscreenCanvas(${width}, ${height});
    const context = canvas.getContext('2d');
    context.fillStyle = '#2f6fde';
    context.fillRect(0, 0, ${width}, ${height});
    context.fillStyle = '#f2c94c';
    context.fillRect(0, ${height / 2}, ${width}, ${height / 2});
    context.fillStyle = '#ffffff';
    context.beginPath();
    context.arc(${width / 2}, ${height / 2}, ${Math.min(width, height) / 4}, 0, 2 * Math.PI);
    context.fill();
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  })()`);
}

/** Pastes a PNG (base64) into the focused element, as a clipboard with a file in it does. */
async function pastePng(page: Page, name: string, base64: string): Promise<void> {
  await page.evaluate(`(() => {
    const bytes = Uint8Array.from(atob('${base64}'), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], '${name}', { type: 'image/png' }));
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  })()`);
}

/** Alice starts a WhatsApp conversation with the contact and confirms the opt-in request. */
async function startConversation(page: Page, contact: { name: string }): Promise<void> {
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New WhatsApp conversation' });
  await dialog.getByRole('searchbox', { name: 'Contact name or number' }).fill(contact.name);
  await dialog.getByRole('button', { name: new RegExp(contact.name) }).click();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('thread-state')).toHaveText('Awaiting consent');
}

async function openConversation(page: Page, contact: { name: string }): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(contact.name) })
    .click();
  await expect(page.getByRole('heading', { name: contact.name })).toBeVisible();
}

test('reminder timing, the window banner, and a template with parameters seen on the phone', async ({
  page,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), CHLOE);
  await signIn(page, 'Alice Martin');
  await startConversation(page, CHLOE);

  // Just asked: the reminder is for later, with the time it becomes possible.
  await expect(page.getByTestId('reminder-later')).toContainText('you can send a reminder from');
  await expect(page.getByRole('button', { name: 'Send a reminder' })).toHaveCount(0);

  // Seen as asked a day ago, the button shows; the server (which knows better) refuses, and the tab says why.
  const dayAgo = new Date(Date.now() - 25 * 3_600_000).toISOString();
  await page.route('**/api/v1/threads/*', async (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const response = await route.fetch();
    const detail = (await response.json()) as { consent: { lastRequestedAt: string | null } };
    detail.consent.lastRequestedAt = dayAgo;
    await route.fulfill({ response, json: detail });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Send a reminder' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The reminder could not be sent:' });
  await expect(refusal).toBeVisible();
  // Worded by the tab from the error's code and params, with the time in the browser's locale and zone.
  await expect(refusal).toHaveText(
    /It is too early for a reminder\. You can send one from [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M\.$/u,
  );
  await expectAccessible(page, 'reminder refused');
  await screenshots(page, 'composer-reminder-refused');
  await page.unroute('**/api/v1/threads/*');
  await page.reload();

  // The contact accepts: the banner shows the window's time left, about 24 hours.
  await tapOnPhone(request, CHLOE.waId, 0);
  await expect(page.getByTestId('thread-state')).toHaveCount(0);
  const banner = page.getByTestId('window-banner');
  await expect(banner).toContainText('24-hour window is open');
  await expect(banner).toContainText(/(24 hr|23 hr 59 min) left to write freely/);
  await expect(page.getByTestId('reminder-later')).toHaveCount(0);
  await expectAccessible(page, 'window banner');
  await screenshots(page, 'composer-window-banner');

  // A template: the preview fills in as the parameters are typed; empty ones are refused before sending.
  await page.getByRole('button', { name: 'Template' }).click();
  const picker = page.getByRole('dialog', { name: 'Send a template' });
  await picker
    .getByRole('radiogroup', { name: 'Approved templates' })
    .getByRole('radio', { name: 'appointment_reminder (en)' })
    .check();
  const preview = picker.getByTestId('template-preview');
  await expect(preview).toHaveText('Dear {{1}}, this is a reminder of your appointment on {{2}}.');
  await picker.getByRole('textbox', { name: 'Parameter 1' }).fill('Ms Composer');
  await expect(preview).toHaveText('Dear Ms Composer, this is a reminder of your appointment on {{2}}.');
  await picker.getByRole('button', { name: 'Send template' }).click();
  await expect(picker.getByText('Fill in this parameter.')).toBeVisible();
  await picker.getByRole('textbox', { name: 'Parameter 2' }).fill('Monday at 10:00');
  await expect(preview).toHaveText(
    'Dear Ms Composer, this is a reminder of your appointment on Monday at 10:00.',
  );
  await expectAccessible(page, 'template picker');
  await screenshots(page, 'composer-template-picker');
  await picker.getByRole('button', { name: 'Send template' }).click();
  await expect(picker).toHaveCount(0);

  const text = 'Dear Ms Composer, this is a reminder of your appointment on Monday at 10:00.';
  const sent = page.locator('[data-message-id]', { hasText: text });
  await expect(sent.getByRole('img', { name: 'Read' })).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(async () =>
      (await phoneChat(request, CHLOE.waId)).some(
        (m) => m.direction === 'outbound' && m.template?.name === 'appointment_reminder' && m.text === text,
      ),
    )
    .toBe(true);
});

test('pictures: wrong type and too big refused before upload; one sent by the file picker, one by paste', async ({
  page,
  request,
}) => {
  await signIn(page, 'Alice Martin');
  await openConversation(page, CHLOE);
  const uploads: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/media') && r.method() === 'POST') uploads.push(r.url());
  });
  const input = page.getByTestId('picture-input');

  await input.setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('just some text'),
  });
  await expect(page.getByTestId('picture-error')).toHaveText('“notes.png” is not a JPEG or PNG picture.');
  const big = Buffer.alloc(6 * 1024 * 1024, 0);
  big.set([0xff, 0xd8, 0xff, 0xe0]);
  await input.setInputFiles({ name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: big });
  await expect(page.getByTestId('picture-error')).toHaveText(
    '“holiday.jpg” is 6 MB: a picture can be at most 5 MB.',
  );
  await expect(page.getByTestId('picture-attachment')).toHaveCount(0);
  await expectAccessible(page, 'picture refused');
  await screenshots(page, 'composer-picture-refused');
  expect(uploads).toEqual([]);

  // By the file picker, with a caption; the upload is slowed down so its progress can be seen.
  const png = Buffer.from(await drawPng(page, 320, 200), 'base64');
  await input.setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('picture-error')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Picture to send: plan\.png/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Caption (optional)' }).fill('The floor plan');
  await expectAccessible(page, 'picture attached');
  await screenshots(page, 'composer-picture-attached');
  let releaseUpload: () => void = () => undefined;
  const uploadHeld = new Promise<void>((resolve) => (releaseUpload = resolve));
  await page.route('**/api/v1/media', async (route) => {
    await uploadHeld;
    await route.fallback();
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar', { name: /^Uploading the picture… \d+%$/ })).toBeVisible();
  await expect(page.getByTestId('picture-attachment')).toHaveCount(0);
  await expectAccessible(page, 'picture uploading');
  await screenshots(page, 'composer-picture-uploading');
  releaseUpload();
  const sent = page.locator('[data-message-id]', { hasText: 'The floor plan' });
  await expect(sent.getByRole('img', { name: 'Read' })).toBeVisible({ timeout: 15_000 });
  await expect(sent.getByTestId('picture-preview')).toBeVisible();
  expect(uploads).toHaveLength(1);
  await expect
    .poll(async () =>
      (await phoneChat(request, CHLOE.waId)).some(
        (m) => m.direction === 'outbound' && m.type === 'image' && m.caption === 'The floor plan',
      ),
    )
    .toBe(true);

  // By paste into the text box, without a caption.
  const pasted = await drawPng(page, 120, 120);
  await page.getByRole('textbox', { name: 'Message' }).focus();
  await pastePng(page, 'pasted.png', pasted);
  await expect(page.getByRole('group', { name: /^Picture to send: pasted\.png/ })).toBeVisible();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect
    .poll(
      async () =>
        (await phoneChat(request, CHLOE.waId)).filter((m) => m.direction === 'outbound' && m.type === 'image')
          .length,
      { timeout: 15_000 },
    )
    .toBe(2);
  expect(uploads).toHaveLength(2);
});

test('a picture from the phone shows with a preview and opens in full view from the keyboard', async ({
  page,
  request,
}) => {
  await signIn(page, 'Alice Martin');
  await openConversation(page, CHLOE);
  const png = await drawPng(page, 640, 420);
  await phoneSends(request, CHLOE.waId, {
    type: 'image',
    dataBase64: png,
    mimeType: 'image/png',
    caption: 'My new kitchen',
  });
  const bubble = page.locator('[data-message-id]', { hasText: 'My new kitchen' });
  const preview = bubble.getByTestId('picture-preview');
  await expect(preview).toBeVisible({ timeout: 15_000 });
  await expect
    .poll(() => preview.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(640);
  await expectAccessible(page, 'picture in the thread');
  await screenshots(page, 'composer-picture-preview');

  const open = bubble.getByRole('button', { name: 'Open the picture: Picture from Chloé Composer' });
  await open.focus();
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('dialog', { name: 'Picture from Chloé Composer' });
  await expect(viewer.getByTestId('picture-full')).toBeVisible();
  await expect(viewer).toContainText('My new kitchen');
  await expectAccessible(page, 'picture full view');
  await screenshots(page, 'composer-picture-full-view');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('window closed: the message waits in the queue, the contact resumes, it is delivered', async ({
  page,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), DIEGO);
  await signIn(page, 'Alice Martin');
  await startConversation(page, DIEGO);
  // The contact typed YES a day ago: consent is given, but the 24-hour window has already closed.
  await phoneSends(request, DIEGO.waId, { type: 'text', body: 'YES', hoursAgo: 25 });
  await expect(page.getByTestId('thread-state')).toHaveText('Paused');
  await expect(page.getByTestId('composer-hint')).toContainText('has not written in the last 24 hours');
  await expect(page.getByTestId('window-banner')).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Message' }).fill('Your documents are ready');
  await page.keyboard.press('Enter');
  const held = page.locator('[data-message-id]', { hasText: 'Your documents are ready' });
  await expect(held).toHaveAttribute('data-status', 'pending');
  await expect(held.getByRole('img', { name: /Queued/ })).toBeVisible();
  await expectAccessible(page, 'window closed');
  await screenshots(page, 'composer-window-closed');
  expect((await phoneChat(request, DIEGO.waId)).some((m) => m.text === 'Your documents are ready')).toBe(
    false,
  );

  // WhatsApp's resume request reaches the phone; the contact taps it and the held message goes out.
  await tapOnPhone(request, DIEGO.waId, 0);
  await expect(held).toHaveAttribute('data-status', 'read', { timeout: 15_000 });
  await expect(page.getByTestId('thread-state')).toHaveCount(0);
  await expect(page.getByTestId('window-banner')).toContainText('24-hour window is open');
  expect(
    (await phoneChat(request, DIEGO.waId)).some(
      (m) => m.direction === 'outbound' && m.text === 'Your documents are ready',
    ),
  ).toBe(true);
});

test('a contact who declines: pictures and templates are turned off with the reason', async ({
  page,
  request,
}) => {
  const EVA = { name: 'Eva Declines', phone: '+15550100033', waId: '15550100033' };
  await ensureContact(request, await devToken(request, 'dev-alice'), EVA);
  await signIn(page, 'Alice Martin');
  await startConversation(page, EVA);
  await tapOnPhone(request, EVA.waId, 1);
  await expect(page.getByTestId('thread-state')).toHaveText('Declined');
  const reason = 'The contact declined WhatsApp messages';
  await expect(page.getByTestId('composer-hint')).toContainText(reason);
  for (const name of ['Template', 'Attach a picture']) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    // Still reachable from the keyboard, and it says why it is off.
    await expect(button).toHaveAccessibleDescription(new RegExp(reason));
    await button.click({ force: true });
  }
  await expect(page.getByRole('dialog', { name: 'Send a template' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send a reminder' })).toHaveCount(0);
  await expect(page.getByTestId('reminder-later')).toHaveCount(0);
  await expectAccessible(page, 'declined composer');
  await screenshots(page, 'composer-declined');
});

/** A PNG of random pixels (it does not compress), as base64: big enough for its upload to take a while. */
async function drawNoisePng(page: Page, side: number): Promise<string> {
  return page.evaluate<string>(`(async () => {
    const canvas = new OffscreenCanvas(${side}, ${side});
    const context = canvas.getContext('2d');
    const image = context.createImageData(${side}, ${side});
    for (let i = 0; i < image.data.length; i += 4) {
      image.data[i] = Math.random() * 256;
      image.data[i + 1] = Math.random() * 256;
      image.data[i + 2] = Math.random() * 256;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  })()`);
}

test('a picture on a slow connection: the upload shows its percentage, which grows until it is sent', async ({
  page,
}) => {
  await signIn(page, 'Alice Martin');
  await openConversation(page, CHLOE);
  const png = Buffer.from(await drawNoisePng(page, 700), 'base64');
  expect(png.byteLength).toBeGreaterThan(1_000_000);
  await page
    .getByTestId('picture-input')
    .setInputFiles({ name: 'noise.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('textbox', { name: 'Caption (optional)' }).fill('A slow upload');
  // About 0.4 MB a second up: the picture takes a few seconds to leave the browser.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 400 * 1024,
  });
  await page.keyboard.press('Enter');

  const bar = page.getByRole('progressbar', { name: /^Uploading the picture… \d+%$/ });
  await expect(bar).toBeVisible();
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        const now = await bar.getAttribute('aria-valuenow', { timeout: 1_000 }).catch(() => null);
        if (now !== null && Number(now) !== seen.at(-1)) seen.push(Number(now));
        return seen.filter((value) => value > 0 && value < 100).length;
      },
      { timeout: 20_000, intervals: [100] },
    )
    .toBeGreaterThanOrEqual(2);
  // The label says the same percentage as the bar.
  const shown = Number(await bar.getAttribute('aria-valuenow'));
  await expect(bar).toHaveAccessibleName(new RegExp(`^Uploading the picture… \\d+%$`));
  expect(shown).toBeGreaterThan(0);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  await expectAccessible(page, 'picture upload progress');
  await screenshots(page, 'composer-picture-upload-progress');

  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const sent = page.locator('[data-message-id]', { hasText: 'A slow upload' });
  await expect(sent.getByTestId('picture-preview')).toBeVisible({ timeout: 30_000 });
  await expect(bar).toHaveCount(0);
});

test('a thread read in one tab stops showing as unread in the user’s other tab', async ({
  page,
  request,
}) => {
  await signIn(page, 'Alice Martin');
  const otherTab = await page.context().newPage();
  await signIn(otherTab, 'Alice Martin');
  await phoneSends(request, CHLOE.waId, { type: 'text', body: 'Did you get my kitchen picture?' });
  const lineThere = otherTab.getByRole('navigation').getByRole('button', { name: new RegExp(CHLOE.name) });
  await expect(lineThere.getByLabel(/^\d+ unread messages?$/)).toBeVisible({ timeout: 15_000 });

  // Read here: the other tab is told live, and its count goes away without a reload.
  await openConversation(page, CHLOE);
  await expect(
    page.locator('[data-message-id]', { hasText: 'Did you get my kitchen picture?' }),
  ).toBeVisible();
  await expect(lineThere.getByLabel(/^\d+ unread messages?$/)).toHaveCount(0, { timeout: 10_000 });
  await expect(lineThere).toContainText('Did you get my kitchen picture?');
  await otherTab.close();
});
