import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { Request } from 'restify';
import type { Caller } from '../../../bot/http/api/caller.js';
import { registerApiRoutes, type MountedApi } from '../../../bot/http/api/register-api-routes.js';
import type { EventStreamSettings } from '../../../bot/http/events/live-event-streams.js';
import { HttpError } from '../../../bot/http/errors.js';
import type { SendLimit } from '../../../shared/adapters/store/send-limits/database-send-limiter.js';
import type { OutlookContacts } from '../../../shared/ports/outlook-contacts.js';
import { createHttpServer, type HttpServer } from '../../../bot/http/server.js';
import { expect } from 'vitest';
import { ApiError, ConnectorClient } from '../../../shared/client/connector-client.js';
import type { Contact } from '../../../shared/contract/contacts.js';
import { resolveLocale } from '../../../shared/i18n/locales.js';
import { seedTenant } from '../../builders/tenant-seed.js';
import { startEngineHarness, type EngineHarness } from '../../support/engine-harness.js';

export const TENANT_A = 'tenant-contoso';
export const TENANT_B = 'tenant-fabrikam';
export const PHONE_A = '106540352242922';
export const PHONE_B = '206540352242933';

export const ALICE = 'user-alice';
export const BOB = 'user-bob';
export const CAROL = 'user-carol';
/** Compliance reviewer of tenant A. */
export const CORA = 'user-cora';
/** Admin of tenant A: no special access to threads. */
export const ADAM = 'user-adam';
/** Tenant B's user; tenant B also has a user with Alice's id, to prove ids alone grant nothing. */
export const BETTY = 'user-betty';

export const DANA = { id: randomUUID(), displayName: 'Dana Client', phoneE164: '+14155550123' };
export const ERIK = { id: randomUUID(), displayName: 'Erik Prospect', phoneE164: '+4915112345678' };
export const FRED = { id: randomUUID(), displayName: 'Fred Fabrikam', phoneE164: '+14155550199' };

export interface As {
  readonly roles?: readonly string[];
  readonly locale?: string;
  readonly licensed?: boolean;
}

/**
 * A fake authenticator at the boundary: `Authorization: Bearer test:<tenant>:<user>[:<role,role>][:unlicensed]`
 * stands for a validated Entra token of that user. Anything else is a 401, like the real one.
 */
export async function fakeBearerAuthenticate(req: Request): Promise<Caller> {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer test:([^:]+):([^:]+)(?::([^:]*))?(?::(unlicensed))?$/.exec(header);
  if (!match) throw new HttpError(401, 'unauthorized', 'Not signed in.');
  const [, tenantId = '', userId = '', roles = '', unlicensed] = match;
  return {
    tenantId,
    userId,
    displayName: userId,
    roles: roles ? roles.split(',') : [],
    licensed: unlicensed === undefined,
    locale: resolveLocale(req.header('accept-language')),
  };
}

/** The API over real HTTP on the real engine and database, with fakes at WhatsApp and at authentication. */
export class ApiHarness {
  private constructor(
    readonly h: EngineHarness,
    readonly http: HttpServer,
    readonly url: string,
    /** Every log line the API wrote, parsed (audit lines among them). */
    readonly logLines: Record<string, unknown>[],
    private readonly mounted: MountedApi,
  ) {}

  /** `events` shortens the event stream's heartbeat and poll for tests. */
  static async start(
    options: {
      sendLimit?: SendLimit;
      events?: Partial<EventStreamSettings>;
      outlook?: OutlookContacts;
    } = {},
  ): Promise<ApiHarness> {
    const h = await startEngineHarness();
    await seedTenant(h.database, {
      tenantId: TENANT_A,
      phoneNumberId: PHONE_A,
      users: [
        { id: ALICE, displayName: 'Alice Martin' },
        { id: BOB, displayName: 'Bob Chen' },
        { id: CAROL, displayName: 'Carol Diaz' },
        { id: CORA, displayName: 'Cora Compliance', roles: ['Compliance'] },
        { id: ADAM, displayName: 'Adam Admin', roles: ['Admin'] },
      ],
      contacts: [DANA, ERIK],
    });
    await seedTenant(h.database, {
      tenantId: TENANT_B,
      phoneNumberId: PHONE_B,
      users: [
        { id: BETTY, displayName: 'Betty Fabrikam' },
        { id: ALICE, displayName: 'Alice of Fabrikam' },
      ],
      contacts: [FRED],
    });
    const logLines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const http = createHttpServer({ logger, readiness: { check: async () => ({ ready: true }) } });
    const mounted = registerApiRoutes(http.restify, {
      authenticate: fakeBearerAuthenticate,
      connector: () => ({ engine: h.engine, mediaStore: h.mediaStore }),
      database: () => h.database,
      logger,
      clock: h.clock,
      ...(options.sendLimit ? { sendLimit: options.sendLimit } : {}),
      ...(options.events ? { events: options.events } : {}),
      ...(options.outlook ? { outlook: options.outlook } : {}),
    });
    const url = await http.listen(0, '127.0.0.1');
    return new ApiHarness(h, http, url, logLines, mounted);
  }

  /** A typed client signed in as this user of this tenant. */
  as(tenantId: string, userId: string, options: As = {}): ConnectorClient {
    const roles = options.roles?.join(',') ?? '';
    const token = `test:${tenantId}:${userId}${options.licensed === false ? `:${roles}:unlicensed` : roles ? `:${roles}` : ''}`;
    return new ConnectorClient({
      baseUrl: this.url,
      token: () => token,
      ...(options.locale ? { locale: options.locale } : {}),
    });
  }

  /** Raw fetch as a user, for what the typed client cannot send (bad JSON, other content types). */
  fetchAs(
    tenantId: string,
    userId: string,
    path: string,
    init: RequestInit & { locale?: string } = {},
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer test:${tenantId}:${userId}`);
    if (init.locale) headers.set('Accept-Language', init.locale);
    return fetch(new URL(path, this.url), { ...init, headers });
  }

  /** The contact writes to tenant A's number (opens the window, or answers the opt-in with a button). */
  contactSends(
    waId: string,
    content: { type: 'text'; body: string } | { type: 'button'; payload: string; text: string },
    phoneNumberId = PHONE_A,
  ) {
    return this.h.engine.handleInboundMessage.execute({
      phoneNumberId,
      wamid: `wamid.in.${randomUUID()}`,
      fromWaId: waId,
      fromUserId: null,
      profileName: 'Client',
      timestamp: this.h.clock.now(),
      content,
      contextWamid: null,
    });
  }

  /** Alice opens a thread with Dana, asks for consent, and Dana says yes: the window is open. */
  async consentedThread(
    client: ConnectorClient,
    contact: { readonly id: string; readonly phoneE164: string } = DANA,
  ): Promise<string> {
    const { threadId } = await client.startThread(contact.id);
    await client.requestOptIn(threadId);
    await this.h.runDueJobs();
    await this.contactSends(contact.phoneE164.slice(1), {
      type: 'button',
      payload: 'OPT_IN_YES',
      text: 'Yes',
    });
    await this.h.runDueJobs();
    return threadId;
  }

  async stop(): Promise<void> {
    await this.mounted.close();
    await this.http.close();
    await this.h.dispose();
  }
}

/** The ApiError a call failed with, checked for its status and code. */
export async function failure(promise: Promise<unknown>, status: number, code: string): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${status} ${code}`).toBeInstanceOf(ApiError);
  const apiError = error as ApiError;
  expect({ status: apiError.status, code: apiError.code }).toEqual({ status, code });
  return apiError;
}

let phoneCounter = 0;

/** The contact as the harness reaches them: by their number. */
export function byPhone(contact: Contact): { id: string; phoneE164: string } {
  if (!contact.phoneE164) throw new Error('a contact without a number');
  return { id: contact.id, phoneE164: contact.phoneE164 };
}

/** A new contact of the client's tenant, with a number no other test uses. */
export async function newContact(client: ConnectorClient, displayName = 'Test Contact'): Promise<Contact> {
  phoneCounter += 1;
  const suffix = String(Date.now() % 1_000_000).padStart(6, '0') + String(phoneCounter).padStart(3, '0');
  return client.createContact({ displayName, phone: `+3361${suffix}` });
}
