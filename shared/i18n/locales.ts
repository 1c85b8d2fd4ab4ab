export const SUPPORTED_LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Picks the best supported locale for a BCP 47 tag or an Accept-Language header. */
export function resolveLocale(requested: string | null | undefined): Locale {
  if (!requested) return DEFAULT_LOCALE;
  const candidates = requested
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((c) => c.tag && !Number.isNaN(c.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of candidates) {
    const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const languageOf = (value: string) => value.split('-')[0]?.toLowerCase();
    const byLanguage = SUPPORTED_LOCALES.find((l) => languageOf(l) === languageOf(tag));
    if (byLanguage) return byLanguage;
  }
  return DEFAULT_LOCALE;
}
