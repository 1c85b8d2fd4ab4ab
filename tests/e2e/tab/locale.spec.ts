import { expect, test, type Page } from '@playwright/test';
import { devToken, ensureContact, expectAccessible, READER, screenshots, tapOnPhone } from './tab-helpers.js';

// The whole flow in German, in the test browser's Europe/Paris time zone (playwright.config.ts), with a
// contact of its own (the emulator makes any new number a WhatsApp user; other spec files share the server).
const GRETA = { name: 'Greta Beispiel', phone: '+15550100071', waId: '15550100071' };
test.use({ locale: 'de-DE' });
test.describe.configure({ mode: 'serial' });

/** What a German reader in Paris expects for an instant: the time alone for today. */
const parisTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

async function signInGerman(page: Page, name: string): Promise<void> {
  await page.goto('/tab/');
  await expect(page.getByRole('heading', { name: 'Demo-Benutzer wählen' })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^Als ${name} anmelden`) }).click();
  await expect(page.getByRole('heading', { name: 'Unterhaltungen' })).toBeVisible();
}

test('auf Deutsch: a conversation started, accepted on the phone, a message read, times in Paris time', async ({
  page,
  request,
}) => {
  await ensureContact(request, await devToken(request, 'dev-alice'), GRETA);
  await signInGerman(page, 'Alice Martin');
  await expect(page.getByText('Angemeldet als Alice Martin')).toBeVisible();

  await page.getByRole('button', { name: 'Neue Unterhaltung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue WhatsApp-Unterhaltung' });
  await dialog.getByRole('searchbox', { name: 'Name oder Nummer des Kontakts' }).fill('Greta');
  await dialog.getByRole('button', { name: /Greta Beispiel/ }).click();
  await dialog.getByRole('button', { name: 'Unterhaltung beginnen' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Greta Beispiel um Erlaubnis bitten?' });
  await confirm.getByRole('button', { name: 'Anfrage senden' }).click();

  await expect(page.getByTestId('thread-state')).toHaveText('Wartet auf Zustimmung');
  await page.getByRole('textbox', { name: 'Nachricht' }).fill('Guten Tag, hier ist Ihre Beraterin.');
  await page.keyboard.press('Enter');
  await tapOnPhone(request, GRETA.waId, 0);
  const sent = page.locator('[data-message-id]', { hasText: 'Guten Tag, hier ist Ihre Beraterin.' });
  await expect(sent.getByRole('img', { name: 'Gelesen' })).toBeVisible({ timeout: 15_000 });

  // The day is "Heute"; the time is the 24-hour German one, in Paris time (never the server's UTC).
  await expect(page.getByText('Heute', { exact: true })).toBeVisible();
  const time = sent.locator('time');
  const at = await time.getAttribute('datetime');
  expect(at).toBeTruthy();
  await expect(time).toHaveText(parisTime(at ?? ''));
  expect(parisTime(at ?? '')).toMatch(/^\d{2}:\d{2}$/);
  await page.getByRole('textbox', { name: 'Nachricht' }).fill('Bis bald!');
  await page.getByRole('button', { name: 'Senden', exact: true }).click();
  const line = page.getByRole('navigation').getByRole('button', { name: /Greta Beispiel/ });
  await expect(line).toContainText('Sie: Bis bald!');
  const last = page.locator('[data-message-id]', { hasText: 'Bis bald!' }).locator('time');
  await expect(line).toContainText(parisTime((await last.getAttribute('datetime')) ?? ''));
  await expectAccessible(page, 'thread (de)');
  await screenshots(page, 'thread-de');
});

test("auf Deutsch: the admin page, its plural count, and the API's own error in German", async ({
  page,
  request,
}) => {
  await signInGerman(page, 'Carla Admin');
  await page.getByRole('tab', { name: 'Verwaltung' }).click();
  await expect(page.getByRole('heading', { name: 'WhatsApp für Ihre Organisation' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'WhatsApp-Nachrichten aktiviert' })).toBeChecked();
  // The count agrees with the table, in German's singular or plural.
  const switches = page.getByRole('switch', { name: /^WhatsApp-Lizenz für / });
  await expect(switches.first()).toBeVisible();
  const licensed = await page.getByRole('switch', { name: /^WhatsApp-Lizenz für /, checked: true }).count();
  const total = await switches.count();
  await expect(page.getByTestId('licence-count')).toHaveText(
    `${licensed} von ${total} Benutzern ${licensed === 1 ? 'ist' : 'sind'} lizenziert`,
  );
  await page.getByRole('textbox', { name: 'SMS-Absendernummer' }).fill('0612345678');
  await expect(page.getByText(/Internationales Format verwenden/)).toBeVisible();
  await expectAccessible(page, 'admin (de)');
  await screenshots(page, 'admin-de');

  // Erin's organization has not enabled WhatsApp: the API says so in the user's language.
  const erin = await devToken(request, 'dev-erin');
  await ensureContact(request, erin, READER);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await signInGerman(page, 'Erin Other');
  await page.getByRole('button', { name: 'Neue Unterhaltung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue WhatsApp-Unterhaltung' });
  await dialog.getByRole('searchbox', { name: 'Name oder Nummer des Kontakts' }).fill('Alice Ex');
  await dialog.getByRole('button', { name: /Alice Example/ }).click();
  await dialog.getByRole('button', { name: 'Unterhaltung beginnen' }).click();
  await expect(
    dialog.getByText(
      'Die Unterhaltung konnte nicht begonnen werden: WhatsApp-Nachrichten sind für Ihre Organisation nicht aktiviert.',
    ),
  ).toBeVisible();
});
