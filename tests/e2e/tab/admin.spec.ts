import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  APP_URL,
  devToken,
  EMULATOR_URL,
  ensureContact,
  expectAccessible,
  screenshotCornerBrightness,
  screenshots,
  signIn,
} from './tab-helpers.js';

// One organization on one server (shared with the other spec files of a run): each test leaves the settings,
// licences and templates as it found them.
test.describe.configure({ mode: 'serial' });

const EMULATOR_WABA = '200000000000002';
/** A contact of this file only (the emulator makes any new number a WhatsApp user). */
const HUGO = { name: 'Hugo Licence', phone: '+15550100072' };

/** The demo users exist once they have called the API (the admin lists only users who signed in). */
test.beforeAll(async ({ request }) => {
  for (const user of ['dev-alice', 'dev-bob']) {
    const token = await devToken(request, user);
    const me = await request.get(`${APP_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
  }
});

async function openAdmin(page: Page): Promise<void> {
  await signIn(page, 'Carla Admin');
  await page.getByRole('tab', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/tab\/admin$/);
  await expect(page.getByRole('heading', { name: 'WhatsApp for your organization' })).toBeVisible();
}

/** Presses Tab (at most `max` times) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await expect(target)
      .toBeFocused({ timeout: 100 })
      .then(
        () => true,
        () => false,
      );
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the admin changes the WhatsApp settings; they are kept after a reload, and a failed save keeps the form', async ({
  page,
}) => {
  await openAdmin(page);
  const enabled = page.getByRole('switch', { name: 'WhatsApp messaging enabled' });
  const account = page.getByRole('textbox', { name: 'WhatsApp Business Account ID' });
  const sms = page.getByRole('textbox', { name: 'SMS sender number' });
  const save = page.getByRole('button', { name: 'Save settings' });
  await expect(enabled).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Sender phone number ID' })).not.toHaveValue('');
  await expect(save).toBeDisabled();
  await expectAccessible(page, 'admin');
  await screenshots(page, 'admin');
  // Outside Teams the app follows the browser's colour scheme: the dark picture really is dark.
  expect(await screenshotCornerBrightness('admin', 'light')).toBeGreaterThan(200);
  expect(await screenshotCornerBrightness('admin', 'dark')).toBeLessThan(60);

  // A number the API would refuse is named next to its field, and cannot be saved.
  const smsNumber = await sms.inputValue();
  await sms.fill('0612345678');
  await expect(page.getByText('Use international format')).toBeVisible();
  await expect(save).toBeDisabled();
  await sms.fill(smsNumber);

  // The server cannot be reached: the reason shows inline and nothing typed is lost.
  await enabled.click();
  await account.fill(EMULATOR_WABA);
  await page.route('**/api/v1/admin/settings', (route) =>
    route.request().method() === 'PATCH' ? route.abort('connectionfailed') : route.fallback(),
  );
  await save.click();
  await expect(
    page.getByText(/The settings could not be saved: The server could not be reached/),
  ).toBeVisible();
  await expect(enabled).not.toBeChecked();
  await expect(account).toHaveValue(EMULATOR_WABA);
  await page.unrouteAll();

  await save.click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(enabled).not.toBeChecked();
  await expect(account).toHaveValue(EMULATOR_WABA);

  await enabled.click();
  await save.click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(enabled).toBeChecked();
});

test('a revoked licence stops the user from starting a conversation; granting it back lets them', async ({
  page,
  browser,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-bob'), HUGO);
  await openAdmin(page);
  const bobLicence = page.getByRole('switch', { name: 'WhatsApp licence for Bob Chen' });
  const count = page.getByTestId('licence-count');
  await expect(bobLicence).toBeChecked();
  // Other spec files share this server, so the organization may have more users than this one made.
  const licensed = await page.getByRole('switch', { name: /^WhatsApp licence for /, checked: true }).count();
  const total = await page.getByRole('switch', { name: /^WhatsApp licence for / }).count();
  await expect(count).toHaveText(`${licensed} of ${total} users are licensed`);
  await bobLicence.click();
  await expect(bobLicence).not.toBeChecked();
  await expect(count).toHaveText(`${licensed - 1} of ${total} users are licensed`);

  // Bob, in a browser of his own, is refused with the reason.
  const bobContext = await browser.newContext();
  const bob = await bobContext.newPage();
  await signIn(bob, 'Bob Chen');
  await bob.getByRole('button', { name: 'New conversation' }).click();
  const dialog = bob.getByRole('dialog', { name: 'New WhatsApp conversation' });
  await dialog.getByRole('searchbox', { name: 'Contact name or number' }).fill('Hugo');
  await dialog.getByRole('button', { name: /Hugo Licence/ }).click();
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await expect(dialog.getByText(/You need a WhatsApp license/)).toBeVisible();

  // Licensed again, the same click goes through to the permission request.
  await bobLicence.click();
  await expect(bobLicence).toBeChecked();
  await expect(count).toHaveText(`${licensed} of ${total} users are licensed`);
  await dialog.getByRole('button', { name: 'Start conversation' }).click();
  await expect(bob.getByRole('alertdialog', { name: 'Ask Hugo Licence for permission?' })).toBeVisible();
  await bobContext.close();
});

test("template sync lists the emulator's templates; a paused resume template shows the admin what to fix", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000); // four template changes, each waiting for WhatsApp's webhook or a sync
  await openAdmin(page);
  const templates = page.getByRole('table', { name: 'Message templates' });
  await page.getByRole('button', { name: 'Sync templates' }).click();
  await expect(page.getByText(/Sync started/)).toBeVisible();
  const reminder = templates.getByRole('row', { name: /appointment_reminder/ });
  await expect(reminder).toContainText('Utility');
  await expect(reminder).toContainText('Approved');
  await expect(reminder).toContainText('Your users’ messages');
  await expect(templates.getByRole('row', { name: /statement_ready/ })).toContainText('Marketing');
  await expect(templates.getByRole('row', { name: /mlm_opt_in_request en/ })).toContainText('Opt-in request');
  const problems = page.getByTestId('request-problem');
  await expect(problems).toHaveCount(0);

  // WhatsApp pauses the resume template in both its languages, one after the other (webhooks tell the
  // connector): once neither can be sent, the page says what to fix.
  const setResume = async (language: 'en' | 'es', status: string, shown: string) => {
    const response = await request.post(
      `${EMULATOR_URL}/_emulator/templates/mlm_resume_conversation/${language}`,
      { data: { status } },
    );
    expect(response.status(), await response.text()).toBeLessThan(300);
    const row = templates.getByRole('row', { name: new RegExp(`mlm_resume_conversation ${language}`) });
    await expect(async () => {
      // Sync too: under load a template webhook has been seen to arrive late; a sync (one a minute) catches up.
      await page.getByRole('button', { name: 'Sync templates' }).click();
      await expect(page.getByText(/Sync started|could not be synced/)).toBeVisible();
      await page.reload();
      await expect(row).toContainText(shown, { timeout: 5_000 });
    }).toPass({ timeout: 80_000 });
  };
  await setResume('es', 'PAUSED', 'Paused');
  await expect(problems).toHaveCount(0);
  await setResume('en', 'PAUSED', 'Paused');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText('Resume request');
  await expect(problems).toContainText(
    /Cannot be sent: its template mlm_resume_conversation \((en|es)\) is “Paused” in WhatsApp\./,
  );
  await templates.scrollIntoViewIfNeeded();
  await problems.scrollIntoViewIfNeeded();
  await expectAccessible(page, 'admin templates');
  await screenshots(page, 'admin-templates');

  await setResume('en', 'APPROVED', 'Approved');
  await setResume('es', 'APPROVED', 'Approved');
  await expect(problems).toHaveCount(0);
});

test('keyboard only: the admin switches WhatsApp off and on and saves, and revokes and grants a licence', async ({
  page,
}) => {
  await openAdmin(page);
  const enabled = page.getByRole('switch', { name: 'WhatsApp messaging enabled' });
  const save = page.getByRole('button', { name: 'Save settings' });
  await tabTo(page, enabled);
  await page.keyboard.press('Space');
  await expect(enabled).not.toBeChecked();
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await tabTo(page, enabled, 60);
  await page.keyboard.press('Space');
  await expect(enabled).toBeChecked();
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const alice = page.getByRole('switch', { name: 'WhatsApp licence for Alice Martin' });
  await tabTo(page, alice);
  await page.keyboard.press('Space');
  await expect(alice).not.toBeChecked();
  await expect(alice).toBeFocused();
  await page.keyboard.press('Space');
  await expect(alice).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Sync templates' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Sync started/)).toBeVisible();
});

test('a user without the Admin role sees no Admin section, and is told so at /tab/admin', async ({
  page,
}) => {
  await signIn(page, 'Alice Martin');
  await expect(page.getByRole('tab', { name: 'Search' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Admin' })).toHaveCount(0);
  await page.goto('/tab/admin');
  await expect(
    page.getByText('This page is for your organization’s admins only.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  await expectAccessible(page, 'admin forbidden');
  await screenshots(page, 'admin-forbidden');
});
