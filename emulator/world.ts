import { GraphError, graphError, invalidParameter, unknownObject, type GraphAnswer } from './graph-error.js';
import { imageProblem, MEDIA_URL_TTL_MS, sha256Base64, sniffImageType, type StoredMedia } from './media.js';
import { Random } from './random.js';
import { isObject, prepareMessage, sendEnvelope, waIdOf, type PreparedMessage } from './send-validation.js';
import type {
  ChaosSettings,
  ChatButton,
  ChatItem,
  EmulatedTemplate,
  EmulatorControl,
  EmulatorLogger,
  EmulatorState,
  EmulatorStats,
  InboundChatItem,
  Receipt,
  SimulatedUserInit,
  SimulatedUserView,
  StatusRecord,
  TemplateChange,
  TemplateStatus,
  UserMessageAction,
  UserPatch,
  UserWithChat,
  WebhookCounters,
} from './types.js';
import { WebhookQueue, type WebhookChange } from './webhook-queue.js';

export const EMULATOR_DEFAULTS = {
  phoneNumberId: '100000000000001',
  displayPhoneNumber: '+1 555 010 0000',
  wabaId: '200000000000002',
  accessToken: 'emulator-access-token',
  appSecret: 'emulator-app-secret',
  verifyToken: 'emulator-verify-token',
} as const;

export const DEFAULT_USERS: readonly SimulatedUserInit[] = [
  { waId: '15550100001', name: 'Alice Example', onWhatsApp: true, online: true, readReceipts: true },
  { waId: '15550100002', name: 'Bruno Example', onWhatsApp: true, online: true, readReceipts: false },
  { waId: '15550100003', name: 'Chen (no WhatsApp)', onWhatsApp: false, online: false, readReceipts: false },
];

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10000, 30000, 60000];
const WINDOW_MS = 24 * 60 * 60 * 1000;

/** Control operations refused: the HTTP control API answers `status` with `{error: {message}}`. */
export class EmulatorControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface User {
  waId: string;
  name: string;
  onWhatsApp: boolean;
  readReceipts: boolean;
  online: boolean;
  lastInboundAt: Date | null;
  chat: ChatRecord[];
  conversations: Map<string, string>;
}

interface OutboundRecord {
  readonly direction: 'outbound';
  readonly wamid: string;
  readonly at: Date;
  readonly message: PreparedMessage;
  readonly callbackData?: string;
  readonly replyToWamid?: string;
  readonly statuses: StatusRecord[];
}

interface InboundRecord extends Omit<InboundChatItem, 'at' | 'readByBusiness'> {
  readonly at: Date;
  readByBusiness: boolean;
}

type ChatRecord = OutboundRecord | InboundRecord;

interface MediaToken {
  readonly mediaId: string;
  readonly expiresAt: number;
}

export interface WorldOptions {
  readonly accessToken: string;
  readonly appSecret: string;
  readonly phoneNumberId: string;
  readonly displayPhoneNumber: string;
  readonly wabaId: string;
  readonly webhookUrl: string | null;
  readonly throughputPerSecond: number;
  readonly webhookRetryDelaysMs: readonly number[];
  readonly webhookMaxAttempts: number;
  readonly webhookConcurrency: number;
  readonly webhookBatchSize: number;
  readonly chaos: ChaosSettings;
  readonly now: () => Date;
  readonly seed: number | undefined;
  readonly users: readonly SimulatedUserInit[];
  readonly templates: readonly EmulatedTemplate[];
  readonly statusDelayMs: number;
  readonly logger: EmulatorLogger;
}

const RECEIPT_RANK: Record<Receipt, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

const FAILURES = {
  131026: {
    title: 'Message undeliverable',
    details: 'Message Undeliverable.',
  },
  131047: {
    title: 'Re-engagement message',
    details:
      'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  },
} as const;

/** Removes a window entry older than one second before `at` and answers how many remain after adding `at`. */
function slide(window: number[], at: number): number {
  while (window.length > 0 && (window[0] ?? at) <= at - 1000) window.shift();
  return window.length;
}

/** The simulated WhatsApp: the business number, its templates and media, the users' phones, the webhooks. */
export class World implements EmulatorControl {
  readonly random: Random;
  readonly queue: WebhookQueue;
  private readonly displayDigits: string;
  private people = new Map<string, User>();
  private templates: Required<EmulatedTemplate>[] = [];
  private media = new Map<string, StoredMedia>();
  private mediaTokens = new Map<string, MediaToken>();
  private throughput: number;
  private chaos: ChaosSettings;
  private stats_ = this.emptyStats();
  private acceptedWindow: number[] = [];
  private attemptWindow: number[] = [];
  private seenCallbackData = new Set<string>();
  private pendingWork = 0;
  private workGeneration = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly listeners = new Set<() => void>();
  private wamidCounter = 0;
  private stopped = false;

  constructor(readonly options: WorldOptions) {
    this.random = new Random(options.seed === undefined ? undefined : options.seed ^ 0x5bd1e995);
    this.displayDigits = options.displayPhoneNumber.replace(/\D/g, '');
    this.throughput = options.throughputPerSecond;
    this.chaos = options.chaos;
    this.queue = new WebhookQueue({
      wabaId: options.wabaId,
      appSecret: options.appSecret,
      retryDelaysMs: options.webhookRetryDelaysMs,
      maxAttempts: options.webhookMaxAttempts,
      concurrency: options.webhookConcurrency,
      batchSize: options.webhookBatchSize,
      chaos: options.chaos,
      // Its own stream: the same seed gives the same chaos whatever ids were drawn meanwhile.
      random: new Random(options.seed),
      logger: options.logger,
      onChange: () => this.notify(),
    });
    this.queue.setUrl(options.webhookUrl);
    this.seed();
  }

  private emptyStats() {
    return {
      accepted: 0,
      rejectedTotal: 0,
      byCode: {} as Record<string, number>,
      duplicateCallbackData: 0,
      maxPerSecond: 0,
      firstAt: null as string | null,
      lastAt: null as string | null,
    };
  }

  private seed(): void {
    this.people = new Map();
    for (const init of this.options.users) this.createUser(init);
    this.templates = this.options.templates.map((t) => ({ ...t, id: t.id ?? this.random.digits(16) }));
  }

  private now(): Date {
    return this.options.now();
  }

  // ---------------------------------------------------------------- Graph operations

  get phoneNumberId(): string {
    return this.options.phoneNumberId;
  }

  get wabaId(): string {
    return this.options.wabaId;
  }

  /** POST /{phone-number-id}/messages: a send or a mark-read. */
  messages(phoneNumberId: string, body: unknown): GraphAnswer {
    if (phoneNumberId !== this.options.phoneNumberId) throw unknownObject(phoneNumberId, 'post');
    if (!isObject(body)) throw invalidParameter('The request body must be a JSON object');
    if (body.messaging_product !== 'whatsapp')
      throw invalidParameter("Param messaging_product is required and must be 'whatsapp'");
    if (body.status !== undefined) return this.markRead(body);
    return this.send(body);
  }

  private markRead(body: Record<string, unknown>): GraphAnswer {
    if (body.status !== 'read') throw invalidParameter("Param status must be 'read'");
    const wamid = body.message_id;
    if (typeof wamid !== 'string' || wamid.length === 0)
      throw invalidParameter('Param message_id is required');
    for (const user of this.people.values()) {
      const index = user.chat.findIndex((m) => m.direction === 'inbound' && m.wamid === wamid);
      if (index < 0) continue;
      // WhatsApp marks the message and every earlier one read.
      for (const item of user.chat.slice(0, index + 1))
        if (item.direction === 'inbound') item.readByBusiness = true;
      this.notify();
      return { status: 200, body: { success: true } };
    }
    throw invalidParameter(`Param message_id: no message ${wamid.slice(0, 80)} from a user of this number`);
  }

  private send(body: Record<string, unknown>): GraphAnswer {
    const realNow = Date.now();
    this.stats_.firstAt ??= new Date(realNow).toISOString();
    this.stats_.lastAt = new Date(realNow).toISOString();
    this.attemptWindow.push(realNow);
    this.stats_.maxPerSecond = Math.max(this.stats_.maxPerSecond, slide(this.attemptWindow, realNow));
    try {
      const envelope = sendEnvelope(body);
      const message = prepareMessage(body, {
        media: (id) => this.media.get(id),
        templates: (name) => this.templates.filter((t) => t.name === name),
      });
      if (slide(this.acceptedWindow, realNow) >= this.throughput)
        throw graphError(
          130429,
          `Cloud API message throughput (${this.throughput} per second) has been reached.`,
        );
      this.acceptedWindow.push(realNow);
      return this.accept(envelope.to, envelope.waId, message, envelope.callbackData, envelope.replyToWamid);
    } catch (error) {
      if (error instanceof GraphError) {
        this.stats_.rejectedTotal++;
        const code = String(error.spec.code);
        this.stats_.byCode[code] = (this.stats_.byCode[code] ?? 0) + 1;
      }
      throw error;
    }
  }

  private accept(
    to: string,
    waId: string,
    message: PreparedMessage,
    callbackData: string | undefined,
    replyToWamid: string | undefined,
  ): GraphAnswer {
    this.stats_.accepted++;
    if (callbackData !== undefined) {
      if (this.seenCallbackData.has(callbackData)) this.stats_.duplicateCallbackData++;
      else this.seenCallbackData.add(callbackData);
    }
    const user = this.people.get(waId) ?? this.createUser({ waId, name: `+${waId}` });
    const record: OutboundRecord = {
      direction: 'outbound',
      wamid: this.newWamid(waId, 'outbound'),
      at: this.now(),
      message,
      ...(callbackData !== undefined ? { callbackData } : {}),
      ...(replyToWamid !== undefined ? { replyToWamid } : {}),
      statuses: [],
    };
    user.chat.push(record);
    this.options.logger.info({ wamid: record.wamid, type: message.type, to: waId }, 'message accepted');

    const failure = !user.onWhatsApp
      ? 131026
      : message.freeForm && !this.windowOpen(user)
        ? 131047
        : undefined;
    this.later(() => {
      if (failure !== undefined) return this.addStatus(user, record, 'failed', failure);
      this.addStatus(user, record, 'sent');
      this.later(() => this.progress(user, record));
    });
    this.notify();
    return {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        contacts: [{ input: to, wa_id: waId }],
        messages: [
          { id: record.wamid, ...(message.type === 'template' ? { message_status: 'accepted' } : {}) },
        ],
      },
    };
  }

  /** Delivers (and then reads) what the user's phone can receive now. */
  private progress(user: User, record: OutboundRecord): void {
    const latest = latestReceipt(record);
    if (latest === 'failed' || latest === 'read' || latest === 'accepted') return;
    if (latest === 'sent') {
      if (!user.online || !user.onWhatsApp) return;
      this.addStatus(user, record, 'delivered');
      if (user.readReceipts) this.later(() => this.progress(user, record));
      return;
    }
    if (user.online && user.readReceipts) this.addStatus(user, record, 'read');
  }

  private addStatus(user: User, record: OutboundRecord, status: Receipt, errorCode?: 131026 | 131047): void {
    const at = this.now();
    const failure = errorCode !== undefined ? FAILURES[errorCode] : undefined;
    record.statuses.push({
      status,
      at: at.toISOString(),
      ...(failure && errorCode !== undefined ? { error: { code: errorCode, title: failure.title } } : {}),
    });
    const category = record.message.template?.category.toLowerCase() ?? 'service';
    const billed = status === 'sent' || status === 'delivered';
    this.queue.enqueue(
      this.messagesChange({
        statuses: [
          {
            id: record.wamid,
            status,
            timestamp: unixSeconds(at),
            recipient_id: user.waId,
            ...(record.callbackData !== undefined ? { biz_opaque_callback_data: record.callbackData } : {}),
            ...(billed
              ? {
                  conversation: {
                    id: this.conversationId(user, category),
                    ...(status === 'sent'
                      ? { expiration_timestamp: unixSeconds(new Date(at.getTime() + WINDOW_MS)) }
                      : {}),
                    origin: { type: category },
                  },
                  pricing: {
                    billable: category !== 'service',
                    pricing_model: 'PMP',
                    category,
                    type: category === 'service' ? 'free_customer_service' : 'regular',
                  },
                }
              : {}),
            ...(failure && errorCode !== undefined
              ? {
                  errors: [
                    {
                      code: errorCode,
                      title: failure.title,
                      message: failure.title,
                      error_data: { details: failure.details },
                    },
                  ],
                }
              : {}),
          },
        ],
      }),
    );
    this.notify();
  }

  private conversationId(user: User, category: string): string {
    let id = user.conversations.get(category);
    if (!id) {
      id = this.random.bytes(16).toString('hex');
      user.conversations.set(category, id);
    }
    return id;
  }

  /** POST /{phone-number-id}/media */
  async uploadMedia(phoneNumberId: string, form: FormData): Promise<GraphAnswer> {
    if (phoneNumberId !== this.options.phoneNumberId) throw unknownObject(phoneNumberId, 'post');
    if (form.get('messaging_product') !== 'whatsapp')
      throw invalidParameter("Param messaging_product is required and must be 'whatsapp'");
    const file = form.get('file');
    if (file === null || typeof file === 'string')
      throw invalidParameter('Param file is required and must be a file');
    const declared = form.get('type');
    const bytes = Buffer.from(await file.arrayBuffer());
    const problem = imageProblem(bytes, typeof declared === 'string' && declared ? declared : file.type);
    if (problem) throw graphError(131053, problem);
    const media = this.storeMedia(bytes);
    this.options.logger.info({ mediaId: media.id, bytes: bytes.length }, 'media uploaded');
    return { status: 200, body: { id: media.id } };
  }

  private storeMedia(bytes: Buffer): StoredMedia {
    let id = this.random.digits(16);
    while (this.media.has(id)) id = this.random.digits(16);
    const media: StoredMedia = {
      id,
      bytes,
      mimeType: sniffImageType(bytes) ?? 'image/jpeg',
      sha256: sha256Base64(bytes),
      createdAt: this.now(),
    };
    this.media.set(id, media);
    return media;
  }

  hasMedia(id: string): boolean {
    return this.media.has(id);
  }

  /** GET /{media-id}: the info with a fresh download URL that expires in 5 minutes. */
  mediaInfo(mediaId: string, baseUrl: string): GraphAnswer {
    const media = this.media.get(mediaId);
    if (!media) throw unknownObject(mediaId, 'get');
    const token = this.random.token(24);
    this.mediaTokens.set(token, { mediaId, expiresAt: this.now().getTime() + MEDIA_URL_TTL_MS });
    return {
      status: 200,
      body: {
        messaging_product: 'whatsapp',
        url: `${baseUrl}/_media/${token}`,
        mime_type: media.mimeType,
        sha256: media.sha256,
        // A string, as in Meta's reference ("303833").
        file_size: String(media.bytes.length),
        id: media.id,
      },
    };
  }

  /** DELETE /{media-id} */
  deleteMedia(mediaId: string): GraphAnswer {
    if (!this.media.delete(mediaId)) throw unknownObject(mediaId, 'post');
    return { status: 200, body: { success: true } };
  }

  /** GET /{phone-number-id}: the business number as Graph describes it. */
  phoneNumberInfo(): GraphAnswer {
    return {
      status: 200,
      body: {
        verified_name: 'MultiLine Messaging (emulator)',
        display_phone_number: this.options.displayPhoneNumber,
        id: this.options.phoneNumberId,
        quality_rating: 'GREEN',
        code_verification_status: 'VERIFIED',
        platform_type: 'CLOUD_API',
        throughput: { level: 'STANDARD' },
      },
    };
  }

  /** GET /_media/{token} (the download URL; the caller checked the Bearer token). */
  download(token: string): StoredMedia {
    const entry = this.mediaTokens.get(token);
    const media = entry && this.media.get(entry.mediaId);
    if (!entry || !media || this.now().getTime() > entry.expiresAt) {
      if (entry) this.mediaTokens.delete(token);
      throw graphError(
        100,
        'The media URL expired or does not exist: ask GET /{media-id} for a new one',
        404,
      );
    }
    return media;
  }

  /** The bytes of a media for the phone page (no token). */
  mediaBytes(mediaId: string): StoredMedia | undefined {
    return this.media.get(mediaId);
  }

  /** GET /{waba-id}/message_templates with cursor paging. */
  listTemplates(
    wabaId: string,
    query: URLSearchParams,
    pageUrl: (query: URLSearchParams) => string,
  ): GraphAnswer {
    if (wabaId !== this.options.wabaId) throw unknownObject(wabaId, 'get');
    const limitParam = query.get('limit');
    const limit = limitParam === null ? 25 : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw invalidParameter('Param limit must be an integer from 1 to 1000');
    const name = query.get('name');
    const status = query.get('status');
    const matching = this.templates.filter(
      (t) => (!name || t.name.includes(name)) && (!status || t.status === status.toUpperCase()),
    );
    const decode = (cursor: string | null): number | undefined => {
      if (cursor === null) return undefined;
      const n = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!Number.isInteger(n) || n < 0) throw invalidParameter('Param after/before is not a valid cursor');
      return n;
    };
    const encode = (n: number) => Buffer.from(String(n)).toString('base64url');
    const after = decode(query.get('after'));
    const before = decode(query.get('before'));
    let start = after !== undefined ? after + 1 : 0;
    if (before !== undefined && after === undefined) start = Math.max(0, before - limit);
    const end = before !== undefined && after === undefined ? before : start + limit;
    const page = matching.slice(start, end);
    const data = page.map((t) => ({
      name: t.name,
      parameter_format: 'POSITIONAL',
      components: t.components,
      language: t.language,
      status: t.status,
      category: t.category,
      id: t.id,
    }));
    const paging: Record<string, unknown> = {};
    if (page.length > 0) {
      paging.cursors = { before: encode(start), after: encode(start + page.length - 1) };
      const next = new URLSearchParams(query);
      next.delete('before');
      next.set('limit', String(limit));
      next.set('after', encode(start + page.length - 1));
      if (start + page.length < matching.length) paging.next = pageUrl(next);
      if (start > 0) {
        const previous = new URLSearchParams(query);
        previous.delete('after');
        previous.set('limit', String(limit));
        previous.set('before', encode(start));
        paging.previous = pageUrl(previous);
      }
    }
    return { status: 200, body: { data, paging } };
  }

  // ---------------------------------------------------------------- users and their phones

  private createUser(init: SimulatedUserInit): User {
    const waId = waIdOf(init.waId);
    if (!waId) throw new EmulatorControlError(400, 'waId must be a phone number of 5 to 15 digits');
    if (this.people.has(waId)) throw new EmulatorControlError(409, `user ${waId} exists`);
    if (typeof init.name !== 'string' || init.name.trim().length === 0)
      throw new EmulatorControlError(400, 'name is required');
    const user: User = {
      waId,
      name: init.name.trim(),
      onWhatsApp: init.onWhatsApp ?? true,
      readReceipts: init.readReceipts ?? true,
      online: init.online ?? true,
      lastInboundAt: null,
      chat: [],
      conversations: new Map(),
    };
    this.people.set(waId, user);
    return user;
  }

  private user(waId: string): User {
    const user = this.people.get(waIdOf(waId) ?? waId);
    if (!user) throw new EmulatorControlError(404, `no user ${waId.slice(0, 40)}`);
    return user;
  }

  private windowOpen(user: User): boolean {
    return user.lastInboundAt !== null && this.now().getTime() - user.lastInboundAt.getTime() < WINDOW_MS;
  }

  private userView(user: User): SimulatedUserView {
    return {
      waId: user.waId,
      name: user.name,
      onWhatsApp: user.onWhatsApp,
      readReceipts: user.readReceipts,
      online: user.online,
      lastInboundAt: user.lastInboundAt?.toISOString() ?? null,
      windowOpen: this.windowOpen(user),
    };
  }

  private chatView(user: User): ChatItem[] {
    return user.chat.map((item): ChatItem => {
      if (item.direction === 'inbound') return { ...item, at: item.at.toISOString() };
      const m = item.message;
      return {
        direction: 'outbound',
        wamid: item.wamid,
        type: m.type,
        at: item.at.toISOString(),
        ...(m.text !== undefined ? { text: m.text } : {}),
        ...(m.caption !== undefined ? { caption: m.caption } : {}),
        ...(m.mediaId !== undefined
          ? { mediaId: m.mediaId, mimeType: this.media.get(m.mediaId)?.mimeType }
          : {}),
        ...(m.template
          ? {
              template: {
                name: m.template.name,
                language: m.template.language,
                category: m.template.category,
              },
            }
          : {}),
        ...(m.buttons ? { buttons: m.buttons } : {}),
        ...(item.replyToWamid !== undefined ? { replyToWamid: item.replyToWamid } : {}),
        ...(item.callbackData !== undefined ? { callbackData: item.callbackData } : {}),
        status: latestReceipt(item),
        statuses: [...item.statuses],
      };
    });
  }

  private newWamid(waId: string, direction: 'inbound' | 'outbound'): string {
    const unique =
      (this.wamidCounter++).toString(16).toUpperCase().padStart(6, '0') +
      this.random.bytes(6).toString('hex').toUpperCase();
    const phone = Buffer.from(waId, 'ascii');
    const bytes = Buffer.concat([
      Buffer.from([0x1c, 0x18, phone.length]),
      phone,
      Buffer.from([0x15, 0x02, 0x00, direction === 'outbound' ? 0x11 : 0x12, 0x18, unique.length]),
      Buffer.from(unique, 'ascii'),
      Buffer.from([0x00]),
    ]);
    return `wamid.${bytes.toString('base64')}`;
  }

  private messagesChange(value: Record<string, unknown>): WebhookChange {
    return {
      field: 'messages',
      value: {
        messaging_product: 'whatsapp',
        metadata: { display_phone_number: this.displayDigits, phone_number_id: this.options.phoneNumberId },
        ...value,
      },
    };
  }

  /** Records a message from the user and sends its webhook. */
  private inbound(
    user: User,
    message: Omit<InboundRecord, 'wamid' | 'readByBusiness' | 'at'>,
    at: Date,
  ): { wamid: string } {
    if (!user.onWhatsApp) throw new EmulatorControlError(409, `user ${user.waId} is not on WhatsApp`);
    const wamid = this.newWamid(user.waId, 'inbound');
    const record: InboundRecord = { ...message, wamid, at, readByBusiness: false };
    user.chat.push(record);
    user.chat.sort((a, b) => a.at.getTime() - b.at.getTime());
    user.lastInboundAt = at;
    const webhookMessage: Record<string, unknown> = {
      ...(record.contextWamid !== undefined
        ? { context: { from: this.displayDigits, id: record.contextWamid } }
        : {}),
      from: user.waId,
      id: wamid,
      timestamp: unixSeconds(at),
      type: record.type,
    };
    switch (record.type) {
      case 'text':
        webhookMessage.text = { body: record.text };
        break;
      case 'image':
        webhookMessage.image = {
          ...(record.caption !== undefined ? { caption: record.caption } : {}),
          mime_type: record.mimeType,
          sha256: this.media.get(record.mediaId ?? '')?.sha256,
          id: record.mediaId,
        };
        break;
      case 'reaction':
        webhookMessage.reaction = { message_id: record.reaction?.toWamid, emoji: record.reaction?.emoji };
        break;
      case 'button':
        webhookMessage.button = record.button;
        break;
      case 'interactive':
        webhookMessage.interactive = { type: 'button_reply', button_reply: record.interactive };
        break;
      case 'unsupported':
        webhookMessage.errors = [
          {
            code: 131051,
            title: 'Message type unknown',
            message: 'Message type unknown',
            error_data: { details: 'Message type is currently not supported.' },
          },
        ];
        break;
    }
    this.queue.enqueue(
      this.messagesChange({
        contacts: [{ profile: { name: user.name }, wa_id: user.waId }],
        messages: [webhookMessage],
      }),
    );
    this.options.logger.info({ wamid, type: record.type, from: user.waId }, 'user message');
    this.notify();
    return { wamid };
  }

  // ---------------------------------------------------------------- EmulatorControl

  state(): EmulatorState {
    return {
      business: {
        phoneNumberId: this.options.phoneNumberId,
        displayPhoneNumber: this.options.displayPhoneNumber,
        wabaId: this.options.wabaId,
      },
      users: [...this.people.values()].map((u): UserWithChat => ({
        ...this.userView(u),
        chat: this.chatView(u),
      })),
      templates: this.templates.map((t) => ({ ...t })),
      webhookUrl: this.queue.getUrl(),
      webhooks: this.queue.counters(),
      chaos: { ...this.chaos },
      throughputPerSecond: this.throughput,
      stats: this.stats(),
    };
  }

  users(): SimulatedUserView[] {
    return [...this.people.values()].map((u) => this.userView(u));
  }

  addUser(init: SimulatedUserInit): SimulatedUserView {
    if (!isPlainObject(init)) throw new EmulatorControlError(400, 'expected {waId, name}');
    if (typeof init.waId !== 'string') throw new EmulatorControlError(400, 'waId is required');
    checkToggles(init);
    const user = this.createUser(init);
    this.notify();
    return this.userView(user);
  }

  updateUser(waId: string, patch: UserPatch): SimulatedUserView {
    const user = this.user(waId);
    if (!isPlainObject(patch)) throw new EmulatorControlError(400, 'expected an object of toggles');
    checkToggles(patch);
    if (patch.name !== undefined) {
      if (typeof patch.name !== 'string' || !patch.name.trim())
        throw new EmulatorControlError(400, 'name must be text');
      user.name = patch.name.trim();
    }
    if (patch.onWhatsApp !== undefined) user.onWhatsApp = patch.onWhatsApp;
    if (patch.readReceipts !== undefined) user.readReceipts = patch.readReceipts;
    if (patch.online !== undefined) user.online = patch.online;
    // Coming online delivers what waited; with read receipts on, opening the chat reads it.
    if (user.online && user.onWhatsApp)
      for (const item of user.chat) if (item.direction === 'outbound') this.progress(user, item);
    this.notify();
    return this.userView(user);
  }

  chat(waId: string): ChatItem[] {
    return this.chatView(this.user(waId));
  }

  userSends(waId: string, action: UserMessageAction): { wamid: string } {
    const user = this.user(waId);
    if (!isPlainObject(action)) throw new EmulatorControlError(400, 'expected {type, ...}');
    const now = this.now();
    switch (action.type) {
      case 'text': {
        if (typeof action.body !== 'string' || action.body.length === 0 || action.body.length > 4096)
          throw new EmulatorControlError(400, 'body must be 1 to 4096 characters');
        const hoursAgo = action.hoursAgo ?? 0;
        if (typeof hoursAgo !== 'number' || !Number.isFinite(hoursAgo) || hoursAgo < 0)
          throw new EmulatorControlError(400, 'hoursAgo must be a number >= 0');
        if (action.replyToWamid !== undefined) this.chatItem(user, action.replyToWamid);
        return this.inbound(
          user,
          {
            direction: 'inbound',
            type: 'text',
            text: action.body,
            ...(action.replyToWamid !== undefined ? { contextWamid: action.replyToWamid } : {}),
          },
          new Date(now.getTime() - Math.round(hoursAgo * 3_600_000)),
        );
      }
      case 'image': {
        if (typeof action.dataBase64 !== 'string')
          throw new EmulatorControlError(400, 'dataBase64 is required');
        const bytes = Buffer.from(action.dataBase64, 'base64');
        const problem = imageProblem(bytes, action.mimeType);
        if (problem) throw new EmulatorControlError(400, problem);
        if (
          action.caption !== undefined &&
          (typeof action.caption !== 'string' || action.caption.length > 1024)
        )
          throw new EmulatorControlError(400, 'caption must be at most 1024 characters');
        if (!user.onWhatsApp) throw new EmulatorControlError(409, `user ${user.waId} is not on WhatsApp`);
        const media = this.storeMedia(bytes);
        return this.inbound(
          user,
          {
            direction: 'inbound',
            type: 'image',
            mediaId: media.id,
            mimeType: media.mimeType,
            ...(action.caption ? { caption: action.caption } : {}),
          },
          now,
        );
      }
      case 'reaction': {
        if (typeof action.toWamid !== 'string' || typeof action.emoji !== 'string')
          throw new EmulatorControlError(400, 'toWamid and emoji are required');
        this.chatItem(user, action.toWamid);
        return this.inbound(
          user,
          {
            direction: 'inbound',
            type: 'reaction',
            reaction: { toWamid: action.toWamid, emoji: action.emoji },
          },
          now,
        );
      }
      case 'unsupported':
        return this.inbound(user, { direction: 'inbound', type: 'unsupported' }, now);
      default:
        throw new EmulatorControlError(400, 'type must be text, image, reaction or unsupported');
    }
  }

  private chatItem(user: User, wamid: string): ChatRecord {
    const item = user.chat.find((m) => m.wamid === wamid);
    if (!item)
      throw new EmulatorControlError(404, `no message ${wamid.slice(0, 80)} in the chat of ${user.waId}`);
    return item;
  }

  tap(waId: string, wamid: string, index: number): { wamid: string } {
    const user = this.user(waId);
    if (typeof wamid !== 'string') throw new EmulatorControlError(400, 'wamid is required');
    const item = this.chatItem(user, wamid);
    if (item.direction !== 'outbound')
      throw new EmulatorControlError(400, 'only business messages have buttons');
    const button: ChatButton | undefined = Number.isInteger(index)
      ? item.message.buttons?.[index]
      : undefined;
    if (!button) throw new EmulatorControlError(400, `the message has no button ${String(index)}`);
    const latest = latestReceipt(item);
    if (latest !== 'delivered' && latest !== 'read')
      throw new EmulatorControlError(409, `the phone has not received this message (status ${latest})`);
    const base = { direction: 'inbound' as const, contextWamid: wamid };
    if (item.message.type === 'template')
      return this.inbound(
        user,
        { ...base, type: 'button', button: { payload: button.payload ?? button.title, text: button.title } },
        this.now(),
      );
    return this.inbound(
      user,
      { ...base, type: 'interactive', interactive: { id: button.id ?? '', title: button.title } },
      this.now(),
    );
  }

  changeTemplate(name: string, language: string, change: TemplateChange): Required<EmulatedTemplate> {
    const index = this.templates.findIndex((t) => t.name === name && t.language === language);
    const current = this.templates[index];
    if (!current) throw new EmulatorControlError(404, `no template ${name} in ${language}`);
    if (!isPlainObject(change)) throw new EmulatorControlError(400, 'expected {status?, category?, reason?}');
    const statuses: readonly TemplateStatus[] = ['APPROVED', 'PENDING', 'REJECTED', 'PAUSED', 'DISABLED'];
    if (change.status !== undefined && !statuses.includes(change.status))
      throw new EmulatorControlError(400, `status must be one of ${statuses.join(', ')}`);
    if (
      change.category !== undefined &&
      !['UTILITY', 'MARKETING', 'AUTHENTICATION'].includes(change.category)
    )
      throw new EmulatorControlError(400, 'category must be UTILITY, MARKETING or AUTHENTICATION');
    const updated: Required<EmulatedTemplate> = {
      ...current,
      ...(change.status ? { status: change.status } : {}),
      ...(change.category ? { category: change.category } : {}),
    };
    this.templates[index] = updated;
    const time = Math.floor(this.now().getTime() / 1000);
    const ids = {
      message_template_id: Number(updated.id),
      message_template_name: updated.name,
      message_template_language: updated.language,
    };
    if (change.status && change.status !== current.status) {
      const reinstated =
        updated.status === 'APPROVED' && (current.status === 'PAUSED' || current.status === 'DISABLED');
      this.queue.enqueue({
        field: 'message_template_status_update',
        time,
        value: {
          event: reinstated ? 'REINSTATED' : updated.status,
          ...ids,
          reason: change.reason ?? 'NONE',
          ...(updated.status === 'PAUSED'
            ? {
                other_info: {
                  title: 'FIRST_PAUSE',
                  description: 'Your template has been paused for 3 hours due to low quality.',
                },
              }
            : {}),
        },
      });
    }
    if (change.category && change.category !== current.category)
      this.queue.enqueue({
        field: 'template_category_update',
        time,
        value: { ...ids, previous_category: current.category, new_category: updated.category },
      });
    this.notify();
    return { ...updated };
  }

  setWebhookUrl(url: string | null): void {
    if (url !== null) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new EmulatorControlError(400, 'url must be an absolute http(s) URL');
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new EmulatorControlError(400, 'url must be an absolute http(s) URL');
    }
    this.queue.setUrl(url);
    this.notify();
  }

  setChaos(chaos: Partial<ChaosSettings>): ChaosSettings {
    if (!isObject(chaos))
      throw new EmulatorControlError(400, 'expected {duplicateRate?, reorder?, maxDelayMs?}');
    const next = { ...this.chaos, ...chaos };
    if (typeof next.duplicateRate !== 'number' || next.duplicateRate < 0 || next.duplicateRate > 1)
      throw new EmulatorControlError(400, 'duplicateRate must be from 0 to 1');
    if (typeof next.reorder !== 'boolean') throw new EmulatorControlError(400, 'reorder must be a boolean');
    if (typeof next.maxDelayMs !== 'number' || next.maxDelayMs < 0)
      throw new EmulatorControlError(400, 'maxDelayMs must be a number >= 0');
    this.chaos = { duplicateRate: next.duplicateRate, reorder: next.reorder, maxDelayMs: next.maxDelayMs };
    this.queue.setChaos(this.chaos);
    this.notify();
    return { ...this.chaos };
  }

  setThroughput(perSecond: number): void {
    if (typeof perSecond !== 'number' || !Number.isInteger(perSecond) || perSecond < 1)
      throw new EmulatorControlError(400, 'perSecond must be an integer >= 1');
    this.throughput = perSecond;
    this.notify();
  }

  webhooks(): WebhookCounters {
    return this.queue.counters();
  }

  async drain(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pendingWork > 0 || !this.queue.idle()) {
      if (Date.now() >= deadline || this.stopped) return false;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return true;
  }

  stats(): EmulatorStats {
    const s = this.stats_;
    return {
      accepted: s.accepted,
      rejected: { total: s.rejectedTotal, byCode: { ...s.byCode } },
      duplicateCallbackData: s.duplicateCallbackData,
      maxPerSecond: s.maxPerSecond,
      firstAt: s.firstAt,
      lastAt: s.lastAt,
    };
  }

  reset(): void {
    this.workGeneration++;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pendingWork = 0;
    this.queue.clear();
    this.media = new Map();
    this.mediaTokens = new Map();
    this.stats_ = this.emptyStats();
    this.acceptedWindow = [];
    this.attemptWindow = [];
    this.seenCallbackData = new Set();
    this.seed();
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queue.stop();
    this.listeners.clear();
  }

  /** Runs `work` after statusDelayMs (real time), counted by drain. */
  private later(work: () => void): void {
    if (this.stopped) return;
    const generation = this.workGeneration;
    this.pendingWork++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (generation !== this.workGeneration) return;
      this.pendingWork--;
      try {
        work();
      } catch (error) {
        this.options.logger.warn({ error: String(error) }, 'emulator task failed');
      }
    }, this.options.statusDelayMs);
    this.timers.add(timer);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function latestReceipt(record: OutboundRecord): Receipt | 'accepted' {
  let latest: Receipt | 'accepted' = 'accepted';
  for (const { status } of record.statuses)
    if (latest === 'accepted' || RECEIPT_RANK[status] > RECEIPT_RANK[latest]) latest = status;
  return latest;
}

function unixSeconds(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}

function checkToggles(patch: object): void {
  for (const key of ['onWhatsApp', 'readReceipts', 'online'] as const) {
    const value = (patch as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== 'boolean')
      throw new EmulatorControlError(400, `${key} must be true or false`);
  }
}

/** Like isObject, without narrowing the declared type. */
function isPlainObject(value: unknown): boolean {
  return isObject(value);
}
