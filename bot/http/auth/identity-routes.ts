import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import {
  createDevTokenIssuer,
  type DevTokenIssuer,
} from '../../../shared/adapters/identity/dev-token-issuer.js';
import { DEV_CLIENT_ID, DEV_TENANT_ID, devUser } from '../../../shared/adapters/identity/dev-users.js';
import {
  createEntraTokenValidator,
  type EntraTokenValidatorOptions,
  type TokenValidator,
} from '../../../shared/adapters/identity/entra-token-validator.js';
import { issuerMatches } from '../../../shared/adapters/identity/trusted-issuer.js';
import type { VerifiedIdentity } from '../../../shared/adapters/identity/verified-identity.js';
import type { Database } from '../../../shared/adapters/store/database.js';
import type { SignInProvision } from '../../../shared/adapters/store/identity/drizzle-identity-store.js';
import type { Config } from '../../config/config.js';
import { createAuthenticate, type Authenticate } from './authenticate.js';
import { registerDevSignInRoutes } from './dev-sign-in-routes.js';

export const ME_PATH = '/api/v1/me';

export interface IdentityDeps {
  readonly config: Pick<Config, 'publicUrl' | 'aad' | 'authMode'>;
  readonly logger: Logger;
  /** The open database, or undefined while it is not ready yet (requests then answer 503). */
  readonly database: () => Database | undefined;
  /** AUTH_MODE=dev: the sender number `dev-tenant` gets when its first user creates it (the emulator's). */
  readonly devSenderPhoneNumberId?: () => string | undefined;
  /** Tests: the validator's timings and clock. */
  readonly validation?: Pick<
    EntraTokenValidatorOptions,
    'timeoutMs' | 'jwksCooldownMs' | 'jwksMaxAgeMs' | 'clockToleranceSeconds' | 'now' | 'fetch'
  >;
}

export interface Identity {
  /** For the API's route handlers: `const caller = await identity.authenticate(req, res)`. */
  readonly authenticate: Authenticate;
  readonly validator: TokenValidator;
  /** Only when AUTH_MODE=dev. */
  readonly devIssuer: DevTokenIssuer | undefined;
}

/**
 * Token validation, the authenticate function for API routes, `GET /api/v1/me`, and with AUTH_MODE=dev
 * the dev sign-in (whose tokens go through the same validator).
 */
export function registerIdentityRoutes(server: Server, deps: IdentityDeps): Identity {
  const { config, logger } = deps;
  const clientId = config.aad.clientId;
  // Dev tokens carry the app's client id when there is one, so the tab asks for the same audience either way.
  const devIssuer =
    config.authMode === 'dev'
      ? createDevTokenIssuer({ publicUrl: config.publicUrl, audience: clientId ?? DEV_CLIENT_ID })
      : undefined;
  if (!clientId)
    logger.warn(
      'AAD_CLIENT_ID is not set: tokens from Entra ID are refused (their audience cannot be checked)',
    );
  if (devIssuer)
    logger.warn('AUTH_MODE=dev: anyone can sign in as a demo user at /dev/sign-in; never in production');

  const validator = createEntraTokenValidator({
    ...deps.validation,
    clientId,
    openIdConfigUrl: config.aad.openIdConfigUrl,
    tenantId: config.aad.tenantId,
    allowedTenants: config.aad.allowedTenants,
    extraIssuers: devIssuer ? [devIssuer.trustedIssuer] : [],
  });
  const authenticate = createAuthenticate({
    validator,
    database: deps.database,
    logger,
    ...(devIssuer
      ? { provision: (identity) => devProvision(devIssuer, identity, deps.devSenderPhoneNumberId) }
      : {}),
  });

  if (devIssuer) registerDevSignInRoutes(server, { issuer: devIssuer, logger });

  server.get(ME_PATH, async (req: Request, res: Response) => {
    const caller = await authenticate(req, res);
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      userId: caller.userId,
      tenantId: caller.tenantId,
      displayName: caller.displayName,
      roles: caller.roles,
      licensed: caller.licensed,
      whatsappEnabled: caller.whatsappEnabled,
    });
  });

  return { authenticate, validator, devIssuer };
}

/**
 * Demo users start licensed (an admin may revoke it: later sign-ins keep the stored licence); `dev-tenant`
 * starts with WhatsApp enabled on the emulator's number.
 */
function devProvision(
  issuer: DevTokenIssuer,
  identity: VerifiedIdentity,
  senderPhoneNumberId: (() => string | undefined) | undefined,
): SignInProvision | undefined {
  if (!issuerMatches(issuer.issuer, identity.issuer)) return undefined;
  const user = devUser(identity.userId);
  if (!user || user.tenantId !== identity.tenantId) return undefined;
  if (user.tenantId !== DEV_TENANT_ID) return { newUserLicensed: true };
  return {
    newUserLicensed: true,
    newTenant: { whatsappEnabled: true, senderPhoneNumberId: senderPhoneNumberId?.() },
  };
}
