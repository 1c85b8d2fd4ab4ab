import { ApiError } from '../../../../shared/client/connector-client.js';
import type { Locale } from '../../../../shared/i18n/locales.js';
import { formatDateTime, type Params } from '../../../../shared/i18n/render.js';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';

/** What the tab needs to word an error itself: the user's language, its texts and (in tests) a time zone. */
export interface ErrorWording {
  readonly locale: Locale;
  t(key: TabTextKey, params?: Params): string;
  /** IANA zone; the browser's own (the user's) when absent. */
  readonly timeZone?: string;
}

/**
 * What to show for a failed call: the API's own message (already in the user's language), else the error's.
 * With `wording`, a request that never reached the server is said in the user's words, and the errors whose message holds a time (reminder_too_early's `availableAt`) are worded here
 * from their code and params, so the time reads in the user's time zone, which the server does not know.
 */
export function errorMessage(error: unknown, wording?: ErrorWording): string {
  if (error instanceof ApiError) return (wording && localText(error, wording)) ?? error.message;
  // fetch's TypeError: the request never reached the server ("Failed to fetch" is the browser's, in English).
  if (wording && error instanceof TypeError) return wording.t('networkError');
  if (error instanceof Error) return error.message;
  return String(error);
}

function localText(error: ApiError, wording: ErrorWording): string | undefined {
  const options = wording.timeZone ? { timeZone: wording.timeZone } : {};
  if (error.code === 'reminder_too_early') {
    const availableAt = error.params['availableAt'];
    const time = availableAt === undefined ? undefined : formatDateTime(wording.locale, availableAt, options);
    return time === undefined ? undefined : wording.t('errorReminderTooEarly', { time });
  }
  return undefined;
}
