import { ApiError } from '../../../../shared/client/connector-client.js';
import type { I18n } from '../../i18n/i18n.js';
import { errorMessage } from '../shell/error-message.js';

/** The API's localized message; a request that never reached the server (fetch's TypeError) in the user's words. */
export function failureText(t: I18n['t'], error: unknown): string {
  if (!(error instanceof ApiError) && error instanceof TypeError) return t('networkError');
  return errorMessage(error);
}
