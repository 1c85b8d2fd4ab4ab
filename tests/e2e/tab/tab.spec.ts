import { expect, test } from '@playwright/test';
import {
  devToken,
  ensureContact,
  expectAccessible,
  READER,
  screenshots,
  SECOND,
  signIn,
  tapOnPhone,
} from './tab-helpers.js';

// One story on one server: the later tests use the conversation the first one opens.
test.describe.configure({ mode: 'serial' });

test('dev sign-in, new conversation, opt-in accepted on the phone, a message sent and read', async ({
  page,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), READER);

  await page.goto('/tab/');
  await expect(page.getByRole('heading', { name: 'Choose a demo user' })).toBeVisible();
  await expectAccessible(page, 'dev sign-in');
  await screenshots(page, 'sign-in');

  await signIn(page, 'Alice Martin');
  await expectAccessible(page, 'inbox');
  await screenshots(page, 'inbox-empty');

  // New conversation: find the contact by a part of the name, start, confirm the opt-in request.
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New WhatsApp conversation' });
  await dialog.getByRole('searchbox', { name: 'Contact name or number' }).fill('Alice Ex');
  await dialog.getByRole('button', { name: /Alice Example/ }).click();
  await expectAccessible(page, 'new conversation');
  await screenshots(page, 'new-conversation');
  await dialog.getByRole('button', { name: 'Start conversation' }).click();

  const confirm = page.getByRole('alertdialog', { name: 'Ask Alice Example for permission?' });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'opt-in confirmation');
  await screenshots(page, 'opt-in-confirm');
  await confirm.getByRole('button', { name: 'Send request' }).click();

  // The thread: awaiting consent, the composer says messages are queued.
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  await expect(page.getByTestId('thread-state')).toHaveText('Awaiting consent');
  await expect(page.getByTestId('composer-hint')).toContainText('waits in a queue');
  await page.getByRole('textbox', { name: 'Message' }).fill('Hello, written before you accepted');
  await page.keyboard.press('Enter');
  const queued = page.locator('[data-status]', { hasText: 'Hello, written before you accepted' }).first();
  await expect(queued).toHaveAttribute('data-status', 'pending');
  await expect(queued.getByRole('img', { name: /Queued/ })).toBeVisible();
  await expectAccessible(page, 'thread awaiting consent');
  await screenshots(page, 'thread-awaiting-consent');

  // The contact taps Yes on the phone: the notice arrives live, the queued message goes out and is read.
  await tapOnPhone(request, READER.waId, 0);
  await expect(page.getByText('The contact agreed to receive WhatsApp messages')).toBeVisible();
  await expect(page.getByTestId('thread-state')).toHaveCount(0);
  await expect(queued).toHaveAttribute('data-status', 'read', { timeout: 15_000 });

  await page.getByRole('textbox', { name: 'Message' }).fill('Thanks! Here is the follow-up.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const sent = page.locator('[data-message-id]', { hasText: 'Thanks! Here is the follow-up.' });
  await expect(sent.getByRole('img', { name: 'Read' })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page, 'thread');
  await screenshots(page, 'thread-read');

  // The inbox line: WhatsApp mark, contact, the last message.
  const line = page.getByRole('navigation').getByRole('button', { name: /Alice Example/ });
  await expect(line.getByRole('img', { name: 'WhatsApp' })).toBeVisible();
  await expect(line).toContainText('Thanks! Here is the follow-up.');
});

test('a failed send shows the reason inline and is sent by retry, with nothing typed lost', async ({
  page,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), READER);
  await signIn(page, 'Alice Martin');
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Alice Example/ })
    .click();
  let refuse = true;
  await page.route('**/api/v1/threads/*/messages', async (route) => {
    if (route.request().method() === 'POST' && refuse) {
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
  await page.getByRole('textbox', { name: 'Message' }).fill('This one needs a second try');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Not sent: The service is starting.' }),
  ).toBeVisible();
  await expectAccessible(page, 'failed send');
  await screenshots(page, 'thread-send-failed');
  await page.getByRole('button', { name: 'Try again' }).click();
  const sent = page.locator('[data-message-id]', { hasText: 'This one needs a second try' });
  await expect(sent.getByRole('img', { name: 'Read' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Not sent' })).toHaveCount(0);
});

test('a contact who declines: the composer is disabled with the reason', async ({ page, request }) => {
  await ensureContact(request, await devToken(request, 'dev-bob'), SECOND);
  await signIn(page, 'Bob Chen');
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New WhatsApp conversation' });
  await dialog.getByRole('searchbox').fill('Bruno');
  await dialog.getByRole('button', { name: /Bruno Example/ }).click();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('thread-state')).toHaveText('Awaiting consent');

  await tapOnPhone(request, SECOND.waId, 1);
  await expect(page.getByTestId('thread-state')).toHaveText('Declined');
  await expect(page.getByTestId('composer-hint')).toContainText('declined WhatsApp messages');
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
  await expectAccessible(page, 'declined thread');
  await screenshots(page, 'thread-declined');
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the sign-in, the inbox and a thread speak French', async ({ page, request }) => {
    await ensureContact(request, await devToken(request, 'dev-alice'), READER);
    await page.goto('/tab/');
    await expect(
      page.getByRole('heading', { name: 'Choisissez un utilisateur de démonstration' }),
    ).toBeVisible();
    // Keyboard only: the first demo user (Alice) is the first stop of the tab order.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /^Se connecter en tant que Alice Martin/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Conversations' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nouvelle conversation' })).toBeVisible();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Alice Example/ })
      .click();
    await expect(page.getByRole('textbox', { name: 'Message' })).toHaveAttribute(
      'placeholder',
      'Écrivez un message',
    );
    await expect(page.getByRole('img', { name: 'Lu' }).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectAccessible(page, 'thread (fr)');
    await screenshots(page, 'thread-fr');
  });
});
