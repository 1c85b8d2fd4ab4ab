export type ConsentState = 'none' | 'requested' | 'granted' | 'declined' | 'failed';
export type ConsentFailureReason = 'not_on_whatsapp' | 'undeliverable';

/** Consent of one contact to be messaged from one business number. */
export interface Consent {
  readonly state: ConsentState;
  readonly requestedBy: string | null;
  readonly firstRequestedAt: Date | null;
  readonly lastRequestedAt: Date | null;
  readonly remindersSent: number;
  readonly grantedAt: Date | null;
  readonly declinedAt: Date | null;
  readonly failureCount: number;
  readonly failureCode: number | null;
  readonly failureReason: ConsentFailureReason | null;
  readonly failedAt: Date | null;
  readonly retryAt: Date | null;
}

export const NO_CONSENT: Consent = Object.freeze({
  state: 'none',
  requestedBy: null,
  firstRequestedAt: null,
  lastRequestedAt: null,
  remindersSent: 0,
  grantedAt: null,
  declinedAt: null,
  failureCount: 0,
  failureCode: null,
  failureReason: null,
  failedAt: null,
  retryAt: null,
});

/** The evidence kept for every transition (consent_events.type). */
export type ConsentEventType =
  | 'requested'
  | 'reminder_sent'
  | 'granted'
  | 'declined'
  | 'opted_out'
  | 'delivery_failed'
  | 'retried'
  | 'closed_after_failure';
