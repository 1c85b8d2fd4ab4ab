import { expect, test } from '@playwright/test';
import {
  devToken,
  EMULATOR_URL,
  ensureContact,
  ensurePhoneUser,
  expectAccessible,
  screenshots,
  signIn,
  tapOnPhone,
} from './tab-helpers.js';

// The first test writes the conversation the others search.
test.describe.configure({ mode: 'serial' });

/** This spec's own phone (the specs share the server), and a word no other spec writes. */
const SEARCHED = { name: 'Gina Searchwell', phone: '+15550109201', waId: '15550109201' };

test('search finds a message with the words highlighted, and opens the thread at it', async ({
  page,
  request,
}) => {
  await ensurePhoneUser(request, SEARCHED);
  await ensureContact(request, await devToken(request, 'dev-alice'), SEARCHED);
  await signIn(page, 'Alice Martin');
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New WhatsApp conversation' });
  await dialog.getByRole('searchbox', { name: 'Contact name or number' }).fill('Gina Sea');
  await dialog.getByRole('button', { name: /Gina Searchwell/ }).click();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send request' }).click();
  await tapOnPhone(request, SEARCHED.waId, 0);
  await expect(page.getByTestId('thread-state')).toHaveCount(0);
  const threadPath = new URL(page.url()).pathname;

  // The contact writes from the phone; the advisor answers.
  const sent = await request.post(`${EMULATOR_URL}/_emulator/users/${SEARCHED.waId}/messages`, {
    data: { type: 'text', body: 'Could you send the zephyr invoice for March?' },
    headers: { Connection: 'close' },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  await expect(
    page.locator('[data-message-id]', { hasText: 'Could you send the zephyr invoice for March?' }),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Message' })
    .fill('Here is the March zephyr invoice, paid in full.');
  await page.keyboard.press('Enter');
  await expect(
    page.locator('[data-message-id]', { hasText: 'Here is the March zephyr invoice' }),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Search' }).click();
  await expect(page.getByText('Type words to find them in your conversations and messages.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search conversations and messages' }).fill('zephyr mar');
  // The address bar keeps the search, so it can be linked and Back comes back to it.
  await expect(page).toHaveURL(/\/tab\/search\?q=zephyr(\+|%20)mar$/);
  const messages = page.getByRole('list', { name: 'Messages' });
  const inbound = messages.getByRole('button', { name: /Could you send the zephyr invoice for March/ });
  const outbound = messages.getByRole('button', { name: /You to Gina Searchwell/ });
  await expect(inbound).toBeVisible();
  await expect(outbound).toBeVisible();
  await expect(inbound.locator('mark')).toHaveText(['zephyr', 'March']);
  await expectAccessible(page, 'search results');
  await screenshots(page, 'search-results');

  const messageId = await inbound.getAttribute('data-message-hit');
  await inbound.click();
  await expect(page).toHaveURL(`${threadPath}?message=${messageId}`);
  await expect(page.getByRole('region', { name: 'Gina Searchwell' })).toBeVisible();
  await expect(page.locator(`[data-message-id="${messageId}"]`)).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search conversations and messages' })).toHaveValue(
    'zephyr mar',
  );
  await expect(inbound).toBeVisible();
});

test('search from a link: a contact name finds the conversation; nothing found says so', async ({ page }) => {
  await signIn(page, 'Alice Martin');
  await page.goto('/tab/search?q=gina');
  const conversations = page.getByRole('list', { name: 'Conversations' });
  const hit = conversations.getByRole('button', { name: /Gina Searchwell/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('Gina');
  await hit.click();
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);

  await page.goto('/tab/search?q=zebracorn');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing matches “zebracorn”.' })).toBeVisible();
  await expectAccessible(page, 'search, nothing found');
  await screenshots(page, 'search-empty');
});

test('a failed search says why, keeps the words, and tries again', async ({ page }) => {
  await signIn(page, 'Alice Martin');
  let refuse = true;
  await page.route('**/api/v1/search?*', async (route) => {
    if (refuse) {
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
  await page.getByRole('tab', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: 'Search conversations and messages' });
  await box.fill('zephyr');
  await expect(page.getByText('The search failed: The service is starting.')).toBeVisible();
  await expect(box).toHaveValue('zephyr');
  await expectAccessible(page, 'search failed');
  await screenshots(page, 'search-failed');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('list', { name: 'Messages' }).getByRole('button').first()).toBeVisible();
});
