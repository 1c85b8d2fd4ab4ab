import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainRuleViolation } from '../../../shared/domain/shared/domain-error.js';
import {
  ALICE,
  CONTACT_ID,
  CONTACT_WA_ID,
  startScenario,
  TENANT,
  type Scenario,
} from '../../support/engine-scenario.js';

let s: Scenario;
beforeEach(async () => {
  s = await startScenario();
});
afterEach(async () => s.h.dispose());

const rule = (code: string) => expect.objectContaining({ name: 'DomainRuleViolation', code });

describe('opt-in', () => {
  it('first contact needs an opt-in confirmation, and the request goes out as the approved template', async () => {
    const started = await s.engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT_ID,
    });
    expect(started).toMatchObject({ created: true, consentState: 'none', needsOptIn: true });

    await s.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId: started.threadId });
    await s.h.runDueJobs();

    const request = s.h.whatsapp.expectTemplateSent('mlm_opt_in_request', CONTACT_WA_ID);
    expect(request.content).toEqual({
      type: 'template',
      name: 'mlm_opt_in_request',
      language: 'en',
      bodyParams: ['Alice Martin'],
      quickReplyPayloads: ['OPT_IN_YES', 'OPT_IN_NO'],
    });
    const [optIn] = await s.outbound(started.threadId);
    expect(optIn).toMatchObject({ purpose: 'opt_in', status: 'sent', wamid: request.wamid });
    expect(request.correlationId).toBe(optIn!.id);
    expect(await s.notices(started.threadId)).toEqual(['opt_in_requested']);
    const evidence = await s.h.consentEvidence(CONTACT_ID);
    expect(evidence).toMatchObject([
      { type: 'requested', actorUserId: ALICE, templateName: 'mlm_opt_in_request' },
    ]);
  });

  it('accepted: messages written while waiting are delivered in order, and the evidence is kept', async () => {
    const threadId = await s.aliceAsksForConsent();
    const first = await s.send(ALICE, threadId, 'First, while waiting');
    const second = await s.send(ALICE, threadId, 'Second, while waiting');
    await s.h.runDueJobs();
    expect(first.message.status).toBe('pending');
    expect(second.message.status).toBe('pending');
    expect(s.h.whatsapp.sentTexts()).toEqual([]);

    expect(await s.contactTaps('OPT_IN_YES', 'Yes')).toBe('stored');
    await s.h.runDueJobs();

    expect(s.h.whatsapp.sentTexts()).toEqual(['First, while waiting', 'Second, while waiting']);
    expect(await s.notices(threadId)).toEqual(['opt_in_requested', 'opt_in_granted', 'conversation_resumed']);
    const resumed = (await s.h.messagesOf(threadId)).find((m) => m.systemCode === 'conversation_resumed');
    expect(resumed?.systemParams).toEqual({ delivered: 2 });
    expect((await s.h.consentEvidence(CONTACT_ID)).map((e) => e.type)).toEqual(['requested', 'granted']);
    s.h.notifier.expectNotified(ALICE, 'opt_in_granted');
  });

  it('accepted with nothing queued: the user is told they can start', async () => {
    const threadId = await s.aliceAsksForConsent();
    await s.contactTaps('OPT_IN_YES', 'Yes');
    await s.h.runDueJobs();
    expect(await s.notices(threadId)).toEqual(['opt_in_requested', 'opt_in_granted', 'can_continue']);
    s.h.notifier.expectNotified(ALICE, 'can_continue');
  });

  it('declined: sending and templates are refused, the contact is told how to opt in; a later YES grants', async () => {
    const threadId = await s.aliceAsksForConsent();
    await s.contactTaps('OPT_IN_NO', 'No');
    await s.h.runDueJobs();

    expect(s.h.whatsapp.sentTexts()).toEqual([expect.stringContaining('reply YES')]);
    await expect(s.send(ALICE, threadId, 'Are you sure?')).rejects.toEqual(rule('consent_declined'));
    await expect(
      s.engine.sendTemplate.execute({
        tenantId: TENANT,
        userId: ALICE,
        threadId,
        clientMessageId: 'c-1',
        templateName: 'appointment_reminder',
        language: 'en',
        params: ['Dana', 'Monday'],
      }),
    ).rejects.toEqual(rule('consent_declined'));
    await expect(
      s.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId }),
    ).rejects.toEqual(rule('consent_declined'));

    await s.contactWrites('yes');
    await s.h.runDueJobs();
    const sent = await s.send(ALICE, threadId, 'Welcome back');
    expect(sent.message.status).toBe('sending');
    expect((await s.h.consentEvidence(CONTACT_ID)).map((e) => e.type)).toEqual([
      'requested',
      'declined',
      'granted',
    ]);
  });

  it('STOP opts the contact out of a granted conversation', async () => {
    const threadId = await s.consentedThread();
    await s.contactWrites('STOP');
    await s.h.runDueJobs();
    await expect(s.send(ALICE, threadId, 'hello?')).rejects.toBeInstanceOf(DomainRuleViolation);
    expect(await s.notices(threadId)).toContain('opted_out');
  });

  it('not on WhatsApp (131026): the SMS offer is recorded and WhatsApp sending is refused', async () => {
    const threadId = await s.aliceAsksForConsent();
    expect(await s.receipt('failed', { code: 131026, title: 'Message undeliverable' })).toBe('applied');
    await s.h.runDueJobs();

    expect(await s.notices(threadId)).toEqual(['opt_in_requested', 'contact_not_on_whatsapp']);
    s.h.notifier.expectNotified(ALICE, 'contact_not_on_whatsapp');
    const [optIn] = await s.outbound(threadId);
    expect(optIn).toMatchObject({
      status: 'failed',
      failureCode: 131026,
      failureTitle: 'Message undeliverable',
    });
    await expect(s.send(ALICE, threadId, 'hi')).rejects.toEqual(rule('contact_not_on_whatsapp'));
    expect(await s.h.consentEvidence(CONTACT_ID)).toMatchObject([
      { type: 'requested' },
      { type: 'delivery_failed', errorCode: 131026, wamid: optIn!.wamid },
    ]);
  });

  it('no answer: the reminder is refused before 24 h and allowed after', async () => {
    const threadId = await s.aliceAsksForConsent();
    s.h.clock.advanceHours(23);
    await expect(
      s.engine.sendOptInReminder.execute({ tenantId: TENANT, userId: ALICE, threadId }),
    ).rejects.toEqual(rule('reminder_too_early'));
    await s.h.runDueJobs();
    expect(await s.notices(threadId)).toEqual(['opt_in_requested']);
    s.h.clock.advanceHours(1);
    await s.h.runDueJobs();
    expect(await s.notices(threadId)).toEqual(['opt_in_requested', 'opt_in_reminder_available']);
    s.h.notifier.expectNotified(ALICE, 'opt_in_reminder_available');

    await s.engine.sendOptInReminder.execute({ tenantId: TENANT, userId: ALICE, threadId });
    await s.h.runDueJobs();
    s.h.whatsapp.expectTemplateSent('mlm_opt_in_reminder');
    expect(await s.notices(threadId)).toEqual([
      'opt_in_requested',
      'opt_in_reminder_available',
      'opt_in_reminder_sent',
    ]);
    // The next reminder becomes available 24 h after this one, and is announced once.
    s.h.clock.advanceHours(24);
    await s.h.runDueJobs();
    expect((await s.notices(threadId)).filter((n) => n === 'opt_in_reminder_available')).toHaveLength(2);
  });

  it('undeliverable opt-in: retried once after 24 h, then the thread closes', async () => {
    const threadId = await s.aliceAsksForConsent();
    await s.receipt('failed', { code: 131049, title: 'Not delivered' });
    const [retry] = await s.h.queuedJobs('consent.retry');
    expect(retry?.runAt).toEqual(new Date(s.h.clock.now().getTime() + 24 * 3600_000));
    expect(await s.notices(threadId)).toEqual(['opt_in_requested', 'opt_in_failed_will_retry']);

    s.h.whatsapp.clear();
    s.h.clock.advanceHours(23);
    await s.h.runDueJobs();
    s.h.whatsapp.expectNothingSent();
    s.h.clock.advanceHours(1);
    await s.h.runDueJobs();
    s.h.whatsapp.expectTemplateSent('mlm_opt_in_request');

    await s.receipt('failed', { code: 131049, title: 'Not delivered' });
    await s.h.runDueJobs();
    expect((await s.h.thread(threadId)).status).toBe('closed');
    expect(await s.notices(threadId)).toEqual([
      'opt_in_requested',
      'opt_in_failed_will_retry',
      'opt_in_retried',
      'opt_in_failed_thread_closed',
    ]);
    await expect(s.send(ALICE, threadId, 'hi')).rejects.toEqual(rule('thread_closed'));
  });

  it.each([
    ['paused', { status: 'PAUSED' }],
    ['rejected', { status: 'REJECTED' }],
    ['marketing', { category: 'MARKETING' }],
  ])('a %s opt-in template is not used: the request is refused with the reason', async (_label, override) => {
    await s.h.dispose();
    s = await startScenario({ opt_in: override });
    const { threadId } = await s.engine.startWhatsAppThread.execute({
      tenantId: TENANT,
      userId: ALICE,
      contactId: CONTACT_ID,
    });
    await expect(
      s.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId }),
    ).rejects.toEqual(rule('template_unavailable'));
    s.h.whatsapp.expectNothingSent();
    expect(await s.h.consentEvidence(CONTACT_ID)).toEqual([]);
  });
});
