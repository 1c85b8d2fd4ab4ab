import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { JOB, type SyncTemplatesPayload } from '../../../app/shared/job-kinds.js';
import {
  NumberInUse,
  type OrgAdministration,
  type OrgMember,
  type OrgSettingsChanges,
  type OrgSettingsRecord,
} from '../../../ports/org-administration.js';
import type { Database } from '../database.js';
import { enqueueJob } from '../jobs/enqueue-job.js';
import { postgresErrorCode } from '../reads/postgres-error-code.js';
import { tenants, users } from '../schema.js';

const UNIQUE_VIOLATION = '23505';

const SETTINGS = {
  whatsappEnabled: tenants.whatsappEnabled,
  senderPhoneNumberId: tenants.senderPhoneNumberId,
  whatsappBusinessAccountId: tenants.whatsappBusinessAccountId,
  smsFromNumber: tenants.smsFromNumber,
};

const MEMBER = {
  userId: users.id,
  displayName: users.displayName,
  email: users.email,
  roles: users.roles,
  licensed: users.whatsappLicensed,
};

/** The OrgAdministration port on PostgreSQL or PGlite (tables tenants, users and jobs). */
export class DrizzleOrgAdministration implements OrgAdministration {
  constructor(private readonly database: Database) {}

  async settings(tenantId: string): Promise<OrgSettingsRecord | null> {
    const [row] = await this.database.db.select(SETTINGS).from(tenants).where(eq(tenants.id, tenantId));
    return row ?? null;
  }

  async updateSettings(tenantId: string, changes: OrgSettingsChanges): Promise<OrgSettingsRecord | null> {
    try {
      return await this.database.transaction(async ({ db }) => {
        // The sender number has no unique index: a lock on the number itself serialises two tenants
        // claiming it at once, so the second one sees the first's claim.
        if (changes.senderPhoneNumberId) {
          await db.execute(
            sql`select pg_advisory_xact_lock(hashtext(${`sender_phone_number:${changes.senderPhoneNumberId}`}))`,
          );
          const claimed = await db
            .select({ id: tenants.id })
            .from(tenants)
            .where(
              and(eq(tenants.senderPhoneNumberId, changes.senderPhoneNumberId), ne(tenants.id, tenantId)),
            );
          if (claimed.length > 0) throw new NumberInUse('senderPhoneNumberId');
        }
        const [row] = await db
          .update(tenants)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(tenants.id, tenantId))
          .returning(SETTINGS);
        return row ?? null;
      });
    } catch (error) {
      if (postgresErrorCode(error) === UNIQUE_VIOLATION) throw new NumberInUse('smsFromNumber');
      throw error;
    }
  }

  async members(tenantId: string): Promise<OrgMember[]> {
    return this.database.db
      .select(MEMBER)
      .from(users)
      .where(eq(users.tenantId, tenantId))
      .orderBy(asc(sql`lower(${users.displayName})`), asc(users.id));
  }

  async setLicence(tenantId: string, userId: string, licensed: boolean): Promise<OrgMember | null> {
    const [row] = await this.database.db
      .update(users)
      .set({ whatsappLicensed: licensed, updatedAt: sql`now()` })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)))
      .returning(MEMBER);
    return row ?? null;
  }

  async queueTemplateSync(
    tenantId: string,
    wabaId: string,
    options: { readonly dedupeKey: string; readonly runAt: Date },
  ): Promise<{ jobId: string; alreadyQueued: boolean }> {
    const payload: SyncTemplatesPayload = { wabaId };
    const { id, duplicate } = await enqueueJob(this.database.db, {
      tenantId,
      kind: JOB.syncTemplates,
      payload,
      dedupeKey: options.dedupeKey,
      runAt: options.runAt,
    });
    return { jobId: id, alreadyQueued: duplicate };
  }
}
