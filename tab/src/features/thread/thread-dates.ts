/** A status time down to the second, in the user's locale and time zone (statuses often come seconds apart). */
export function formatStatusTime(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** A day with its date and time to the minute, in the user's locale and time zone (a thread's opening). */
export function formatMoment(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
