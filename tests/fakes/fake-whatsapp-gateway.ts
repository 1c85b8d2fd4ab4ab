import { expect } from 'vitest';
import type { OutboundRequest, WhatsAppGateway } from '../../shared/ports/whatsapp-gateway.js';
import { WhatsAppSendError } from '../../shared/ports/whatsapp-gateway.js';

/** Stands in for WhatsApp at the port: records what was sent and can be told to refuse. */
export class FakeWhatsAppGateway implements WhatsAppGateway {
  readonly sent: (OutboundRequest & { wamid: string })[] = [];
  readonly markedRead: string[] = [];
  private readonly refusals: WhatsAppSendError[] = [];
  private counter = 0;

  async send(request: OutboundRequest): Promise<{ wamid: string }> {
    const refusal = this.refusals.shift();
    if (refusal) throw refusal;
    const wamid = `wamid.fake.${++this.counter}`;
    this.sent.push({ ...request, wamid });
    return { wamid };
  }

  async markRead(_phoneNumberId: string, wamid: string): Promise<void> {
    this.markedRead.push(wamid);
  }

  /** The next send fails with this WhatsApp error. */
  refuseNext(code: number, title = 'Refused', retryable = false, retryAfterMs?: number): void {
    this.refusals.push(new WhatsAppSendError(code, title, retryable, retryAfterMs));
  }

  lastSent(): OutboundRequest & { wamid: string } {
    const last = this.sent.at(-1);
    if (!last) throw new Error('nothing was sent to WhatsApp');
    return last;
  }

  sentTexts(): string[] {
    return this.sent.flatMap((r) => (r.content.type === 'text' ? [r.content.body] : []));
  }

  sentTemplates(): string[] {
    return this.sent.flatMap((r) => (r.content.type === 'template' ? [r.content.name] : []));
  }

  expectNothingSent(): void {
    expect(this.sent, 'messages sent to WhatsApp').toEqual([]);
  }

  expectTemplateSent(name: string, to?: string): OutboundRequest & { wamid: string } {
    const found = this.sent.find(
      (r) => r.content.type === 'template' && r.content.name === name && (!to || r.to === to),
    );
    expect(
      found,
      `template ${name} sent${to ? ` to ${to}` : ''}; sent: ${JSON.stringify(this.sentTemplates())}`,
    ).toBeDefined();
    return found!;
  }

  clear(): void {
    this.sent.length = 0;
  }
}
