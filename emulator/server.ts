import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  authErrorBody,
  errorBody,
  GraphError,
  invalidParameter,
  type GraphAnswer,
  type GraphErrorSpec,
} from './graph-error.js';
import { phonePage } from './phone-page.js';
import { SHIPPED_TEMPLATES } from './templates.js';
import { DEFAULT_SMS_USERS, SMS_EMULATOR_DEFAULTS, SmsWorld } from './sms.js';
import type { EmulatorLogger, EmulatorOptions, RunningEmulator } from './types.js';
import {
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_USERS,
  EMULATOR_DEFAULTS,
  EmulatorControlError,
  World,
} from './world.js';

const VERSION = /^v\d+\.\d+$/;
const MAX_BODY_BYTES = 20 * 1024 * 1024;
const silent: EmulatorLogger = { info: () => undefined, warn: () => undefined };

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function fbtraceId(): string {
  return randomBytes(8).toString('base64url');
}

function sendGraphError(res: ServerResponse, spec: GraphErrorSpec): void {
  const id = fbtraceId();
  sendJson(res, spec.status, errorBody(spec, id), { 'x-fb-trace-id': id });
}

function bearerOf(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1] ?? url.searchParams.get('access_token') ?? undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  return JSON.parse(raw.toString('utf8')) as unknown;
}

/** Starts the emulator's HTTP server: Graph API subset, control API, phone page. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const logger = options.logger ?? silent;
  const accessToken = options.accessToken ?? EMULATOR_DEFAULTS.accessToken;
  const world = new World({
    accessToken,
    appSecret: options.appSecret ?? EMULATOR_DEFAULTS.appSecret,
    phoneNumberId: options.phoneNumberId ?? EMULATOR_DEFAULTS.phoneNumberId,
    displayPhoneNumber: options.displayPhoneNumber ?? EMULATOR_DEFAULTS.displayPhoneNumber,
    wabaId: options.wabaId ?? EMULATOR_DEFAULTS.wabaId,
    webhookUrl: options.webhookUrl ?? null,
    throughputPerSecond: options.throughputPerSecond ?? 80,
    webhookRetryDelaysMs:
      options.webhookRetryDelaysMs && options.webhookRetryDelaysMs.length > 0
        ? options.webhookRetryDelaysMs
        : DEFAULT_RETRY_DELAYS_MS,
    webhookMaxAttempts: options.webhookMaxAttempts ?? 20,
    webhookConcurrency: Math.max(1, options.webhookConcurrency ?? 4),
    webhookBatchSize: Math.max(1, options.webhookBatchSize ?? 1),
    chaos: { duplicateRate: 0, reorder: false, maxDelayMs: 0, ...options.chaos },
    now: options.now ?? (() => new Date()),
    seed: options.seed,
    users: options.users ?? DEFAULT_USERS,
    templates: options.templates ?? SHIPPED_TEMPLATES,
    statusDelayMs: options.statusDelayMs ?? 0,
    logger,
  });

  const smsListeners = new Set<() => void>();
  const sms = new SmsWorld({
    accessKey: options.acsAccessKey ?? SMS_EMULATOR_DEFAULTS.accessKey,
    number: options.smsNumber ?? SMS_EMULATOR_DEFAULTS.number,
    eventsUrl: options.smsEventsUrl ?? null,
    users: options.smsUsers ?? DEFAULT_SMS_USERS,
    retryDelaysMs:
      options.webhookRetryDelaysMs && options.webhookRetryDelaysMs.length > 0
        ? options.webhookRetryDelaysMs
        : DEFAULT_RETRY_DELAYS_MS,
    maxAttempts: options.webhookMaxAttempts ?? 20,
    reportDelayMs: options.statusDelayMs ?? 0,
    now: options.now ?? (() => new Date()),
    seed: options.seed,
    logger,
    onChange: () => {
      for (const listener of smsListeners) listener();
    },
  });

  let baseUrl = '';
  const streams = new Set<ServerResponse>();

  /** ACS SMS: `POST /sms?api-version=...`, signed with the access key. */
  async function acsSms(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'POST' || !url.searchParams.get('api-version')) {
      sendJson(res, 404, { error: { code: 'NotFound', message: 'Use POST /sms?api-version=2021-03-07' } });
      return;
    }
    const raw = await readBody(req);
    const answer = sms.send({
      method: 'POST',
      pathAndQuery: req.url ?? '/',
      host: req.headers.host ?? '',
      headers: req.headers,
      raw,
    });
    sendJson(res, answer.status, answer.body);
  }

  /** `/_emulator/sms...`: the SMS users and events. */
  async function smsControl(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    parts: string[],
    json: () => Promise<Record<string, unknown>>,
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const [key, sub] = parts;
    const ok = (body: unknown, status = 200) => sendJson(res, status, body);
    if (method === 'GET' && key === undefined) return ok(sms.state());
    if (method === 'POST' && key === 'users' && sub === undefined)
      return ok(sms.addUser((await json()) as never), 201);
    if (method === 'PUT' && key === 'events' && sub === undefined) {
      const body = await json();
      if (body.url !== null && typeof body.url !== 'string')
        throw new EmulatorControlError(400, 'url must be a string or null');
      sms.setEventsUrl((body.url as string | null) || null);
      return ok({ url: sms.state().eventsUrl });
    }
    if (method === 'POST' && key === 'drain' && sub === undefined) {
      await readBody(req);
      const timeoutMs = Number(url.searchParams.get('timeoutMs') ?? 10_000);
      const drained = await sms.drain(Number.isFinite(timeoutMs) ? timeoutMs : 10_000);
      return ok({ drained, ...sms.state().events }, drained ? 200 : 408);
    }
    if (method === 'PATCH' && key !== undefined && sub === undefined)
      return ok(sms.updateUser(key, (await json()) as never));
    if (method === 'POST' && key !== undefined && sub === 'messages' && parts.length === 2)
      return ok(sms.userSends(key, (await json()) as never), 201);
    throw new EmulatorControlError(404, `no control route ${method} /_emulator/sms/${parts.join('/')}`);
  }

  async function graph(req: IncomingMessage, res: ServerResponse, url: URL, parts: string[]): Promise<void> {
    const token = bearerOf(req, url);
    if (token !== accessToken) {
      const id = fbtraceId();
      sendJson(res, 401, authErrorBody(id), {
        'www-authenticate': 'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token"',
        'x-fb-trace-id': id,
      });
      return;
    }
    let answer: GraphAnswer;
    try {
      answer = await graphRoute(req, url, parts);
    } catch (error) {
      if (error instanceof GraphError) return sendGraphError(res, error.spec);
      throw error;
    }
    if (answer.body instanceof Buffer) {
      res.writeHead(answer.status, { 'content-length': answer.body.length, ...answer.headers });
      res.end(answer.body);
    } else sendJson(res, answer.status, answer.body, answer.headers);
  }

  async function graphRoute(req: IncomingMessage, url: URL, parts: string[]): Promise<GraphAnswer> {
    const method = req.method ?? 'GET';
    if (parts[0] === '_media' && parts.length === 2 && method === 'GET') {
      const media = world.download(parts[1] ?? '');
      return {
        status: 200,
        body: media.bytes,
        headers: {
          'content-type': media.mimeType,
          'content-disposition': `attachment; filename=${media.id}`,
        },
      };
    }
    const [version, id, edge, ...rest] = parts;
    const unknownPath = new GraphError({
      status: 400,
      code: 2500,
      message: `Unknown path components: /${parts.slice(1).join('/')}`,
    });
    if (!version || !VERSION.test(version) || !id || rest.length > 0) throw unknownPath;
    if (method === 'POST' && edge === 'messages') {
      if (!String(req.headers['content-type'] ?? '').includes('json'))
        throw invalidParameter('Send the message as application/json');
      let body: unknown;
      try {
        body = parseJson(await readBody(req));
      } catch (error) {
        if (error instanceof BodyTooLarge) throw invalidParameter('The request body is too large');
        throw invalidParameter('The request body is not valid JSON');
      }
      return world.messages(id, body);
    }
    if (method === 'POST' && edge === 'media') {
      const contentType = String(req.headers['content-type'] ?? '');
      if (!contentType.startsWith('multipart/form-data'))
        throw invalidParameter('Upload media as multipart/form-data (file, type, messaging_product)');
      let form: FormData;
      try {
        const raw = await readBody(req);
        form = await new Request('http://emulator.local', {
          method: 'POST',
          headers: { 'content-type': contentType },
          body: raw,
        }).formData();
      } catch (error) {
        if (error instanceof BodyTooLarge)
          throw new GraphError({
            status: 400,
            code: 131053,
            message: '(#131053) Media upload error',
            details: 'The file is too large',
          });
        throw invalidParameter('The multipart body could not be read');
      }
      return world.uploadMedia(id, form);
    }
    if (method === 'GET' && edge === 'message_templates') {
      return world.listTemplates(
        id,
        url.searchParams,
        (query) => `${baseUrl}/${version}/${id}/message_templates?${query.toString()}`,
      );
    }
    if (method === 'GET' && edge === undefined && id === world.phoneNumberId) return world.phoneNumberInfo();
    if (method === 'GET' && edge === undefined) return world.mediaInfo(id, baseUrl);
    if (method === 'DELETE' && edge === undefined) return world.deleteMedia(id);
    throw unknownPath;
  }

  async function control(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    parts: string[],
  ): Promise<void> {
    const method = req.method ?? 'GET';
    const [area, key, sub, extra] = parts;
    const json = async (): Promise<Record<string, unknown>> => {
      const raw = await readBody(req);
      try {
        const value = parseJson(raw);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new EmulatorControlError(400, 'expected a JSON object');
        return value as Record<string, unknown>;
      } catch (error) {
        if (error instanceof EmulatorControlError) throw error;
        throw new EmulatorControlError(400, 'the body is not valid JSON');
      }
    };
    const ok = (body: unknown, status = 200) => sendJson(res, status, body);
    if (area === 'sms') return smsControl(req, res, url, parts.slice(1), json);
    // Fixed routes match literally; in the others the second segment is a parameter (`:key`).
    const literal = `${method} ${parts.join('/')}`;
    const shape = [
      area,
      key === undefined ? undefined : ':key',
      sub,
      extra === undefined ? undefined : ':extra',
    ]
      .filter((p) => p !== undefined)
      .join('/');
    const FIXED = ['GET state', 'GET users', 'POST users', 'PUT webhook', 'PUT chaos', 'PUT throughput'];
    const FIXED_MORE = ['GET webhooks', 'POST webhooks/drain', 'GET stats', 'POST reset', 'GET events'];
    const route = [...FIXED, ...FIXED_MORE].includes(literal) ? literal : `${method} ${shape}`;

    switch (route) {
      case 'GET state':
        return ok(world.state());
      case 'GET users':
        return ok({ users: world.users() });
      case 'POST users':
        return ok(world.addUser((await json()) as never), 201);
      case 'PATCH users/:key':
        return ok(world.updateUser(key ?? '', (await json()) as never));
      case 'GET users/:key/chat':
        return ok({ chat: world.chat(key ?? '') });
      case 'POST users/:key/messages':
        return ok(world.userSends(key ?? '', (await json()) as never), 201);
      case 'POST users/:key/tap': {
        const body = await json();
        return ok(world.tap(key ?? '', body.wamid as string, Number(body.index)), 201);
      }
      case 'PUT webhook': {
        const body = await json();
        if (body.url !== null && typeof body.url !== 'string')
          throw new EmulatorControlError(400, 'url must be a string or null');
        world.setWebhookUrl((body.url as string | null) || null);
        return ok({ url: world.state().webhookUrl });
      }
      case 'PUT chaos':
        return ok(world.setChaos((await json()) as never));
      case 'PUT throughput': {
        const body = await json();
        world.setThroughput(body.perSecond as number);
        return ok({ perSecond: body.perSecond });
      }
      case 'GET webhooks':
        return ok(world.webhooks());
      case 'POST webhooks/drain': {
        await readBody(req);
        const timeoutMs = Number(url.searchParams.get('timeoutMs') ?? 10_000);
        const drained = await world.drain(Number.isFinite(timeoutMs) ? timeoutMs : 10_000);
        return ok({ drained, ...world.webhooks() }, drained ? 200 : 408);
      }
      case 'GET stats':
        return ok(world.stats());
      case 'POST reset':
        await readBody(req);
        world.reset();
        sms.reset();
        return ok({ reset: true });
      case 'GET events':
        return events(req, res);
      case 'GET media/:key': {
        const media = world.mediaBytes(key ?? '');
        if (!media) throw new EmulatorControlError(404, 'no such media');
        res.writeHead(200, {
          'content-type': media.mimeType,
          'content-length': media.bytes.length,
          'cache-control': 'private, max-age=3600',
        });
        res.end(media.bytes);
        return;
      }
    }
    if (
      method === 'POST' &&
      area === 'templates' &&
      key !== undefined &&
      sub !== undefined &&
      extra === undefined
    ) {
      // templates/{name}/{language}: the route switch above sees the language as a sub-path.
      return ok(world.changeTemplate(key, sub, (await json()) as never));
    }
    throw new EmulatorControlError(404, `no control route ${method} /_emulator/${parts.join('/')}`);
  }

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    let timer: NodeJS.Timeout | undefined;
    const onChange = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        res.write('event: change\ndata: {}\n\n');
      }, 100);
    };
    const unsubscribeWorld = world.subscribe(onChange);
    smsListeners.add(onChange);
    const unsubscribe = () => {
      unsubscribeWorld();
      smsListeners.delete(onChange);
    };
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    streams.add(res);
    req.on('close', () => {
      unsubscribe();
      clearInterval(keepAlive);
      if (timer) clearTimeout(timer);
      streams.delete(res);
    });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://emulator.local');
      const parts = url.pathname.split('/').filter(Boolean).map(safeDecode);
      try {
        if (parts.length === 0 && req.method === 'GET') {
          const html = phonePage();
          res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-length': Buffer.byteLength(html),
            'content-security-policy':
              "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'",
          });
          res.end(html);
        } else if (parts.length === 1 && parts[0] === 'sms') {
          await acsSms(req, res, url);
        } else if (parts[0] === '_emulator') {
          await control(req, res, url, parts.slice(1));
        } else {
          await graph(req, res, url, parts);
        }
      } catch (error) {
        if (res.headersSent) {
          res.end();
        } else if (error instanceof EmulatorControlError) {
          sendJson(res, error.status, { error: { message: error.message } });
        } else if (error instanceof BodyTooLarge) {
          sendJson(res, 413, { error: { message: 'request body too large' } });
        } else {
          logger.warn(
            { error: error instanceof Error ? error.message : String(error) },
            'emulator request failed',
          );
          sendJson(res, 500, { error: { message: 'emulator error' } });
        }
      }
    })();
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${address.port}`;
  logger.info({ url: baseUrl }, 'WhatsApp emulator listening');

  let stopping: Promise<void> | undefined;
  return {
    url: baseUrl,
    control: world,
    sms,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        world.stop();
        sms.stop();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
