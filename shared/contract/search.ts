import { z } from 'zod';
import { Id, Instant } from './common.js';
import { ThreadAccess, ThreadContact } from './threads.js';

export const SEARCH_QUERY_MAX = 200;

export const SearchQuery = z.object({
  /** Words to find (each also matches words it begins: "inv" finds "invoice"); all must match. */
  q: z.string().trim().min(1).max(SEARCH_QUERY_MAX),
  /** `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/**
 * Plain text with the parts that matched: `[start, end)` offsets in UTF-16 code units (JavaScript string
 * indices). The tab renders text and ranges as text nodes, so nothing in a message is ever read as markup.
 */
export const MarkedText = z
  .object({
    text: z.string(),
    highlights: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })),
  })
  .meta({ id: 'MarkedText' });
export type MarkedText = z.infer<typeof MarkedText>;

export const Channel = z.enum(['whatsapp', 'sms']);

export const MessageHit = z
  .object({
    threadId: Id,
    messageId: Id,
    channel: Channel,
    direction: z.enum(['inbound', 'outbound', 'system']),
    contact: ThreadContact,
    at: Instant,
    /** Around the first match, with "…" where the text was cut. */
    snippet: MarkedText,
    access: ThreadAccess,
  })
  .meta({ id: 'MessageHit' });
export type MessageHit = z.infer<typeof MessageHit>;

export const ContactHit = z
  .object({
    threadId: Id,
    channel: Channel,
    status: z.enum(['open', 'closed']),
    contact: ThreadContact,
    /** The contact's name (and WhatsApp name, number) with what matched. */
    name: MarkedText,
    lastActivityAt: Instant,
    access: ThreadAccess,
  })
  .meta({ id: 'ContactHit' });
export type ContactHit = z.infer<typeof ContactHit>;

export const SearchResults = z
  .object({
    /** Threads whose contact matches, most recent activity first; on the first page only. */
    contacts: z.array(ContactHit),
    /** Matching messages, newest first. */
    messages: z.array(MessageHit),
    /** Pass as `cursor` for older messages; null when there are no more. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SearchResults' });
export type SearchResults = z.infer<typeof SearchResults>;
