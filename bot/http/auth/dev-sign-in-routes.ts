import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { DevTokenIssuer } from '../../../shared/adapters/identity/dev-token-issuer.js';
import { DEV_USERS, devUser } from '../../../shared/adapters/identity/dev-users.js';
import { errorText } from '../../../shared/i18n/error-texts.js';
import { resolveLocale } from '../../../shared/i18n/locales.js';
import { HttpError } from '../errors.js';
import { readRawBody } from '../webhooks/read-raw-body.js';
import { devSignInPage } from './dev-sign-in-page.js';

export const DEV_SIGN_IN_PATH = '/dev/sign-in';
export const DEV_TOKEN_PATH = '/dev/token';
export const DEV_JWKS_PATH = '/dev-auth/keys';
export const DEV_USERS_PATH = '/dev/users';

/**
 * The dev sign-in (AUTH_MODE=dev only; never registered otherwise, so these paths answer 404): a page
 * listing the demo users, a token endpoint signing with the local key, and that key's JWKS.
 */
export function registerDevSignInRoutes(
  server: Server,
  options: { readonly issuer: DevTokenIssuer; readonly logger: Logger },
): void {
  const logger = options.logger.child({ component: 'dev-sign-in' });

  server.get(DEV_SIGN_IN_PATH, async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const html = devSignInPage(DEV_USERS, nonce);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(html),
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; ` +
        `connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(html);
  });

  server.post(DEV_TOKEN_PATH, async (req: Request, res: Response) => {
    const locale = resolveLocale(req.header('accept-language'));
    const invalid = () =>
      new HttpError(400, 'invalid_request', errorText(locale, 'invalid_request', { field: 'userId' }));
    let body: unknown;
    try {
      body = JSON.parse((await readRawBody(req, 4096)).toString('utf8'));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw invalid();
    }
    const userId = (body as { userId?: unknown } | null)?.userId;
    const user = typeof userId === 'string' ? devUser(userId) : undefined;
    if (!user) throw invalid();
    const token = await options.issuer.issue(user);
    logger.info({ tenantId: user.tenantId, userId: user.id }, 'dev token issued');
    res.header('Cache-Control', 'no-store');
    res.send(200, { accessToken: token.accessToken, tokenType: 'Bearer', expiresIn: token.expiresIn });
  });

  // The tab's own sign-in screen lists the demo users from here.
  server.get(DEV_USERS_PATH, async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    res.send(200, {
      users: DEV_USERS.map((u) => ({
        id: u.id,
        displayName: u.displayName,
        tenantId: u.tenantId,
        label: u.label,
      })),
    });
  });

  server.get(DEV_JWKS_PATH, async (_req: Request, res: Response) => {
    res.send(200, await options.issuer.jwks());
  });
}
