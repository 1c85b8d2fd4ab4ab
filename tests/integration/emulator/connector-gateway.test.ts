import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMULATOR_DEFAULTS } from '../../../emulator/index.js';
import { GraphWhatsAppGateway } from '../../../shared/adapters/whatsapp-cloud/graph/graph-whatsapp-gateway.js';
import { WhatsAppSendError, type OutboundContent } from '../../../shared/ports/whatsapp-gateway.js';
import { ALICE, startHarness, type Harness } from './harness.js';

/** The connector's own Graph client against the emulator: the bodies it builds are accepted, its errors mapped. */
let h: Harness;
let gateway: GraphWhatsAppGateway;
beforeEach(async () => {
  h = await startHarness();
  gateway = new GraphWhatsAppGateway({
    accessToken: EMULATOR_DEFAULTS.accessToken,
    baseUrl: h.emulator.url,
    sleep: async () => undefined,
  });
});
afterEach(async () => h.stop());

const request = (content: OutboundContent, correlationId = 'msg-1') => ({
  phoneNumberId: EMULATOR_DEFAULTS.phoneNumberId,
  to: ALICE,
  correlationId,
  content,
});

async function sendError(content: OutboundContent): Promise<WhatsAppSendError> {
  const error = await gateway.send(request(content)).catch((e: unknown) => e);
  if (!(error instanceof WhatsAppSendError))
    throw new Error(`expected a WhatsAppSendError, got ${String(error)}`);
  return error;
}

describe('GraphWhatsAppGateway against the emulator', () => {
  it('sends every kind of body it builds and marks an inbound message read', async () => {
    const inbound = h.emulator.control.userSends(ALICE, { type: 'text', body: 'Hello' }).wamid;
    const contents: OutboundContent[] = [
      { type: 'text', body: 'Hello from Teams', replyToWamid: inbound },
      {
        type: 'template',
        name: 'mlm_opt_in_request',
        language: 'en',
        bodyParams: ['Contoso'],
        quickReplyPayloads: ['OPT_IN_YES', 'OPT_IN_NO'],
      },
      { type: 'template', name: 'mlm_resume_conversation', language: 'es', bodyParams: [] },
      {
        type: 'buttons',
        body: 'Did this solve it?',
        buttons: [
          { id: 'SOLVED', title: 'Yes' },
          { id: 'NOT_SOLVED', title: 'No' },
        ],
      },
    ];
    for (const content of contents) {
      const { wamid } = await gateway.send(request(content));
      expect(wamid).toMatch(/^wamid\./);
    }
    await gateway.markRead(EMULATOR_DEFAULTS.phoneNumberId, inbound);
    expect(h.emulator.control.chat(ALICE)[0]).toMatchObject({ wamid: inbound, readByBusiness: true });
    await h.drain();
    expect(h.receiver.statuses().filter((s) => s.status === 'failed')).toEqual([]);
    expect(h.emulator.control.stats()).toMatchObject({ accepted: 4, rejected: { total: 0 } });
  });

  it('gets final errors for a missing template and a parameter mismatch, retryable for throughput', async () => {
    const missing = await sendError({ type: 'template', name: 'nope', language: 'en', bodyParams: [] });
    expect(missing).toMatchObject({ code: 132001, retryable: false });
    const mismatch = await sendError({
      type: 'template',
      name: 'appointment_reminder',
      language: 'en',
      bodyParams: ['Sam'],
    });
    expect(mismatch).toMatchObject({ code: 132000, retryable: false });
    h.emulator.control.setThroughput(1);
    await gateway.send(
      request({ type: 'template', name: 'mlm_participant_left', language: 'en', bodyParams: ['A'] }),
    );
    const throttled = await sendError({
      type: 'template',
      name: 'mlm_participant_left',
      language: 'en',
      bodyParams: ['B'],
    });
    expect(throttled).toMatchObject({ code: 130429, retryable: true });
  });

  it('gets code 190 for a wrong token', async () => {
    gateway = new GraphWhatsAppGateway({ accessToken: 'wrong', baseUrl: h.emulator.url });
    expect(await sendError({ type: 'text', body: 'Hi' })).toMatchObject({ code: 190, retryable: false });
  });
});
