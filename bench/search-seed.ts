import type { Database } from '../shared/adapters/store/database.js';

/** The tenant searched, and a second one whose messages share its words (isolation costs nothing extra). */
export const SEARCH_TENANT = 'bench-search-a';
export const NOISE_TENANT = 'bench-search-b';
export const SEARCH_USERS = 50;

export interface SearchSeed {
  readonly messages: number;
  readonly threads: number;
  readonly seconds: number;
  readonly indexSeconds: number;
}

// Word lists the bodies are drawn from: common words (each in about 1 body of 10), a per-order word
// ("order1234", about 1 in 2,000) and a per-message reference ("ref123456", unique).
const COMMON = [
  'hello',
  'thanks',
  'invoice',
  'meeting',
  'tomorrow',
  'payment',
  'delivery',
  'parcel',
  'please',
  'call',
  'contract',
  'price',
  'quote',
  'schedule',
  'address',
  'signature',
  'receipt',
  'refund',
  'account',
  'update',
];
const FILLER = ['about', 'the', 'your', 'our', 'new', 'next', 'last', 'this', 'for', 'with', 'today', 'soon'];
const FIRST = [
  'Anna',
  'Bruno',
  'Chloé',
  'Diego',
  'Emma',
  'Farid',
  'Greta',
  'Hiro',
  'Inès',
  'João',
  'Kofi',
  'Lena',
];
const LAST = ['Martin', 'Chen', 'Dubois', 'García', 'Müller', 'Sato', 'Silva', 'Okafor', 'Rossi', 'Novak'];

const sqlArray = (words: readonly string[]) =>
  `array[${words.map((word) => `'${word.replaceAll("'", "''")}'`).join(', ')}]`;

/** The indexes a bulk load would otherwise maintain row by row; rebuilt afterwards with the same definition. */
const BULK_INDEXES = ['messages_search_idx', 'messages_tenant_seq_idx', 'messages_thread_seq_idx'];

/**
 * Seeds in a handful of INSERT ... SELECT generate_series statements: per tenant, contacts and one thread each
 * (every tenth SMS, every fifth closed), one or two participants per thread (every third has a former one),
 * and the messages spread over those threads and 90 days. The message indexes are dropped for the load and
 * built again from their own definitions, as a restore would.
 */
export async function seedSearchData(
  database: Database,
  options: { readonly messages: number; readonly threadsPerTenant: number },
): Promise<SearchSeed> {
  const started = performance.now();
  const definitions = await database.query<{ indexdef: string; indexname: string }>(
    `select indexname, indexdef from pg_indexes where indexname = any($1::text[])`,
    [BULK_INDEXES],
  );
  for (const { indexname } of definitions) await database.query(`drop index ${indexname}`, []);
  const tenants: [string, number, number][] = [
    // [tenant, threads, messages]: the searched tenant holds 90% of the messages.
    [SEARCH_TENANT, options.threadsPerTenant, Math.round(options.messages * 0.9)],
    [
      NOISE_TENANT,
      Math.max(1, Math.round(options.threadsPerTenant / 10)),
      Math.round(options.messages * 0.1),
    ],
  ];
  // One transaction (one connection) per tenant: the thread list is a temporary table of that session.
  for (const [tenant, threads, messages] of tenants) {
    await database.transaction(async (tx) => {
      const run = (text: string) => tx.query(text, []);
      await run(`insert into tenants (id, name, whatsapp_enabled, sender_phone_number_id) values
      ('${tenant}', '${tenant}', true, 'pn-${tenant}')`);
      await run(`insert into contacts (tenant_id, display_name, phone_e164)
      select '${tenant}', (${sqlArray(FIRST)})[1 + g % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + (g / ${FIRST.length}) % ${LAST.length}] || ' ' || g,
        '+1555' || lpad(g::text, 7, '0')
      from generate_series(1, ${threads}) g`);
      await run(`insert into threads (tenant_id, channel, phone_number_id, contact_id, status, opened_at, closed_at)
      select tenant_id, case when n % 10 = 0 then 'sms' else 'whatsapp' end, 'pn-${tenant}', id,
        case when n % 5 = 0 then 'closed' else 'open' end, now() - interval '91 days',
        case when n % 5 = 0 then now() else null end
      from (select tenant_id, id, row_number() over (order by id) as n from contacts where tenant_id = '${tenant}') c`);
      await run(`create temp table bench_threads as
      select array_agg(id order by id) as ids from threads where tenant_id = '${tenant}'`);
      await run(`insert into thread_participants (tenant_id, thread_id, user_id, joined_at)
      select '${tenant}', ids[n], 'u' || (n % ${SEARCH_USERS}), now() - interval '91 days'
      from bench_threads, generate_series(1, ${threads}) n`);
      await run(`insert into thread_participants (tenant_id, thread_id, user_id, joined_at, left_at, left_reason)
      select '${tenant}', ids[n], 'u' || ((n + 7) % ${SEARCH_USERS}), now() - interval '91 days', now() - interval '30 days', 'left'
      from bench_threads, generate_series(3, ${threads}, 3) n`);
      await run(`insert into messages (tenant_id, thread_id, direction, kind, status, body, created_at)
      select '${tenant}', ids[(1 + (hashint4(g)::bigint + 2147483648) % ${threads})::int],
        case when g % 2 = 0 then 'inbound' else 'outbound' end, 'text',
        case when g % 2 = 0 then 'received' else 'read' end,
        (${sqlArray(COMMON)})[1 + (g * 7) % ${COMMON.length}] || ' ' || (${sqlArray(FILLER)})[1 + (g * 3) % ${FILLER.length}]
          || ' order' || (g % 2000) || ' ' || (${sqlArray(COMMON)})[1 + (g * 13 + 5) % ${COMMON.length}] || ' ref' || g,
        now() - interval '90 days' + (g::double precision / ${messages}) * interval '90 days'
      from bench_threads, generate_series(1, ${messages}) g`);
      await run(`drop table bench_threads`);
    });
  }
  const indexStarted = performance.now();
  await database.transaction(async (tx) => {
    await tx.query(`set local maintenance_work_mem = '256MB'`, []);
    for (const { indexdef } of definitions) await tx.query(indexdef, []);
  });
  await database.query('analyze', []);
  const done = performance.now();
  return {
    messages: options.messages,
    threads: tenants.reduce((sum, [, threads]) => sum + threads, 0),
    seconds: (done - started) / 1_000,
    indexSeconds: (done - indexStarted) / 1_000,
  };
}
