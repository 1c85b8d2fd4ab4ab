import { consentNotice } from '../../domain/consent/consent-notice.js';
import { reminderAvailableAt, type ConsentTransition } from '../../domain/consent/consent-transitions.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { ThreadRecord } from '../../ports/conversation-records.js';
import { contactText } from '../../i18n/contact-texts.js';
import { resolveLocale } from '../../i18n/locales.js';
import { dispatchNew, resumeConversation } from '../messaging/outbound-queue.js';
import type { AppDeps } from '../shared/app-deps.js';
import { JOB } from '../shared/job-kinds.js';
import { postNotice } from '../shared/notices.js';
import { publishThreadState } from '../shared/publish.js';
import { connectorTemplate } from '../shared/templates.js';

async function scheduleReminderDue(tx: ConversationTx, thread: ThreadRecord, transition: ConsentTransition) {
  const runAt = reminderAvailableAt(transition.consent);
  const requestedAt = transition.consent.lastRequestedAt?.toISOString();
  if (!runAt || !requestedAt) return;
  await tx.scheduleJob({
    kind: JOB.reminderDue,
    payload: {
      phoneNumberId: thread.phoneNumberId,
      contactId: thread.contactId,
      threadId: thread.id,
      requestedAt,
    },
    runAt,
    dedupeKey: `reminder-due:${thread.id}:${requestedAt}`,
  });
}

export interface ConsentCause {
  readonly actorUserId: string | null;
  /** The WhatsApp message that caused the transition (the contact's answer, a failed request). */
  readonly wamid?: string | null;
  readonly errorCode?: number | null;
}

/**
 * Persists a consent transition with its evidence, tells the participants, and carries out its effects
 * (send the request, schedule the retry, close the thread, flush the queue...). Returns the thread as it is now.
 */
export async function applyConsentTransition(
  tx: ConversationTx,
  deps: AppDeps,
  thread: ThreadRecord,
  transition: ConsentTransition,
  cause: ConsentCause,
): Promise<ThreadRecord> {
  const now = deps.clock.now();
  let current = thread;
  let templateName: string | null = null;
  let requestMessageId: string | null = null;

  await tx.saveConsent(thread.phoneNumberId, thread.contactId, transition.consent);
  await postNotice(tx, deps, current, consentNotice(transition), cause.actorUserId);

  for (const effect of transition.effects) {
    switch (effect.type) {
      case 'send_opt_in_request':
      case 'send_opt_in_reminder': {
        const requester = transition.consent.requestedBy
          ? await tx.user(transition.consent.requestedBy)
          : null;
        const purpose = effect.type === 'send_opt_in_request' ? 'opt_in' : 'opt_in_reminder';
        const template = await connectorTemplate(tx, purpose, [requester?.displayName ?? '']);
        const sent = await dispatchNew(tx, deps, {
          id: deps.ids.newId(),
          threadId: current.id,
          purpose,
          kind: 'template',
          senderUserId: cause.actorUserId,
          template,
        });
        templateName = template.name;
        requestMessageId = sent.id;
        await scheduleReminderDue(tx, thread, transition);
        break;
      }
      case 'schedule_opt_in_retry':
        await tx.scheduleJob({
          kind: JOB.retryOptIn,
          payload: { phoneNumberId: thread.phoneNumberId, contactId: thread.contactId, threadId: thread.id },
          runAt: effect.at,
          dedupeKey: `opt-in-retry:${thread.id}:${transition.consent.failureCount}`,
        });
        break;
      case 'close_thread':
        current = { ...current, status: 'closed', closedAt: now, closedReason: 'opt_in_undeliverable' };
        await tx.updateThread(current);
        await publishThreadState(tx, current);
        break;
      case 'tell_contact_how_to_opt_in_again': {
        const tenant = await tx.tenant();
        await dispatchNew(tx, deps, {
          id: deps.ids.newId(),
          threadId: current.id,
          purpose: 'chat',
          kind: 'text',
          senderUserId: null,
          body: contactText(resolveLocale(tenant?.locale), 'opted_out'),
        });
        break;
      }
      case 'flush_queue':
        current = await resumeConversation(tx, deps, current);
        await tx.updateThread(current);
        break;
      case 'offer_sms':
        // The 'contact_not_on_whatsapp' notice is the offer: the tab and the bot show "Send SMS instead".
        break;
    }
  }

  await tx.recordConsentEvidence({
    phoneNumberId: thread.phoneNumberId,
    contactId: thread.contactId,
    threadId: thread.id,
    type: transition.event,
    actorUserId: cause.actorUserId,
    templateName,
    wamid: cause.wamid ?? null,
    errorCode: cause.errorCode ?? null,
    details: {
      state: transition.consent.state,
      ...(requestMessageId ? { requestMessageId } : {}),
      ...(transition.consent.retryAt ? { retryAt: transition.consent.retryAt.toISOString() } : {}),
    },
    occurredAt: now,
  });
  return current;
}
