import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrizzleThreadSearch } from '../../../shared/adapters/store/search/drizzle-thread-search.js';
import { messages, threadParticipants } from '../../../shared/adapters/store/schema.js';
import type { SearchScope, ThreadSearch } from '../../../shared/ports/thread-search.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
import { TENANT, openThread, seedContact } from './seed.js';

let database: TestDatabase;
let mine: string;
let others: string;
beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  mine = await openThread(db, await seedContact(db));
  others = await openThread(db, await seedContact(db));
  await db.insert(threadParticipants).values([
    { tenantId: TENANT, threadId: mine, userId: 'ana', joinedAt: new Date() },
    { tenantId: TENANT, threadId: others, userId: 'ben', joinedAt: new Date() },
  ]);
  // 30 messages, alternating between the two threads; every third one mentions the parcel.
  for (let n = 1; n <= 30; n++)
    await db.insert(messages).values({
      tenantId: TENANT,
      threadId: n % 2 === 0 ? mine : others,
      direction: 'inbound',
      kind: 'text',
      status: 'received',
      body: n % 3 === 0 ? `parcel number ${n}` : `message ${n}`,
    });
});
afterAll(() => database?.dispose());

const ana: SearchScope = { tenantId: TENANT, userId: 'ana', everyThread: false };

/** Every page of a search, followed by its cursor. */
async function allPages(search: ThreadSearch, scope: SearchScope, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | undefined;
  do {
    const page = await search.messages(scope, ['parcel'], { ...(after ? { after } : {}), limit });
    pages.push(page.matches.map((match) => match.text));
    after = page.next ?? undefined;
  } while (after);
  return pages;
}

describe('advisor search: recent messages first, then the word index over the rest', () => {
  it('finds the same messages, newest first, whether they lie in the recent window or before it', async () => {
    const wide = await allPages(new DrizzleThreadSearch(database), ana, 2);
    // A window of 4 messages: most matches are found by the second phase, some pages straddle both.
    const narrow = await allPages(new DrizzleThreadSearch(database, { recentWindow: 4 }), ana, 2);
    const expected = [
      'parcel number 30',
      'parcel number 24',
      'parcel number 18',
      'parcel number 12',
      'parcel number 6',
    ];
    expect(wide.flat()).toEqual(expected);
    expect(narrow.flat()).toEqual(expected);
    expect(narrow).toEqual([expected.slice(0, 2), expected.slice(2, 4), expected.slice(4)]);
  });

  it("never finds another advisor's thread, and compliance finds both", async () => {
    const search = new DrizzleThreadSearch(database, { recentWindow: 4 });
    const ben = await search.messages({ tenantId: TENANT, userId: 'ben', everyThread: false }, ['parcel'], {
      limit: 20,
    });
    expect(ben.matches.map((match) => match.thread.id)).toEqual(Array(5).fill(others));
    const all = await search.messages({ tenantId: TENANT, userId: 'cora', everyThread: true }, ['parcel'], {
      limit: 20,
    });
    expect(all.matches).toHaveLength(10);
    expect(new Set(all.matches.map((match) => match.thread.membership))).toEqual(new Set([null]));
  });
});
