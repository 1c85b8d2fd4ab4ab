import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// Search runs on expression indexes rather than stored tsvector columns, so no select list or insert of
// the hot send and ingest paths carries a tsvector. A query uses the index only when it repeats the
// expression exactly, so the indexes and the search adapter both build it here. The 'simple'
// configuration lower-cases and never stems: it treats every language alike.

/** The words a message is found by: its text and its picture's caption. */
export function messageSearchDocument(body: AnyPgColumn, media: AnyPgColumn): SQL {
  return sql`to_tsvector('simple'::regconfig, coalesce(${body}, '') || ' ' || coalesce(${media} ->> 'caption', ''))`;
}

/** The words a contact is found by: their names and the digits of their number. */
export function contactSearchDocument(
  displayName: AnyPgColumn,
  whatsappName: AnyPgColumn,
  phoneE164: AnyPgColumn,
): SQL {
  return sql`to_tsvector('simple'::regconfig, ${displayName} || ' ' || coalesce(${whatsappName}, '') || ' ' || coalesce(regexp_replace(${phoneE164}, '[^0-9]', '', 'g'), ''))`;
}
