import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Random } from './random.js';
import type { EmulatorLogger } from './types.js';
import { EmulatorControlError } from './world.js';

/**
 * The Azure Communication Services SMS side of the emulator: `POST /sms?api-version=...` signed with the
 * resource's access key (HMAC-SHA256), answered like ACS; simulated SMS users; delivery reports and inbound
 * SMS posted to the SMS events URL as Event Grid events, retried until answered 2xx.
 */
export const SMS_EMULATOR_DEFAULTS = {
  /** Base64, as the Azure portal shows an access key. */
  accessKey: Buffer.from('emulator-acs-access-key-32-bytes').toString('base64'),
  /** The business SMS number the emulated resource owns. */
  number: '+18005550100',
  /** The `key` query the SMS events URL carries (the connector's SMS_EVENTS_KEY). */
  eventsKey: 'emulator-sms-events-key',
} as const;

export const DEFAULT_SMS_USERS: readonly SmsUserInit[] = [
  { number: '+15550100003', name: 'Chen (no WhatsApp)' },
  { number: '+15550100004', name: 'Dora (SMS only)' },
];

export interface SmsUserInit {
  /** E.164, like +14155550123. */
  readonly number: string;
  readonly name: string;
  /** Default true: false makes every SMS to the user fail its delivery report. */
  readonly reachable?: boolean;
}

export interface SmsChatItem {
  readonly direction: 'outbound' | 'inbound';
  readonly messageId: string;
  readonly text: string;
  readonly at: string;
  /** Outbound: accepted until the delivery report; inbound: received. */
  readonly status: 'accepted' | 'delivered' | 'failed' | 'received';
  readonly from: string;
  readonly tag?: string;
}

export interface SmsUserView {
  readonly number: string;
  readonly name: string;
  readonly reachable: boolean;
  readonly chat: readonly SmsChatItem[];
}

export interface SmsEventCounters {
  readonly queued: number;
  readonly inFlight: number;
  readonly delivered: number;
  readonly failedAttempts: number;
  readonly abandoned: number;
}

export interface SmsState {
  readonly number: string;
  readonly eventsUrl: string | null;
  readonly users: readonly SmsUserView[];
  readonly events: SmsEventCounters;
  /** Sends answered, and sends a repeatability id made idempotent (not sent again). */
  readonly sends: { readonly accepted: number; readonly repeated: number; readonly rejected: number };
}

/** The SMS control operations (HTTP control API: `/_emulator/sms...`). */
export interface SmsControl {
  state(): SmsState;
  addUser(init: SmsUserInit): SmsUserView;
  updateUser(number: string, patch: { name?: string; reachable?: boolean }): SmsUserView;
  /** The user texts the business number. */
  userSends(number: string, body: { body?: unknown }): { messageId: string };
  setEventsUrl(url: string | null): void;
  /** Waits until no event is queued or in flight and no delivery report is about to be produced. */
  drain(timeoutMs: number): Promise<boolean>;
}

export interface SmsWorldOptions {
  readonly accessKey: string;
  readonly number: string;
  readonly eventsUrl: string | null;
  readonly users: readonly SmsUserInit[];
  readonly retryDelaysMs: readonly number[];
  readonly maxAttempts: number;
  /** Real-time wait before a delivery report. */
  readonly reportDelayMs: number;
  readonly now: () => Date;
  readonly seed?: number | undefined;
  readonly logger: EmulatorLogger;
  readonly onChange: () => void;
}

export interface SmsAnswer {
  readonly status: number;
  readonly body: unknown;
}

interface User {
  number: string;
  name: string;
  reachable: boolean;
  chat: SmsChatItem[];
}

interface QueuedEvent {
  readonly event: Record<string, unknown>;
  attempts: number;
}

const E164 = /^\+[1-9]\d{6,14}$/;

function normalizeNumber(value: string): string {
  const compact = value.trim().replace(/[\s\-.()]/g, '');
  return compact.startsWith('+') ? compact : `+${compact}`;
}

function acsError(status: number, code: string, message: string): SmsAnswer {
  return { status, body: { error: { code, message } } };
}

function sameText(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The emulated ACS SMS resource and its phones. */
export class SmsWorld implements SmsControl {
  private users = new Map<string, User>();
  private eventsUrl: string | null;
  private queue: QueuedEvent[] = [];
  private inFlight = 0;
  private pendingReports = 0;
  private counts = { delivered: 0, failedAttempts: 0, abandoned: 0 };
  private sends = { accepted: 0, repeated: 0, rejected: 0 };
  private repeatability = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly random: Random;
  private generation = 0;
  private stopped = false;
  private pumping = false;

  constructor(private readonly options: SmsWorldOptions) {
    this.eventsUrl = options.eventsUrl;
    this.random = new Random(options.seed);
    this.seed();
  }

  private seed(): void {
    this.users = new Map();
    for (const init of this.options.users) this.addUserQuietly(init);
  }

  private addUserQuietly(init: SmsUserInit): User {
    const number = normalizeNumber(String(init.number ?? ''));
    if (!E164.test(number))
      throw new EmulatorControlError(400, 'number must be a phone number like +14155550123');
    const user: User = {
      number,
      name: String(init.name ?? number),
      reachable: init.reachable ?? true,
      chat: [],
    };
    this.users.set(number, user);
    return user;
  }

  private view(user: User): SmsUserView {
    return { number: user.number, name: user.name, reachable: user.reachable, chat: [...user.chat] };
  }

  private user(number: string): User {
    const user = this.users.get(normalizeNumber(number));
    if (!user) throw new EmulatorControlError(404, `no SMS user ${number}`);
    return user;
  }

  state(): SmsState {
    return {
      number: this.options.number,
      eventsUrl: this.eventsUrl,
      users: [...this.users.values()].map((u) => this.view(u)),
      events: {
        queued: this.queue.length,
        inFlight: this.inFlight,
        ...this.counts,
      },
      sends: { ...this.sends },
    };
  }

  addUser(init: SmsUserInit): SmsUserView {
    if (typeof init !== 'object' || init === null)
      throw new EmulatorControlError(400, 'expected {number, name}');
    if (init.reachable !== undefined && typeof init.reachable !== 'boolean')
      throw new EmulatorControlError(400, 'reachable must be true or false');
    const user = this.addUserQuietly(init);
    this.options.onChange();
    return this.view(user);
  }

  updateUser(number: string, patch: { name?: string; reachable?: boolean }): SmsUserView {
    const user = this.user(number);
    if (patch.reachable !== undefined && typeof patch.reachable !== 'boolean')
      throw new EmulatorControlError(400, 'reachable must be true or false');
    if (typeof patch.name === 'string' && patch.name.trim()) user.name = patch.name.trim();
    if (patch.reachable !== undefined) user.reachable = patch.reachable;
    this.options.onChange();
    return this.view(user);
  }

  userSends(number: string, body: { body?: unknown }): { messageId: string } {
    const normalized = normalizeNumber(number);
    const user =
      this.users.get(normalized) ??
      (E164.test(normalized) ? this.addUserQuietly({ number, name: normalized }) : null);
    if (!user) throw new EmulatorControlError(400, 'number must be a phone number like +14155550123');
    if (typeof body?.body !== 'string' || body.body.length === 0)
      throw new EmulatorControlError(400, 'body must be a non-empty string');
    const at = this.options.now().toISOString();
    const messageId = `Incoming_${this.stamp()}`;
    user.chat.push({
      direction: 'inbound',
      messageId,
      text: body.body,
      at,
      status: 'received',
      from: user.number,
    });
    this.enqueue('Microsoft.Communication.SMSReceived', `/phonenumber/${this.options.number.slice(1)}`, {
      messageId,
      from: user.number,
      to: this.options.number,
      message: body.body,
      receivedTimestamp: at,
    });
    this.options.onChange();
    return { messageId };
  }

  setEventsUrl(url: string | null): void {
    this.eventsUrl = url;
    this.pump();
    this.options.onChange();
  }

  /**
   * `POST /sms?api-version=...`: checks the HMAC signature like ACS (401 otherwise), then the body; each
   * recipient gets a message id and, later, a delivery report. A repeated repeatabilityRequestId is not
   * sent again: it answers the first message id.
   */
  send(request: {
    readonly method: string;
    readonly pathAndQuery: string;
    readonly host: string;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    readonly raw: Buffer;
  }): SmsAnswer {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const date = header('x-ms-date') ?? header('date');
    const hash = header('x-ms-content-sha256');
    const authorization = header('authorization') ?? '';
    const match = /^HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=(.+)$/.exec(
      authorization,
    );
    const bodyHash = createHash('sha256').update(request.raw).digest('base64');
    const expected = createHmac('sha256', Buffer.from(this.options.accessKey, 'base64'))
      .update(
        `${request.method}\n${request.pathAndQuery}\n${date ?? ''};${request.host};${hash ?? ''}`,
        'utf8',
      )
      .digest('base64');
    const fresh = date !== undefined && Math.abs(Date.parse(date) - Date.now()) < 15 * 60 * 1000;
    if (!match?.[1] || !hash || !fresh || !sameText(hash, bodyHash) || !sameText(match[1], expected)) {
      this.sends.rejected++;
      return acsError(
        401,
        'Denied',
        'Denied by the resource provider: the request signature is missing or wrong.',
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(request.raw.toString('utf8'));
    } catch {
      this.sends.rejected++;
      return acsError(400, 'BadRequest', 'The request body is not valid JSON.');
    }
    const problem = invalidSend(body);
    if (problem) {
      this.sends.rejected++;
      return acsError(400, 'BadRequest', problem);
    }
    const send = body as SendBody;
    if (send.from !== this.options.number) {
      this.sends.rejected++;
      return acsError(400, 'BadRequest', `The from number ${send.from} is not a number of this resource.`);
    }
    const value = send.smsRecipients.map((recipient) => {
      const to = normalizeNumber(recipient.to);
      const key = recipient.repeatabilityRequestId;
      const earlier = key ? this.repeatability.get(key) : undefined;
      if (earlier) {
        this.sends.repeated++;
        return {
          to,
          messageId: earlier,
          httpStatusCode: 202,
          repeatabilityResult: 'accepted',
          successful: true,
        };
      }
      if (!E164.test(to))
        return {
          to,
          httpStatusCode: 400,
          successful: false,
          errorMessage: 'Invalid To phone number format.',
        };
      const messageId = `Outgoing_${this.stamp()}_noam`;
      if (key) this.repeatability.set(key, messageId);
      this.sends.accepted++;
      const user = this.users.get(to) ?? this.addUserQuietly({ number: to, name: to });
      const item: SmsChatItem = {
        direction: 'outbound',
        messageId,
        text: send.message,
        at: this.options.now().toISOString(),
        status: 'accepted',
        from: send.from,
        ...(send.smsSendOptions?.tag ? { tag: send.smsSendOptions.tag } : {}),
      };
      user.chat.push(item);
      this.later(() => this.report(user, item, send.smsSendOptions?.enableDeliveryReport === true));
      return {
        to,
        messageId,
        httpStatusCode: 202,
        repeatabilityResult: key ? 'accepted' : undefined,
        successful: true,
      };
    });
    this.options.onChange();
    return { status: 202, body: { value } };
  }

  private report(user: User, item: SmsChatItem, wanted: boolean): void {
    const delivered = user.reachable;
    const index = user.chat.indexOf(item);
    if (index >= 0) user.chat[index] = { ...item, status: delivered ? 'delivered' : 'failed' };
    if (wanted) {
      const at = this.options.now().toISOString();
      this.enqueue(
        'Microsoft.Communication.SMSDeliveryReportReceived',
        `/phonenumber/${item.from.slice(1)}`,
        {
          messageId: item.messageId,
          from: item.from,
          to: user.number,
          deliveryStatus: delivered ? 'Delivered' : 'Failed',
          deliveryStatusDetails: delivered ? 'No error.' : 'The destination is unreachable.',
          deliveryAttempts: [
            { timestamp: at, segmentsSucceeded: delivered ? 1 : 0, segmentsFailed: delivered ? 0 : 1 },
          ],
          receivedTimestamp: at,
          ...(item.tag ? { tag: item.tag } : {}),
        },
      );
    }
    this.options.onChange();
  }

  private stamp(): string {
    const at = this.options.now().toISOString().replace(/\D/g, '').slice(0, 14);
    return `${at}${this.random.token(12).replace(/[^A-Za-z0-9]/g, 'x')}`;
  }

  private later(work: () => void): void {
    if (this.stopped) return;
    const generation = this.generation;
    this.pendingReports++;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (generation !== this.generation) return;
      this.pendingReports--;
      work();
    }, this.options.reportDelayMs);
    this.timers.add(timer);
  }

  private enqueue(eventType: string, subject: string, data: Record<string, unknown>): void {
    if (this.stopped) return;
    this.queue.push({
      event: {
        id: `${this.random.digits(8)}-${this.random.token(9)}`,
        topic:
          '/subscriptions/emulator/resourceGroups/emulator/providers/Microsoft.Communication/communicationServices/emulator',
        subject,
        eventType,
        eventTime: this.options.now().toISOString(),
        data,
        dataVersion: '1.0',
        metadataVersion: '1',
      },
      attempts: 0,
    });
    this.pump();
  }

  /** One event per POST, in order; a failed POST waits and is tried again (Event Grid retries for a day). */
  private pump(): void {
    if (this.pumping || this.stopped || this.eventsUrl === null) return;
    const next = this.queue.shift();
    if (!next) return;
    this.pumping = true;
    void this.post(next, this.eventsUrl);
  }

  private async post(item: QueuedEvent, url: string): Promise<void> {
    const generation = this.generation;
    this.inFlight++;
    let ok = false;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'aeg-event-type': 'Notification' },
        body: JSON.stringify([item.event]),
        signal: AbortSignal.timeout(15_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      ok = response.ok;
    } catch {
      ok = false;
    }
    if (generation !== this.generation || this.stopped) return;
    this.inFlight--;
    this.pumping = false;
    if (ok) {
      this.counts.delivered++;
      this.pump();
    } else {
      this.counts.failedAttempts++;
      item.attempts++;
      if (item.attempts >= this.options.maxAttempts) {
        this.counts.abandoned++;
        this.options.logger.warn({ attempts: item.attempts }, 'SMS event abandoned');
        this.pump();
      } else {
        this.queue.unshift(item);
        const delays = this.options.retryDelaysMs;
        const wait = delays[Math.min(item.attempts - 1, delays.length - 1)] ?? 1000;
        this.pumping = true;
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.pumping = false;
          this.pump();
        }, wait);
        this.timers.add(timer);
      }
    }
    this.options.onChange();
  }

  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.queue.length === 0 && this.inFlight === 0 && this.pendingReports === 0) return true;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return false;
  }

  reset(): void {
    this.generation++;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queue = [];
    this.inFlight = 0;
    this.pendingReports = 0;
    this.pumping = false;
    this.counts = { delivered: 0, failedAttempts: 0, abandoned: 0 };
    this.sends = { accepted: 0, repeated: 0, rejected: 0 };
    this.repeatability = new Map();
    this.seed();
    this.options.onChange();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

interface SendBody {
  readonly from: string;
  readonly message: string;
  readonly smsRecipients: readonly {
    readonly to: string;
    readonly repeatabilityRequestId?: string;
    readonly repeatabilityFirstSent?: string;
  }[];
  readonly smsSendOptions?: { readonly enableDeliveryReport?: boolean; readonly tag?: string };
}

function invalidSend(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return 'The request body must be a JSON object.';
  const b = body as Record<string, unknown>;
  if (typeof b.from !== 'string' || !b.from) return 'from is required.';
  if (typeof b.message !== 'string') return 'message is required.';
  if (!Array.isArray(b.smsRecipients) || b.smsRecipients.length === 0) return 'smsRecipients is required.';
  for (const r of b.smsRecipients as unknown[]) {
    if (typeof r !== 'object' || r === null || typeof (r as Record<string, unknown>).to !== 'string')
      return 'Each of smsRecipients needs a to number.';
  }
  if (b.smsSendOptions !== undefined && (typeof b.smsSendOptions !== 'object' || b.smsSendOptions === null))
    return 'smsSendOptions must be an object.';
  return null;
}
