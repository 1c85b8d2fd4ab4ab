import type { Database } from '../../shared/adapters/store/database.js';
import { contacts, templates, tenants, users } from '../../shared/adapters/store/schema.js';
import { APPOINTMENT_TEMPLATE, CONNECTOR_TEMPLATES } from './connector-templates.js';

export interface SeededUser {
  readonly id: string;
  readonly displayName: string;
  readonly whatsappLicensed?: boolean;
  readonly roles?: string[];
}

export interface TenantSeed {
  readonly tenantId: string;
  readonly phoneNumberId: string;
  readonly businessAccountId?: string;
  readonly whatsappEnabled?: boolean;
  readonly users: readonly SeededUser[];
  readonly contacts?: readonly { id: string; displayName: string; phoneE164: string }[];
  /** Leave out connector templates by purpose, or mark them with another status or category. */
  readonly templateOverrides?: Readonly<Record<string, { status?: string; category?: string } | 'missing'>>;
}

/** Test-data builder for a tenant with WhatsApp enabled, its users, contacts and approved templates. */
export async function seedTenant(database: Database, seed: TenantSeed): Promise<void> {
  const { db } = database;
  await db.insert(tenants).values({
    id: seed.tenantId,
    name: `Tenant ${seed.tenantId}`,
    whatsappEnabled: seed.whatsappEnabled ?? true,
    senderPhoneNumberId: seed.phoneNumberId,
    whatsappBusinessAccountId: seed.businessAccountId ?? null,
  });
  await db.insert(users).values(
    seed.users.map((u) => ({
      tenantId: seed.tenantId,
      id: u.id,
      displayName: u.displayName,
      whatsappLicensed: u.whatsappLicensed ?? true,
      roles: u.roles ?? [],
    })),
  );
  if (seed.contacts?.length)
    await db.insert(contacts).values(seed.contacts.map((c) => ({ tenantId: seed.tenantId, ...c })));
  const rows = [...CONNECTOR_TEMPLATES, APPOINTMENT_TEMPLATE].flatMap((t) => {
    const override = t.purpose ? seed.templateOverrides?.[t.purpose] : undefined;
    if (override === 'missing') return [];
    return [
      {
        tenantId: seed.tenantId,
        name: t.name,
        language: 'en',
        category: override?.category ?? 'UTILITY',
        status: override?.status ?? 'APPROVED',
        purpose: t.purpose,
        components: t.components,
      },
    ];
  });
  await db.insert(templates).values(rows);
}
