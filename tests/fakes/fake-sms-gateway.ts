import { expect } from 'vitest';
import type { SmsGateway } from '../../shared/ports/sms-gateway.js';

type SmsRequest = Parameters<SmsGateway['send']>[0];

/** Stands in for the SMS provider at the port: records every SMS and can be told to fail the next one. */
export class FakeSmsGateway implements SmsGateway {
  readonly sent: (SmsRequest & { messageId: string })[] = [];
  private failuresLeft = 0;

  async send(request: SmsRequest): Promise<{ messageId: string }> {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('SMS provider unreachable');
    }
    const messageId = `sms-${this.sent.length + 1}`;
    this.sent.push({ ...request, messageId });
    return { messageId };
  }

  failNext(times = 1): void {
    this.failuresLeft = times;
  }

  expectSentTo(to: string, body?: string): void {
    const found = this.sent.find((sms) => sms.to === to && (body === undefined || sms.body === body));
    expect(found, `an SMS to ${to}${body ? ` saying ${JSON.stringify(body)}` : ''}`).toBeDefined();
  }
}
