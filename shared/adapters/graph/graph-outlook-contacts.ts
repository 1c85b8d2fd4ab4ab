import {
  OutlookUnavailable,
  type OutlookContact,
  type OutlookContacts,
  type OutlookPhone,
  type OutlookUser,
} from '../../ports/outlook-contacts.js';

export interface GraphOutlookContactsOptions {
  /** Microsoft Graph's base URL, like https://graph.microsoft.com (MICROSOFT_GRAPH_URL). */
  readonly graphUrl: string;
  /** A Graph token for the user (the on-behalf-of exchange). */
  readonly token: (user: OutlookUser) => Promise<string>;
  readonly timeoutMs?: number;
  /** Most pages one search follows, so a huge address book cannot hold a request for long. */
  readonly maxPages?: number;
  readonly fetch?: typeof fetch;
}

/** The fields of a Graph contact the connector reads. */
interface GraphContact {
  readonly id?: unknown;
  readonly displayName?: unknown;
  readonly givenName?: unknown;
  readonly surname?: unknown;
  readonly mobilePhone?: unknown;
  readonly businessPhones?: unknown;
  readonly homePhones?: unknown;
  readonly emailAddresses?: unknown;
}

const SELECT = 'id,displayName,givenName,surname,mobilePhone,businessPhones,homePhones,emailAddresses';
const PAGE_SIZE = 100;

/** A string for an OData literal: quotes doubled. */
const odataString = (text: string) => `'${text.replace(/'/g, "''")}'`;

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item.trim() !== '',
  );

function toContact(raw: GraphContact): OutlookContact | null {
  if (typeof raw.id !== 'string' || raw.id === '') return null;
  const name =
    strings(raw.displayName)[0] ?? [...strings(raw.givenName), ...strings(raw.surname)].join(' ').trim();
  const phones: OutlookPhone[] = [
    ...strings(raw.mobilePhone).map((number) => ({ number, kind: 'mobile' as const })),
    ...strings(raw.businessPhones).map((number) => ({ number, kind: 'business' as const })),
    ...strings(raw.homePhones).map((number) => ({ number, kind: 'home' as const })),
  ];
  const emails = Array.isArray(raw.emailAddresses) ? (raw.emailAddresses as { address?: unknown }[]) : [];
  const email = emails.map((e) => e.address).find((a): a is string => typeof a === 'string' && a !== '');
  return { id: raw.id, displayName: name || (email ?? raw.id), email: email ?? null, phones };
}

/**
 * The user's Outlook contacts from Microsoft Graph (`/me/contacts`), on their behalf: names, numbers
 * (mobilePhone, businessPhones, homePhones) and the first email, following `@odata.nextLink` page by page.
 * A next link is followed only on the configured Graph origin, so the user's token never goes elsewhere.
 */
export class GraphOutlookContacts implements OutlookContacts {
  private readonly origin: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: GraphOutlookContactsOptions) {
    this.origin = new URL(options.graphUrl).origin;
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async search(user: OutlookUser, text: string | undefined, limit: number): Promise<OutlookContact[]> {
    const url = new URL(`${this.options.graphUrl}/v1.0/me/contacts`);
    url.searchParams.set('$select', SELECT);
    url.searchParams.set('$top', String(Math.min(PAGE_SIZE, limit)));
    const prefix = text?.trim();
    if (prefix) {
      const literal = odataString(prefix);
      url.searchParams.set(
        '$filter',
        `startswith(displayName,${literal}) or startswith(givenName,${literal}) or startswith(surname,${literal})`,
      );
    }
    const token = await this.options.token(user);
    const found: OutlookContact[] = [];
    let next: string | undefined = url.href;
    for (let page = 0; next && page < (this.options.maxPages ?? 10) && found.length < limit; page++) {
      const body = (await this.getJson(next, token)) as { value?: unknown; '@odata.nextLink'?: unknown };
      const rows = Array.isArray(body.value) ? (body.value as GraphContact[]) : [];
      for (const row of rows) {
        const contact = toContact(row);
        if (contact && found.length < limit) found.push(contact);
      }
      next =
        typeof body['@odata.nextLink'] === 'string' ? this.sameOrigin(body['@odata.nextLink']) : undefined;
    }
    return found.sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  async get(user: OutlookUser, contactId: string): Promise<OutlookContact | null> {
    const url = new URL(`${this.options.graphUrl}/v1.0/me/contacts/${encodeURIComponent(contactId)}`);
    url.searchParams.set('$select', SELECT);
    const body = await this.getJson(url.href, await this.options.token(user), { notFound: null });
    return body === null ? null : toContact(body as GraphContact);
  }

  private sameOrigin(link: string): string {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      throw new OutlookUnavailable('Graph answered a next link that is not a URL');
    }
    if (url.origin !== this.origin)
      throw new OutlookUnavailable('Graph answered a next link to another origin');
    return url.href;
  }

  /** GETs JSON from Graph; 404 answers `notFound` when given, any other failure throws OutlookUnavailable. */
  private async getJson(url: string, token: string, options: { notFound?: null } = {}): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new OutlookUnavailable('Microsoft Graph could not be reached', { cause: error });
    }
    if (response.status === 404 && 'notFound' in options) {
      await response.body?.cancel();
      return options.notFound;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new OutlookUnavailable(`Microsoft Graph answered ${response.status}`);
    }
    try {
      return (await response.json()) as unknown;
    } catch (error) {
      throw new OutlookUnavailable('Microsoft Graph answered something that is not JSON', { cause: error });
    }
  }
}
