import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RunningApp } from '../bot/app.js';
import { WHATSAPP_WEBHOOK_PATH } from '../bot/http/whatsapp/whatsapp-webhook-routes.js';
import { openDatabase, type Database } from '../shared/adapters/store/database.js';
import { inboundTextWebhook } from '../tests/builders/webhook-builder.js';
import { FakeEntra } from '../tests/integration/identity/fake-entra.js';
import { createEmptyPostgresDatabase } from '../tests/support/database.js';
import {
  LIVE_APP_SECRET,
  LIVE_PHONE_NUMBER_ID,
  liveToken,
  seedLiveConversations,
  startLiveApp,
} from '../tests/support/live-events-app.js';
import { metaJson, signatureOf } from '../tests/support/signed-webhook.js';

export interface EventsSseOptions {
  /** Connected event streams, one user each, each in one conversation. Default 500. */
  readonly streams?: number;
  /** Measured webhooks. Default 2,000. */
  readonly events?: number;
  /** Webhooks before the measured ones. Default 200. */
  readonly warmup?: number;
  /** Webhooks per second, sent at a steady pace. Default 50. */
  readonly perSecond?: number;
}

export interface EventsSseResult {
  readonly streams: number;
  readonly connectSeconds: number;
  readonly events: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /**
   * From the start of the transaction that wrote the event (its `at`) to its arrival: the stream's own share
   * (commit, NOTIFY, the hub's read, the write), without the webhook's job waiting to be run.
   */
  readonly fromTransactionP50Ms: number;
  readonly fromTransactionP95Ms: number;
  /** Webhook answers other than 200. */
  readonly postErrors: number;
  /** Measured webhooks whose event never reached its stream (10 s after the last one). */
  readonly lost: number;
  /** Events a stream received that were not for it (must be 0). */
  readonly misdelivered: number;
  /** Streams that ended during the run (must be 0). */
  readonly dropped: number;
}

/**
 * The client side runs in a worker thread, so that it does not share the server's event loop: it opens every
 * stream (plain node:http, parsing SSE itself), then POSTs the signed webhooks at a steady pace, each from the
 * contact of the next conversation in turn, and times each from the POST to the arrival of the message.created
 * event on the stream of that conversation's one participant. Plain JavaScript, evaluated, so the worker needs
 * no TypeScript loader.
 */
const CLIENT = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { baseUrl, webhookPath, streams, bodies, signatures, targets, warmup, perSecond } = workerData;
const base = new URL(baseUrl);
const streamAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const postAgent = new http.Agent({ keepAlive: true, maxSockets: 32 });
const sentAt = new Map();
const latencies = [];
const fromTransaction = [];
let misdelivered = 0, dropped = 0, postErrors = 0, closing = false, connected = 0;
const requests = [];

function openStream(stream, onOpen) {
  const req = http.get({ agent: streamAgent, host: base.hostname, port: base.port, path: '/api/v1/events',
    headers: { authorization: 'Bearer ' + stream.token, accept: 'text/event-stream' } }, (res) => {
    if (res.statusCode !== 200) throw new Error('stream answered ' + res.statusCode);
    res.setEncoding('utf8');
    let buffer = '';
    onOpen();
    res.on('data', (chunk) => {
      const now = performance.now();
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\\n\\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split('\\n').find((line) => line.startsWith('data: '));
        if (!data || !frame.includes('event: message.created')) continue;
        const event = JSON.parse(data.slice(6));
        if (event.threadId !== stream.threadId) { misdelivered++; continue; }
        const at = sentAt.get(event.threadId);
        if (at === undefined) continue;
        sentAt.delete(event.threadId);
        if (!at.measured) continue;
        latencies.push(now - at.time);
        fromTransaction.push(Date.now() - Date.parse(event.at));
      }
    });
    res.on('close', () => { if (!closing) dropped++; });
  });
  req.on('error', () => { if (!closing) dropped++; });
  requests.push(req);
}

function post(i) {
  return new Promise((resolve) => {
    sentAt.set(targets[i], { time: performance.now(), measured: i >= warmup });
    const req = http.request({ agent: postAgent, host: base.hostname, port: base.port, path: webhookPath,
      method: 'POST', headers: { 'content-type': 'application/json',
        'content-length': Buffer.byteLength(bodies[i]), 'x-hub-signature-256': signatures[i] } }, (res) => {
      if (res.statusCode !== 200) postErrors++;
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', () => { postErrors++; resolve(); });
    req.end(bodies[i]);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const connectStarted = performance.now();
  await new Promise((resolve) => {
    for (const stream of streams) openStream(stream, () => { if (++connected === streams.length) resolve(); });
  });
  const connectMs = performance.now() - connectStarted;
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < bodies.length; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(post(i));
  }
  await Promise.all(pending);
  const deadline = performance.now() + 10000;
  while (sentAt.size > 0 && performance.now() < deadline) await sleep(20);
  const lost = [...sentAt.values()].filter((s) => s.measured).length;
  closing = true;
  for (const req of requests) req.destroy();
  streamAgent.destroy();
  postAgent.destroy();
  parentPort.postMessage({ connectMs, latencies, fromTransaction, lost, misdelivered, dropped, postErrors });
}
main().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

interface ClientResult {
  readonly connectMs: number;
  readonly latencies: number[];
  readonly fromTransaction: number[];
  readonly lost: number;
  readonly misdelivered: number;
  readonly dropped: number;
  readonly postErrors: number;
  readonly error?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Webhook-to-SSE latency through the real app on PostgreSQL, with `streams` event streams connected. */
export async function benchEventsSse(
  serverUrl: string,
  options: EventsSseOptions = {},
): Promise<EventsSseResult> {
  const streamCount = options.streams ?? 500;
  const events = options.events ?? 2_000;
  const warmup = options.warmup ?? 200;
  const perSecond = options.perSecond ?? 50;
  const entra = await new FakeEntra().start();
  const empty = await createEmptyPostgresDatabase(serverUrl);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'mlm-bench-sse-'));
  let app: RunningApp | undefined;
  let seeding: Database | undefined;
  try {
    app = await startLiveApp({ databaseUrl: empty.url, dataDir, entra });
    seeding = await openDatabase({ databaseUrl: empty.url, poolSize: 2 });
    const conversations = await seedLiveConversations(seeding, streamCount);
    const streams = await Promise.all(
      conversations.map(async (c) => ({ token: await liveToken(entra, c.userId), threadId: c.threadId })),
    );
    const bodies: string[] = [];
    const signatures: string[] = [];
    const targets: string[] = [];
    for (let i = 0; i < warmup + events; i++) {
      // In turn, so that a conversation has one message in flight at a time.
      const conversation = conversations[i % conversations.length]!;
      const raw = metaJson(
        inboundTextWebhook(
          { phoneNumberId: LIVE_PHONE_NUMBER_ID },
          { from: conversation.waId, wamid: `wamid.bench.sse.${i}`, body: `Live ${i}`, at: new Date() },
        ),
      );
      bodies.push(raw);
      signatures.push(signatureOf(raw, LIVE_APP_SECRET));
      targets.push(conversation.threadId);
    }
    const result = await new Promise<ClientResult>((resolve, reject) => {
      const worker = new Worker(CLIENT, {
        eval: true,
        workerData: {
          baseUrl: app!.url,
          webhookPath: WHATSAPP_WEBHOOK_PATH,
          streams,
          bodies,
          signatures,
          targets,
          warmup,
          perSecond,
        },
      });
      worker.once('error', reject);
      worker.once('message', (message: ClientResult) => {
        void worker.terminate();
        if (message.error) reject(new Error(message.error));
        else resolve(message);
      });
    });
    const sorted = [...result.latencies].sort((a, b) => a - b);
    const stream = [...result.fromTransaction].sort((a, b) => a - b);
    return {
      streams: streamCount,
      connectSeconds: result.connectMs / 1000,
      events,
      perSecond,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      p99Ms: percentile(sorted, 0.99),
      maxMs: sorted.at(-1) ?? 0,
      fromTransactionP50Ms: percentile(stream, 0.5),
      fromTransactionP95Ms: percentile(stream, 0.95),
      postErrors: result.postErrors,
      lost: result.lost,
      misdelivered: result.misdelivered,
      dropped: result.dropped,
    };
  } finally {
    await seeding?.close().catch(() => undefined);
    await app?.stop().catch((error: unknown) => console.warn('events-sse: app did not stop cleanly', error));
    await empty.drop();
    await entra.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
