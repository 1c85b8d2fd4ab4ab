import { NO_CONSENT, type Consent } from '../../shared/domain/consent/consent.js';

export const T0 = new Date('2026-03-02T09:00:00.000Z');
export const hours = (n: number) => n * 60 * 60 * 1000;
export const at = (ms: number, from: Date = T0) => new Date(from.getTime() + ms);

/** Test-data builder: a consent in a given state with sensible evidence for it. */
export class ConsentBuilder {
  private consent: Consent = NO_CONSENT;

  static none(): ConsentBuilder {
    return new ConsentBuilder();
  }

  static requested(requestedAt: Date = T0, by = 'user-alice'): ConsentBuilder {
    return new ConsentBuilder().with({
      state: 'requested',
      requestedBy: by,
      firstRequestedAt: requestedAt,
      lastRequestedAt: requestedAt,
    });
  }

  static granted(grantedAt: Date = T0): ConsentBuilder {
    return ConsentBuilder.requested(grantedAt).with({ state: 'granted', grantedAt });
  }

  static declined(declinedAt: Date = T0): ConsentBuilder {
    return ConsentBuilder.requested(declinedAt).with({ state: 'declined', declinedAt });
  }

  static failed(
    reason: 'not_on_whatsapp' | 'undeliverable',
    failedAt: Date = T0,
    failureCount = 1,
  ): ConsentBuilder {
    return ConsentBuilder.requested(failedAt).with({
      state: 'failed',
      failureReason: reason,
      failureCode: reason === 'not_on_whatsapp' ? 131026 : 131000,
      failureCount,
      failedAt,
      retryAt: reason === 'undeliverable' && failureCount === 1 ? at(hours(24), failedAt) : null,
    });
  }

  with(changes: Partial<Consent>): ConsentBuilder {
    this.consent = { ...this.consent, ...changes };
    return this;
  }

  build(): Consent {
    return this.consent;
  }
}
