import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorClient } from '../../../shared/client/connector-client.js';
import type { MarkedText } from '../../../shared/contract/search.js';
import {
  ALICE,
  ApiHarness,
  BETTY,
  BOB,
  CAROL,
  CORA,
  failure,
  FRED,
  TENANT_A,
  TENANT_B,
  byPhone,
} from './api-harness.js';

let api: ApiHarness;
let aliceThread: string;
let waId: string;
beforeAll(async () => {
  api = await ApiHarness.start();
  const alice = api.as(TENANT_A, ALICE);
  const contact = await alice.createContact({ displayName: 'Quentin Zephyrine', phone: '+33699887766' });
  waId = byPhone(contact).phoneE164.slice(1);
  aliceThread = await api.consentedThread(alice, byPhone(contact));
  await api.contactSends(waId, { type: 'text', body: 'Where is invoice 4471? <b>urgent</b> & overdue' });
  await alice.sendMessage(aliceThread, {
    clientMessageId: randomUUID(),
    content: { type: 'text', body: 'The invoicing team is on it.' },
  });
  // Tenant B writes the same words: never found from tenant A.
  const betty = api.as(TENANT_B, BETTY);
  const { threadId } = await betty.startThread(FRED.id);
  await betty.requestOptIn(threadId);
});
afterAll(() => api?.stop());

/** The words the highlights cover. */
const marked = (text: MarkedText) => text.highlights.map((range) => text.text.slice(range.start, range.end));

const search = (client: ConnectorClient, q: string, limit?: number) =>
  client.searchThreads({ q, ...(limit ? { limit } : {}) });

describe('thread search', () => {
  it('finds messages by a word or its beginning, newest first, with highlight ranges over plain text', async () => {
    const results = await search(api.as(TENANT_A, ALICE), 'INVOIC');
    expect(results.messages.map((hit) => hit.threadId)).toEqual([aliceThread, aliceThread]);
    const [newest, older] = results.messages;
    expect(newest?.direction).toBe('outbound');
    expect(marked(newest!.snippet)).toEqual(['invoicing']);
    expect(older).toMatchObject({ direction: 'inbound', access: 'participant', channel: 'whatsapp' });
    expect(older?.contact.displayName).toBe('Quentin Zephyrine');
    // Markup in a message is text like any other: the answer carries it as written, never as HTML.
    expect(older?.snippet.text).toBe('Where is invoice 4471? <b>urgent</b> & overdue');
    expect(marked(older!.snippet)).toEqual(['invoice']);

    const both = await search(api.as(TENANT_A, ALICE), 'urgent 4471');
    expect(both.messages).toHaveLength(1);
    expect(marked(both.messages[0]!.snippet)).toEqual(['4471', 'urgent']);
    expect((await search(api.as(TENANT_A, ALICE), 'invoice paid')).messages).toEqual([]);
  });

  it("finds threads by the contact's name or number", async () => {
    const byName = await search(api.as(TENANT_A, ALICE), 'zephyr');
    expect(byName.contacts).toHaveLength(1);
    expect(byName.contacts[0]).toMatchObject({
      threadId: aliceThread,
      access: 'participant',
      status: 'open',
    });
    expect(marked(byName.contacts[0]!.name)).toEqual(['Zephyrine']);
    const byNumber = await search(api.as(TENANT_A, ALICE), '3369988');
    expect(byNumber.contacts.map((hit) => hit.threadId)).toEqual([aliceThread]);
  });

  it("never shows other tenants' threads, nor threads the caller was never in", async () => {
    expect(await search(api.as(TENANT_A, BOB), 'invoice zephyrine')).toMatchObject({
      messages: [],
      contacts: [],
    });
    expect((await search(api.as(TENANT_A, BOB), 'invoice')).messages).toEqual([]);
    // Tenant B has a user with Alice's id: the id alone finds nothing of tenant A.
    expect(await search(api.as(TENANT_B, ALICE), 'invoice')).toMatchObject({ messages: [], contacts: [] });
    expect((await search(api.as(TENANT_A, CORA, { roles: ['Compliance'] }), 'fabrikam')).contacts).toEqual(
      [],
    );
  });

  it('keeps finding a thread the caller left, read only', async () => {
    const alice = api.as(TENANT_A, ALICE);
    const contact = await alice.createContact({ displayName: 'Olga Leftover', phone: '+33699887700' });
    const threadId = await api.consentedThread(alice, byPhone(contact));
    await api.contactSends(byPhone(contact).phoneE164.slice(1), {
      type: 'text',
      body: 'Quarterly spreadsheet attached',
    });
    await alice.addParticipant(threadId, CAROL);
    await alice.leaveThread(threadId);
    const results = await search(alice, 'spreadsheet');
    expect(results.messages).toHaveLength(1);
    expect(results.messages[0]).toMatchObject({ threadId, access: 'former_participant' });
  });

  it('lets compliance find every thread of its tenant, each read audited without the query', async () => {
    const before = api.logLines.length;
    const cora = api.as(TENANT_A, CORA, { roles: ['Compliance'] });
    // "invoic" finds both the contact's "invoice" and Alice's "invoicing".
    const results = await search(cora, 'invoic');
    expect(results.messages.map((hit) => [hit.threadId, hit.access])).toEqual([
      [aliceThread, 'compliance'],
      [aliceThread, 'compliance'],
    ]);
    const audits = api.logLines.slice(before).filter((line) => line.audit === 'compliance_read');
    expect(audits).toEqual([
      expect.objectContaining({ tenantId: TENANT_A, userId: CORA, action: 'search', threadId: aliceThread }),
    ]);
    expect(JSON.stringify(api.logLines.slice(before))).not.toContain('invoic');
  });

  it('pages older matches with the cursor, without repeating any', async () => {
    const alice = api.as(TENANT_A, ALICE);
    for (const n of [1, 2, 3])
      await api.contactSends(waId, { type: 'text', body: `pagination marker number ${n}` });
    const first = await search(alice, 'pagination', 2);
    expect(first.messages.map((hit) => hit.snippet.text)).toEqual([
      'pagination marker number 3',
      'pagination marker number 2',
    ]);
    expect(first.nextCursor).not.toBeNull();
    const second = await alice.searchThreads({ q: 'pagination', limit: 2, cursor: first.nextCursor! });
    expect(second.messages.map((hit) => hit.snippet.text)).toEqual(['pagination marker number 1']);
    expect(second).toMatchObject({ nextCursor: null, contacts: [] });
  });

  it('answers 400 naming q for an empty, wordless or too long query', async () => {
    const alice = api.as(TENANT_A, ALICE, { locale: 'pt-BR' });
    for (const q of ['', '   ', '!!! ???', 'x'.repeat(201)]) {
      const error = await failure(alice.searchThreads({ q }), 400, 'invalid_request');
      expect(error.message).toContain('q');
    }
    await failure(alice.searchThreads({ q: 'invoice', cursor: 'abc' }), 400, 'invalid_request');
  });
});
