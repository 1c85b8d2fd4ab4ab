import type { Message } from '../../../../shared/contract/messages.js';

/** An older page put before what is shown (a message already there is not repeated). */
export function withOlder(current: readonly Message[], older: readonly Message[]): Message[] {
  const known = new Set(current.map((m) => m.id));
  return [...older.filter((m) => !known.has(m.id)), ...current];
}

/**
 * The newest page (reloaded on a live event) joined to what is shown: the older history already loaded is
 * kept, and every message of the page replaces its shown copy (its status may have moved on). When the page
 * does not reach back to anything shown, too much came in between: the page alone is shown.
 */
export function withLatest(current: readonly Message[], latest: readonly Message[]): Message[] {
  const first = latest[0];
  if (!first) return [...current];
  const index = current.findIndex((m) => m.id === first.id);
  if (index === -1) return [...latest];
  const inLatest = new Set(latest.map((m) => m.id));
  const newest = latest.at(-1)?.createdAt ?? first.createdAt;
  // Put in place by the composer the moment the server accepted it, but not in the page fetched before.
  const sentSince = current.slice(index).filter((m) => !inLatest.has(m.id) && m.createdAt > newest);
  return [...current.slice(0, index), ...latest, ...sentSince];
}

/** When a message happened for the reader: when the contact sent it, else when it was written. */
export const messageTime = (message: Message): string => message.receivedAt ?? message.createdAt;

/** A calendar day in the user's time zone. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export interface DayGroup {
  readonly day: string;
  /** A time of that day, for its separator's label. */
  readonly at: string;
  readonly items: Message[];
}

/** Messages cut by the local calendar day they were written or received on. */
export function groupByDay(messages: readonly Message[]): DayGroup[] {
  const groups: { day: string; at: string; items: Message[] }[] = [];
  for (const message of messages) {
    const at = messageTime(message);
    const day = localDay(at);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(message);
    else groups.push({ day, at, items: [message] });
  }
  return groups;
}
