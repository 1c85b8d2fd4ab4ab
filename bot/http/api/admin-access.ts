import type { Logger } from 'pino';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { Caller } from './caller.js';
import { apiError } from './error-mapping.js';

/** Holders of the token's `Admin` app role (stored as `admin`). */
export function isAdmin(caller: Caller): boolean {
  return caller.roles.some((role) => role.toLowerCase() === 'admin');
}

/**
 * Admin routes answer 403 `forbidden` to everyone else: they exist for every user of the tenant and name
 * only the caller's own organization, so there is nothing to hide by answering 404.
 */
export function requireAdmin(caller: Caller, locale: Locale): void {
  if (!isAdmin(caller)) throw apiError(403, 'forbidden', locale);
}

/** Every change an admin makes leaves an audit line naming the admin, what they did and to what. */
export function auditAdminChange(
  logger: Logger,
  caller: Caller,
  action: string,
  details: Readonly<Record<string, unknown>>,
): void {
  logger.info(
    { audit: 'admin_change', tenantId: caller.tenantId, userId: caller.userId, action, ...details },
    'admin change',
  );
}
