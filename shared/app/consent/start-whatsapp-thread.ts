import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { ConsentState } from '../../domain/consent/consent.js';
import type { AppDeps } from '../shared/app-deps.js';
import { NotFound } from '../shared/app-errors.js';
import { newThread } from '../shared/new-thread.js';
import { publishThreadState } from '../shared/publish.js';
import { requireWhatsAppSender } from '../shared/thread-access.js';

export interface StartWhatsAppThreadInput {
  readonly tenantId: string;
  readonly userId: string;
  readonly contactId: string;
}

export interface StartedThread {
  readonly threadId: string;
  readonly created: boolean;
  readonly consentState: ConsentState;
  /** The user must confirm sending the opt-in request before anything else can be sent. */
  readonly needsOptIn: boolean;
}

/** Opens (or returns) the caller's WhatsApp thread with a contact. */
export class StartWhatsAppThread {
  constructor(private readonly deps: AppDeps) {}

  execute(input: StartWhatsAppThreadInput): Promise<StartedThread> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const phoneNumberId = await requireWhatsAppSender(tx, input.userId);
      const contact = await tx.contact(input.contactId);
      if (!contact) throw new NotFound('contact');
      if (!contact.phoneE164 && !contact.waUserId) throw new DomainRuleViolation('contact_not_on_whatsapp');
      // Thread before consent, as every use case locks them, so two of them never wait on each other.
      const open = await tx.openThreadForUpdate('whatsapp', phoneNumberId, contact.id);
      const consent = await tx.consentForUpdate(phoneNumberId, contact.id);
      const needsOptIn = consent.state === 'none' || consent.state === 'failed';
      if (open) {
        const participants = await tx.activeParticipants(open.id);
        // A thread the contact opened with nobody on it yet is taken by the first user who answers.
        if (participants.length === 0)
          await tx.addParticipant(open.id, input.userId, this.deps.clock.now(), null);
        // One open thread per contact: a colleague already talking to them must add or hand over.
        else if (!participants.some((p) => p.userId === input.userId))
          throw new DomainRuleViolation('open_thread_exists');
        return { threadId: open.id, created: false, consentState: consent.state, needsOptIn };
      }

      const now = this.deps.clock.now();
      const previous = await tx.latestThread('whatsapp', phoneNumberId, contact.id);
      const thread = newThread({
        id: this.deps.ids.newId(),
        channel: 'whatsapp',
        phoneNumberId,
        contactId: contact.id,
        openedAt: now,
        openedBy: input.userId,
        previous,
      });
      await tx.createThread(thread);
      await tx.addParticipant(thread.id, input.userId, now, null);
      await publishThreadState(tx, thread);
      return { threadId: thread.id, created: true, consentState: consent.state, needsOptIn };
    });
  }
}
