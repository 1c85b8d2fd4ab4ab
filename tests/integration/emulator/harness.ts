import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  EMULATOR_DEFAULTS,
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../../emulator/index.js';
import {
  parseWebhook,
  type ParsedWebhook,
} from '../../../shared/adapters/whatsapp-cloud/webhook/parse-webhook.js';
import { verifyWebhookSignature } from '../../../shared/adapters/whatsapp-cloud/webhook/verify-signature.js';
import { FakeClock } from '../../fakes/fake-clock.js';

export const VERSION = 'v23.0';
export const ALICE = '15550100001';
export const BRUNO = '15550100002';
export const CHEN = '15550100003';

export interface ReceivedWebhook {
  readonly raw: Buffer;
  readonly signature: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
  readonly parsed: ParsedWebhook;
}

/** A webhook endpoint like the connector's: keeps every POST, answers what `answer` says (default 200). */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Every POST, also the ones answered non-2xx. */
  posts = 0;
  answer: (post: number) => number = () => 200;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then((status) => {
        res.writeHead(status);
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/whatsapp/webhook`;
    return this;
  }

  private async handle(req: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const raw = Buffer.concat(chunks);
    const status = this.answer(++this.posts);
    if (status >= 200 && status < 300) {
      const body = JSON.parse(raw.toString('utf8')) as unknown;
      const parsed = parseWebhook(body);
      if ('error' in parsed) throw new Error(parsed.error);
      const signature = req.headers['x-hub-signature-256'];
      this.received.push({
        raw,
        signature: typeof signature === 'string' ? signature : undefined,
        contentType: req.headers['content-type'],
        body,
        parsed,
      });
    }
    return status;
  }

  /** Every receipt delivered, in arrival order. */
  statuses() {
    return this.received.flatMap((r) => r.parsed.statuses);
  }

  inbound() {
    return this.received.flatMap((r) => r.parsed.inbound);
  }

  allSigned(appSecret: string = EMULATOR_DEFAULTS.appSecret): boolean {
    return this.received.every((r) => verifyWebhookSignature(r.raw, r.signature, appSecret));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface Harness {
  readonly emulator: RunningEmulator;
  readonly receiver: WebhookReceiver;
  readonly clock: FakeClock;
  /** fetch against the Graph API with the emulator's Bearer token. */
  graph(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  send(body: Record<string, unknown>): Promise<Response>;
  /** fetch against the control API. */
  control(method: string, path: string, body?: unknown): Promise<Response>;
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHarness(options: EmulatorOptions = {}): Promise<Harness> {
  const receiver = await new WebhookReceiver().start();
  const clock = new FakeClock('2026-03-02T09:00:00.000Z');
  const emulator = await startEmulator({
    webhookUrl: receiver.url,
    now: () => clock.now(),
    seed: 42,
    webhookRetryDelaysMs: [20, 40],
    ...options,
  });
  const graph = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (!headers.has('authorization'))
      headers.set('authorization', `Bearer ${EMULATOR_DEFAULTS.accessToken}`);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return fetch(`${emulator.url}${path}`, {
      ...rest,
      headers,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  };
  return {
    emulator,
    receiver,
    clock,
    graph,
    send: (body) =>
      graph(`/${VERSION}/${EMULATOR_DEFAULTS.phoneNumberId}/messages`, {
        method: 'POST',
        json: { messaging_product: 'whatsapp', recipient_type: 'individual', ...body },
      }),
    control: (method, path, body) =>
      fetch(`${emulator.url}/_emulator/${path}`, {
        method,
        ...(body !== undefined
          ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
          : {}),
      }),
    drain: async () => {
      if (!(await emulator.control.drain(5_000))) throw new Error('the emulator did not drain in 5 s');
    },
    stop: async () => {
      await emulator.stop();
      await receiver.stop();
    },
  };
}

export const text = (to: string, body: string, callback = `cb-${to}-${body.length}`) => ({
  to,
  type: 'text',
  text: { body, preview_url: false },
  biz_opaque_callback_data: callback,
});

export const template = (
  to: string,
  name: string,
  params: string[],
  payloads: string[] = [],
  language = 'en',
) => ({
  to,
  type: 'template',
  biz_opaque_callback_data: `tpl-${name}`,
  template: {
    name,
    language: { policy: 'deterministic', code: language },
    components: [
      ...(params.length > 0
        ? [{ type: 'body', parameters: params.map((p) => ({ type: 'text', text: p })) }]
        : []),
      ...payloads.map((payload, index) => ({
        type: 'button',
        sub_type: 'quick_reply',
        index: String(index),
        parameters: [{ type: 'payload', payload }],
      })),
    ],
  },
});

/** A 1x1 PNG and the smallest JPEG header the emulator sniffs. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);

export async function wamidOf(response: Response): Promise<string> {
  const body = (await response.json()) as { messages?: { id: string }[] };
  const id = body.messages?.[0]?.id;
  if (!id) throw new Error(`no wamid in ${JSON.stringify(body)}`);
  return id;
}
