import type { z } from 'zod';
import {
  AdminTemplateList,
  OrgSettings,
  OrgUser,
  OrgUserList,
  TemplateSyncQueued,
  UpdateOrgSettingsRequest,
  UserIdParams,
} from './admin.js';
import { IdParams } from './common.js';
import {
  ContactList,
  Contact,
  CreateContactRequest,
  ListContactsQuery,
  UpdateContactRequest,
} from './contacts.js';
import { EventStreamQuery, LiveEventData } from './events.js';
import { MediaUploadForm, UploadedMedia } from './media.js';
import {
  ImportContactsRequest,
  ImportContactsResult,
  OutlookContactList,
  OutlookContactsQuery,
} from './outlook.js';
import { ListMessagesQuery, MessageInfo, MessagePage, SendMessageRequest, SentMessage } from './messages.js';
import { MarkReadRequest, ReadState } from './read-markers.js';
import { SearchQuery, SearchResults } from './search.js';
import { StartedSmsThread, StartSmsThreadRequest } from './sms.js';
import { TemplateList } from './templates.js';
import {
  AddParticipantRequest,
  ParticipantParams,
  RestartedThread,
  StartedThread,
  StartThreadRequest,
  ThreadDetail,
  ThreadList,
  TransferRequest,
} from './threads.js';
import { DirectoryQuery, DirectoryUserList } from './users.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One operation of `/api/v1`: the server registers it, the client calls it, the OpenAPI document lists it. */
export interface ApiRoute {
  readonly method: HttpMethod;
  /** OpenAPI style: `/api/v1/threads/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag:
    'threads' | 'messages' | 'participants' | 'contacts' | 'templates' | 'media' | 'admin' | 'events';
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** multipart/form-data instead of JSON (the schema then describes the form's parts). */
  readonly multipart?: boolean;
  readonly status: number;
  /** JSON answer; absent for 204, or for a binary answer. */
  readonly response?: z.ZodType;
  /** The answer is the file itself (image/*). */
  readonly binary?: boolean;
  /** The answer is a `text/event-stream`; this schema describes each event's `data:`. */
  readonly stream?: z.ZodType;
  /** Error statuses the operation documents besides 401 and 500. */
  readonly errors: readonly number[];
}

const route = <R extends ApiRoute>(r: R): R => r;

export const API_ROUTES = {
  listThreads: route({
    method: 'get',
    path: '/api/v1/threads',
    tag: 'threads',
    summary:
      "The caller's inbox: WhatsApp and SMS threads they are in, with unread counts, most recent first",
    status: 200,
    response: ThreadList,
    errors: [],
  }),
  startThread: route({
    method: 'post',
    path: '/api/v1/threads',
    tag: 'threads',
    summary: 'Open (or return) the WhatsApp thread with a contact; says whether an opt-in must be confirmed',
    body: StartThreadRequest,
    status: 200,
    response: StartedThread,
    errors: [400, 403, 404, 409],
  }),
  getThread: route({
    method: 'get',
    path: '/api/v1/threads/{id}',
    tag: 'threads',
    summary: 'A thread with its state, consent and participants',
    params: IdParams,
    status: 200,
    response: ThreadDetail,
    errors: [404],
  }),
  requestOptIn: route({
    method: 'post',
    path: '/api/v1/threads/{id}/opt-in',
    tag: 'threads',
    summary: 'Send the opt-in request to the contact (the user confirmed)',
    params: IdParams,
    status: 200,
    response: ThreadDetail,
    errors: [403, 404, 409],
  }),
  sendOptInReminder: route({
    method: 'post',
    path: '/api/v1/threads/{id}/opt-in/reminder',
    tag: 'threads',
    summary: 'Remind the contact of an unanswered opt-in request (24 h after the last one)',
    params: IdParams,
    status: 200,
    response: ThreadDetail,
    errors: [403, 404, 409],
  }),
  contactThreads: route({
    method: 'get',
    path: '/api/v1/contacts/{id}/threads',
    tag: 'threads',
    summary: "A contact's threads the caller is or was in, closed ones included, most recent first",
    params: IdParams,
    status: 200,
    response: ThreadList,
    errors: [404],
  }),
  listMessages: route({
    method: 'get',
    path: '/api/v1/threads/{id}/messages',
    tag: 'messages',
    summary: "A page of a thread's messages, oldest first; `before` pages back",
    params: IdParams,
    query: ListMessagesQuery,
    status: 200,
    response: MessagePage,
    errors: [400, 404],
  }),
  sendMessage: route({
    method: 'post',
    path: '/api/v1/threads/{id}/messages',
    tag: 'messages',
    summary:
      'Send text, a template or an uploaded picture; idempotent by clientMessageId (a retry answers 200)',
    params: IdParams,
    body: SendMessageRequest,
    status: 201,
    response: SentMessage,
    errors: [400, 403, 404, 409, 413, 429],
  }),
  getMessage: route({
    method: 'get',
    path: '/api/v1/messages/{id}',
    tag: 'messages',
    summary: 'Message info: every status with its time, and why it failed',
    params: IdParams,
    status: 200,
    response: MessageInfo,
    errors: [404],
  }),
  addParticipant: route({
    method: 'post',
    path: '/api/v1/threads/{id}/participants',
    tag: 'participants',
    summary: 'Add a colleague to the thread',
    params: IdParams,
    body: AddParticipantRequest,
    status: 200,
    response: ThreadDetail,
    errors: [400, 403, 404, 409],
  }),
  searchDirectory: route({
    method: 'get',
    path: '/api/v1/users',
    tag: 'participants',
    summary:
      "The organization's licensed users whose name or email contains the query, by name (to add to a thread or hand one over)",
    query: DirectoryQuery,
    status: 200,
    response: DirectoryUserList,
    errors: [400],
  }),
  removeParticipant: route({
    method: 'delete',
    path: '/api/v1/threads/{id}/participants/{userId}',
    tag: 'participants',
    summary: 'Remove a colleague from the thread',
    params: ParticipantParams,
    status: 200,
    response: ThreadDetail,
    errors: [403, 404, 409],
  }),
  leaveThread: route({
    method: 'post',
    path: '/api/v1/threads/{id}/leave',
    tag: 'participants',
    summary: 'Leave the thread (it stays readable as history)',
    params: IdParams,
    status: 200,
    response: ThreadDetail,
    errors: [403, 404, 409],
  }),
  transferThread: route({
    method: 'post',
    path: '/api/v1/threads/{id}/transfer',
    tag: 'participants',
    summary: 'Hand the thread over to a colleague',
    params: IdParams,
    body: TransferRequest,
    status: 200,
    response: ThreadDetail,
    errors: [400, 403, 404, 409],
  }),
  restartThread: route({
    method: 'post',
    path: '/api/v1/threads/{id}/restart',
    tag: 'participants',
    summary: 'Open a new thread with the contact of a closed one',
    params: IdParams,
    status: 201,
    response: RestartedThread,
    errors: [403, 404, 409],
  }),
  listContacts: route({
    method: 'get',
    path: '/api/v1/contacts',
    tag: 'contacts',
    summary: "The organization's contacts, searched by name or number",
    query: ListContactsQuery,
    status: 200,
    response: ContactList,
    errors: [400],
  }),
  createContact: route({
    method: 'post',
    path: '/api/v1/contacts',
    tag: 'contacts',
    summary: 'Add a contact (the number is normalized to E.164)',
    body: CreateContactRequest,
    status: 201,
    response: Contact,
    errors: [400, 409],
  }),
  getContact: route({
    method: 'get',
    path: '/api/v1/contacts/{id}',
    tag: 'contacts',
    summary: 'One contact',
    params: IdParams,
    status: 200,
    response: Contact,
    errors: [404],
  }),
  updateContact: route({
    method: 'patch',
    path: '/api/v1/contacts/{id}',
    tag: 'contacts',
    summary: "Change a contact's name, number or email",
    params: IdParams,
    body: UpdateContactRequest,
    status: 200,
    response: Contact,
    errors: [400, 404, 409],
  }),
  deleteContact: route({
    method: 'delete',
    path: '/api/v1/contacts/{id}',
    tag: 'contacts',
    summary: 'Delete a contact with no conversation (refused while they have an open thread, or history)',
    params: IdParams,
    status: 204,
    errors: [404, 409],
  }),
  listTemplates: route({
    method: 'get',
    path: '/api/v1/templates',
    tag: 'templates',
    summary: 'Approved templates the caller may send, with their text and parameter count',
    status: 200,
    response: TemplateList,
    errors: [],
  }),
  uploadMedia: route({
    method: 'post',
    path: '/api/v1/media',
    tag: 'media',
    summary: 'Upload a picture to send (multipart: file, optional caption); JPEG or PNG up to 5 MB',
    body: MediaUploadForm,
    multipart: true,
    status: 201,
    response: UploadedMedia,
    errors: [400, 413, 415],
  }),
  downloadMedia: route({
    method: 'get',
    path: '/api/v1/media/{id}',
    tag: 'media',
    summary: "A picture: the uploader's own upload, or one in a thread the caller may read",
    params: IdParams,
    status: 200,
    binary: true,
    errors: [404],
  }),
  eventStream: route({
    method: 'get',
    path: '/api/v1/events',
    tag: 'events',
    summary:
      "The caller's live events (Server-Sent Events): messages, statuses, thread states and participants of their threads; resumes after Last-Event-ID",
    query: EventStreamQuery,
    status: 200,
    stream: LiveEventData,
    errors: [400, 503],
  }),
  getOrgSettings: route({
    method: 'get',
    path: '/api/v1/admin/settings',
    tag: 'admin',
    summary: "The organization's messaging settings (admins only)",
    status: 200,
    response: OrgSettings,
    errors: [403],
  }),
  updateOrgSettings: route({
    method: 'patch',
    path: '/api/v1/admin/settings',
    tag: 'admin',
    summary:
      'Turn WhatsApp on or off for the organization, set its sender number and SMS number (admins only)',
    body: UpdateOrgSettingsRequest,
    status: 200,
    response: OrgSettings,
    errors: [400, 403, 409],
  }),
  listOrgUsers: route({
    method: 'get',
    path: '/api/v1/admin/users',
    tag: 'admin',
    summary: "The organization's users with their WhatsApp licence and roles (admins only)",
    status: 200,
    response: OrgUserList,
    errors: [403],
  }),
  grantLicence: route({
    method: 'put',
    path: '/api/v1/admin/users/{id}/licence',
    tag: 'admin',
    summary: 'Give a user the WhatsApp licence (admins only; idempotent)',
    params: UserIdParams,
    status: 200,
    response: OrgUser,
    errors: [403, 404],
  }),
  revokeLicence: route({
    method: 'delete',
    path: '/api/v1/admin/users/{id}/licence',
    tag: 'admin',
    summary: "Take a user's WhatsApp licence away (admins only; idempotent)",
    params: UserIdParams,
    status: 200,
    response: OrgUser,
    errors: [403, 404],
  }),
  syncTemplates: route({
    method: 'post',
    path: '/api/v1/admin/templates/sync',
    tag: 'admin',
    summary: "Queue a copy of the business account's templates from WhatsApp (admins only; one a minute)",
    status: 202,
    response: TemplateSyncQueued,
    errors: [403, 409],
  }),
  listAdminTemplates: route({
    method: 'get',
    path: '/api/v1/admin/templates',
    tag: 'admin',
    summary:
      "Every template of the business account with its status, and whether the connector's opt-in and resume requests have a usable one (admins only)",
    status: 200,
    response: AdminTemplateList,
    errors: [403],
  }),
  searchOutlookContacts: route({
    method: 'get',
    path: '/api/v1/outlook/contacts',
    tag: 'contacts',
    summary:
      "The caller's Outlook contacts by name (Microsoft Graph, on their behalf): numbers in E.164, the organization's contacts marked",
    query: OutlookContactsQuery,
    status: 200,
    response: OutlookContactList,
    errors: [400, 403, 501, 503],
  }),
  importOutlookContacts: route({
    method: 'post',
    path: '/api/v1/contacts/import',
    tag: 'contacts',
    summary:
      "Import Outlook contacts by id into the organization's contacts; a number already there keeps its contact",
    body: ImportContactsRequest,
    status: 200,
    response: ImportContactsResult,
    errors: [400, 403, 501, 503],
  }),
  markThreadRead: route({
    method: 'post',
    path: '/api/v1/threads/{id}/read',
    tag: 'threads',
    summary: "Move the caller's read marker up to a message (never back); answers the thread's unread count",
    params: IdParams,
    body: MarkReadRequest,
    status: 200,
    response: ReadState,
    errors: [400, 404],
  }),
  startSmsThread: route({
    method: 'post',
    path: '/api/v1/sms/threads',
    tag: 'threads',
    summary:
      'Open (or return) the SMS thread with a contact, or move a WhatsApp thread to SMS with its participants',
    body: StartSmsThreadRequest,
    status: 200,
    response: StartedSmsThread,
    errors: [400, 403, 404, 409],
  }),
  searchThreads: route({
    method: 'get',
    path: '/api/v1/search',
    tag: 'threads',
    summary:
      'Full-text search over message bodies and contact names in the threads the caller may read, with highlights',
    query: SearchQuery,
    status: 200,
    response: SearchResults,
    errors: [400],
  }),
} as const satisfies Record<string, ApiRoute>;

export type ApiRouteName = keyof typeof API_ROUTES;
