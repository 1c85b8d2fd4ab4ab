import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMS_EMULATOR_DEFAULTS, startEmulator, type RunningEmulator } from '../../../emulator/index.js';
import { AcsSmsGateway } from '../../../shared/adapters/sms-acs/acs-sms-gateway.js';
import { parseEventGridSmsEvents } from '../../../shared/adapters/sms-acs/event-grid-sms.js';
import { SmsSendError } from '../../../shared/ports/sms-gateway.js';

// The ACS SMS adapter against the emulator's ACS endpoint over real HTTP, and the emulator's Event Grid
// events to an SMS events receiver.

const FROM = SMS_EMULATOR_DEFAULTS.number;
const TO = '+15550100004';
const noWait = async () => undefined;

let emulator: RunningEmulator;
let receiver: Server;
let receiverUrl: string;
let received: { url: string; body: unknown }[] = [];
/** Every POST the receiver got; the very first one is answered 500, to see the emulator retry. */
let posts = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(posts++ === 0 ? 500 : 200);
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/sms/events?key=${SMS_EMULATOR_DEFAULTS.eventsKey}`;
  emulator = await startEmulator({ smsEventsUrl: receiverUrl, webhookRetryDelaysMs: [20] });
});

afterAll(async () => {
  await emulator?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
  received = [];
});

const gateway = (accessKey: string = SMS_EMULATOR_DEFAULTS.accessKey) =>
  new AcsSmsGateway({ endpoint: emulator.url, accessKey, sleep: noWait });

const drain = () => emulator.sms.drain(5_000);

describe('AcsSmsGateway against the emulator', () => {
  it('sends a signed SMS; the emulator reports its delivery as an Event Grid event (retried after a 500)', async () => {
    const { messageId } = await gateway().send({
      from: FROM,
      to: TO,
      body: 'Your card is ready',
      correlationId: 'msg-1',
    });
    expect(messageId).toMatch(/^Outgoing_/);
    const user = emulator.sms.state().users.find((u) => u.number === TO)!;
    expect(user.chat).toMatchObject([
      { direction: 'outbound', text: 'Your card is ready', messageId, tag: 'msg-1' },
    ]);
    expect(await drain()).toBe(true);
    expect(received.length).toBe(2);
    expect(received[1]!.url).toContain(`key=${SMS_EMULATOR_DEFAULTS.eventsKey}`);
    expect(received[0]!.body).toEqual(received[1]!.body);
    expect(parseEventGridSmsEvents(received[1]!.body)).toMatchObject({
      kind: 'events',
      deliveryReports: [{ messageId, from: FROM, to: TO, deliveryStatus: 'Delivered', tag: 'msg-1' }],
    });
  });

  it('a retried send with the same correlation id is not sent twice', async () => {
    const firstAttemptAt = new Date();
    const first = await gateway().send({
      from: FROM,
      to: TO,
      body: 'once',
      correlationId: 'msg-2',
      firstAttemptAt,
    });
    const again = await gateway().send({
      from: FROM,
      to: TO,
      body: 'once',
      correlationId: 'msg-2',
      firstAttemptAt,
    });
    expect(again.messageId).toBe(first.messageId);
    expect(emulator.sms.state().sends).toMatchObject({ accepted: 1, repeated: 1 });
    expect(emulator.sms.state().users.find((u) => u.number === TO)!.chat).toHaveLength(1);
  });

  it('an unreachable phone gets a Failed report', async () => {
    emulator.sms.updateUser(TO, { reachable: false });
    const { messageId } = await gateway().send({ from: FROM, to: TO, body: 'lost', correlationId: 'msg-3' });
    await drain();
    const reports = received.flatMap((r) => {
      const parsed = parseEventGridSmsEvents(r.body);
      return parsed.kind === 'events' ? parsed.deliveryReports : [];
    });
    expect(reports.at(-1)).toMatchObject({ messageId, deliveryStatus: 'Failed' });
  });

  it('a wrong access key is refused with 401, not retried', async () => {
    const wrong = Buffer.from('not the key').toString('base64');
    const error = await gateway(wrong)
      .send({ from: FROM, to: TO, body: 'x', correlationId: 'msg-4' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsSendError);
    expect(error).toMatchObject({ code: 'Denied', retryable: false });
    expect(emulator.sms.state().sends).toMatchObject({ accepted: 0, rejected: 1 });
  });

  it('a from number the resource does not own is refused', async () => {
    await expect(
      gateway().send({ from: '+18005550000', to: TO, body: 'x', correlationId: 'msg-5' }),
    ).rejects.toMatchObject({ code: 'BadRequest', retryable: false });
  });

  it('an SMS from a phone (control API) is posted as SMSReceived', async () => {
    const res = await fetch(`${emulator.url}/_emulator/sms/${encodeURIComponent(TO)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'STOP' }),
    });
    expect(res.status).toBe(201);
    const { messageId } = (await res.json()) as { messageId: string };
    await drain();
    const inbound = received.flatMap((r) => {
      const parsed = parseEventGridSmsEvents(r.body);
      return parsed.kind === 'events' ? parsed.inbound : [];
    });
    expect(inbound).toMatchObject([{ messageId, from: TO, to: FROM, body: 'STOP' }]);
    expect((await (await fetch(`${emulator.url}/_emulator/sms`)).json()) as object).toMatchObject({
      number: FROM,
      users: expect.arrayContaining([expect.objectContaining({ number: TO })]) as unknown,
    });
  });
});

describe('AcsSmsGateway retries', () => {
  let flaky: Server;
  let answers: number[];
  let hits = 0;
  let flakyUrl: string;

  beforeAll(async () => {
    flaky = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const status = answers[hits++] ?? 202;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          status === 202
            ? JSON.stringify({
                value: [{ to: TO, messageId: 'Outgoing_ok', httpStatusCode: 202, successful: true }],
              })
            : JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'try later' } }),
        );
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    flakyUrl = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => flaky.close(resolve)));

  beforeEach(() => {
    hits = 0;
  });

  const flakyGateway = () =>
    new AcsSmsGateway({ endpoint: flakyUrl, accessKey: SMS_EMULATOR_DEFAULTS.accessKey, sleep: noWait });

  it('retries a 5xx and succeeds', async () => {
    answers = [503, 500];
    await expect(flakyGateway().send({ from: FROM, to: TO, body: 'x', correlationId: 'c' })).resolves.toEqual(
      {
        messageId: 'Outgoing_ok',
      },
    );
    expect(hits).toBe(3);
  });

  it('gives up after its immediate retries with a retryable error', async () => {
    answers = [503, 503, 503];
    await expect(
      flakyGateway().send({ from: FROM, to: TO, body: 'x', correlationId: 'c' }),
    ).rejects.toMatchObject({ code: 'ServiceUnavailable', retryable: true });
    expect(hits).toBe(3);
  });

  it('a 400 is not retried', async () => {
    answers = [400];
    await expect(
      flakyGateway().send({ from: FROM, to: TO, body: 'x', correlationId: 'c' }),
    ).rejects.toMatchObject({ retryable: false });
    expect(hits).toBe(1);
  });

  it('an unreachable endpoint is a retryable network error', async () => {
    const gone = new AcsSmsGateway({
      endpoint: 'http://127.0.0.1:1',
      accessKey: SMS_EMULATOR_DEFAULTS.accessKey,
      sleep: noWait,
      immediateRetries: 0,
    });
    await expect(gone.send({ from: FROM, to: TO, body: 'x', correlationId: 'c' })).rejects.toMatchObject({
      code: 'network',
      retryable: true,
    });
  });
});
