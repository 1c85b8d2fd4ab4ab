import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/client/connector-client.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { renderText, type Params } from '../../../shared/i18n/render.js';
import { loadTabTexts, type TabTextKey } from '../../../shared/i18n/tab/index.js';
import { errorMessage } from '../../../tab/src/features/shell/error-message.js';

/** What the server answers: its message has the time in UTC, since it does not know the user's zone. */
const SERVER_MESSAGE = 'It is too early to send a reminder. You can send one from Mar 10, 2026, 8:30 AM.';
const AVAILABLE_AT = '2026-03-10T08:30:00.000Z';

function tooEarly(params: Record<string, string> = { availableAt: AVAILABLE_AT }): ApiError {
  return new ApiError(409, 'reminder_too_early', SERVER_MESSAGE, new Headers(), params);
}

async function wording(locale: Locale, timeZone: string) {
  const texts = await loadTabTexts(locale);
  return {
    locale,
    timeZone,
    t: (key: TabTextKey, params: Params = {}) => renderText(locale, texts[key], params),
  };
}

describe('the tab words reminder_too_early itself, in the user’s locale and time zone', () => {
  it('in English in New York: the time is 4:30 AM there, not the server’s 8:30 UTC', async () => {
    const text = errorMessage(tooEarly(), await wording('en', 'America/New_York'));
    expect(text).toMatch(
      /^It is too early for a reminder\. You can send one from Mar 10, 2026, 4:30\sAM\.$/u,
    );
  });

  it('in French in Paris (09:30) and in Japanese in Tokyo (17:30)', async () => {
    expect(errorMessage(tooEarly(), await wording('fr', 'Europe/Paris'))).toMatch(
      /^Il est trop tôt pour un rappel\. Vous pourrez en envoyer un à partir du 10 mars 2026.* 09:30\.$/u,
    );
    expect(errorMessage(tooEarly(), await wording('ja', 'Asia/Tokyo'))).toMatch(
      /^リマインダーはまだ送信できません。2026\/03\/10 17:30 以降に送信できます。$/u,
    );
  });

  it('keeps the server’s message when the answer has no usable time (an older server, or a bad value)', async () => {
    const en = await wording('en', 'America/New_York');
    expect(errorMessage(tooEarly({}), en)).toBe(SERVER_MESSAGE);
    expect(errorMessage(tooEarly({ availableAt: 'soon' }), en)).toBe(SERVER_MESSAGE);
  });

  it('keeps the server’s message for other errors, and when not asked to word it', async () => {
    const other = new ApiError(409, 'consent_declined', 'The contact declined.', new Headers(), {});
    expect(errorMessage(other, await wording('en', 'UTC'))).toBe('The contact declined.');
    expect(errorMessage(tooEarly())).toBe(SERVER_MESSAGE);
  });
});

describe('a request that never reached the server', () => {
  it('is said in the user’s words when asked to word it, not as the browser’s English “Failed to fetch”', async () => {
    const offline = new TypeError('Failed to fetch');
    expect(errorMessage(offline, await wording('de', 'Europe/Berlin'))).toBe(
      'Der Server ist nicht erreichbar.',
    );
    expect(errorMessage(offline)).toBe('Failed to fetch');
  });
});
