import { randomUUID } from 'node:crypto';
import type { Db } from '../../../shared/adapters/store/database.js';
import { contacts, tenants, threads } from '../../../shared/adapters/store/schema.js';

export const TENANT = 'tenant-a';
export const NUMBER = 'phone-number-1';

export async function seedContact(db: Db, tenantId = TENANT): Promise<string> {
  await db.insert(tenants).values({ id: tenantId, name: tenantId }).onConflictDoNothing();
  const id = randomUUID();
  await db
    .insert(contacts)
    .values({ tenantId, id, displayName: 'Ada', phoneE164: `+4470${Math.floor(Math.random() * 1e8)}` });
  return id;
}

export async function openThread(db: Db, contactId: string): Promise<string> {
  const id = randomUUID();
  await db.insert(threads).values({
    tenantId: TENANT,
    id,
    channel: 'whatsapp',
    phoneNumberId: NUMBER,
    contactId,
    status: 'open',
    openedAt: new Date(),
  });
  return id;
}
