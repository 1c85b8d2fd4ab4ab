import { GraphOutlookContacts } from '../shared/adapters/graph/graph-outlook-contacts.js';
import { OnBehalfOfTokens } from '../shared/adapters/graph/on-behalf-of-tokens.js';
import type { OutlookContacts } from '../shared/ports/outlook-contacts.js';
import type { Config } from './config/config.js';

/**
 * The callers' Outlook contacts through Microsoft Graph on their behalf, when the app can do the
 * on-behalf-of exchange (AAD_CLIENT_ID and AAD_CLIENT_SECRET); otherwise undefined (the routes answer 501).
 */
export function outlookContactsFor(
  aad: Pick<Config['aad'], 'clientId' | 'clientSecret' | 'authorityHost' | 'graphUrl'>,
  fetchImpl?: typeof fetch,
): OutlookContacts | undefined {
  if (!aad.clientId || !aad.clientSecret) return undefined;
  const tokens = new OnBehalfOfTokens({
    clientId: aad.clientId,
    clientSecret: aad.clientSecret,
    authorityHost: aad.authorityHost,
    // Graph's delegated permission, named by the Graph the app talks to (national clouds have their own).
    scopes: [`${new URL(aad.graphUrl).origin}/Contacts.Read`],
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  return new GraphOutlookContacts({
    graphUrl: aad.graphUrl,
    token: (user) => tokens.token(user),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}
