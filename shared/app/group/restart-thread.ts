import { checkRestart } from '../../domain/group/participants.js';
import { notice } from '../../domain/thread/system-notice.js';
import type { AppDeps } from '../shared/app-deps.js';
import { newThread } from '../shared/new-thread.js';
import { postNotice } from '../shared/notices.js';
import { lockThreadAsFormerParticipant } from '../shared/thread-access.js';
import type { MembershipInput } from './membership-commands.js';

/** Opens a new thread with the contact of a closed one; the closed one stays in the history. */
export class RestartThread {
  constructor(private readonly deps: AppDeps) {}

  execute(input: MembershipInput): Promise<{ readonly threadId: string; readonly needsOptIn: boolean }> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const closed = await lockThreadAsFormerParticipant(tx, input.threadId, input.userId);
      const open = await tx.openThreadForUpdate(closed.channel, closed.phoneNumberId, closed.contactId);
      checkRestart(closed.status, open !== null);
      const now = this.deps.clock.now();
      const thread = newThread({
        id: this.deps.ids.newId(),
        channel: closed.channel,
        phoneNumberId: closed.phoneNumberId,
        contactId: closed.contactId,
        openedAt: now,
        openedBy: input.userId,
        previous: closed,
      });
      await tx.createThread(thread);
      await tx.addParticipant(thread.id, input.userId, now, null);
      await postNotice(
        tx,
        this.deps,
        thread,
        notice('conversation_restarted', { previousThreadId: closed.id }),
        input.userId,
      );
      const consent = await tx.consentForUpdate(thread.phoneNumberId, thread.contactId);
      return { threadId: thread.id, needsOptIn: consent.state === 'none' || consent.state === 'failed' };
    });
  }
}
