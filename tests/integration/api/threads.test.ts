import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/client/connector-client.js';
import { ALICE, ApiHarness, BOB, DANA, ERIK, TENANT_A } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('threads', () => {
  it('starts a thread, asks for consent, and shows it in the inbox as awaiting consent, then active', async () => {
    const alice = api.as(TENANT_A, ALICE);
    const started = await alice.startThread(ERIK.id);
    expect(started).toMatchObject({ created: true, needsOptIn: true, consentState: 'none' });
    const again = await alice.startThread(ERIK.id);
    expect(again).toMatchObject({ threadId: started.threadId, created: false });

    const detail = await alice.requestOptIn(started.threadId);
    expect(detail.state).toBe('awaiting_consent');
    expect(detail.consent.state).toBe('requested');
    expect(detail.participants.map((p) => p.displayName)).toEqual(['Alice Martin']);
    await api.h.runDueJobs();

    let inbox = await alice.listThreads();
    const line = inbox.threads.find((t) => t.id === started.threadId);
    expect(line).toMatchObject({ state: 'awaiting_consent', access: 'participant', windowEndsAt: null });
    expect(line?.contact).toMatchObject({
      id: ERIK.id,
      displayName: 'Erik Prospect',
      phoneE164: ERIK.phoneE164,
    });
    expect(line?.lastMessage).toMatchObject({ direction: 'outbound', kind: 'template' });

    await api.contactSends(ERIK.phoneE164.slice(1), { type: 'button', payload: 'OPT_IN_YES', text: 'Yes' });
    await api.h.runDueJobs();
    inbox = await alice.listThreads();
    const active = inbox.threads.find((t) => t.id === started.threadId);
    expect(active?.state).toBe('active');
    expect(new Date(active!.windowEndsAt!).getTime()).toBe(api.h.clock.now().getTime() + 24 * 3_600_000);

    // Bob is not in it: his inbox does not list it.
    expect((await api.as(TENANT_A, BOB).listThreads()).threads.map((t) => t.id)).not.toContain(
      started.threadId,
    );
  });

  it('refuses a reminder before 24 hours with the reason in French, and sends one after', async () => {
    const alice = api.as(TENANT_A, ALICE, { locale: 'fr-FR' });
    const { threadId } = await alice.startThread(DANA.id);
    await alice.requestOptIn(threadId);
    await api.h.runDueJobs();
    const early = await apiError(alice.sendOptInReminder(threadId));
    expect(early.status).toBe(409);
    expect(early.code).toBe('reminder_too_early');
    expect(early.message).toMatch(/rappel/i);
    // The time it becomes possible comes with it, for the tab to show in the user's own time zone.
    expect(early.params).toEqual({
      availableAt: new Date(api.h.clock.now().getTime() + 24 * 3_600_000).toISOString(),
    });

    const twice = await apiError(alice.requestOptIn(threadId));
    expect([twice.status, twice.code]).toEqual([409, 'consent_already_requested']);

    api.h.clock.advance(24 * 3_600_000 + 1_000);
    const reminded = await alice.sendOptInReminder(threadId);
    expect(reminded.state).toBe('awaiting_consent');
  });

  it('answers 400 naming the field for an invalid body, and 404 for an unknown contact', async () => {
    const alice = api.as(TENANT_A, ALICE, { locale: 'de' });
    const response = await api.fetchAs(TENANT_A, ALICE, '/api/v1/threads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ contactId: 'nope' }),
      locale: 'de',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('contactId');

    const malformed = await api.fetchAs(TENANT_A, ALICE, '/api/v1/threads', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"contactId":',
    });
    expect(malformed.status).toBe(400);

    const unknown = await apiError(alice.startThread('0b7f7c1e-1d2a-4f3b-8c4d-5e6f7a8b9c0d'));
    expect([unknown.status, unknown.code]).toEqual([404, 'contact_not_found']);
  });

  it('answers 401 without a token', async () => {
    const response = await fetch(new URL('/api/v1/threads', api.url));
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });
});
