import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { ApiRoute } from '../../../shared/contract/routes.js';
import { DrizzleOrgAdministration } from '../../../shared/adapters/store/admin/drizzle-org-administration.js';
import { DrizzleContactDirectory } from '../../../shared/adapters/store/contacts/drizzle-contact-directory.js';
import { DrizzleContactImport } from '../../../shared/adapters/store/contacts/drizzle-contact-import.js';
import type { Database } from '../../../shared/adapters/store/database.js';
import { DrizzleMediaUploads } from '../../../shared/adapters/store/media-uploads/drizzle-media-uploads.js';
import { DrizzleThreadReads } from '../../../shared/adapters/store/reads/drizzle-thread-reads.js';
import { DrizzleReadMarkers } from '../../../shared/adapters/store/reads/drizzle-read-markers.js';
import { DrizzleThreadSearch } from '../../../shared/adapters/store/search/drizzle-thread-search.js';
import {
  DatabaseSendLimiter,
  type SendLimit,
} from '../../../shared/adapters/store/send-limits/database-send-limiter.js';
import type { Engine } from '../../../shared/app/engine.js';
import { resolveLocale, type Locale } from '../../../shared/i18n/locales.js';
import type { Clock } from '../../../shared/ports/clock.js';
import type { ContactDirectory } from '../../../shared/ports/contact-directory.js';
import type { ContactImport } from '../../../shared/ports/contact-import.js';
import type { MediaStore } from '../../../shared/ports/media-store.js';
import type { MediaUploads } from '../../../shared/ports/media-uploads.js';
import type { OrgAdministration } from '../../../shared/ports/org-administration.js';
import { unlimitedSends, type SendLimiter } from '../../../shared/ports/send-limiter.js';
import type { ReadMarkers } from '../../../shared/ports/read-markers.js';
import type { ThreadReads } from '../../../shared/ports/thread-reads.js';
import type { ThreadSearch } from '../../../shared/ports/thread-search.js';
import { readRawBody } from '../webhooks/read-raw-body.js';
import type { Authenticate, Caller } from './caller.js';
import { apiError, invalidInput, toApiError } from './error-mapping.js';

/** Largest JSON body the API reads. */
export const JSON_BODY_LIMIT = 64 * 1024;

/** What the routes work with, once the database is open and the engine composed. */
export interface ApiServices {
  readonly engine: Engine;
  readonly mediaStore: MediaStore;
  readonly reads: ThreadReads;
  readonly contacts: ContactDirectory;
  readonly uploads: MediaUploads;
  /** Each user's read markers, and the unread counts they give. */
  readonly readMarkers: ReadMarkers;
  /** Full-text search over messages and contacts. */
  readonly search: ThreadSearch;
  /** Each user's send allowance (unlimited when no limit is configured). */
  readonly sendLimiter: SendLimiter;
  /** The organization's settings and licences, for its admins. */
  readonly orgAdmin: OrgAdministration;
  /** Contacts brought in from Outlook, one per number. */
  readonly contactImport: ContactImport;
}

/** Where the routes get their services from, and how they tell who is calling. */
export interface ApiRuntime {
  readonly authenticate: Authenticate;
  /** Undefined while the app is starting (the routes answer 503). */
  services(): ApiServices | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Services over the store for an engine and database; cached per database. No send limit when unset. */
export function storeServices(
  sendLimit?: SendLimit,
): (engine: Engine, mediaStore: MediaStore, database: Database) => ApiServices {
  const byDatabase = new WeakMap<Database, Omit<ApiServices, 'engine' | 'mediaStore'>>();
  return (engine, mediaStore, database) => {
    let stores = byDatabase.get(database);
    if (!stores) {
      stores = {
        reads: new DrizzleThreadReads(database),
        contacts: new DrizzleContactDirectory(database),
        uploads: new DrizzleMediaUploads(database),
        readMarkers: new DrizzleReadMarkers(database),
        search: new DrizzleThreadSearch(database),
        sendLimiter: sendLimit ? new DatabaseSendLimiter(database, sendLimit) : unlimitedSends,
        orgAdmin: new DrizzleOrgAdministration(database),
        contactImport: new DrizzleContactImport(database),
      };
      byDatabase.set(database, stores);
    }
    return { engine, mediaStore, ...stores };
  };
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<R extends ApiRoute> {
  readonly caller: Caller;
  readonly locale: Locale;
  readonly params: Parsed<R['params']>;
  readonly query: Parsed<R['query']>;
  readonly body: R['multipart'] extends true ? undefined : Parsed<R['body']>;
  readonly services: ApiServices;
  readonly req: Request;
  readonly res: Response;
  /** Answer with another success status than the route's (e.g. 200 for an idempotent replay). */
  status(code: number): void;
}

/** What a handler answers: the JSON body, or nothing when it wrote the answer itself (files, 204). */
export type RouteResult<R extends ApiRoute> = R['response'] extends z.ZodType
  ? z.input<R['response']>
  : undefined;

const restifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

async function readJson(req: Request, locale: Locale): Promise<unknown> {
  const raw = await readRawBody(req, JSON_BODY_LIMIT);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw apiError(400, 'bad_request', locale);
  }
}

/**
 * Mounts one operation of the contract: authenticates, validates path, query and body with the contract's
 * schemas (a malformed id is simply not found), runs the handler, checks the answer against the contract
 * and maps every error to `{error:{code,message}}` in the caller's language.
 */
export function mount<R extends ApiRoute>(
  server: Server,
  runtime: ApiRuntime,
  route: R,
  handler: (input: RouteInput<R>) => Promise<RouteResult<R>>,
): void {
  const method = route.method === 'delete' ? 'del' : route.method;
  server[method](restifyPath(route.path), async (req: Request, res: Response) => {
    let locale = resolveLocale(req.header('accept-language'));
    try {
      const caller = await runtime.authenticate(req, res);
      locale = caller.locale;
      const services = runtime.services();
      if (!services) throw apiError(503, 'starting', locale);
      const params = route.params ? route.params.safeParse(req.params ?? {}) : undefined;
      if (params && !params.success) throw apiError(404, 'not_found', locale);
      let query: unknown;
      if (route.query) {
        const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
        const parsed = route.query.safeParse(Object.fromEntries(search));
        if (!parsed.success) throw invalidInput(parsed.error, locale, 'query');
        query = parsed.data;
      }
      let body: unknown;
      if (route.body && !route.multipart) {
        const parsed = route.body.safeParse(await readJson(req, locale));
        if (!parsed.success) throw invalidInput(parsed.error, locale, 'body');
        body = parsed.data;
      }
      let status = route.status;
      const result = await handler({
        caller,
        locale,
        params: params?.data as Parsed<R['params']>,
        query: query as Parsed<R['query']>,
        body: body as RouteInput<R>['body'],
        services,
        req,
        res,
        status: (code) => (status = code),
      });
      if (route.response) {
        res.header('Cache-Control', 'no-store');
        res.send(status, route.response.parse(result));
      } else if (!res.headersSent) {
        res.send(status);
      }
    } catch (error) {
      const mapped = toApiError(error, locale);
      if (mapped.statusCode >= 500 && mapped.statusCode !== 503)
        runtime.logger.error({ err: error, path: route.path }, 'API request failed');
      throw mapped;
    }
  });
}
