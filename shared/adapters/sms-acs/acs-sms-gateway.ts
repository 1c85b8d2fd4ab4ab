import { z } from 'zod';
import { SmsSendError, type SmsGateway, type SmsSendRequest } from '../../ports/sms-gateway.js';
import { repeatabilityIdFor, signAcsRequest } from './acs-signing.js';

type LogFn = (fields: object, message?: string) => void;

/** What the gateway logs: never the access key, never a message body. A pino Logger satisfies it. */
export interface AcsLogger {
  readonly warn: LogFn;
}

export interface AcsSmsOptions {
  /** The resource's endpoint, like https://contoso.communication.azure.com */
  readonly endpoint: string;
  /** The resource's access key (base64), as the Azure portal shows it. */
  readonly accessKey: string;
  /** Default 2021-03-07. */
  readonly apiVersion?: string;
  /** Default 15 s per request. */
  readonly timeoutMs?: number;
  /** Immediate retries after a network error, a timeout, a 429 or a 5xx. Default 2. */
  readonly immediateRetries?: number;
  /** Wait before each immediate retry; the last entry repeats. Default [250, 1000] ms. */
  readonly retryDelaysMs?: readonly number[];
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => Date;
  readonly logger?: AcsLogger;
}

export const ACS_SMS_API_VERSION = '2021-03-07';

const sendAnswer = z.object({
  value: z
    .array(
      z.object({
        to: z.string(),
        messageId: z.string().nullish(),
        httpStatusCode: z.number(),
        successful: z.boolean(),
        errorMessage: z.string().nullish(),
        repeatabilityResult: z.string().nullish(),
      }),
    )
    .min(1),
});

const errorAnswer = z.object({ error: z.object({ code: z.string(), message: z.string().optional() }) });

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const silent: AcsLogger = { warn: () => undefined };

function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * The SmsGateway port on Azure Communication Services SMS (`POST {endpoint}/sms`), each request signed with
 * the access key. A send carries a repeatability id derived from our correlation id (and the time of the
 * first attempt), so ACS sends a retried request once; the correlation id also goes out as the report tag.
 */
export class AcsSmsGateway implements SmsGateway {
  private readonly endpoint: URL;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => Date;
  private readonly logger: AcsLogger;

  constructor(private readonly options: AcsSmsOptions) {
    this.endpoint = new URL(options.endpoint.replace(/\/+$/, '') + '/');
    this.fetch = options.fetch ?? fetch;
    this.sleep = options.sleep ?? realSleep;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? silent;
  }

  async send(request: SmsSendRequest): Promise<{ readonly messageId: string }> {
    const url = new URL(`sms?api-version=${this.options.apiVersion ?? ACS_SMS_API_VERSION}`, this.endpoint);
    const firstSent = (request.firstAttemptAt ?? this.now()).toUTCString();
    const body = JSON.stringify({
      from: request.from,
      smsRecipients: [
        {
          to: request.to,
          repeatabilityRequestId: repeatabilityIdFor(request.correlationId),
          repeatabilityFirstSent: firstSent,
        },
      ],
      message: request.body,
      smsSendOptions: { enableDeliveryReport: true, tag: request.correlationId },
    });
    const retries = this.options.immediateRetries ?? 2;
    const delays = this.options.retryDelaysMs ?? [250, 1000];
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(url, body);
      } catch (error) {
        const failure =
          error instanceof SmsSendError ? error : new SmsSendError('unexpected', String(error), false);
        this.logger.warn(
          {
            operation: 'sms.send',
            correlationId: request.correlationId,
            code: failure.code,
            attempt: attempt + 1,
          },
          `ACS SMS send failed: ${failure.message}`,
        );
        if (!failure.retryable || attempt >= retries) throw failure;
        await this.sleep(failure.retryAfterMs ?? delays[Math.min(attempt, delays.length - 1)] ?? 1000);
      }
    }
  }

  private async attempt(url: URL, body: string): Promise<{ messageId: string }> {
    const headers = signAcsRequest(this.options.accessKey, { method: 'POST', url, body, date: this.now() });
    let response: Response;
    try {
      response = await this.fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      throw new SmsSendError(
        timedOut ? 'timeout' : 'network',
        timedOut ? 'ACS did not answer in time' : 'ACS could not be reached',
        true,
      );
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const parsed = errorAnswer.safeParse(json);
      const code = parsed.success ? parsed.data.error.code : `http_${response.status}`;
      const message =
        parsed.success && parsed.data.error.message ? parsed.data.error.message : `HTTP ${response.status}`;
      throw new SmsSendError(
        code,
        `ACS refused the send (HTTP ${response.status}): ${message}`,
        retryableStatus(response.status),
        retryAfterMs(response.headers.get('retry-after')),
      );
    }
    const parsed = sendAnswer.safeParse(json);
    if (!parsed.success)
      throw new SmsSendError('invalid_answer', 'ACS answered with an unexpected body', true);
    const [recipient] = parsed.data.value;
    if (!recipient?.successful || !recipient.messageId) {
      const status = recipient?.httpStatusCode ?? 500;
      throw new SmsSendError(
        `recipient_${status}`,
        `ACS did not accept the recipient (${status}): ${recipient?.errorMessage ?? 'no reason given'}`,
        retryableStatus(status),
      );
    }
    return { messageId: recipient.messageId };
  }
}
