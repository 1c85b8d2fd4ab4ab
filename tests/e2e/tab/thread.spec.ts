import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  APP_URL,
  devToken,
  EMULATOR_URL,
  expectAccessible,
  screenshots,
  signIn,
  tapOnPhone,
} from './tab-helpers.js';

// One story on one server: the group tests use the conversation the first one opens.
test.describe.configure({ mode: 'serial' });

/** Emulator users of this file only: Dora's phone gives no read receipts until she turns them on. */
const DORA = { name: 'Dora Thread', phone: '+15550100041', waId: '15550100041' };
const ELI = { name: 'Eli History', phone: '+15550100042', waId: '15550100042' };
const HISTORY = 110;

let doraThreadId = '';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A consented WhatsApp thread of Alice with a new emulated phone user; answers the thread id. */
async function consentedThread(
  request: APIRequestContext,
  person: { name: string; phone: string; waId: string },
  options: { readReceipts: boolean },
): Promise<string> {
  const phone = await request.post(`${EMULATOR_URL}/_emulator/users`, {
    data: { waId: person.waId, name: person.name, readReceipts: options.readReceipts },
  });
  expect(phone.status(), await phone.text()).toBe(201);
  const headers = auth(await devToken(request, 'dev-alice'));
  const contact = await request.post(`${APP_URL}/api/v1/contacts`, {
    headers,
    data: { displayName: person.name, phone: person.phone },
  });
  expect(contact.status(), await contact.text()).toBe(201);
  const { id: contactId } = (await contact.json()) as { id: string };
  const started = await request.post(`${APP_URL}/api/v1/threads`, { headers, data: { contactId } });
  expect(started.status(), await started.text()).toBe(200);
  const { threadId } = (await started.json()) as { threadId: string };
  const optIn = await request.post(`${APP_URL}/api/v1/threads/${threadId}/opt-in`, { headers });
  expect(optIn.status(), await optIn.text()).toBe(200);
  await tapOnPhone(request, person.waId, 0);
  await expect
    .poll(async () => {
      const thread = await request.get(`${APP_URL}/api/v1/threads/${threadId}`, { headers });
      return ((await thread.json()) as { state: string }).state;
    })
    .toBe('active');
  return threadId;
}

/** What the emulated phone received from the business, newest last. */
async function phoneTexts(request: APIRequestContext, waId: string): Promise<string[]> {
  const response = await request.get(`${EMULATOR_URL}/_emulator/users/${waId}/chat`);
  const { chat } = (await response.json()) as { chat: { direction: string; text?: string }[] };
  return chat.filter((m) => m.direction === 'outbound').map((m) => m.text ?? '');
}

async function setPhone(
  request: APIRequestContext,
  waId: string,
  patch: { readReceipts?: boolean; onWhatsApp?: boolean },
): Promise<void> {
  const response = await request.patch(`${EMULATOR_URL}/_emulator/users/${waId}`, { data: patch });
  expect(response.status(), await response.text()).toBe(200);
}

async function openThread(page: Page, contactName: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(contactName) })
    .click();
  await expect(page.getByRole('heading', { name: contactName })).toBeVisible();
}

async function threadAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Conversation actions' }).click();
  await page.getByRole('menuitem', { name }).click();
}

test('Message Info: every status with its time, updated live as the phone reads', async ({
  page,
  request,
}) => {
  doraThreadId = await consentedThread(request, DORA, { readReceipts: false });
  await signIn(page, 'Alice Martin');
  await openThread(page, DORA.name);

  await page.getByRole('textbox', { name: 'Message' }).fill('Did the papers reach you?');
  await page.keyboard.press('Enter');
  const bubble = page.locator('[data-message-id]', { hasText: 'Did the papers reach you?' });
  await expect(bubble.getByRole('img', { name: 'Delivered' })).toBeVisible({ timeout: 15_000 });

  // Keyboard: the bubble's Info button opens the dialog.
  await bubble.getByRole('button', { name: 'Message info' }).focus();
  await page.keyboard.press('Enter');
  const info = page.getByRole('dialog', { name: 'Message info' });
  await expect(info).toContainText('Did the papers reach you?');
  const rows = info.getByRole('list', { name: 'Status history' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Sent' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Delivered' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Read' })).toHaveCount(0);
  // Times in the user's locale (en-US) down to the second, e.g. "Nov 30, 2026, 2:05:09 AM".
  await expect(rows.filter({ hasText: 'Delivered' }).locator('time')).toHaveText(
    /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s?[AP]M$/,
  );
  // ... and in the user's time zone (the browser's is Europe/Paris here, the server's is UTC).
  const delivered = rows.filter({ hasText: 'Delivered' }).locator('time');
  const deliveredIso = (await delivered.getAttribute('datetime')) ?? '';
  await expect(delivered).toHaveText(
    new Intl.DateTimeFormat('en-US', {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'Europe/Paris',
    }).format(new Date(deliveredIso)),
  );
  await expectAccessible(page, 'message info');
  await screenshots(page, 'message-info');

  // Dora turns read receipts on: the dialog and the ticks move to Read without a reload.
  await setPhone(request, DORA.waId, { readReceipts: true });
  await expect(rows.filter({ hasText: 'Read' })).toHaveCount(1, { timeout: 15_000 });
  const readAt = await rows.filter({ hasText: 'Read' }).locator('time').getAttribute('datetime');
  const deliveredAt = await rows.filter({ hasText: 'Delivered' }).locator('time').getAttribute('datetime');
  expect(Date.parse(readAt ?? '')).toBeGreaterThanOrEqual(Date.parse(deliveredAt ?? ''));
  await page.keyboard.press('Escape');
  await expect(info).toHaveCount(0);
  await expect(bubble.getByRole('img', { name: 'Read' })).toBeVisible();

  // A message WhatsApp cannot deliver: a red mark with the reason, and the reason in Info too.
  await setPhone(request, DORA.waId, { onWhatsApp: false });
  await page.getByRole('textbox', { name: 'Message' }).fill('Are you still there?');
  await page.keyboard.press('Enter');
  const failed = page.locator('[data-message-id]', { hasText: 'Are you still there?' });
  await expect(failed.getByRole('img', { name: /^Not delivered/ })).toBeVisible({ timeout: 15_000 });
  const reason = (await failed.getByRole('img', { name: /^Not delivered/ }).getAttribute('aria-label')) ?? '';
  expect(reason).toMatch(/^Not delivered: \S/);
  await failed.getByRole('button', { name: 'Message info' }).click();
  const failedRow = rows.filter({ hasText: 'Not delivered' });
  await expect(failedRow).toHaveCount(1);
  await expect(failedRow).toContainText(reason.replace(/^Not delivered: /, ''));
  await screenshots(page, 'message-info-failed');
  await info.getByRole('button', { name: 'Close' }).click();
  await setPhone(request, DORA.waId, { onWhatsApp: true });
});

test('group: a colleague added from the people picker, notices in the tab and on the phone', async ({
  page,
  browser,
  request,
}) => {
  // Bob signs in once, so the organization knows him.
  await request.get(`${APP_URL}/api/v1/me`, { headers: auth(await devToken(request, 'dev-bob')) });
  await signIn(page, 'Alice Martin');
  await openThread(page, DORA.name);

  await page.getByRole('button', { name: 'Conversation actions' }).click();
  await expect(page.getByRole('menuitem', { name: 'Add a colleague' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Restart the conversation' })).toHaveCount(0);
  await expectAccessible(page, 'thread actions menu');
  await screenshots(page, 'thread-actions');
  await page.getByRole('menuitem', { name: 'Add a colleague' }).click();

  const picker = page.getByRole('dialog', { name: 'Add a colleague to the conversation' });
  const people = picker.getByRole('list', { name: 'Colleagues' });
  // Alice is in the thread already: not offered.
  await expect(people.getByRole('button', { name: /Bob Chen/ })).toBeVisible();
  await expect(people.getByRole('button', { name: /Alice Martin/ })).toHaveCount(0);
  await picker.getByRole('searchbox', { name: 'Name or email' }).fill('nobody at all');
  await expect(picker.getByRole('status')).toHaveText('No colleague matches “nobody at all”.');
  await picker.getByRole('searchbox', { name: 'Name or email' }).fill('bob');
  await people.getByRole('button', { name: /Bob Chen/ }).click();
  await expect(people.getByRole('button', { name: /Bob Chen/ })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'people picker');
  await screenshots(page, 'people-picker');
  await picker.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(picker).toHaveCount(0);

  await expect(
    page.getByRole('log').getByText('Alice Martin added Bob Chen to the conversation.'),
  ).toBeVisible();
  await expect
    .poll(() => phoneTexts(request, DORA.waId))
    .toContainEqual(expect.stringContaining('Bob Chen has joined this conversation.'));

  // Bob sees the thread, its history and the notice; in a group thread the messages carry their writer.
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signIn(bob, 'Bob Chen');
  await openThread(bob, DORA.name);
  await expect(
    bob.getByRole('log').getByText('Alice Martin added Bob Chen to the conversation.'),
  ).toBeVisible();
  await expect(
    bob.locator('[data-message-id]', { hasText: 'Did the papers reach you?' }).getByText('Alice Martin'),
  ).toBeVisible();
  await bobContext.close();

  // Carla, added through the API, is removed from the menu (Alice is not offered: she would leave instead).
  await setPhone(request, DORA.waId, { onWhatsApp: false });
  const carla = await devToken(request, 'dev-carla');
  await request.get(`${APP_URL}/api/v1/me`, { headers: auth(carla) });
  const added = await request.post(`${APP_URL}/api/v1/threads/${doraThreadId}/participants`, {
    headers: auth(await devToken(request, 'dev-alice')),
    data: { userId: 'dev-carla' },
  });
  expect(added.status(), await added.text()).toBe(200);
  await expect(
    page.getByRole('log').getByText('Alice Martin added Carla Admin to the conversation.'),
  ).toBeVisible();
  // Dora's phone was off WhatsApp for that notice: the tab says she was not told.
  await expect(
    page
      .getByRole('log')
      .getByText('We could not let the contact know that Carla Admin joined the conversation.'),
  ).toBeVisible({ timeout: 15_000 });
  await setPhone(request, DORA.waId, { onWhatsApp: true });
  await page.getByRole('button', { name: 'Conversation actions' }).click();
  await page.getByRole('menuitem', { name: 'Remove a colleague' }).click();
  await expect(page.getByRole('menuitem', { name: 'Remove Alice Martin' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: 'Remove Bob Chen' })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Remove Carla Admin' }).click();
  await expect(
    page.getByRole('log').getByText('Alice Martin removed Carla Admin from the conversation.'),
  ).toBeVisible();
  await expect
    .poll(() => phoneTexts(request, DORA.waId))
    .toContainEqual(expect.stringContaining('Carla Admin is no longer part of this conversation.'));
});

test('leave with a confirmation, hand over, and restart a closed conversation', async ({
  page,
  browser,
  request,
}) => {
  // Bob leaves: a confirmation first, then the notice on both sides.
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signIn(bob, 'Bob Chen');
  await openThread(bob, DORA.name);
  await threadAction(bob, 'Leave the conversation');
  const confirm = bob.getByRole('alertdialog', { name: 'Leave this conversation?' });
  await expect(confirm).toContainText('Dora Thread will be told that you left');
  await expectAccessible(bob, 'leave confirmation');
  await screenshots(bob, 'leave-confirm');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await threadAction(bob, 'Leave the conversation');
  await confirm.getByRole('button', { name: 'Leave' }).click();
  await expect(bob.getByRole('log').getByText('Bob Chen left the conversation.')).toBeVisible();
  await expect(bob.getByRole('textbox', { name: 'Message' })).toBeDisabled();
  await bobContext.close();
  await expect
    .poll(() => phoneTexts(request, DORA.waId))
    .toContainEqual(expect.stringContaining('Bob Chen has left this conversation.'));

  // Alice hands the conversation over to Bob: she can read it but no longer write.
  await signIn(page, 'Alice Martin');
  await openThread(page, DORA.name);
  await expect(page.getByRole('log').getByText('Bob Chen left the conversation.')).toBeVisible();
  await threadAction(page, 'Hand over to a colleague');
  const picker = page.getByRole('dialog', { name: 'Hand the conversation over' });
  await picker
    .getByRole('list', { name: 'Colleagues' })
    .getByRole('button', { name: /Bob Chen/ })
    .click();
  await picker.getByRole('button', { name: 'Hand over' }).click();
  await expect(
    page.getByRole('log').getByText('Alice Martin handed the conversation over to Bob Chen.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeDisabled();
  await expect
    .poll(() => phoneTexts(request, DORA.waId))
    .toContainEqual(expect.stringContaining('Your conversation has been handed over to Bob Chen.'));

  // Bob, the last one in it, leaves: the conversation closes; Alice restarts it.
  const bobLeaves = await request.post(`${APP_URL}/api/v1/threads/${doraThreadId}/leave`, {
    headers: auth(await devToken(request, 'dev-bob')),
  });
  expect(bobLeaves.status(), await bobLeaves.text()).toBe(200);
  // Alice is no longer in it, so its live events no longer reach her: she opens it again.
  await page.reload();
  await expect(page.getByTestId('thread-state')).toHaveText('Closed');
  await threadAction(page, 'Restart the conversation');
  await expect(page).not.toHaveURL(new RegExp(doraThreadId));
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  await expect(page.getByTestId('thread-state')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeEnabled();

  // The earlier conversation is one link away, by keyboard alone.
  await page.getByRole('button', { name: 'Conversation actions' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Earlier conversations' })).toBeFocused();
  await page.keyboard.press('Enter');
  const earlier = page.getByRole('dialog', { name: 'Conversations with Dora Thread' });
  const links = earlier.getByRole('list', { name: 'Earlier conversations' }).getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(earlier.getByText('This conversation', { exact: true })).toBeVisible();
  await expect(links.filter({ hasText: /closed/ })).toHaveCount(1);
  await expectAccessible(page, 'earlier conversations');
  await screenshots(page, 'earlier-conversations');
  await links.filter({ hasText: /closed/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tab/threads/${doraThreadId}$`));
  await expect(page.getByTestId('thread-state')).toHaveText('Closed');
});

test('scrolling back loads older history with the place kept; a linked message is found and highlighted', async ({
  page,
  request,
}) => {
  const threadId = await consentedThread(request, ELI, { readReceipts: true });
  for (let i = 1; i <= HISTORY; i++) {
    const sent = await request.post(`${EMULATOR_URL}/_emulator/users/${ELI.waId}/messages`, {
      data: { type: 'text', body: `History message ${String(i).padStart(3, '0')}` },
    });
    expect(sent.status()).toBe(201);
  }
  const headers = auth(await devToken(request, 'dev-alice'));
  let oldestId = '';
  await expect
    .poll(
      async () => {
        const response = await request.get(`${APP_URL}/api/v1/threads/${threadId}/messages?limit=200`, {
          headers,
        });
        const { messages } = (await response.json()) as { messages: { id: string; body: string | null }[] };
        oldestId = messages.find((m) => m.body === 'History message 001')?.id ?? '';
        return messages.filter((m) => m.body?.startsWith('History message')).length;
      },
      { timeout: 60_000 },
    )
    .toBe(HISTORY);

  await signIn(page, 'Alice Martin');
  await openThread(page, ELI.name);
  const log = page.getByRole('log', { name: `Messages with ${ELI.name}` });
  await expect(log.getByText(`History message ${HISTORY}`)).toBeInViewport();
  await expect(log.getByText('History message 001')).toHaveCount(0);
  await expect(log.getByRole('separator', { name: 'Today' }).first()).toBeVisible();

  // Up to the top: the page before loads, and what was at the top stays in view.
  const firstShown = (await log.locator('[data-message-id]').first().textContent()) ?? '';
  await log.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(log.locator('[data-message-id]').first()).not.toHaveText(firstShown);
  await expect(log.locator('[data-message-id]', { hasText: firstShown.slice(0, 19) })).toBeInViewport();
  await log.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(log.getByText('History message 001')).toBeAttached();
  await expect(log.getByText('Beginning of the conversation')).toBeVisible();
  await expectAccessible(page, 'thread history');
  await screenshots(page, 'thread-history');

  // A search result's link: the oldest message is loaded, scrolled to and highlighted.
  await page.goto(`/tab/threads/${threadId}?message=${oldestId}`);
  const focused = page.locator('[data-focused]');
  await expect(focused).toContainText('History message 001', { timeout: 15_000 });
  await expect(focused).toBeInViewport();
  await expect(focused).toBeFocused();
  await screenshots(page, 'thread-focused-message');
});
