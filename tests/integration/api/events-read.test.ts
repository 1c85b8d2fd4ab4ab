import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveEventData } from '../../../shared/contract/events.js';
import { EventCollector } from '../../support/event-collector.js';
import { ALICE, ApiHarness, BOB, byPhone, CORA, newContact, TENANT_A, TENANT_B } from './api-harness.js';

let api: ApiHarness;
const open: EventCollector[] = [];
beforeAll(async () => {
  api = await ApiHarness.start({ events: { heartbeatMs: 150, pollIntervalMs: 200, retryMs: 50 } });
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await api?.stop();
});

/** A stream of the user (one tab or device), connected before the test goes on. */
async function streamOf(userId: string, tenantId = TENANT_A, roles?: string[]): Promise<EventCollector> {
  const collector = new EventCollector(api.as(tenantId, userId, roles ? { roles } : {}));
  open.push(collector);
  return collector.connected();
}

const readOf = (threadId: string) => (e: LiveEventData) =>
  e.type === 'thread.read' && e.threadId === threadId;

describe('marking a thread read, live', () => {
  it("reaches the user's other tabs with the unread count left, and no one else", async () => {
    const alice = api.as(TENANT_A, ALICE);
    const contact = byPhone(await newContact(alice, 'Ines Live Read'));
    const threadId = await api.consentedThread(alice, contact);
    await alice.addParticipant(threadId, BOB);
    const aliceLaptop = await streamOf(ALICE);
    const alicePhone = await streamOf(ALICE);
    const bob = await streamOf(BOB);
    const cora = await streamOf(CORA, TENANT_A, ['Compliance']);
    const otherTenantAlice = await streamOf(ALICE, TENANT_B);

    await api.contactSends(contact.phoneE164.slice(1), { type: 'text', body: 'Any news?' });
    const inbound = (e: LiveEventData) =>
      e.type === 'message.created' && e.threadId === threadId && e.direction === 'inbound';
    await alicePhone.next(inbound);
    await bob.next(inbound);
    const before = (await alice.listThreads()).threads.find((t) => t.id === threadId);
    expect(before?.unreadCount).toBe(2);

    const { messages } = await alice.listMessages(threadId);
    const newest = messages.at(-1)!.id;
    await alice.markThreadRead(threadId, newest);

    for (const tab of [aliceLaptop, alicePhone])
      expect(await tab.next(readOf(threadId))).toMatchObject({
        type: 'thread.read',
        threadId,
        lastReadMessageId: newest,
        unreadCount: 0,
      });
    // What the other tab reloads on the event: the thread is no longer unread.
    expect((await alice.listThreads()).threads.find((t) => t.id === threadId)?.unreadCount).toBe(0);

    // Marking read where the marker already is tells no one.
    expect(await alice.markThreadRead(threadId, newest)).toMatchObject({ advanced: false });
    // Past a poll of the hub, so nothing is still on its way.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const tab of [aliceLaptop, alicePhone]) expect(tab.events.filter(readOf(threadId))).toHaveLength(1);
    // Bob is in the thread, yet Alice's marker is hers alone; outsiders get nothing at all.
    expect(bob.events.filter((e) => e.type === 'thread.read')).toEqual([]);
    expect(bob.events.length).toBeGreaterThan(0);
    expect(cora.events).toEqual([]);
    expect(otherTenantAlice.events).toEqual([]);
  });

  it("Bob's marker reaches Bob's tabs only, with his own count", async () => {
    const alice = api.as(TENANT_A, ALICE);
    const bobClient = api.as(TENANT_A, BOB);
    const contact = byPhone(await newContact(alice, 'Jon Live Read'));
    const threadId = await api.consentedThread(alice, contact);
    await alice.addParticipant(threadId, BOB);
    const aliceTab = await streamOf(ALICE);
    const bobTab = await streamOf(BOB);
    await api.contactSends(contact.phoneE164.slice(1), { type: 'text', body: 'Hello again' });
    await bobTab.next((e) => e.type === 'message.created' && e.threadId === threadId);

    const { messages } = await bobClient.listMessages(threadId);
    await bobClient.markThreadRead(threadId, messages.at(-1)!.id);

    expect(await bobTab.next(readOf(threadId))).toMatchObject({ unreadCount: 0 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(aliceTab.events.filter((e) => e.type === 'thread.read')).toEqual([]);
    // Alice has not read it: her count is unchanged.
    expect((await alice.listThreads()).threads.find((t) => t.id === threadId)?.unreadCount).toBe(2);
  });
});
