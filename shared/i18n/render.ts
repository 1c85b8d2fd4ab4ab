import { fill } from './format.js';
import type { Locale } from './locales.js';

export type Params = Readonly<Record<string, string | number>>;

/** A text whose wording depends on a count: `count` names the parameter, the other keys are CLDR plural categories. */
export type PluralText = { readonly count: string; readonly other: string } & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};
export type Text = string | PluralText;

export interface RenderOptions {
  /** IANA time zone for dates (e.g. 'Europe/Paris'); the runtime's zone when absent or unknown. */
  readonly timeZone?: string;
}

/** The template to fill: the text itself, or the plural form the locale's rules pick for the count. */
export function pickForm(locale: Locale, text: Text, params: Params): string {
  if (typeof text === 'string') return text;
  const count = Number(params[text.count]);
  if (!Number.isFinite(count)) return text.other;
  return text[new Intl.PluralRules(locale).select(count)] ?? text.other;
}

export function renderText(locale: Locale, text: Text, values: Params, rawParams: Params = values): string {
  return fill(pickForm(locale, text, rawParams), values);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A medium date with a short time in the locale, or undefined when the value is not a date. */
export function formatDateTime(
  locale: Locale,
  value: string | number,
  options: RenderOptions = {},
): string | undefined {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  const style = { dateStyle: 'medium', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone: options.timeZone }).format(date);
  } catch {
    // An unknown time zone must not cost the reader the whole text.
    return new Intl.DateTimeFormat(locale, style).format(date);
  }
}
