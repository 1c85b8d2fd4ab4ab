/** Public types of the emulator: options, the simulated world as the control API shows it. */
import type { SmsControl, SmsUserInit } from './sms.js';

export type LogFn = (fields: object, message?: string) => void;

/** What the emulator logs through: a pino Logger satisfies it. Message bodies are never logged at info. */
export interface EmulatorLogger {
  readonly info: LogFn;
  readonly warn: LogFn;
}

export interface ChaosSettings {
  /** Probability (0..1) that a webhook delivery is sent twice. */
  readonly duplicateRate: number;
  /** Deliver ready webhooks in random order instead of first in, first out. */
  readonly reorder: boolean;
  /** Each delivery waits a random 0..maxDelayMs before it goes out. */
  readonly maxDelayMs: number;
}

export interface SimulatedUserInit {
  /** Digits only, like 4915112345678 (a leading + and spaces are stripped). */
  readonly waId: string;
  readonly name: string;
  /** Default true. */
  readonly onWhatsApp?: boolean;
  /** Default true. */
  readonly readReceipts?: boolean;
  /** Default true. */
  readonly online?: boolean;
}

export type TemplateStatus = 'APPROVED' | 'PENDING' | 'REJECTED' | 'PAUSED' | 'DISABLED';
export type TemplateCategory = 'UTILITY' | 'MARKETING' | 'AUTHENTICATION';

export type TemplateComponentDefinition =
  | { readonly type: 'HEADER'; readonly format: 'TEXT'; readonly text: string }
  | {
      readonly type: 'BODY';
      readonly text: string;
      readonly example?: { readonly body_text: readonly (readonly string[])[] };
    }
  | { readonly type: 'FOOTER'; readonly text: string }
  | {
      readonly type: 'BUTTONS';
      readonly buttons: readonly { readonly type: 'QUICK_REPLY'; readonly text: string }[];
    };

/** A message template as GET /{waba-id}/message_templates lists it. */
export interface EmulatedTemplate {
  /** Numeric string; assigned when absent. */
  readonly id?: string;
  readonly name: string;
  readonly language: string;
  readonly status: TemplateStatus;
  readonly category: TemplateCategory;
  readonly components: readonly TemplateComponentDefinition[];
}

export interface EmulatorOptions {
  /** Default 0 (a free port). */
  readonly port?: number;
  /** Default 127.0.0.1 */
  readonly host?: string;
  readonly accessToken?: string;
  readonly appSecret?: string;
  readonly phoneNumberId?: string;
  readonly displayPhoneNumber?: string;
  readonly wabaId?: string;
  /** Where signed webhooks go; may be set later with control.setWebhookUrl. */
  readonly webhookUrl?: string;
  /** Sends per phone number in any rolling second; above it sends are refused with 130429. Default 80. */
  readonly throughputPerSecond?: number;
  /** Waits after a failed delivery (non-2xx or network error); the last repeats. */
  readonly webhookRetryDelaysMs?: readonly number[];
  /** Attempts per webhook before it is abandoned. Default 20. */
  readonly webhookMaxAttempts?: number;
  /** Webhook POSTs in flight at once. Default 4. */
  readonly webhookConcurrency?: number;
  /** Events per webhook POST (Meta batches). Default 1. */
  readonly webhookBatchSize?: number;
  /** Default off. */
  readonly chaos?: Partial<ChaosSettings>;
  /** Clock for timestamps, the 24 h window and media URL expiry. Rates are measured in real time. */
  readonly now?: () => Date;
  /** Seed for chaos and ids: the same seed gives the same chaos. */
  readonly seed?: number;
  /** Default: three demo users, two on WhatsApp and one not. */
  readonly users?: readonly SimulatedUserInit[];
  /** Default: SHIPPED_TEMPLATES. */
  readonly templates?: readonly EmulatedTemplate[];
  /** Real-time wait between a send and its sent receipt, and between sent, delivered and read. Default 0. */
  readonly statusDelayMs?: number;
  readonly logger?: EmulatorLogger;
  /** ACS SMS: the access key (base64) requests to `POST /sms` are signed with. Default SMS_EMULATOR_DEFAULTS. */
  readonly acsAccessKey?: string;
  /** ACS SMS: the business SMS number of the emulated resource. */
  readonly smsNumber?: string;
  /** ACS SMS: where Event Grid events (inbound SMS, delivery reports) go, with its `?key=`; null holds them. */
  readonly smsEventsUrl?: string;
  /** ACS SMS: the simulated SMS users. Default DEFAULT_SMS_USERS. */
  readonly smsUsers?: readonly SmsUserInit[];
}

export type Receipt = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusRecord {
  readonly status: Receipt;
  /** ISO time from the emulator's clock. */
  readonly at: string;
  readonly error?: { readonly code: number; readonly title: string };
}

/** A button the phone shows under a business message; tapping it sends a button or interactive reply. */
export interface ChatButton {
  readonly index: number;
  readonly title: string;
  /** Quick reply of a template: the payload the send carried (Meta falls back to the button text). */
  readonly payload?: string;
  /** Interactive reply button: its id. */
  readonly id?: string;
}

/** A message from the business to the user. */
export interface OutboundChatItem {
  readonly direction: 'outbound';
  readonly wamid: string;
  readonly type: 'text' | 'image' | 'template' | 'interactive';
  readonly at: string;
  /** Text, template body with its parameters, or interactive body. */
  readonly text?: string;
  readonly caption?: string;
  readonly mediaId?: string;
  readonly mimeType?: string;
  readonly template?: { readonly name: string; readonly language: string; readonly category: string };
  readonly buttons?: readonly ChatButton[];
  readonly replyToWamid?: string;
  readonly callbackData?: string;
  /** The latest receipt (failed wins). */
  readonly status: Receipt | 'accepted';
  readonly statuses: readonly StatusRecord[];
}

/** A message from the user to the business. */
export interface InboundChatItem {
  readonly direction: 'inbound';
  readonly wamid: string;
  readonly type: 'text' | 'image' | 'button' | 'interactive' | 'reaction' | 'unsupported';
  readonly at: string;
  readonly text?: string;
  readonly caption?: string;
  readonly mediaId?: string;
  readonly mimeType?: string;
  readonly reaction?: { readonly toWamid: string; readonly emoji: string };
  readonly button?: { readonly payload: string; readonly text: string };
  readonly interactive?: { readonly id: string; readonly title: string };
  readonly contextWamid?: string;
  /** The business marked it read (blue ticks on the phone). */
  readonly readByBusiness: boolean;
}

export type ChatItem = OutboundChatItem | InboundChatItem;

export interface SimulatedUserView {
  readonly waId: string;
  readonly name: string;
  readonly onWhatsApp: boolean;
  readonly readReceipts: boolean;
  readonly online: boolean;
  /** Time of the user's last message (the service window start), ISO. */
  readonly lastInboundAt: string | null;
  readonly windowOpen: boolean;
}

export interface UserPatch {
  readonly name?: string;
  readonly onWhatsApp?: boolean;
  readonly readReceipts?: boolean;
  readonly online?: boolean;
}

export type UserMessageAction =
  | {
      readonly type: 'text';
      readonly body: string;
      readonly hoursAgo?: number;
      readonly replyToWamid?: string;
    }
  | {
      readonly type: 'image';
      readonly dataBase64: string;
      readonly mimeType: string;
      readonly caption?: string;
    }
  | { readonly type: 'reaction'; readonly toWamid: string; readonly emoji: string }
  | { readonly type: 'unsupported' };

export interface TemplateChange {
  readonly status?: TemplateStatus;
  readonly category?: TemplateCategory;
  readonly reason?: string;
}

export interface WebhookCounters {
  /** Events waiting (including those waiting for a retry or a chaos delay). */
  readonly queued: number;
  /** Events in POSTs that have not answered yet. */
  readonly inFlight: number;
  /** Events whose POST got a 2xx. */
  readonly delivered: number;
  /** POSTs that failed (non-2xx or network error). */
  readonly failedAttempts: number;
  /** Extra deliveries chaos added. */
  readonly duplicatesInjected: number;
  /** Events that went out before an event queued earlier (chaos reorder or delays). */
  readonly reordered: number;
  /** Events given up after webhookMaxAttempts. */
  readonly abandoned: number;
  /** POSTs made, successful or not. */
  readonly posts: number;
}

export interface EmulatorStats {
  readonly accepted: number;
  readonly rejected: { readonly total: number; readonly byCode: Readonly<Record<string, number>> };
  /** Accepted sends whose biz_opaque_callback_data an earlier accepted send already carried. */
  readonly duplicateCallbackData: number;
  /** Most sends (accepted and rejected) in any one-second window, real time. */
  readonly maxPerSecond: number;
  /** Real time of the first and last send, ISO. */
  readonly firstAt: string | null;
  readonly lastAt: string | null;
}

export interface UserWithChat extends SimulatedUserView {
  readonly chat: readonly ChatItem[];
}

export interface EmulatorState {
  readonly business: {
    readonly phoneNumberId: string;
    readonly displayPhoneNumber: string;
    readonly wabaId: string;
  };
  readonly users: readonly UserWithChat[];
  readonly templates: readonly Required<EmulatedTemplate>[];
  readonly webhookUrl: string | null;
  readonly webhooks: WebhookCounters;
  readonly chaos: ChaosSettings;
  readonly throughputPerSecond: number;
  readonly stats: EmulatorStats;
}

/** The control API, in process. Each method throws EmulatorControlError for a request it refuses. */
export interface EmulatorControl {
  state(): EmulatorState;
  users(): SimulatedUserView[];
  addUser(init: SimulatedUserInit): SimulatedUserView;
  updateUser(waId: string, patch: UserPatch): SimulatedUserView;
  chat(waId: string): ChatItem[];
  /** The user sends something to the business; answers the inbound wamid. */
  userSends(waId: string, action: UserMessageAction): { wamid: string };
  /** The user taps button `index` under business message `wamid`; answers the inbound wamid. */
  tap(waId: string, wamid: string, index: number): { wamid: string };
  changeTemplate(name: string, language: string, change: TemplateChange): Required<EmulatedTemplate>;
  setWebhookUrl(url: string | null): void;
  setChaos(chaos: Partial<ChaosSettings>): ChaosSettings;
  setThroughput(perSecond: number): void;
  webhooks(): WebhookCounters;
  /** Resolves true once no webhook is queued, in flight or about to be produced; false on timeout. */
  drain(timeoutMs?: number): Promise<boolean>;
  stats(): EmulatorStats;
  /** Back to the start: users, chats, media, templates, stats, counters and queued webhooks. Keeps the
   *  webhook URL, chaos and throughput settings. */
  reset(): void;
  /** Called after every change of the state (the SSE stream of the phone page uses it). */
  subscribe(listener: () => void): () => void;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:3979, also the Graph base URL (append /v23.0). */
  readonly url: string;
  readonly control: EmulatorControl;
  /** The ACS SMS side: the same operations as `/_emulator/sms...`. */
  readonly sms: SmsControl;
  stop(): Promise<void>;
}
