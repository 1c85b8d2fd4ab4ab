import type { Request, Response } from 'restify';
import type { Locale } from '../../../shared/i18n/locales.js';

/** The authenticated user of an API request, as the routes need them. */
export interface Caller {
  readonly tenantId: string;
  readonly userId: string;
  readonly displayName: string;
  /** App roles from the token (`compliance`/`Compliance` reads every thread of the tenant). */
  readonly roles: readonly string[];
  readonly licensed: boolean;
  readonly locale: Locale;
}

/** Resolves the caller of a request; throws an HttpError 401 for a missing or bad token. */
export type Authenticate = (req: Request, res?: Response) => Promise<Caller>;

export function isCompliance(caller: Caller): boolean {
  return caller.roles.some((role) => role.toLowerCase() === 'compliance');
}
