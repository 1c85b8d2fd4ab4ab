import {
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  LogLevel,
  type AuthError,
} from '@azure/msal-node';
import {
  OutlookConsentRequired,
  OutlookUnavailable,
  type OutlookUser,
} from '../../ports/outlook-contacts.js';
import { fetchNetworkClient } from './fetch-network-client.js';

export interface OnBehalfOfOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where Entra issues tokens, like https://login.microsoftonline.com (AAD_AUTHORITY_HOST). */
  readonly authorityHost: string;
  /** Graph scopes asked for, like https://graph.microsoft.com/Contacts.Read. */
  readonly scopes: readonly string[];
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** Entra's access tokens last 60 to 90 minutes. */
const CLIENT_LIFETIME_MS = 90 * 60_000;

/** Entra's answers that need the user (or an admin) to consent or sign in again, whatever MSAL's class. */
const NEEDS_INTERACTION =
  /AADSTS(65001|65004|50076|50079|50158|500133)\b|consent_required|interaction_required/;

/**
 * Microsoft Graph tokens for the caller, exchanged from the token they called the API with (on-behalf-of
 * flow) through MSAL. One MSAL client per Entra tenant: the exchange must happen in the user's tenant.
 * The authority's metadata is given offline, built from AAD_AUTHORITY_HOST, so MSAL makes no discovery
 * request and its token endpoint is exactly the configured one. MSAL keeps the tokens in memory until
 * shortly before they expire. Neither token is ever logged.
 */
export class OnBehalfOfTokens {
  private readonly clients = new Map<string, { client: ConfidentialClientApplication; since: number }>();

  constructor(private readonly options: OnBehalfOfOptions) {}

  async token(user: OutlookUser): Promise<string> {
    try {
      const result = await this.client(user.tenantId).acquireTokenOnBehalfOf({
        oboAssertion: user.accessToken,
        scopes: [...this.options.scopes],
      });
      if (!result?.accessToken) throw new Error('Entra answered without an access token');
      return result.accessToken;
    } catch (error) {
      const { errorCode = '', subError = '', message = '' } = error as Partial<AuthError>;
      if (
        error instanceof InteractionRequiredAuthError ||
        NEEDS_INTERACTION.test(`${errorCode} ${subError} ${message}`)
      )
        throw new OutlookConsentRequired({ cause: error });
      throw new OutlookUnavailable(`the on-behalf-of exchange failed (${errorCode || 'no code'})`, {
        cause: error,
      });
    }
  }

  /**
   * MSAL caches a token per assertion and never drops the expired ones, and every user brings a new
   * assertion about every hour: a tenant's client is replaced once its tokens would have expired anyway.
   */
  private client(tenantId: string): ConfidentialClientApplication {
    const now = Date.now();
    const current = this.clients.get(tenantId);
    if (current && now - current.since < CLIENT_LIFETIME_MS) return current.client;
    const client = new ConfidentialClientApplication(this.configuration(tenantId));
    this.clients.set(tenantId, { client, since: now });
    return client;
  }

  private configuration(tenantId: string) {
    const base = new URL(this.options.authorityHost);
    const tenantUrl = `${base.origin}/${encodeURIComponent(tenantId)}`;
    return {
      auth: {
        clientId: this.options.clientId,
        clientSecret: this.options.clientSecret,
        // MSAL only accepts an https authority; the requests go to the metadata's URLs below.
        authority: `https://${base.host}/${encodeURIComponent(tenantId)}`,
        knownAuthorities: [base.host],
        authorityMetadata: JSON.stringify({
          token_endpoint: `${tenantUrl}/oauth2/v2.0/token`,
          authorization_endpoint: `${tenantUrl}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${tenantUrl}/oauth2/v2.0/logout`,
          issuer: `${tenantUrl}/v2.0`,
          jwks_uri: `${tenantUrl}/discovery/v2.0/keys`,
        }),
        cloudDiscoveryMetadata: JSON.stringify({
          tenant_discovery_endpoint: `${tenantUrl}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: base.host, preferred_cache: base.host, aliases: [base.host] }],
        }),
      },
      system: {
        networkClient: fetchNetworkClient(this.options.timeoutMs ?? 10_000, this.options.fetch),
        loggerOptions: {
          logLevel: LogLevel.Error,
          piiLoggingEnabled: false,
          loggerCallback: () => undefined,
        },
      },
    };
  }
}
