import { expect, test, type Page } from '@playwright/test';
import { devToken, ensureContact, expectAccessible, READER, screenshots, signIn } from './tab-helpers.js';

// One story on one server: Chen's WhatsApp thread fails first, then moves to SMS.
test.describe.configure({ mode: 'serial' });

/** The emulator's user who has no WhatsApp account: messages to them fail with error 131026. */
const NO_WHATSAPP = { name: 'Chen Example', phone: '+15550100003' };

async function openNewConversation(page: Page, query: string) {
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: /^New (WhatsApp|SMS) conversation$/ });
  await dialog.getByRole('searchbox', { name: 'Contact name or number' }).fill(query);
  return dialog;
}

test('a contact not on WhatsApp: the opt-in request fails, the SMS offer comes, No keeps the thread', async ({
  page,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), NO_WHATSAPP);
  await signIn(page, 'Alice Martin');
  const dialog = await openNewConversation(page, 'Chen');
  await expect(dialog.getByText('Outlook contacts are not available here.')).toBeVisible();
  await dialog.getByRole('button', { name: /Chen Example/ }).click();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send request' }).click();
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  const whatsappUrl = page.url();

  // WhatsApp answers the request with error 131026: the tab offers SMS.
  const offer = page.getByRole('alertdialog', { name: 'Chen Example is not on WhatsApp' });
  await expect(offer).toBeVisible({ timeout: 20_000 });
  await expect(offer).toContainText('Send them an SMS at +15550100003 instead?');
  await expectAccessible(page, 'not on WhatsApp offer');
  await screenshots(page, 'not-on-whatsapp');
  await offer.getByRole('button', { name: 'No, go back' }).click();
  await expect(offer).toBeHidden();
  expect(page.url()).toBe(whatsappUrl);
  await expect(page.getByTestId('thread-state')).toHaveText('Not on WhatsApp');
});

test('a contact known not to be on WhatsApp: No goes back to the choice, Yes opens the SMS thread', async ({
  page,
}) => {
  await signIn(page, 'Alice Martin');
  const dialog = await openNewConversation(page, 'Chen');
  await dialog.getByRole('button', { name: /Chen Example/ }).click();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();

  const offer = page.getByRole('alertdialog', { name: 'Chen Example is not on WhatsApp' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'No, go back' }).click();
  // Back in the dialog, Chen still chosen.
  await expect(dialog.getByRole('button', { name: /Chen Example/ })).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('button', { name: 'Start conversation' }).click();

  await offer.getByRole('button', { name: 'Send SMS' }).click();
  await expect(offer).toBeHidden();
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  const header = page.getByRole('region', { name: 'Chen Example' });
  await expect(header.getByRole('img', { name: 'SMS' }).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Message' }).fill('Hello by text message');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-message-id]', { hasText: 'Hello by text message' })).toBeVisible();
});

test('a new SMS conversation, and a typed number added as a contact', async ({ page, request }) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), READER);
  await signIn(page, 'Alice Martin');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await page
    .getByRole('dialog', { name: 'New WhatsApp conversation' })
    .getByRole('radio', { name: 'SMS' })
    .check();
  const dialog = page.getByRole('dialog', { name: 'New SMS conversation' });
  await expect(dialog).toBeVisible();

  // A number nobody has: a bad one is refused, a good one is offered as a new contact.
  const search = dialog.getByRole('searchbox', { name: 'Contact name or number' });
  await search.fill('0612 345 678');
  await expect(dialog.getByText(/Enter the number with its country code/)).toBeVisible();
  await search.fill('+44 7700 900123');
  const name = dialog.getByRole('textbox', { name: 'Name for +447700900123' });
  await expect(name).toBeVisible();
  await expectAccessible(page, 'new SMS conversation, add a number');
  await screenshots(page, 'new-sms-add-number');
  await name.fill('Dana Newcomer');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByRole('button', { name: /Dana Newcomer/ })).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('button', { name: 'Start conversation' }).click();

  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  const thread = page.getByRole('region', { name: 'Dana Newcomer' });
  await expect(thread.getByRole('img', { name: 'SMS' }).first()).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
