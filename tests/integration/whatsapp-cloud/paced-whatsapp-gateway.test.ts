import { describe, expect, it } from 'vitest';
import { PacedWhatsAppGateway } from '../../../shared/adapters/whatsapp-cloud/paced-whatsapp-gateway.js';
import type { SendPacer } from '../../../shared/ports/send-pacer.js';
import {
  WhatsAppSendError,
  type OutboundRequest,
  type WhatsAppGateway,
} from '../../../shared/ports/whatsapp-gateway.js';

const REQUEST: OutboundRequest = {
  phoneNumberId: 'pn-1',
  to: '4915112345678',
  content: { type: 'text', body: 'Hello' },
  correlationId: 'msg-1',
};

function recordingPacer(): SendPacer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    acquire: async (tenantId, phoneNumberId) => void calls.push(`acquire ${tenantId} ${phoneNumberId}`),
    penalize: async (tenantId, phoneNumberId, ms) =>
      void calls.push(`penalize ${tenantId} ${phoneNumberId} ${ms}`),
  };
}

function inner(outcome: () => Promise<{ wamid: string }>, calls: string[]): WhatsAppGateway {
  return {
    send: async () => {
      calls.push('send');
      return outcome();
    },
    markRead: async (phoneNumberId, wamid) => void calls.push(`markRead ${phoneNumberId} ${wamid}`),
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('PacedWhatsAppGateway', () => {
  it('acquires a slot of the sending number, under its tenant, before each send', async () => {
    const pacer = recordingPacer();
    const gateway = new PacedWhatsAppGateway(
      inner(async () => ({ wamid: 'wamid.1' }), pacer.calls),
      pacer,
      async (id) => `tenant-of-${id}`,
    );
    expect(await gateway.send(REQUEST)).toEqual({ wamid: 'wamid.1' });
    expect(pacer.calls).toEqual(['acquire tenant-of-pn-1 pn-1', 'send']);
  });

  it('penalizes the number on a throughput error by the wait WhatsApp asked for, and rethrows', async () => {
    const pacer = recordingPacer();
    const throttled = new WhatsAppSendError(130429, 'throughput limit reached', true, 3_000);
    const gateway = new PacedWhatsAppGateway(
      inner(() => Promise.reject(throttled), pacer.calls),
      pacer,
      () => 't',
    );
    expect(await failure(gateway.send(REQUEST))).toBe(throttled);
    expect(pacer.calls).toEqual(['acquire t pn-1', 'send', 'penalize t pn-1 3000']);
  });

  it('penalizes by 1 s when the throttling error says no wait (HTTP 429, code 4, 80007)', async () => {
    for (const code of [429, 4, 80007, 130429]) {
      const pacer = recordingPacer();
      const error = new WhatsAppSendError(code, 'slow down', true);
      const gateway = new PacedWhatsAppGateway(
        inner(() => Promise.reject(error), pacer.calls),
        pacer,
        () => 't',
      );
      expect(await failure(gateway.send(REQUEST))).toBe(error);
      expect(pacer.calls.at(-1)).toBe('penalize t pn-1 1000');
    }
  });

  it('does not penalize other errors (131047: window closed)', async () => {
    const pacer = recordingPacer();
    const closed = new WhatsAppSendError(131047, 'more than 24 hours', false);
    const gateway = new PacedWhatsAppGateway(
      inner(() => Promise.reject(closed), pacer.calls),
      pacer,
      () => 't',
    );
    expect(await failure(gateway.send(REQUEST))).toBe(closed);
    expect(pacer.calls).toEqual(['acquire t pn-1', 'send']);
  });

  it('still throws WhatsApp’s error when the penalty cannot be recorded', async () => {
    const pacer = recordingPacer();
    const throttled = new WhatsAppSendError(130429, 'throughput limit reached', true);
    const gateway = new PacedWhatsAppGateway(
      inner(() => Promise.reject(throttled), pacer.calls),
      { ...pacer, penalize: () => Promise.reject(new Error('database down')) },
      () => 't',
    );
    expect(await failure(gateway.send(REQUEST))).toBe(throttled);
  });

  it('does not pace marking read', async () => {
    const pacer = recordingPacer();
    const gateway = new PacedWhatsAppGateway(
      inner(async () => ({ wamid: 'x' }), pacer.calls),
      pacer,
      () => 't',
    );
    await gateway.markRead('pn-1', 'wamid.IN');
    expect(pacer.calls).toEqual(['markRead pn-1 wamid.IN']);
  });
});
