import { z } from 'zod';
import { NotEnabled, NotFound } from '../../../shared/app/shared/app-errors.js';
import { DomainRuleViolation, type RuleCode } from '../../../shared/domain/shared/domain-error.js';
import { ContactNumberTaken } from '../../../shared/ports/contact-directory.js';
import { apiErrorText } from '../../../shared/i18n/api-error-texts.js';
import { DETAILED_ERROR_PARAMS, type DetailedErrorCode } from '../../../shared/i18n/codes.js';
import { isKnownErrorCode } from '../../../shared/i18n/error-texts.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { HttpError } from '../errors.js';

/** Rules about what the user typed or picked: fixing the input fixes them (400). The others are states (409). */
const INPUT_RULES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'message_empty',
  'message_too_long',
  'caption_too_long',
  'template_param_count',
  'media_type_not_allowed',
  'media_too_large',
  'media_empty',
]);

const NOT_FOUND_CODE: Readonly<Record<NotFound['resource'], string>> = {
  thread: 'thread_not_found',
  message: 'not_found',
  contact: 'contact_not_found',
  user: 'user_not_found',
  tenant: 'whatsapp_not_enabled',
};

const NOT_ENABLED_CODE: Readonly<Record<NotEnabled['what'], string>> = {
  tenant: 'whatsapp_not_enabled',
  licence: 'whatsapp_licence_required',
  sender_number: 'sender_number_missing',
};

/** An HttpError whose message is already in the caller's language. */
class LocalizedHttpError extends HttpError {}

/** An API error with its message in the caller's language, and the details its wording documents as params. */
export function apiError(
  status: number,
  code: string,
  locale: Locale,
  details: Readonly<Record<string, string | number>> = {},
): HttpError {
  return new LocalizedHttpError(
    status,
    code,
    apiErrorText(locale, code, details),
    documentedParams(code, details),
  );
}

/** Only the details an error's wording uses (DETAILED_ERROR_PARAMS) leave the server: nothing internal leaks. */
function documentedParams(
  code: string,
  details: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const keys: readonly string[] =
    code in DETAILED_ERROR_PARAMS ? DETAILED_ERROR_PARAMS[code as DetailedErrorCode] : [];
  const params: Record<string, string | number> = {};
  for (const key of keys) {
    const value = details[key];
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  return params;
}

/** 400 naming the first invalid field (its path, e.g. `content.body`; `body` for the body as a whole). */
export function invalidInput(error: z.ZodError, locale: Locale, where: string): HttpError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.');
  return apiError(400, 'invalid_request', locale, { field: path ? path : where });
}

/**
 * The one place that turns what a route threw into the answer: status, stable code, and the message in the
 * caller's language. Anything unexpected is a 500 whose details stay in the log.
 */
export function toApiError(error: unknown, locale: Locale): HttpError {
  if (error instanceof LocalizedHttpError) return error;
  if (error instanceof HttpError) {
    // Errors of shared HTTP helpers (e.g. a body over the limit) are re-worded in the caller's language;
    // authentication answers in the request's language already.
    return isKnownErrorCode(error.code) && error.statusCode !== 401
      ? Object.assign(apiError(error.statusCode, error.code, locale), { cause: error })
      : error;
  }
  if (error instanceof z.ZodError) return invalidInput(error, locale, 'body');
  if (error instanceof DomainRuleViolation)
    return apiError(INPUT_RULES.has(error.code) ? 400 : 409, error.code, locale, error.details);
  if (error instanceof NotFound) {
    const code = NOT_FOUND_CODE[error.resource];
    return apiError(error.resource === 'tenant' ? 403 : 404, code, locale);
  }
  if (error instanceof NotEnabled) return apiError(403, NOT_ENABLED_CODE[error.what], locale);
  if (error instanceof ContactNumberTaken) return apiError(409, 'contact_exists', locale);
  return Object.assign(apiError(500, 'internal_error', locale), { cause: error });
}
