import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import type { Locale } from '../../../../shared/i18n/locales.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** WhatsApp lets the business remind the contact of an unanswered opt-in request 24 hours after the last one. */
export const REMINDER_INTERVAL_MS = 24 * HOUR_MS;

const WINDOW_MS = 24 * HOUR_MS;

/**
 * Milliseconds left in the customer service window, 0 once it has closed, undefined when none is open. Never
 * more than 24 hours, even when this computer's clock is a little behind the server's.
 */
export function windowRemainingMs(windowEndsAt: string | null, now: Date): number | undefined {
  if (!windowEndsAt) return undefined;
  return Math.min(WINDOW_MS, Math.max(0, new Date(windowEndsAt).getTime() - now.getTime()));
}

/**
 * The time left as the locale writes durations, e.g. "23 hr, 5 min" or "23時間5分". Rounded up to the minute, so
 * "0 min" only shows once the window has really closed.
 */
export function formatRemaining(locale: Locale, ms: number): string {
  const totalMinutes = Math.ceil(ms / MINUTE_MS);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  const parts = [
    hours > 0 ? unit(hours, 'hour') : undefined,
    hours === 0 || minutes > 0 ? unit(minutes, 'minute') : undefined,
  ];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(
    parts.filter((p): p is string => p !== undefined),
  );
}

export type ReminderAvailability =
  | { readonly kind: 'none' }
  | { readonly kind: 'later'; readonly availableAt: string }
  | { readonly kind: 'now' };

/** Whether the opt-in reminder may be sent: an unanswered request, 24 hours after the last one (the server's rule). */
export function reminderAvailability(thread: ThreadDetail, now: Date): ReminderAvailability {
  const { consent } = thread;
  if (
    thread.channel !== 'whatsapp' ||
    thread.access !== 'participant' ||
    thread.status !== 'open' ||
    consent.state !== 'requested' ||
    !consent.lastRequestedAt
  )
    return { kind: 'none' };
  const availableAt = new Date(new Date(consent.lastRequestedAt).getTime() + REMINDER_INTERVAL_MS);
  return now.getTime() >= availableAt.getTime()
    ? { kind: 'now' }
    : { kind: 'later', availableAt: availableAt.toISOString() };
}
