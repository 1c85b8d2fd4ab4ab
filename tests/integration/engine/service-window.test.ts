import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, startScenario, TENANT, type Scenario } from '../../support/engine-scenario.js';

let s: Scenario;
let threadId: string;
beforeEach(async () => {
  s = await startScenario();
  threadId = await s.consentedThread();
  s.h.whatsapp.clear();
});
afterEach(async () => s.h.dispose());

describe('the 24-hour window', () => {
  it('open: a message goes straight out', async () => {
    const { message } = await s.send(ALICE, threadId, 'Hello Dana');
    await s.h.runDueJobs();
    expect(message.status).toBe('sending');
    expect(s.h.whatsapp.sentTexts()).toEqual(['Hello Dana']);
  });

  it('closed: messages are held, one resume request goes out, and Resume delivers them in order', async () => {
    s.h.clock.advanceHours(25);
    const first = await s.send(ALICE, threadId, 'One');
    const second = await s.send(ALICE, threadId, 'Two');
    await s.h.runDueJobs();
    expect([first.message.status, second.message.status]).toEqual(['pending', 'pending']);
    expect(s.h.whatsapp.sentTemplates()).toEqual(['mlm_resume_conversation']);
    expect(s.h.whatsapp.lastSent().content).toMatchObject({ quickReplyPayloads: ['RESUME_CONVERSATION'] });
    expect(s.h.whatsapp.sentTexts()).toEqual([]);
    expect((await s.h.thread(threadId)).resumeState).toBe('requested');

    await s.contactTaps('RESUME_CONVERSATION', 'Resume conversation');
    await s.h.runDueJobs();

    expect(s.h.whatsapp.sentTexts()).toEqual(['One', 'Two']);
    const notices = await s.notices(threadId);
    expect(notices.slice(-2)).toEqual(['resume_requested', 'conversation_resumed']);
    expect((await s.h.thread(threadId)).resumeState).toBeNull();
  });

  it('closed: the contact writing anything also resumes', async () => {
    s.h.clock.advanceHours(30);
    await s.send(ALICE, threadId, 'Held');
    await s.h.runDueJobs();
    await s.contactWrites('Hi, I am back');
    await s.h.runDueJobs();
    expect(s.h.whatsapp.sentTexts()).toEqual(['Held']);
  });

  it('once resumed, ordinary messages from the contact post no further resume notices', async () => {
    const before = (await s.notices(threadId)).length;
    s.h.clock.advanceHours(25);
    await s.send(ALICE, threadId, 'Held');
    await s.h.runDueJobs();
    await s.contactTaps('RESUME_CONVERSATION', 'Resume conversation');
    await s.h.runDueJobs();
    s.h.clock.advanceHours(1);
    await s.contactWrites('anything else?');
    await s.h.runDueJobs();
    expect((await s.notices(threadId)).slice(before)).toEqual(['resume_requested', 'conversation_resumed']);
  });

  it('a backdated inbound message does not reopen the window', async () => {
    s.h.clock.advanceHours(30);
    await s.contactWrites('old message', { at: new Date(s.h.clock.now().getTime() - 26 * 3600_000) });
    const { message } = await s.send(ALICE, threadId, 'Still paused');
    expect(message.status).toBe('pending');
  });

  it('a failed resume request is reported and the next message asks again', async () => {
    s.h.clock.advanceHours(25);
    await s.send(ALICE, threadId, 'Held');
    await s.h.runDueJobs();
    await s.receipt('failed', { code: 131049, title: 'Not delivered' });
    await s.h.runDueJobs();
    expect((await s.notices(threadId)).at(-1)).toBe('resume_failed');
    expect((await s.h.thread(threadId)).resumeState).toBe('failed');
    s.h.notifier.expectNotified(ALICE, 'resume_failed');

    await s.send(ALICE, threadId, 'Held too');
    await s.h.runDueJobs();
    expect(s.h.whatsapp.sentTemplates()).toEqual(['mlm_resume_conversation', 'mlm_resume_conversation']);
  });

  it('a free-form message WhatsApp rejects for the window (131047) is held again and a resume is requested', async () => {
    const { message } = await s.send(ALICE, threadId, 'Borderline');
    await s.h.runDueJobs();
    s.h.clock.advanceHours(25);
    expect(await s.receipt('failed', { code: 131047, title: 'Re-engagement message' })).toBe('applied');
    await s.h.runDueJobs();
    const [held] = (await s.outbound(threadId)).filter((m) => m.id === message.id);
    expect(held).toMatchObject({ status: 'pending', wamid: null });
    expect(s.h.whatsapp.sentTemplates()).toEqual(['mlm_resume_conversation']);

    await s.contactTaps('RESUME_CONVERSATION', 'Resume conversation');
    await s.h.runDueJobs();
    expect(s.h.whatsapp.sentTexts()).toEqual(['Borderline', 'Borderline']);
  });

  it('templates go out at any time once consent is granted, with their parameters', async () => {
    s.h.clock.advanceHours(48);
    const { message } = await s.engine.sendTemplate.execute({
      tenantId: TENANT,
      userId: ALICE,
      threadId,
      clientMessageId: 'tpl-1',
      templateName: 'appointment_reminder',
      language: 'en',
      params: ['Dana', 'Monday 10:00'],
    });
    await s.h.runDueJobs();
    expect(message.status).toBe('sending');
    expect(s.h.whatsapp.lastSent().content).toEqual({
      type: 'template',
      name: 'appointment_reminder',
      language: 'en',
      bodyParams: ['Dana', 'Monday 10:00'],
    });
    await expect(
      s.engine.sendTemplate.execute({
        tenantId: TENANT,
        userId: ALICE,
        threadId,
        clientMessageId: 'tpl-2',
        templateName: 'appointment_reminder',
        language: 'en',
        params: ['Dana'],
      }),
    ).rejects.toMatchObject({ code: 'template_param_count', details: { expected: 2, got: 1 } });
  });
});
