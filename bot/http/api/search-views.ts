import type { ContactHit, MessageHit } from '../../../shared/contract/search.js';
import type { ThreadAccess } from '../../../shared/contract/threads.js';
import { markMatches, snippet } from '../../../shared/domain/search/highlight.js';
import type { ContactRecord } from '../../../shared/ports/conversation-records.js';
import type { ContactMatch, HitThread, MessageMatch } from '../../../shared/ports/thread-search.js';

/** How the caller sees a hit's thread; outside their own threads only compliance finds anything. */
export function hitAccess(thread: HitThread): ThreadAccess {
  if (thread.membership === 'active') return 'participant';
  if (thread.membership === 'former') return 'former_participant';
  return 'compliance';
}

function threadContact(contact: ContactRecord) {
  return {
    id: contact.id,
    displayName: contact.displayName,
    phoneE164: contact.phoneE164,
    whatsappName: contact.whatsappName,
  };
}

/** The name line of a contact hit: name, WhatsApp name when it differs, number. */
function nameLine(contact: ContactRecord): string {
  const parts = [contact.displayName];
  if (contact.whatsappName && contact.whatsappName !== contact.displayName)
    parts.push(`(${contact.whatsappName})`);
  if (contact.phoneE164) parts.push(`· ${contact.phoneE164}`);
  return parts.join(' ');
}

export function toMessageHit(match: MessageMatch, terms: readonly string[]): MessageHit {
  return {
    threadId: match.thread.id,
    messageId: match.messageId,
    channel: match.thread.channel,
    direction: match.direction,
    contact: threadContact(match.thread.contact),
    at: match.createdAt.toISOString(),
    snippet: snippet(match.text, terms),
    access: hitAccess(match.thread),
  };
}

export function toContactHit(match: ContactMatch, terms: readonly string[]): ContactHit {
  return {
    threadId: match.thread.id,
    channel: match.thread.channel,
    status: match.thread.status,
    contact: threadContact(match.thread.contact),
    name: markMatches(nameLine(match.thread.contact), terms),
    lastActivityAt: match.lastActivityAt.toISOString(),
    access: hitAccess(match.thread),
  };
}
