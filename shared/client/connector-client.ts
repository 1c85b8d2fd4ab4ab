import type { z } from 'zod';
import type {
  AdminTemplateList,
  OrgSettings,
  OrgUser,
  OrgUserList,
  TemplateSyncQueued,
  UpdateOrgSettingsRequest,
} from '../contract/admin.js';
import type {
  Contact,
  ContactList,
  CreateContactRequest,
  ListContactsQuery,
  UpdateContactRequest,
} from '../contract/contacts.js';
import type { UploadedMedia } from '../contract/media.js';
import type { ImportContactsResult, OutlookContactList, OutlookContactsQuery } from '../contract/outlook.js';
import type {
  ListMessagesQuery,
  MessageInfo,
  MessagePage,
  SendMessageRequest,
  SentMessage,
} from '../contract/messages.js';
import type { ReadState } from '../contract/read-markers.js';
import { API_ROUTES, type ApiRoute } from '../contract/routes.js';
import type { SearchQuery, SearchResults } from '../contract/search.js';
import type { StartedSmsThread, StartSmsThreadRequest } from '../contract/sms.js';
import { EventStreamReader, type EventStreamHandlers, type EventStreamOptions } from './event-stream.js';
import type { TemplateList } from '../contract/templates.js';
import type { RestartedThread, StartedThread, ThreadDetail, ThreadList } from '../contract/threads.js';
import type { DirectoryQuery, DirectoryUserList } from '../contract/users.js';

/** An error answer of the API: its status and the `{error:{code,message,params?}}` body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Headers,
    /** The values the message was built from (e.g. reminder_too_early's `availableAt`), to word it locally. */
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}

/** The string and number values of an error body's `params`; anything else is dropped. */
function errorParams(raw: unknown): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return params;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>))
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  return params;
}

export interface ConnectorClientOptions {
  /** Where the connector is, e.g. https://contoso.example (no trailing /api). */
  readonly baseUrl: string;
  /** The access token for each request (Teams SSO in the tab). */
  readonly token: () => string | Promise<string>;
  /** Sent as Accept-Language: errors and notices come back in it. */
  readonly locale?: string;
  readonly fetch?: typeof fetch;
}

type Query = Readonly<Record<string, string | number | undefined>>;

/** A typed client over the `/api/v1` contract. Every answer is checked against its schema. */
export class ConnectorClient {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ConnectorClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  // Threads
  listThreads(): Promise<ThreadList> {
    return this.json(API_ROUTES.listThreads, {});
  }
  startThread(contactId: string): Promise<StartedThread> {
    return this.json(API_ROUTES.startThread, { body: { contactId } });
  }
  getThread(threadId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.getThread, { params: { id: threadId } });
  }
  requestOptIn(threadId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.requestOptIn, { params: { id: threadId } });
  }
  sendOptInReminder(threadId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.sendOptInReminder, { params: { id: threadId } });
  }
  contactThreads(contactId: string): Promise<ThreadList> {
    return this.json(API_ROUTES.contactThreads, { params: { id: contactId } });
  }

  // Messages
  listMessages(threadId: string, query: ListMessagesQuery = {}): Promise<MessagePage> {
    return this.json(API_ROUTES.listMessages, { params: { id: threadId }, query });
  }
  sendMessage(threadId: string, request: SendMessageRequest): Promise<SentMessage> {
    return this.json(API_ROUTES.sendMessage, { params: { id: threadId }, body: request });
  }
  getMessage(messageId: string): Promise<MessageInfo> {
    return this.json(API_ROUTES.getMessage, { params: { id: messageId } });
  }

  // Participants
  addParticipant(threadId: string, userId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.addParticipant, { params: { id: threadId }, body: { userId } });
  }
  searchDirectory(query: DirectoryQuery = {}): Promise<DirectoryUserList> {
    return this.json(API_ROUTES.searchDirectory, { query });
  }
  removeParticipant(threadId: string, userId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.removeParticipant, { params: { id: threadId, userId } });
  }
  leaveThread(threadId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.leaveThread, { params: { id: threadId } });
  }
  transferThread(threadId: string, toUserId: string): Promise<ThreadDetail> {
    return this.json(API_ROUTES.transferThread, { params: { id: threadId }, body: { toUserId } });
  }
  restartThread(threadId: string): Promise<RestartedThread> {
    return this.json(API_ROUTES.restartThread, { params: { id: threadId } });
  }

  // Contacts
  listContacts(query: ListContactsQuery = {}): Promise<ContactList> {
    return this.json(API_ROUTES.listContacts, { query });
  }
  createContact(request: CreateContactRequest): Promise<Contact> {
    return this.json(API_ROUTES.createContact, { body: request });
  }
  getContact(contactId: string): Promise<Contact> {
    return this.json(API_ROUTES.getContact, { params: { id: contactId } });
  }
  updateContact(contactId: string, request: UpdateContactRequest): Promise<Contact> {
    return this.json(API_ROUTES.updateContact, { params: { id: contactId }, body: request });
  }
  async deleteContact(contactId: string): Promise<void> {
    await this.call(API_ROUTES.deleteContact, { params: { id: contactId } });
  }

  // Outlook contacts (Microsoft Graph on the caller's behalf)
  searchOutlookContacts(query: OutlookContactsQuery = {}): Promise<OutlookContactList> {
    return this.json(API_ROUTES.searchOutlookContacts, { query });
  }
  importOutlookContacts(outlookIds: readonly string[]): Promise<ImportContactsResult> {
    return this.json(API_ROUTES.importOutlookContacts, { body: { outlookIds } });
  }

  // Organization admin (users with the Admin role; others get 403 forbidden)
  getOrgSettings(): Promise<OrgSettings> {
    return this.json(API_ROUTES.getOrgSettings, {});
  }
  updateOrgSettings(request: UpdateOrgSettingsRequest): Promise<OrgSettings> {
    return this.json(API_ROUTES.updateOrgSettings, { body: request });
  }
  listOrgUsers(): Promise<OrgUserList> {
    return this.json(API_ROUTES.listOrgUsers, {});
  }
  grantLicence(userId: string): Promise<OrgUser> {
    return this.json(API_ROUTES.grantLicence, { params: { id: userId } });
  }
  revokeLicence(userId: string): Promise<OrgUser> {
    return this.json(API_ROUTES.revokeLicence, { params: { id: userId } });
  }
  listAdminTemplates(): Promise<AdminTemplateList> {
    return this.json(API_ROUTES.listAdminTemplates, {});
  }
  syncTemplates(): Promise<TemplateSyncQueued> {
    return this.json(API_ROUTES.syncTemplates, {});
  }

  // Read markers, SMS and search
  /** Marks the thread read up to this message (never back); answers the unread count left. */
  markThreadRead(threadId: string, upToMessageId: string): Promise<ReadState> {
    return this.json(API_ROUTES.markThreadRead, { params: { id: threadId }, body: { upToMessageId } });
  }
  /** Opens (or returns) an SMS thread with a contact, or from a WhatsApp thread; send on it with sendMessage. */
  startSmsThread(request: StartSmsThreadRequest): Promise<StartedSmsThread> {
    return this.json(API_ROUTES.startSmsThread, { body: request });
  }
  searchThreads(query: SearchQuery): Promise<SearchResults> {
    return this.json(API_ROUTES.searchThreads, { query });
  }

  // Templates and media
  listTemplates(): Promise<TemplateList> {
    return this.json(API_ROUTES.listTemplates, {});
  }
  /**
   * Uploads a picture. With `onProgress` in a browser the bytes go through XMLHttpRequest, which reports how
   * many were sent; elsewhere (Node, tests) through fetch. Either way the answer and its errors are the same.
   */
  async uploadMedia(file: Blob, options: UploadMediaOptions = {}): Promise<UploadedMedia> {
    const form = new FormData();
    form.append('file', file, options.fileName ?? 'picture');
    if (options.caption !== undefined) form.append('caption', options.caption);
    const response = await this.call(API_ROUTES.uploadMedia, {
      form,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return this.parse(API_ROUTES.uploadMedia, response);
  }
  /** The picture's bytes and type. */
  async downloadMedia(mediaId: string): Promise<{ bytes: Uint8Array; mimeType: string }> {
    const response = await this.call(API_ROUTES.downloadMedia, { params: { id: mediaId } });
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      mimeType: response.headers.get('content-type') ?? 'application/octet-stream',
    };
  }

  // Live events
  /** A reader of the caller's live events over this client's connection; call start() on it. */
  eventStream(
    handlers: EventStreamHandlers,
    options: Pick<EventStreamOptions, 'lastEventId' | 'retryMs' | 'maxRetryMs'> = {},
  ): EventStreamReader {
    const { baseUrl, token, locale, fetch: fetchImpl } = this.options;
    const connection = {
      baseUrl,
      token,
      ...(locale ? { locale } : {}),
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    };
    return new EventStreamReader({ ...connection, ...options }, handlers);
  }

  private async json<R extends ApiRoute & { response: z.ZodType }>(
    route: R,
    request: { params?: Query; query?: Query; body?: unknown },
  ): Promise<z.infer<R['response']>> {
    return this.parse(route, await this.call(route, request));
  }

  private async parse<R extends ApiRoute & { response: z.ZodType }>(
    route: R,
    response: Response,
  ): Promise<z.infer<R['response']>> {
    return route.response.parse(await response.json()) as z.infer<R['response']>;
  }

  /** Sends the request; resolves to the answer when it succeeded, else throws ApiError. */
  private async call(
    route: ApiRoute,
    request: {
      params?: Query;
      query?: Query;
      body?: unknown;
      form?: FormData;
      onProgress?: UploadProgress;
    },
  ): Promise<Response> {
    const path = route.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = request.params?.[name];
      if (value === undefined) throw new Error(`${route.path}: missing path parameter ${name}`);
      return encodeURIComponent(String(value));
    });
    const url = new URL(path, this.options.baseUrl);
    for (const [key, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { Authorization: `Bearer ${await this.options.token()}` };
    if (this.options.locale) headers['Accept-Language'] = this.options.locale;
    let body: RequestInit['body'];
    if (request.form) body = request.form;
    else if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const init = { method: route.method.toUpperCase(), headers, body };
    const response =
      request.onProgress && request.form && browserXhr()
        ? await sendWithProgress(url, { ...init, body: request.form }, request.onProgress)
        : await this.fetchImpl(url, init);
    if (response.ok) return response;
    const text = await response.text();
    let error: { code?: unknown; message?: unknown; params?: unknown } = {};
    try {
      error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
    } catch {
      // not JSON: keep the status alone
    }
    throw new ApiError(
      response.status,
      typeof error.code === 'string' ? error.code : `http_${response.status}`,
      typeof error.message === 'string' ? error.message : text.slice(0, 200),
      response.headers,
      errorParams(error.params),
    );
  }
}

/** How far an upload is: the bytes sent so far and the whole request body's size. */
export type UploadProgress = (sentBytes: number, totalBytes: number) => void;

export interface UploadMediaOptions {
  readonly fileName?: string;
  readonly caption?: string;
  /** Called as the bytes go out (browsers only: XMLHttpRequest reports upload progress, fetch does not). */
  readonly onProgress?: UploadProgress;
}

/**
 * The request through XMLHttpRequest, answered as a fetch Response so the caller handles it the same way.
 * A network failure rejects with a TypeError, as fetch does; so does an abort (the client sets no timeout).
 */
function sendWithProgress(
  url: URL,
  init: { method: string; headers: Readonly<Record<string, string>>; body: FormData },
  onProgress: UploadProgress,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const Xhr = browserXhr();
    if (!Xhr) {
      reject(new TypeError('XMLHttpRequest is not available'));
      return;
    }
    const xhr = new Xhr();
    xhr.open(init.method, url.href);
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'arraybuffer';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new TypeError('Failed to fetch'));
        return;
      }
      const noBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(noBody ? null : (xhr.response as ArrayBuffer | null), {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError('Failed to fetch'));
    xhr.onabort = () => reject(new TypeError('Failed to fetch'));
    xhr.ontimeout = () => reject(new TypeError('Failed to fetch'));
    xhr.send(init.body);
  });
}

/** The part of the browser's XMLHttpRequest this client uses (the shared code is built without the DOM types). */
interface ProgressXhr {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  responseType: string;
  readonly upload: {
    onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  ontimeout: (() => void) | null;
  readonly status: number;
  readonly statusText: string;
  readonly response: unknown;
  getAllResponseHeaders(): string;
  send(body: FormData): void;
}

/** XMLHttpRequest where the runtime has one (browsers), else undefined (Node). */
function browserXhr(): (new () => ProgressXhr) | undefined {
  const candidate = (globalThis as { XMLHttpRequest?: new () => ProgressXhr }).XMLHttpRequest;
  return typeof candidate === 'function' ? candidate : undefined;
}

/** The `name: value` lines of getAllResponseHeaders() as Headers. */
function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // a header name the Headers class refuses: skip it
    }
  }
  return headers;
}
