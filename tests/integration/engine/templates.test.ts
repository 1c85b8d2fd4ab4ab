import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templates } from '../../../shared/adapters/store/schema.js';
import type { RemoteTemplate } from '../../../shared/ports/template-source.js';
import { CONNECTOR_TEMPLATES, APPOINTMENT_TEMPLATE } from '../../builders/connector-templates.js';
import { seedTenant } from '../../builders/tenant-seed.js';
import { startEngineHarness, type EngineHarness } from '../../support/engine-harness.js';

// Templates as Meta changes them: the sync, the template webhooks, and what advisors and admins then see.

const TENANT = 'tenant-templates';
const WABA = 'waba-123';
const NUMBER = 'PN-templates';
const ALICE = 'user-alice';
const ADMIN = 'user-admin';
const CONTACT = '0f0e5b8e-6d6b-4a57-9c57-2f2b8e7f5d11';

const rule = (code: string) => expect.objectContaining({ name: 'DomainRuleViolation', code });

function remote(
  name: string,
  overrides: Partial<RemoteTemplate> = {},
  components: readonly unknown[] = [],
): RemoteTemplate {
  return { name, language: 'en', status: 'APPROVED', category: 'UTILITY', components, ...overrides };
}

const META_LIST: RemoteTemplate[] = [
  ...CONNECTOR_TEMPLATES.map((t) => remote(t.name, {}, t.components)),
  remote(APPOINTMENT_TEMPLATE.name, {}, APPOINTMENT_TEMPLATE.components),
  remote('spring_offer', { category: 'MARKETING' }, [{ type: 'BODY', text: 'Hello {{1}}' }]),
];

let h: EngineHarness;
beforeEach(async () => {
  h = await startEngineHarness();
  await seedTenant(h.database, {
    tenantId: TENANT,
    phoneNumberId: NUMBER,
    businessAccountId: WABA,
    users: [
      { id: ALICE, displayName: 'Alice Martin' },
      { id: ADMIN, displayName: 'Ines Admin', roles: ['admin'] },
    ],
    contacts: [{ id: CONTACT, displayName: 'Dana Client', phoneE164: '+14155550123' }],
    templateOverrides: Object.fromEntries(CONNECTOR_TEMPLATES.map((t) => [t.purpose, 'missing' as const])),
  });
  await h.database.db.delete(templates).where(eq(templates.tenantId, TENANT));
  h.templateSource.set(WABA, META_LIST);
});
afterEach(() => h.dispose());

async function stored(name: string) {
  const [row] = await h.database.db.select().from(templates).where(eq(templates.name, name));
  return row;
}

async function startThread(): Promise<string> {
  const { threadId } = await h.engine.startWhatsAppThread.execute({
    tenantId: TENANT,
    userId: ALICE,
    contactId: CONTACT,
  });
  return threadId;
}

async function templateWebhook(event: Record<string, unknown>): Promise<void> {
  await h.engine.ingestWebhook.execute({
    inbound: [],
    statuses: [],
    templateStatusUpdates: [{ wabaId: WABA, language: 'en', ...event } as never],
  });
  await h.runDueJobs();
}

describe('template sync', () => {
  it('copies every template of the account and gives the connector its own by name', async () => {
    const outcome = await h.engine.syncTemplates.execute(TENANT, WABA, 'sync-1');
    expect(outcome).toEqual({ synced: META_LIST.length, gone: 0, unusablePurposes: [] });
    expect(await stored('mlm_opt_in_request')).toMatchObject({
      purpose: 'opt_in',
      status: 'APPROVED',
      category: 'UTILITY',
    });
    expect(await stored('mlm_resume_conversation')).toMatchObject({ purpose: 'resume' });
    expect(await stored('appointment_reminder')).toMatchObject({ purpose: null });
    expect(h.templateSource.requests).toEqual([WABA]);

    const threadId = await startThread();
    await h.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId });
    await h.runDueJobs();
    h.whatsapp.expectTemplateSent('mlm_opt_in_request', '14155550123');
  });

  it('keeps templates Meta no longer lists for history, but never sends them', async () => {
    await h.engine.syncTemplates.execute(TENANT, WABA, 'sync-1');
    h.templateSource.set(
      WABA,
      META_LIST.filter((t) => t.name !== 'appointment_reminder'),
    );
    expect(await h.engine.syncTemplates.execute(TENANT, WABA, 'sync-2')).toMatchObject({ gone: 1 });
    expect(await stored('appointment_reminder')).toMatchObject({ status: 'DELETED' });
  });

  it('reports the requests that have no usable template, without alerting on a first sync', async () => {
    h.templateSource.set(
      WABA,
      META_LIST.filter((t) => t.name !== 'mlm_resume_conversation'),
    );
    const outcome = await h.engine.syncTemplates.execute(TENANT, WABA, 'sync-1');
    expect(outcome.unusablePurposes).toEqual(['resume']);
    await h.runDueJobs();
    expect(h.notifier.alerts).toEqual([]);
  });

  it('uses the names a tenant chose for its own requests', async () => {
    await h.database.db.execute(
      `update tenants set settings = '{"templatePurposes": {"our_consent_request": "opt_in"}}' where id = '${TENANT}'`,
    );
    h.templateSource.set(WABA, [remote('our_consent_request', {}, CONNECTOR_TEMPLATES[0].components)]);
    await h.engine.syncTemplates.execute(TENANT, WABA, 'sync-1');
    expect(await stored('our_consent_request')).toMatchObject({ purpose: 'opt_in' });
  });
});

describe("Meta's template webhooks", () => {
  beforeEach(async () => {
    await h.engine.syncTemplates.execute(TENANT, WABA, 'sync-1');
  });

  it('paused opt-in template: consent requests are refused with the reason and the admins are told', async () => {
    await templateWebhook({
      templateName: 'mlm_opt_in_request',
      event: 'PAUSED',
      reason: 'LOW_QUALITY',
      at: new Date('2026-11-21T09:00:00Z'),
    });

    expect(await stored('mlm_opt_in_request')).toMatchObject({ status: 'PAUSED' });
    const threadId = await startThread();
    await expect(
      h.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId }),
    ).rejects.toEqual(rule('template_unavailable'));
    const alert = h.notifier.expectAlerted(ADMIN, 'connector_template_unusable');
    expect(alert.params).toEqual({
      purpose: 'opt_in',
      problem: 'not_approved',
      template: 'mlm_opt_in_request',
      language: 'en',
      status: 'PAUSED',
      category: 'UTILITY',
    });
    expect(h.notifier.alerts.filter((a) => a.userId === ALICE)).toEqual([]);
  });

  it("Meta's redelivery of the same webhook changes and alerts once", async () => {
    const pause = {
      templateName: 'mlm_opt_in_request',
      event: 'PAUSED',
      at: new Date('2026-11-21T09:00:00Z'),
    };
    await templateWebhook(pause);
    await templateWebhook(pause);
    expect(h.notifier.alerts).toHaveLength(1);
  });

  it('reinstated: consent can be requested again and the admins hear it is fixed', async () => {
    await templateWebhook({
      templateName: 'mlm_resume_conversation',
      event: 'PAUSED',
      at: new Date('2026-11-21T09:00:00Z'),
    });
    await templateWebhook({
      templateName: 'mlm_resume_conversation',
      event: 'REINSTATED',
      at: new Date('2026-11-21T12:00:00Z'),
    });
    expect(await stored('mlm_resume_conversation')).toMatchObject({ status: 'APPROVED' });
    expect(h.notifier.alerts.map((a) => a.code)).toEqual([
      'connector_template_unusable',
      'connector_template_restored',
    ]);
  });

  it('recategorized as MARKETING: no longer carries opt-in requests, and the admins are told why', async () => {
    await templateWebhook({
      templateName: 'mlm_opt_in_request',
      event: 'CATEGORY_CHANGED',
      newCategory: 'MARKETING',
    });
    expect(await stored('mlm_opt_in_request')).toMatchObject({ status: 'APPROVED', category: 'MARKETING' });
    const threadId = await startThread();
    await expect(
      h.engine.requestOptIn.execute({ tenantId: TENANT, userId: ALICE, threadId }),
    ).rejects.toEqual(rule('template_unavailable'));
    expect(h.notifier.expectAlerted(ADMIN, 'connector_template_unusable').params).toMatchObject({
      problem: 'not_utility',
    });
  });

  it('a paused business template can no longer be chosen; no admin alert for it', async () => {
    await templateWebhook({ templateName: 'appointment_reminder', event: 'DISABLED' });
    expect(await stored('appointment_reminder')).toMatchObject({ status: 'DISABLED' });
    expect(h.notifier.alerts).toEqual([]);
  });

  it('a quality flag leaves the template usable', async () => {
    await templateWebhook({ templateName: 'mlm_opt_in_request', event: 'FLAGGED' });
    expect(await stored('mlm_opt_in_request')).toMatchObject({ status: 'APPROVED' });
    expect(h.notifier.alerts).toEqual([]);
  });

  it('a template the connector has not synced yet makes it sync them all', async () => {
    h.templateSource.set(WABA, [
      ...META_LIST,
      remote('new_welcome', {}, [{ type: 'BODY', text: 'Welcome' }]),
    ]);
    await templateWebhook({ templateName: 'new_welcome', event: 'APPROVED' });
    expect(await stored('new_welcome')).toMatchObject({ status: 'APPROVED' });
    expect(h.templateSource.requests).toHaveLength(2);
  });

  it('a webhook for an account no tenant has is dropped, not stored', async () => {
    const outcome = await h.engine.ingestWebhook.execute({
      inbound: [],
      statuses: [],
      templateStatusUpdates: [{ wabaId: 'someone-else', templateName: 'x', language: 'en', event: 'PAUSED' }],
    });
    expect(outcome).toEqual({ accepted: 0, unrouted: 1 });
  });
});
