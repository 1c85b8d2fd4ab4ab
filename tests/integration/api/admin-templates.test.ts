import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAM, ALICE, ApiHarness, CORA, failure, TENANT_A } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const adam = () => api.as(TENANT_A, ADAM, { roles: ['Admin'] });
const WABA = '102290129340398';

const template = (name: string, status: string, category: string) => ({
  name,
  language: 'en',
  status,
  category,
  components: [{ type: 'BODY', text: `${name} {{1}}` }],
});

async function syncFromWhatsApp(templates: ReturnType<typeof template>[]): Promise<void> {
  api.h.templateSource.set(WABA, templates);
  api.h.clock.advance(60_000); // one sync a minute
  await adam().syncTemplates();
  await api.h.runDueJobs();
}

describe('GET /api/v1/admin/templates', () => {
  it('is for admins only: 403 in the caller’s language for advisors and compliance', async () => {
    const german = await failure(
      api.as(TENANT_A, ALICE, { locale: 'de' }).listAdminTemplates(),
      403,
      'forbidden',
    );
    expect(german.message).toMatch(/berechtigt/);
    await failure(api.as(TENANT_A, CORA, { roles: ['Compliance'] }).listAdminTemplates(), 403, 'forbidden');
  });

  it('lists every template with its status, and says which consent request cannot be sent and why', async () => {
    await adam().updateOrgSettings({ whatsappBusinessAccountId: WABA });
    await syncFromWhatsApp([
      template('mlm_opt_in_request', 'APPROVED', 'UTILITY'),
      template('mlm_opt_in_reminder', 'APPROVED', 'MARKETING'),
      template('order_update', 'PENDING', 'UTILITY'),
    ]);
    const list = await adam().listAdminTemplates();
    expect(list.templates).toEqual(
      expect.arrayContaining([
        {
          name: 'mlm_opt_in_request',
          language: 'en',
          status: 'APPROVED',
          category: 'UTILITY',
          purpose: 'opt_in',
        },
        { name: 'order_update', language: 'en', status: 'PENDING', category: 'UTILITY', purpose: null },
      ]),
    );
    expect(list.connectorRequests).toEqual([
      { purpose: 'opt_in', problem: null, template: null },
      {
        purpose: 'opt_in_reminder',
        problem: 'not_utility',
        template: expect.objectContaining({ name: 'mlm_opt_in_reminder', category: 'MARKETING' }),
      },
      // The harness's resume template is no longer in WhatsApp's list: it counts as deleted.
      {
        purpose: 'resume',
        problem: 'not_approved',
        template: expect.objectContaining({ name: 'mlm_resume_conversation', status: 'DELETED' }),
      },
    ]);

    // WhatsApp paused the opt-in template and approved a resume one: the next sync says so.
    await syncFromWhatsApp([
      template('mlm_opt_in_request', 'PAUSED', 'UTILITY'),
      template('mlm_opt_in_reminder', 'APPROVED', 'UTILITY'),
      template('mlm_resume_conversation', 'APPROVED', 'UTILITY'),
    ]);
    const after = await adam().listAdminTemplates();
    expect(after.connectorRequests).toEqual([
      {
        purpose: 'opt_in',
        problem: 'not_approved',
        template: expect.objectContaining({ name: 'mlm_opt_in_request', status: 'PAUSED' }),
      },
      { purpose: 'opt_in_reminder', problem: null, template: null },
      { purpose: 'resume', problem: null, template: null },
    ]);
    // Users are offered only the business's approved templates, never the connector's.
    const { templates } = await api.as(TENANT_A, ALICE).listTemplates();
    expect(templates.map((t) => t.name)).not.toContain('mlm_opt_in_reminder');
  });
});
