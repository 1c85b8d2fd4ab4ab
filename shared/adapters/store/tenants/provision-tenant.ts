import { sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { tenants } from '../schema.js';

export interface TenantProvision {
  readonly id: string;
  readonly name: string;
  readonly phoneNumberId: string;
  readonly businessAccountId?: string | undefined;
  /** The SMS sender number (ACS_FROM_NUMBER); left unchanged when not given. */
  readonly smsFromNumber?: string | undefined;
}

/**
 * Makes sure the deployment's tenant exists and sends from the configured WhatsApp number (its credentials
 * are the configuration's). Idempotent: every instance runs it at start. A new tenant starts with WhatsApp
 * on; after that the switch is the admins': an organization an admin turned off stays off across restarts.
 */
export async function provisionTenant(database: Database, provision: TenantProvision): Promise<void> {
  await database.db
    .insert(tenants)
    .values({
      id: provision.id,
      name: provision.name,
      whatsappEnabled: true,
      senderPhoneNumberId: provision.phoneNumberId,
      whatsappBusinessAccountId: provision.businessAccountId ?? null,
      smsFromNumber: provision.smsFromNumber ?? null,
    })
    .onConflictDoUpdate({
      target: tenants.id,
      set: {
        senderPhoneNumberId: provision.phoneNumberId,
        whatsappBusinessAccountId: provision.businessAccountId ?? null,
        ...(provision.smsFromNumber ? { smsFromNumber: provision.smsFromNumber } : {}),
        updatedAt: sql`now()`,
      },
    });
}
