import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tenants } from '../../../shared/adapters/store/schema.js';
import { provisionTenant } from '../../../shared/adapters/store/tenants/provision-tenant.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';

let database: TestDatabase;
beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  await database.dispose();
});

const tenant = async () => (await database.db.select().from(tenants).where(eq(tenants.id, 'contoso')))[0];
const provision = (phoneNumberId: string) =>
  provisionTenant(database, { id: 'contoso', name: 'Contoso', phoneNumberId, businessAccountId: 'waba-1' });

describe('provisionTenant (every start)', () => {
  it('creates the deployment’s tenant with WhatsApp on and the configured number', async () => {
    await provision('111');
    expect(await tenant()).toMatchObject({
      whatsappEnabled: true,
      senderPhoneNumberId: '111',
      whatsappBusinessAccountId: 'waba-1',
    });
  });

  it('keeps an admin’s “WhatsApp off” across restarts, and follows the configured number', async () => {
    await provision('111');
    await database.db.update(tenants).set({ whatsappEnabled: false }).where(eq(tenants.id, 'contoso'));

    await provision('222');

    expect(await tenant()).toMatchObject({ whatsappEnabled: false, senderPhoneNumberId: '222' });
  });
});
