import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorClient } from '../../../shared/client/connector-client.js';
import {
  ADAM,
  ALICE,
  ApiHarness,
  BETTY,
  CAROL,
  CORA,
  failure,
  newContact,
  PHONE_A,
  PHONE_B,
  TENANT_A,
  TENANT_B,
} from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const adam = (locale?: string) => api.as(TENANT_A, ADAM, { roles: ['Admin'], ...(locale ? { locale } : {}) });
/** Tenant B's admin, to prove one organization's admin reaches only their own. */
const fabrikamAdmin = () => api.as(TENANT_B, 'user-fabrikam-admin', { roles: ['Admin'] });
const adminAudit = () => api.logLines.filter((line) => line.audit === 'admin_change');

/** Every admin operation, each as a call of one client. */
const ADMIN_CALLS: readonly [string, (client: ConnectorClient) => Promise<unknown>][] = [
  ['get settings', (c) => c.getOrgSettings()],
  ['update settings', (c) => c.updateOrgSettings({ whatsappEnabled: false })],
  ['list users', (c) => c.listOrgUsers()],
  ['grant licence', (c) => c.grantLicence(CAROL)],
  ['revoke licence', (c) => c.revokeLicence(CAROL)],
  ['sync templates', (c) => c.syncTemplates()],
];

describe('admin API', () => {
  it.each(ADMIN_CALLS)(
    '%s: 403 forbidden for advisors and compliance, in their language, changing nothing',
    async (_, call) => {
      const before = await adam().getOrgSettings();
      const auditBefore = adminAudit().length;
      const german = await failure(call(api.as(TENANT_A, ALICE, { locale: 'de' })), 403, 'forbidden');
      expect(german.message).toMatch(/berechtigt/);
      await failure(call(api.as(TENANT_A, CORA, { roles: ['Compliance'] })), 403, 'forbidden');
      expect(await adam().getOrgSettings()).toEqual(before);
      expect(adminAudit()).toHaveLength(auditBefore);
    },
  );

  it("shows the organization's settings, and turning WhatsApp off stops its users' sends until it is back on", async () => {
    expect(await adam().getOrgSettings()).toEqual({
      tenantId: TENANT_A,
      whatsappEnabled: true,
      senderPhoneNumberId: PHONE_A,
      whatsappBusinessAccountId: null,
      smsFromNumber: null,
    });
    expect((await fabrikamAdmin().getOrgSettings()).senderPhoneNumberId).toBe(PHONE_B);

    const alice = api.as(TENANT_A, ALICE);
    const contact = await newContact(alice);
    const off = await adam().updateOrgSettings({ whatsappEnabled: false });
    expect(off.whatsappEnabled).toBe(false);
    await failure(alice.startThread(contact.id), 403, 'whatsapp_not_enabled');
    const on = await adam().updateOrgSettings({ whatsappEnabled: true, smsFromNumber: '+14155550100' });
    expect(on).toMatchObject({
      whatsappEnabled: true,
      smsFromNumber: '+14155550100',
      senderPhoneNumberId: PHONE_A,
    });
    expect((await alice.startThread(contact.id)).threadId).toBeTruthy();

    expect(adminAudit().slice(-2)).toEqual([
      expect.objectContaining({
        tenantId: TENANT_A,
        userId: ADAM,
        action: 'settings_updated',
        changes: { whatsappEnabled: false },
      }),
      expect.objectContaining({
        userId: ADAM,
        action: 'settings_updated',
        changes: { whatsappEnabled: true, smsFromNumber: '+14155550100' },
      }),
    ]);
    // Tenant B is untouched.
    expect(await fabrikamAdmin().getOrgSettings()).toMatchObject({
      whatsappEnabled: true,
      smsFromNumber: null,
    });
  });

  it("refuses another organization's numbers with 409 number_in_use, and invalid values with 400 naming the field", async () => {
    const taken = await failure(
      adam('fr').updateOrgSettings({ senderPhoneNumberId: PHONE_B }),
      409,
      'number_in_use',
    );
    expect(taken.message).toMatch(/organisation/);
    await fabrikamAdmin().updateOrgSettings({ smsFromNumber: '+14155550177' });
    await failure(adam().updateOrgSettings({ smsFromNumber: '+14155550177' }), 409, 'number_in_use');
    expect((await adam().getOrgSettings()).senderPhoneNumberId).toBe(PHONE_A);

    const invalid = await failure(
      adam().updateOrgSettings({ smsFromNumber: '555-0100' }),
      400,
      'invalid_request',
    );
    expect(invalid.message).toContain('smsFromNumber');
    await failure(adam().updateOrgSettings({ senderPhoneNumberId: 'abc' }), 400, 'invalid_request');

    // Two organizations claiming one new number at once: one gets it, the other is told it is taken.
    const claims = await Promise.allSettled([
      adam().updateOrgSettings({ senderPhoneNumberId: '999000111' }),
      fabrikamAdmin().updateOrgSettings({ senderPhoneNumberId: '999000111' }),
    ]);
    expect(claims.map((c) => c.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = claims.find((c): c is PromiseRejectedResult => c.status === 'rejected');
    expect((refused?.reason as { code?: string }).code).toBe('number_in_use');
    await adam().updateOrgSettings({ senderPhoneNumberId: PHONE_A });
    await fabrikamAdmin().updateOrgSettings({ senderPhoneNumberId: PHONE_B });

    // A change of nothing changes nothing and is not audited.
    const audited = adminAudit().length;
    expect(await adam().updateOrgSettings({})).toMatchObject({ senderPhoneNumberId: PHONE_A });
    expect(adminAudit()).toHaveLength(audited);
  });

  it("lists the organization's users with roles and licence, and grants and revokes licences idempotently", async () => {
    const { users } = await adam().listOrgUsers();
    expect(users.map((u) => u.userId).sort()).toEqual([ADAM, ALICE, 'user-bob', CAROL, CORA].sort());
    expect(users.find((u) => u.userId === CORA)).toMatchObject({ roles: ['Compliance'], licensed: true });
    expect(users.map((u) => u.displayName)).toEqual([...users.map((u) => u.displayName)].sort());

    expect(await adam().revokeLicence(CAROL)).toMatchObject({ userId: CAROL, licensed: false });
    expect(await adam().revokeLicence(CAROL)).toMatchObject({ licensed: false });
    expect((await adam().listOrgUsers()).users.find((u) => u.userId === CAROL)?.licensed).toBe(false);
    expect(await adam().grantLicence(CAROL)).toMatchObject({ userId: CAROL, licensed: true });

    // Another organization's user is not found, even by an admin; nor is an unknown one.
    await failure(adam().grantLicence(BETTY), 404, 'user_not_found');
    await failure(adam().revokeLicence(`user-${randomUUID()}`), 404, 'user_not_found');
    expect((await fabrikamAdmin().listOrgUsers()).users.map((u) => u.userId).sort()).toEqual(
      [ALICE, BETTY].sort(),
    );

    expect(
      adminAudit()
        .filter((line) => String(line.action).startsWith('licence_'))
        .slice(-3),
    ).toEqual([
      expect.objectContaining({ userId: ADAM, action: 'licence_revoked', targetUserId: CAROL }),
      expect.objectContaining({ userId: ADAM, action: 'licence_revoked', targetUserId: CAROL }),
      expect.objectContaining({ userId: ADAM, action: 'licence_granted', targetUserId: CAROL }),
    ]);
  });

  it('queues one template sync of the business account, which copies its templates', async () => {
    await failure(adam().syncTemplates(), 409, 'business_account_missing');
    await adam().updateOrgSettings({ whatsappBusinessAccountId: '102290129340398' });
    api.h.templateSource.set('102290129340398', [
      {
        name: 'order_update',
        language: 'en',
        status: 'APPROVED',
        category: 'UTILITY',
        components: [{ type: 'BODY', text: 'Your order {{1}} is on its way.' }],
      },
    ]);
    const queued = await adam().syncTemplates();
    expect(queued.alreadyQueued).toBe(false);
    // A second click before it ran finds the same job.
    expect(await adam().syncTemplates()).toEqual({ jobId: queued.jobId, alreadyQueued: true });
    expect(await api.h.queuedJobs('whatsapp.template_sync')).toHaveLength(1);

    await api.h.runDueJobs();
    expect(api.h.templateSource.requests).toEqual(['102290129340398']);
    const { templates } = await api.as(TENANT_A, ALICE).listTemplates();
    expect(templates.map((t) => t.name)).toContain('order_update');
    expect(adminAudit().at(-1)).toMatchObject({
      userId: ADAM,
      action: 'templates_sync_queued',
      wabaId: '102290129340398',
      jobId: queued.jobId,
    });
  });
});
