import { retryOptIn } from '../../domain/consent/consent-transitions.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { RetryOptInPayload } from '../shared/job-kinds.js';
import { applyConsentTransition } from './apply-consent-transition.js';

/** The scheduled second attempt at an opt-in request that WhatsApp could not deliver. */
export class RetryOptIn {
  constructor(private readonly deps: AppDeps) {}

  execute(tenantId: string, payload: RetryOptInPayload): Promise<'retried' | 'not_needed'> {
    return this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(payload.threadId);
      if (!thread || thread.status !== 'open') return 'not_needed';
      const consent = await tx.consentForUpdate(payload.phoneNumberId, payload.contactId);
      const transition = retryOptIn(consent, this.deps.clock.now());
      if (!transition) return 'not_needed';
      await applyConsentTransition(tx, this.deps, thread, transition, { actorUserId: null });
      return 'retried';
    });
  }
}
