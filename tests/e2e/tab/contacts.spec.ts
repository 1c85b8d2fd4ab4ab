import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import {
  APP_URL,
  devToken,
  ensureContact,
  ensurePhoneUser,
  expectAccessible,
  screenshots,
  signIn,
} from './tab-helpers.js';

// One story on one server: Chen's WhatsApp thread fails first, then moves to SMS.
test.describe.configure({ mode: 'serial' });

// This spec's own phones: the other specs share the server and never touch these numbers.
/** No WhatsApp account: messages to them fail with error 131026. */
const NO_WHATSAPP = { name: 'Chen Example', phone: '+15550109101', waId: '15550109101' };
/** On WhatsApp, for the contact page's actions. */
const DETAILED = { name: 'Hana Detailer', phone: '+15550109102', waId: '15550109102' };

async function ensureNoWhatsApp(request: APIRequestContext) {
  await ensurePhoneUser(request, { ...NO_WHATSAPP, onWhatsApp: false, online: false });
  await ensureContact(request, await devToken(request, 'dev-alice'), NO_WHATSAPP);
}

async function openNewConversation(page: Page, query: string) {
  await page.getByRole('button', { name: 'New conversation' }).click();
  const dialog = page.getByRole('dialog', { name: /^New (WhatsApp|SMS) conversation$/ });
  await dialog.getByRole('searchbox', { name: 'Contact name or number' }).fill(query);
  return dialog;
}

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, target: Locator, most = 15) {
  for (let press = 0; press < most; press++) {
    if (await target.evaluate((el) => el.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a contact not on WhatsApp: the opt-in request fails, the SMS offer comes, No keeps the thread', async ({
  page,
  request,
}) => {
  await ensureNoWhatsApp(request);
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
  await expect(offer).toContainText('Send them an SMS at +15550109101 instead?');
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

test('an Outlook contact picked in the typeahead is imported and chosen', async ({ page, request }) => {
  await ensureNoWhatsApp(request);
  const token = await devToken(request, 'dev-alice');
  const found = await request.get(`${APP_URL}/api/v1/contacts?q=${encodeURIComponent(NO_WHATSAPP.phone)}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const chen = ((await found.json()) as { contacts: { id: string }[] }).contacts[0];
  expect(chen).toBeDefined();
  // The dev server has no Microsoft Graph: Graph's answers are played here, the import finds Chen by number.
  await page.route('**/api/v1/outlook/contacts?*', (route) =>
    route.fulfill({
      json: {
        contacts: [
          {
            outlookId: 'outlook-chen',
            displayName: 'Chen from Outlook',
            email: null,
            phones: [
              { number: '+1 555 010 9101', kind: 'mobile', e164: NO_WHATSAPP.phone, tenantContactId: null },
            ],
          },
        ],
      },
    }),
  );
  let imported: unknown;
  await page.route('**/api/v1/contacts/import', async (route) => {
    imported = route.request().postDataJSON();
    await route.fulfill({
      json: { results: [{ outlookId: 'outlook-chen', status: 'existing', contact: chen }] },
    });
  });
  await signIn(page, 'Alice Martin');
  const dialog = await openNewConversation(page, 'Chen from');
  const outlook = dialog.getByRole('list', { name: 'Outlook contacts' });
  await outlook.getByRole('button', { name: /Chen from Outlook/ }).click();
  await expect(dialog.getByRole('button', { name: /Chen Example/ })).toHaveAttribute('aria-pressed', 'true');
  expect(imported).toEqual({ outlookIds: ['outlook-chen'] });
  await expect(dialog.getByRole('button', { name: 'Start conversation' })).toBeEnabled();
});

test('a new SMS conversation, and a typed number added as a contact', async ({ page }) => {
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

test('contacts: add with a bad number refused inline, a taken number refused by the server, then edit', async ({
  page,
}) => {
  await signIn(page, 'Alice Martin');
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await expect(page).toHaveURL(/\/tab\/contacts$/);
  const list = page.getByRole('list', { name: 'Contacts' });
  await expect(list.getByRole('button', { name: /Chen Example/ })).toBeVisible();
  await expectAccessible(page, 'contacts');
  await screenshots(page, 'contacts');

  await page.getByRole('button', { name: 'Add contact' }).click();
  const form = page.getByRole('dialog', { name: 'Add a contact' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Emma Stone-Field');
  const phone = form.getByRole('textbox', { name: 'Mobile number' });
  await phone.fill('06 12 34 56 78');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText(/Enter the number with its country code/)).toBeVisible();
  await expect(phone).toHaveValue('06 12 34 56 78');
  await expectAccessible(page, 'contact form, bad number');
  await screenshots(page, 'contact-form-invalid');

  // Chen's number: the server says another contact has it, and nothing typed is lost.
  await phone.fill(NO_WHATSAPP.phone);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Another contact already has this phone number.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Emma Stone-Field');

  await phone.fill('+33 6 12 34 56 78');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/tab\/contacts\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { name: 'Emma Stone-Field' })).toBeVisible();
  await expect(page.getByText('+33612345678')).toBeVisible();
  await expectAccessible(page, 'contact details');
  await screenshots(page, 'contact-details');

  // Edit: a bad number is refused, a good one saved.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Emma Stone-Field' });
  await edit.getByRole('textbox', { name: 'Name' }).fill('Emma Stonefield');
  await edit.getByRole('textbox', { name: 'Mobile number' }).fill('+12');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText(/Enter the number with its country code/)).toBeVisible();
  await edit.getByRole('textbox', { name: 'Mobile number' }).fill('+33 6 98 76 54 32');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Emma Stonefield' })).toBeVisible();
  await expect(page.getByText('+33698765432')).toBeVisible();

  // Delete, confirmed; the list no longer has her.
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Emma Stonefield?' });
  await expectAccessible(page, 'delete contact');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/tab\/contacts$/);
  await expect(list.getByRole('button', { name: /Chen Example/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /Emma/ })).toHaveCount(0);
});

test('contact details: WhatsApp opens the conversation, SMS starts a text one', async ({ page, request }) => {
  await ensurePhoneUser(request, DETAILED);
  await ensureContact(request, await devToken(request, 'dev-alice'), DETAILED);
  await signIn(page, 'Alice Martin');
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('searchbox', { name: 'Filter contacts' }).fill('Hana Det');
  await page
    .getByRole('list', { name: 'Contacts' })
    .getByRole('button', { name: /Hana Detailer/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Hana Detailer' })).toBeVisible();

  // First WhatsApp conversation with her: the opt-in confirmation, then the thread.
  await page.getByRole('button', { name: 'WhatsApp', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Ask Hana Detailer for permission?' })
    .getByRole('button', { name: 'Send request' })
    .click();
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  await expect(page.getByTestId('thread-state')).toHaveText('Awaiting consent');
  const whatsappThread = page.url();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Hana Detailer' })).toBeVisible();
  await page.getByRole('button', { name: 'SMS', exact: true }).click();
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  expect(page.url()).not.toBe(whatsappThread);
  await expect(
    page.getByRole('region', { name: 'Hana Detailer' }).getByRole('img', { name: 'SMS' }).first(),
  ).toBeVisible();

  // Back on her page, both conversations are listed and open from there.
  await page.goBack();
  const threads = page.getByRole('list', { name: 'Conversations' }).getByRole('button');
  await expect(threads).toHaveCount(2);
  await expect(threads.filter({ hasText: 'Awaiting consent' })).toHaveCount(1);
  await expectAccessible(page, 'contact details with conversations');
  await screenshots(page, 'contact-details-threads');
  await threads.filter({ hasText: 'Awaiting consent' }).click();
  expect(page.url()).toBe(whatsappThread);
});

test('keyboard only: filter the contacts, open one, start an SMS conversation', async ({ page, request }) => {
  await ensureNoWhatsApp(request);
  await signIn(page, 'Alice Martin');
  await tabTo(page, page.getByRole('tab', { name: 'Conversations' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tab\/contacts$/);
  await tabTo(page, page.getByRole('searchbox', { name: 'Filter contacts' }));
  await page.keyboard.type('Chen');
  const chen = page.getByRole('list', { name: 'Contacts' }).getByRole('button', { name: /Chen Example/ });
  await expect(chen).toBeVisible();
  await tabTo(page, chen);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Chen Example' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'SMS', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tab\/threads\/[0-9a-f-]+$/);
  await expect(
    page.getByRole('region', { name: 'Chen Example' }).getByRole('img', { name: 'SMS' }).first(),
  ).toBeVisible();
});
