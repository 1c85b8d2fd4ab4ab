/** An SMS a contact sent to one of the tenants' SMS numbers, as the provider reported it. */
export interface InboundSms {
  /** The provider's id of the SMS: a redelivered event carries the same one. */
  readonly messageId: string;
  readonly from: string;
  /** The business SMS number it was sent to. */
  readonly to: string;
  readonly body: string;
  readonly receivedAt: Date;
}

/** The carrier's final word on an SMS we sent. */
export interface SmsDeliveryReport {
  /** The provider's id of the SMS we sent (the one its send answered with). */
  readonly messageId: string;
  /** The business SMS number it was sent from. */
  readonly from: string;
  readonly to: string;
  /** The provider's status as it spells it: 'Delivered', 'Failed', ... */
  readonly deliveryStatus: string;
  readonly details: string | null;
  readonly receivedAt: Date;
  /** The tag given at send: our message id. */
  readonly tag: string | null;
}

/** Jobs carry their payload as JSON: the dates come back as strings. */
export function inboundSmsFromJob(payload: unknown): InboundSms {
  const sms = payload as InboundSms & { receivedAt: string };
  return { ...sms, receivedAt: new Date(sms.receivedAt) };
}

export function deliveryReportFromJob(payload: unknown): SmsDeliveryReport {
  const report = payload as SmsDeliveryReport & { receivedAt: string };
  return { ...report, receivedAt: new Date(report.receivedAt) };
}

/** Failure codes kept on an SMS that did not arrive (WhatsApp's codes are positive; these never clash). */
export const SMS_FAILURE = {
  /** The carrier reported the SMS as not delivered. */
  deliveryFailed: -20,
  /** The provider refused the send. */
  refused: -21,
  /** The contact opted out (STOP) after the message was written. */
  optedOut: -22,
  /** No SMS provider or sender number is configured. */
  notConfigured: -23,
  /** The provider kept failing in a way worth retrying until the job's attempts ran out. */
  gaveUp: -24,
} as const;
