import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * SQL text for the hot statements, derived from the drizzle schema so it cannot drift from it. drizzle's
 * builder spends about 100 µs per statement building SQL; these are built once, at load.
 */

/** `"snake_name" as "camelKey", ...` for every column: raw rows come back shaped like drizzle's. */
export function selectList(table: PgTable): string {
  return Object.entries(getTableColumns(table))
    .map(([key, column]) => `"${column.name}" as "${key}"`)
    .join(', ');
}

/** The database column name of each field. */
export function columnNames(table: PgTable): Record<string, string> {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name]),
  );
}

/** The columns that hold JSON: their values are sent serialized (the pg driver would send arrays as SQL arrays). */
export function jsonColumns(table: PgTable): ReadonlySet<string> {
  return new Set(
    Object.entries(getTableColumns(table))
      .filter(([, column]) => column.getSQLType() === 'jsonb')
      .map(([key]) => key),
  );
}

/**
 * Turns a row that travelled as JSON (row_to_json) back into the shape drizzle returns: JSON has no
 * timestamps, so the timestamp columns come back as ISO strings and are revived here.
 */
export function jsonRowReviver<Row>(table: PgTable): (json: Record<string, unknown>) => Row {
  const timestamps = Object.entries(getTableColumns(table))
    .filter(([, column]) => column.getSQLType().startsWith('timestamp'))
    .map(([key]) => key);
  return (json) => {
    const row: Record<string, unknown> = { ...json };
    for (const key of timestamps) if (typeof row[key] === 'string') row[key] = new Date(row[key]);
    return row as Row;
  };
}
