import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlookContactsFor } from '../../../bot/outlook-contacts.js';
import type { GraphContactFixture } from '../../fakes/fake-graph-contacts.js';
import { FakeEntraTokenEndpoint } from '../../fakes/fake-entra-token-endpoint.js';
import { FakeGraphContacts } from '../../fakes/fake-graph-contacts.js';
import { ALICE, ApiHarness, BOB, CAROL, CORA, DANA, failure, TENANT_A, TENANT_B } from './api-harness.js';

const CLIENT_ID = 'connector-client-id';
const CLIENT_SECRET = 'connector-client-secret-value';

let entra: FakeEntraTokenEndpoint;
let graph: FakeGraphContacts;
let api: ApiHarness;

beforeAll(async () => {
  entra = await FakeEntraTokenEndpoint.start();
  graph = await FakeGraphContacts.start((token) => entra.issued.has(token));
  const outlook = outlookContactsFor({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    authorityHost: entra.url,
    graphUrl: graph.url,
  });
  api = await ApiHarness.start({ ...(outlook ? { outlook } : {}) });
});
afterAll(async () => {
  await api?.stop();
  await graph?.close();
  await entra?.close();
});

/** 23 people whose names start with "Da", on several Graph pages, and a few others. */
function addressBook(): GraphContactFixture[] {
  const many = Array.from({ length: 20 }, (_, i) => ({
    id: `outlook-da-${String(i).padStart(2, '0')}`,
    displayName: `Daniel ${String(i).padStart(2, '0')}`,
    mobilePhone: `+33 6 12 34 56 ${String(i).padStart(2, '0')}`,
  }));
  return [
    ...many,
    {
      id: 'outlook-dana',
      displayName: 'Dana C. (Outlook)',
      mobilePhone: '+1 (415) 555-0123',
      emailAddresses: [{ address: 'dana@client.example' }],
    },
    { id: 'outlook-dave', displayName: 'Dave Local', businessPhones: ['06 12 34 56 78', '+44 20 7946 0018'] },
    { id: 'outlook-darla', displayName: 'Darla NoPhone', emailAddresses: [{ address: 'darla@example.com' }] },
    { id: 'outlook-zoe', displayName: 'Zoe Other', givenName: 'Zoe', mobilePhone: '+4915112340000' },
    { id: 'outlook-obrien', displayName: "Pat O'Brien", surname: "O'Brien", homePhones: ['+353 1 234 5678'] },
  ];
}

const sameTokenFree = (value: unknown) => JSON.stringify(value);

describe('Outlook contacts through Graph on behalf of the user', () => {
  it('searches by name across pages, normalizes numbers to E.164 and marks the tenant contacts', async () => {
    graph.contacts = addressBook();
    graph.pageSize = 10;
    const before = graph.requests.length;
    const { contacts } = await api.as(TENANT_A, ALICE).searchOutlookContacts({ q: 'Da', limit: 50 });

    expect(contacts).toHaveLength(23);
    expect(graph.requests.length - before).toBe(3);
    expect(contacts.map((c) => c.displayName)).toEqual([...contacts.map((c) => c.displayName)].sort());
    expect(contacts.find((c) => c.outlookId === 'outlook-dana')).toEqual({
      outlookId: 'outlook-dana',
      displayName: 'Dana C. (Outlook)',
      email: 'dana@client.example',
      phones: [
        { number: '+1 (415) 555-0123', kind: 'mobile', e164: DANA.phoneE164, tenantContactId: DANA.id },
      ],
    });
    expect(contacts.find((c) => c.outlookId === 'outlook-dave')?.phones).toEqual([
      { number: '06 12 34 56 78', kind: 'business', e164: null, tenantContactId: null },
      { number: '+44 20 7946 0018', kind: 'business', e164: '+442079460018', tenantContactId: null },
    ]);
    expect(contacts.some((c) => c.outlookId === 'outlook-zoe')).toBe(false);

    // The exchange: the caller's own token as the assertion, in the caller's tenant, for Graph's contacts.
    const exchange = entra.requests.at(-1);
    expect(exchange?.tenant).toBe(TENANT_A);
    expect(exchange?.params).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: `test:${TENANT_A}:${ALICE}`,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(exchange?.params.scope).toContain(`${graph.url}/Contacts.Read`);
    // Graph was called with the token Entra issued, never the caller's.
    const graphCalls = graph.requests.slice(before);
    expect(
      graphCalls.every(
        (r) => entra.issued.get(r.authorization.replace('Bearer ', '')) === exchange?.params.assertion,
      ),
    ).toBe(true);
    expect(graphCalls[0]?.url).toContain('%24select=id%2CdisplayName');
    // No token and no secret in any log line.
    const logs = sameTokenFree(api.logLines);
    for (const secret of [CLIENT_SECRET, `test:${TENANT_A}:${ALICE}`, ...entra.issued.keys()])
      expect(logs).not.toContain(secret);
  });

  it('filters by name with quotes escaped, and stops at the limit', async () => {
    graph.contacts = addressBook();
    graph.pageSize = 10;
    const client = api.as(TENANT_A, ALICE);
    const { contacts } = await client.searchOutlookContacts({ q: "O'Bri" });
    expect(contacts.map((c) => c.outlookId)).toEqual(['outlook-obrien']);
    expect(contacts[0]?.phones[0]).toMatchObject({ kind: 'home', e164: '+35312345678' });

    const before = graph.requests.length;
    const limited = await client.searchOutlookContacts({ q: 'Da', limit: 5 });
    expect(limited.contacts).toHaveLength(5);
    expect(graph.requests.length - before).toBe(1);
    await failure(client.searchOutlookContacts({ limit: 500 }), 400, 'invalid_request');
  });

  it('imports chosen contacts idempotently: an existing number keeps its contact, nothing is duplicated', async () => {
    graph.contacts = addressBook();
    const alice = api.as(TENANT_A, ALICE);
    const first = await alice.importOutlookContacts([
      'outlook-dana',
      'outlook-dave',
      'outlook-darla',
      'outlook-gone',
    ]);
    expect(first.results.map((r) => [r.outlookId, r.status])).toEqual([
      ['outlook-dana', 'existing'],
      ['outlook-dave', 'created'],
      ['outlook-darla', 'no_phone'],
      ['outlook-gone', 'not_found'],
    ]);
    const dana = first.results[0]?.contact;
    // The tenant's contact is kept as it was named; a missing email is filled in from Outlook.
    expect(dana).toMatchObject({ id: DANA.id, displayName: DANA.displayName, email: 'dana@client.example' });
    const dave = first.results[1]?.contact;
    // Dave's first number has no country code: the first one in E.164 is imported.
    expect(dave).toMatchObject({ displayName: 'Dave Local', phoneE164: '+442079460018' });

    const again = await alice.importOutlookContacts(['outlook-dave', 'outlook-dave', 'outlook-dana']);
    expect(again.results.map((r) => [r.status, r.contact?.id])).toEqual([
      ['existing', dave?.id],
      ['existing', DANA.id],
    ]);
    // Two colleagues importing the same person at once still make one contact.
    const [x, y] = await Promise.all([
      api.as(TENANT_A, BOB).importOutlookContacts(['outlook-da-07']),
      api.as(TENANT_A, CAROL).importOutlookContacts(['outlook-da-07']),
    ]);
    expect([x.results[0]?.status, y.results[0]?.status].sort()).toEqual(['created', 'existing']);
    expect(x.results[0]?.contact?.id).toBe(y.results[0]?.contact?.id);
    const listed = await alice.listContacts({ q: '33612345607' });
    expect(listed.contacts).toHaveLength(1);

    // The marks follow: Dave is now one of the organization's contacts.
    const search = await alice.searchOutlookContacts({ q: 'Dave' });
    expect(search.contacts[0]?.phones[1]?.tenantContactId).toBe(dave?.id);
    // Another organization importing the same person gets its own contact.
    const other = await api.as(TENANT_B, 'user-betty').importOutlookContacts(['outlook-dave']);
    expect(other.results[0]).toMatchObject({ status: 'created' });
    expect(other.results[0]?.contact?.id).not.toBe(dave?.id);
  });

  it('answers 403 outlook_consent_required when Entra wants consent, in the caller language', async () => {
    entra.mode = 'consent_required';
    try {
      const error = await failure(
        api.as(TENANT_A, CORA, { locale: 'ja' }).searchOutlookContacts({ q: 'Da' }),
        403,
        'outlook_consent_required',
      );
      expect(error.message).toContain('Outlook');
      expect(error.message).toMatch(/許可/);
    } finally {
      entra.mode = 'ok';
    }
  });

  it('answers 503 outlook_unavailable when Entra or Graph fails or cannot be reached', async () => {
    entra.mode = 'server_error';
    try {
      const error = await failure(
        api.as(TENANT_A, 'user-new', { locale: 'fr' }).searchOutlookContacts({}),
        503,
        'outlook_unavailable',
      );
      expect(error.message).toMatch(/Outlook/);
    } finally {
      entra.mode = 'ok';
    }
    graph.down = true;
    try {
      await failure(
        api.as(TENANT_A, ALICE).importOutlookContacts(['outlook-dana']),
        503,
        'outlook_unavailable',
      );
    } finally {
      graph.down = false;
    }
    expect(api.logLines.some((line) => line.msg === 'Outlook contacts unavailable')).toBe(true);

    // Nothing listening where Entra should be.
    const closed = await FakeEntraTokenEndpoint.start();
    await closed.close();
    const unreachable = outlookContactsFor({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      authorityHost: closed.url,
      graphUrl: graph.url,
    });
    const cut = await ApiHarness.start({ ...(unreachable ? { outlook: unreachable } : {}) });
    try {
      await failure(cut.as(TENANT_A, ALICE).searchOutlookContacts({ q: 'Da' }), 503, 'outlook_unavailable');
    } finally {
      await cut.stop();
    }
  });

  it('answers 501 outlook_not_configured without the on-behalf-of credentials', async () => {
    expect(
      outlookContactsFor({
        clientId: CLIENT_ID,
        clientSecret: undefined,
        authorityHost: entra.url,
        graphUrl: graph.url,
      }),
    ).toBeUndefined();
    const bare = await ApiHarness.start();
    try {
      await failure(
        bare.as(TENANT_A, ALICE).searchOutlookContacts({ q: 'Da' }),
        501,
        'outlook_not_configured',
      );
      await failure(bare.as(TENANT_A, ALICE).importOutlookContacts(['x']), 501, 'outlook_not_configured');
    } finally {
      await bare.stop();
    }
  });
});
