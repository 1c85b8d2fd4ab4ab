import { reminderAvailableAt } from '../../domain/consent/consent-transitions.js';
import { notice } from '../../domain/thread/system-notice.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { ReminderDuePayload } from '../shared/job-kinds.js';
import { postNotice } from '../shared/notices.js';

/** 24 h after an unanswered opt-in request: tell the participants a reminder may now be sent. */
export class AnnounceReminderDue {
  constructor(private readonly deps: AppDeps) {}

  execute(tenantId: string, payload: ReminderDuePayload): Promise<'announced' | 'not_needed'> {
    return this.deps.store.transaction(tenantId, async (tx) => {
      const thread = await tx.threadForUpdate(payload.threadId);
      if (!thread || thread.status !== 'open') return 'not_needed';
      const consent = await tx.consentForUpdate(payload.phoneNumberId, payload.contactId);
      const availableAt = reminderAvailableAt(consent);
      const sameRequest = consent.lastRequestedAt?.toISOString() === payload.requestedAt;
      if (!availableAt || !sameRequest || availableAt > this.deps.clock.now()) return 'not_needed';
      await postNotice(tx, this.deps, thread, notice('opt_in_reminder_available'), null);
      return 'announced';
    });
  }
}
