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

/** An error answer of the API: its status and the `{error:{code,message}}` body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Headers,
  ) {
    super(message);
  }
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
  async uploadMedia(
    file: Blob,
    options: { fileName?: string; caption?: string } = {},
  ): Promise<UploadedMedia> {
    const form = new FormData();
    form.append('file', file, options.fileName ?? 'picture');
    if (options.caption !== undefined) form.append('caption', options.caption);
    const response = await this.call(API_ROUTES.uploadMedia, { form });
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
    request: { params?: Query; query?: Query; body?: unknown; form?: FormData },
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
    const response = await this.fetchImpl(url, { method: route.method.toUpperCase(), headers, body });
    if (response.ok) return response;
    const text = await response.text();
    let error: { code?: unknown; message?: unknown } = {};
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
    );
  }
}
