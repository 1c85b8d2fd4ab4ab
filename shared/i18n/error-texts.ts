import { catalogFor } from './catalogs/index.js';
import {
  COUNT_PARAMS,
  DATE_PARAMS,
  DETAILED_ERROR_PARAMS,
  type DetailedErrorCode,
  ERROR_CODES,
  type ErrorCode,
} from './codes.js';
import type { Locale } from './locales.js';
import { formatDateTime, formatNumber, type Params, type RenderOptions, renderText } from './render.js';

export type ErrorTextOptions = RenderOptions;

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

export function isKnownErrorCode(code: string): code is ErrorCode {
  return KNOWN.has(code);
}

/**
 * The text a Teams user reads for an API error code. With the details an error documents
 * (DETAILED_ERROR_PARAMS) the wording is more precise; an unknown code reads as internal_error.
 */
export function errorText(
  locale: Locale,
  code: string,
  details: Params = {},
  options: ErrorTextOptions = {},
): string {
  const catalog = catalogFor(locale);
  if (!isKnownErrorCode(code)) return renderText(locale, catalog.errors.internal_error, {});
  if (code in DETAILED_ERROR_PARAMS) {
    const detailed = code as DetailedErrorCode;
    const values = detailValues(locale, DETAILED_ERROR_PARAMS[detailed], details, options);
    if (values) return renderText(locale, catalog.errorDetails[detailed], values, details);
  }
  return renderText(locale, catalog.errors[code], {});
}

/** The rendered details, or undefined when one is missing or not of its kind. */
function detailValues(
  locale: Locale,
  keys: readonly string[],
  details: Params,
  options: RenderOptions,
): Record<string, string> | undefined {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const raw = details[key];
    if (raw === undefined || String(raw).trim() === '') return undefined;
    let value: string | undefined = String(raw);
    if (DATE_PARAMS.has(key)) value = formatDateTime(locale, raw, options);
    else if (COUNT_PARAMS.has(key))
      value = Number.isFinite(Number(raw)) ? formatNumber(locale, Number(raw)) : undefined;
    if (value === undefined) return undefined;
    values[key] = value;
  }
  return values;
}
