import { getTableName } from 'drizzle-orm';
import { consents, events, jobs, messages, threadParticipants, threads } from '../schema.js';
import { columnNames, jsonColumns, selectList } from './raw-sql.js';

const MESSAGE = selectList(messages);
const THREAD = selectList(threads);
const CONSENT = selectList(consents);

const MESSAGE_COLUMNS = columnNames(messages);
export const MESSAGE_JSON_FIELDS = jsonColumns(messages);
const THREAD_COLUMNS = columnNames(threads);

const PARTICIPANT = `"user_id" as "userId", "joined_at" as "joinedAt", "added_by" as "addedBy"`;

export const SQL = {
  /**
   * The thread (locked), its participants, the contact's consent (locked) and the sender's earlier message
   * with this client id: one round trip for the whole send path. Subqueries run left to right, so the
   * thread is locked before the consent, as everywhere else.
   */
  loadForSend:
    `select (select row_to_json(t) from (select ${THREAD} from threads where tenant_id = $1 and id = $2 for update) t) as thread, ` +
    `(select coalesce(json_agg(p), '[]'::json) from (select ${PARTICIPANT} from ${getTableName(threadParticipants)} ` +
    `where tenant_id = $1 and thread_id = $2 and left_at is null order by joined_at, id) p) as participants, ` +
    `(select row_to_json(c) from (select ${CONSENT} from consents where tenant_id = $1 and (phone_number_id, contact_id) = ` +
    `(select phone_number_id, contact_id from threads where tenant_id = $1 and id = $2) for update) c) as consent, ` +
    `(select row_to_json(m) from (select ${MESSAGE} from messages where tenant_id = $1 and sender_user_id = $3 ` +
    `and client_message_id = $4) m) as earlier`,
  messageById: `select ${MESSAGE} from messages where tenant_id = $1 and id = $2`,
  messageByIdForUpdate: `select ${MESSAGE} from messages where tenant_id = $1 and id = $2 for update`,
  messageByWamid: `select ${MESSAGE} from messages where tenant_id = $1 and wamid = $2`,
  /**
   * The ids are gathered first, each through its own unique index: written as `wamid = any(..) or id =
   * any(..)` the planner may walk the tenant's whole history and filter it, which grows with every message.
   */
  outboundMessagesForUpdate:
    `select ${MESSAGE} from messages where tenant_id = $1 and id = any(array(` +
    `select id from messages where tenant_id = $1 and wamid = any($2::text[]) and wamid is not null ` +
    `union select unnest($3::uuid[]))) and direction = 'outbound' order by id for update`,
  saveDeliveries:
    `update messages m set status = x.status, wamid = x.wamid, sent_at = x.sent_at, delivered_at = x.delivered_at, ` +
    `read_at = x.read_at, failed_at = x.failed_at, failure_code = x.failure_code, failure_title = x.failure_title, ` +
    `updated_at = now() from jsonb_to_recordset($2::jsonb) as x(id uuid, status text, wamid text, ` +
    `sent_at timestamptz, delivered_at timestamptz, read_at timestamptz, failed_at timestamptz, ` +
    `failure_code integer, failure_title text) where m.tenant_id = $1 and m.id = x.id`,
  messagesByIds: `select ${MESSAGE} from messages where tenant_id = $1 and id = any($2::uuid[])`,
  oldestUndispatchedOf:
    `select m.* from unnest($2::uuid[]) as t(id) cross join lateral (select ${MESSAGE} from messages ` +
    `where tenant_id = $1 and thread_id = t.id and status = 'sending' and wamid is null order by seq limit 1) m`,
  threadsForUpdate: `select ${THREAD} from threads where tenant_id = $1 and id = any($2::uuid[]) order by id for update`,
  oldestUndispatched:
    `select ${MESSAGE} from messages where tenant_id = $1 and thread_id = $2 and status = 'sending' ` +
    `and wamid is null order by seq limit 1`,
  threadForUpdate: `select ${THREAD} from threads where tenant_id = $1 and id = $2 for update`,
  activeParticipants:
    `select ${PARTICIPANT} from ${getTableName(threadParticipants)} ` +
    `where tenant_id = $1 and thread_id = $2 and left_at is null order by joined_at, id`,
  participantsOfThreads:
    `select "thread_id" as "threadId", ${PARTICIPANT} from ${getTableName(threadParticipants)} ` +
    `where tenant_id = $1 and thread_id = any($2::uuid[]) and left_at is null order by joined_at, id`,
  consentForUpdate: `select ${CONSENT} from consents where tenant_id = $1 and phone_number_id = $2 and contact_id = $3 for update`,
  insertMessage: (fields: readonly string[]) =>
    `insert into messages (tenant_id, ${fields.map((f) => `"${MESSAGE_COLUMNS[f]}"`).join(', ')}) ` +
    `values ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')}) returning ${MESSAGE}`,
  /**
   * insertMessage that also tells whether an older message of the thread is still on its way out. The
   * statement's snapshot is taken after the caller locked the thread, so it sees every committed message.
   */
  insertOutbound: (fields: readonly string[]) =>
    `insert into messages as n (tenant_id, ${fields.map((f) => `"${MESSAGE_COLUMNS[f]}"`).join(', ')}) ` +
    `values ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')}) returning ${MESSAGE}, ` +
    `exists (select 1 from messages o where o.tenant_id = n.tenant_id and o.thread_id = n.thread_id ` +
    `and o.status = 'sending' and o.wamid is null and o.id <> n.id) as "behindOlder"`,
  updateThread: (fields: readonly string[]) =>
    `update threads set ${fields.map((f, i) => `"${THREAD_COLUMNS[f]}" = $${i + 3}`).join(', ')}, ` +
    `version = version + 1, updated_at = now() where tenant_id = $1 and id = $2`,
  /**
   * Appends the transaction's live events and jobs, and moves its touched threads' last message time, in one
   * statement, and wakes the listeners; NOTIFY is delivered on commit. A job whose dedupe key exists already is skipped, as enqueueJob does.
   */
  flushOutbox:
    `with t as (update threads set last_message_at = greatest(last_message_at, x.at), version = version + 1, ` +
    `updated_at = now() from jsonb_to_recordset($6::jsonb) as x(id uuid, at timestamptz) ` +
    `where threads.tenant_id = $1 and threads.id = x.id), ` +
    `e as (insert into ${getTableName(events)} (tenant_id, type, thread_id, audience, payload) ` +
    `select $1, x.type, x.thread_id, x.audience, x.payload from jsonb_to_recordset($2::jsonb) ` +
    `as x(type text, thread_id uuid, audience text[], payload jsonb) returning id), ` +
    `j as (insert into ${getTableName(jobs)} (tenant_id, kind, payload, run_at, dedupe_key) ` +
    `select $1, x.kind, x.payload, x.run_at, x.dedupe_key from jsonb_to_recordset($3::jsonb) ` +
    `as x(kind text, payload jsonb, run_at timestamptz, dedupe_key text) ` +
    `on conflict (tenant_id, dedupe_key) where dedupe_key is not null do nothing returning kind) ` +
    `select (select pg_notify($4, json_build_object('tenantId', $1::text, 'id', max(id))::text) from e having count(*) > 0) as events, ` +
    `(select pg_notify($5, min(kind)) from j having count(*) > 0) as jobs`,
  /** Webhook ingestion: jobs (of any tenant) in one statement outside any transaction, with their NOTIFY. */
  scheduleJobs:
    `with j as (insert into ${getTableName(jobs)} (tenant_id, kind, payload, run_at, dedupe_key) ` +
    `select x.tenant_id, x.kind, x.payload, x.run_at, x.dedupe_key from jsonb_to_recordset($1::jsonb) ` +
    `as x(tenant_id text, kind text, payload jsonb, run_at timestamptz, dedupe_key text) ` +
    `on conflict (tenant_id, dedupe_key) where dedupe_key is not null do nothing returning kind) ` +
    `select pg_notify($2, min(kind)) from j having count(*) > 0`,
};
