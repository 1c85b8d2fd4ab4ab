export interface SmsSendRequest {
  readonly from: string;
  readonly to: string;
  readonly body: string;
  /** Our id for the message: the provider tags the SMS with it, and a resend with the same id is not sent twice. */
  readonly correlationId: string;
  /** When the first attempt for this message was made (the provider's repeatability window starts there). */
  readonly firstAttemptAt?: Date;
}

export interface SmsGateway {
  send(request: SmsSendRequest): Promise<{ readonly messageId: string }>;
}

/** The SMS provider refused or failed a send. `retryable`: the same send may succeed later. */
export class SmsSendError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
}
