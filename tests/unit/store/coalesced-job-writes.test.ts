import { describe, expect, it } from 'vitest';
import {
  CoalescedJobWrites,
  jobRowsOf,
} from '../../../shared/adapters/store/conversation/coalesced-job-writes.js';

const runAt = new Date('2030-01-01T00:00:00Z');
const rows = (tenantId: string, ...keys: string[]) =>
  jobRowsOf(
    tenantId,
    keys.map((key) => ({ kind: 'whatsapp.status', payload: { key }, runAt, dedupeKey: key })),
  );

/** A database stand-in that records each write's dedupe keys and answers when told to. */
class RecordingWriter {
  readonly writes: string[][] = [];
  private readonly answers: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  failKeys = new Set<string>();

  readonly write = (written: readonly { dedupe_key: string | null }[]) => {
    const keys = written.map((row) => row.dedupe_key ?? '');
    this.writes.push(keys);
    if (keys.some((key) => this.failKeys.has(key))) return Promise.reject(new Error('check violation'));
    return new Promise<void>((resolve, reject) => this.answers.push({ resolve, reject }));
  };

  answerAll(): void {
    for (const answer of this.answers.splice(0)) answer.resolve();
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedJobWrites', () => {
  it('writes the callers of one moment in one statement, and answers each once it is written', async () => {
    const writer = new RecordingWriter();
    const writes = new CoalescedJobWrites(writer.write);
    let answered = 0;
    const calls = [rows('t1', 'a'), rows('t2', 'b', 'c'), rows('t1', 'd')].map((r) =>
      writes.add(r).then(() => answered++),
    );
    await tick();
    expect(writer.writes).toEqual([['a', 'b', 'c', 'd']]);
    expect(answered).toBe(0);

    writer.answerAll();
    await Promise.all(calls);
    expect(answered).toBe(3);
  });

  it('sends what arrives during a write in the next one, never two at once', async () => {
    const writer = new RecordingWriter();
    const writes = new CoalescedJobWrites(writer.write);
    const first = writes.add(rows('t1', 'a'));
    await tick();
    const later = [writes.add(rows('t1', 'b')), writes.add(rows('t1', 'c'))];
    await tick();
    expect(writer.writes).toEqual([['a']]);

    writer.answerAll();
    await first;
    await tick();
    expect(writer.writes).toEqual([['a'], ['b', 'c']]);
    writer.answerAll();
    await Promise.all(later);
  });

  it('retries a failed joint write one caller at a time: only the bad one fails', async () => {
    const writer = new RecordingWriter();
    writer.failKeys.add('bad');
    const writes = new CoalescedJobWrites(writer.write);
    const good = writes.add(rows('t1', 'good'));
    const bad = writes.add(rows('t1', 'bad'));
    const outcome = Promise.allSettled([good, bad]);
    await tick();
    await tick();
    writer.answerAll();
    const [goodOutcome, badOutcome] = await outcome;

    expect(goodOutcome.status).toBe('fulfilled');
    expect(badOutcome).toMatchObject({ status: 'rejected', reason: new Error('check violation') });
    expect(writer.writes).toEqual([['good', 'bad'], ['good'], ['bad']]);
  });

  it('answers at once when there is nothing to write', async () => {
    const writer = new RecordingWriter();
    await new CoalescedJobWrites(writer.write).add([]);
    expect(writer.writes).toEqual([]);
  });
});
