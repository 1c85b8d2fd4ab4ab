import { requestOptIn, sendOptInReminder } from '../../domain/consent/consent-transitions.js';
import type { AppDeps } from '../shared/app-deps.js';
import { lockThreadAsParticipant } from '../shared/thread-access.js';
import { applyConsentTransition } from './apply-consent-transition.js';

export interface ThreadCommand {
  readonly tenantId: string;
  readonly userId: string;
  readonly threadId: string;
}

/** The user confirmed: send the opt-in request to the contact. */
export class RequestOptIn {
  constructor(private readonly deps: AppDeps) {}

  execute(input: ThreadCommand): Promise<void> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const { thread } = await lockThreadAsParticipant(tx, input.threadId, input.userId);
      const consent = await tx.consentForUpdate(thread.phoneNumberId, thread.contactId);
      const transition = requestOptIn(consent, this.deps.clock.now(), input.userId);
      await applyConsentTransition(tx, this.deps, thread, transition, { actorUserId: input.userId });
    });
  }
}

/** No answer after 24 h: the user may remind the contact (again every 24 h). */
export class SendOptInReminder {
  constructor(private readonly deps: AppDeps) {}

  execute(input: ThreadCommand): Promise<void> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const { thread } = await lockThreadAsParticipant(tx, input.threadId, input.userId);
      const consent = await tx.consentForUpdate(thread.phoneNumberId, thread.contactId);
      const transition = sendOptInReminder(consent, this.deps.clock.now());
      await applyConsentTransition(tx, this.deps, thread, transition, { actorUserId: input.userId });
    });
  }
}
