import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import type { TokenValidator } from '../../../shared/adapters/identity/entra-token-validator.js';
import {
  IdentityProviderUnavailableError,
  TokenRejectedError,
} from '../../../shared/adapters/identity/token-rejection.js';
import type { IdentityRole, VerifiedIdentity } from '../../../shared/adapters/identity/verified-identity.js';
import type { Database } from '../../../shared/adapters/store/database.js';
import {
  recordSignIn,
  type SignInProvision,
} from '../../../shared/adapters/store/identity/drizzle-identity-store.js';
import { errorText } from '../../../shared/i18n/error-texts.js';
import { resolveLocale, type Locale } from '../../../shared/i18n/locales.js';
import { HttpError } from '../errors.js';

/** The authenticated user of a request. */
export interface Caller {
  readonly tenantId: string;
  readonly userId: string;
  readonly displayName: string;
  /** From the token's app roles: the token is the source of truth. */
  readonly roles: readonly IdentityRole[];
  /** Whether the user holds a WhatsApp licence (as stored; granted by an admin). */
  readonly licensed: boolean;
  /** Whether an admin has enabled WhatsApp for the caller's tenant. */
  readonly whatsappEnabled: boolean;
  /** From Accept-Language, else the token's preferred language, else the default. */
  readonly locale: Locale;
}

/**
 * Authenticates a request: `const caller = await authenticate(req, res)`. Throws HttpError 401
 * (`unauthorized`, localized) for a missing or unacceptable token, and sets `WWW-Authenticate` on `res`
 * when given; 503 while the database is not ready or the identity provider cannot be reached.
 */
export type Authenticate = (req: Request, res?: Response) => Promise<Caller>;

export interface AuthenticateOptions {
  readonly validator: TokenValidator;
  /** The open database, or undefined while it is not ready yet. */
  readonly database: () => Database | undefined;
  readonly logger: Logger;
  /** What a sign-in sets up for this identity (the dev sign-in's demo data); undefined: nothing. */
  readonly provision?: (identity: VerifiedIdentity) => SignInProvision | undefined;
}

/** A 401 for a bearer token; `wwwAuthenticate` is the header value to answer with. */
export class UnauthorizedError extends HttpError {
  constructor(
    message: string,
    readonly wwwAuthenticate: string,
  ) {
    super(401, 'unauthorized', message);
  }
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i;

export function createAuthenticate(options: AuthenticateOptions): Authenticate {
  const logger = options.logger.child({ component: 'auth' });

  return async (req, res) => {
    const requestLocale = resolveLocale(req.header('accept-language'));
    const refuse = (reason: string, challenge: string): UnauthorizedError => {
      // The reason is for operators only: telling the client which check failed would guide an attacker.
      logger.info({ reason }, 'request not authenticated');
      const error = new UnauthorizedError(errorText(requestLocale, 'unauthorized'), challenge);
      res?.header('WWW-Authenticate', challenge);
      return error;
    };

    const header = req.header('authorization');
    if (!header) throw refuse('missing_token', 'Bearer');
    const token = BEARER.exec(header.trim())?.[1];
    if (!token) throw refuse('malformed', 'Bearer error="invalid_token"');

    let identity: VerifiedIdentity;
    try {
      identity = await options.validator.validate(token);
    } catch (error) {
      if (error instanceof TokenRejectedError) throw refuse(error.reason, 'Bearer error="invalid_token"');
      if (error instanceof IdentityProviderUnavailableError) {
        logger.warn({ err: error }, 'tokens cannot be checked: the identity provider does not answer');
        throw new HttpError(503, 'service_unavailable', errorText(requestLocale, 'service_unavailable'));
      }
      throw error;
    }

    const database = options.database();
    if (!database) throw new HttpError(503, 'starting', errorText(requestLocale, 'starting'));
    const locale = resolveLocale(req.header('accept-language') ?? identity.locale);
    const member = await recordSignIn(
      database,
      {
        tenantId: identity.tenantId,
        userId: identity.userId,
        displayName: identity.displayName,
        email: identity.upn,
        roles: identity.roles,
        locale,
      },
      options.provision?.(identity),
    );
    if (member.tenantCreated) logger.info({ tenantId: member.tenantId }, 'tenant created by its first user');
    if (member.userCreated)
      logger.info({ tenantId: member.tenantId, userId: member.userId }, 'user created on first sign-in');
    return {
      tenantId: member.tenantId,
      userId: member.userId,
      displayName: member.displayName,
      roles: identity.roles,
      licensed: member.licensed,
      whatsappEnabled: member.whatsappEnabled,
      locale,
    };
  };
}
