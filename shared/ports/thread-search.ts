import type { Channel, ContactRecord } from './conversation-records.js';
import type { Membership } from './thread-reads.js';

/** Whose threads a search covers: those the user is or was in, or every thread of the tenant (compliance). */
export interface SearchScope {
  readonly tenantId: string;
  readonly userId: string;
  readonly everyThread: boolean;
}

/** The thread a hit belongs to, and how the searching user relates to it (null: not a member). */
export interface HitThread {
  readonly id: string;
  readonly channel: Channel;
  readonly status: 'open' | 'closed';
  readonly contact: ContactRecord;
  readonly membership: Membership | null;
}

export interface MessageMatch {
  readonly thread: HitThread;
  readonly messageId: string;
  readonly direction: 'inbound' | 'outbound' | 'system';
  /** The text the words were found in: the body, then the picture's caption. */
  readonly text: string;
  readonly createdAt: Date;
}

export interface ContactMatch {
  readonly thread: HitThread;
  readonly lastActivityAt: Date;
}

/** A page of matching messages, newest first, and where the next (older) page starts. */
export interface MessageMatchPage {
  readonly matches: MessageMatch[];
  /** Opaque position to continue from; null when there is nothing older. */
  readonly next: string | null;
}

/** Full-text search over messages and contacts, within a scope; terms come from the domain's searchTerms. */
export interface ThreadSearch {
  /** Messages holding every term (as a word or the beginning of one), newest first. */
  messages(
    scope: SearchScope,
    terms: readonly string[],
    page: { readonly after?: string; readonly limit: number },
  ): Promise<MessageMatchPage>;
  /** Threads whose contact's name, WhatsApp name or number holds every term, most recent activity first. */
  contacts(scope: SearchScope, terms: readonly string[], limit: number): Promise<ContactMatch[]>;
}
