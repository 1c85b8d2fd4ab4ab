import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../shared/adapters/store/database.js';
import { jobs, type JobRow } from '../../../shared/adapters/store/schema.js';

export const T0 = new Date('2030-01-01T00:00:00Z');

/** A clock the test moves; the worker uses it instead of the database clock. */
export class TestClock {
  private current = T0.getTime();
  readonly now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current += ms;
  }
}

export async function jobRow(db: Db, tenantId: string, id: string): Promise<JobRow> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, Number(id))));
  if (!row) throw new Error(`job ${id} not found`);
  return row;
}

export const seconds = (n: number): number => n * 1_000;
