import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, ApiHarness, BETTY, BOB, DANA, failure, FRED, TENANT_A, TENANT_B } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const alice = () => api.as(TENANT_A, ALICE);

describe('contacts', () => {
  it('creates a contact with the number in E.164, and finds it by name or number within the tenant', async () => {
    const created = await alice().createContact({
      displayName: 'Zoë Ortega',
      phone: '0044 (20) 7946-0958',
      email: 'zoe@example.com',
    });
    expect(created).toMatchObject({
      displayName: 'Zoë Ortega',
      phoneE164: '+442079460958',
      email: 'zoe@example.com',
    });
    expect((await alice().getContact(created.id)).id).toBe(created.id);

    const byName = await alice().listContacts({ q: 'zoë' });
    expect(byName.contacts.map((c) => c.id)).toEqual([created.id]);
    const byNumber = await alice().listContacts({ q: '7946 0958' });
    expect(byNumber.contacts.map((c) => c.id)).toEqual([created.id]);
    const all = await alice().listContacts();
    expect(all.contacts.map((c) => c.id)).toEqual(expect.arrayContaining([created.id, DANA.id]));
    expect(all.contacts.map((c) => c.id)).not.toContain(FRED.id);
    // Another tenant sees none of them.
    const fabrikam = await api.as(TENANT_B, BETTY).listContacts({ q: 'zoë' });
    expect(fabrikam.contacts).toEqual([]);
    await failure(
      api.as(TENANT_B, BETTY).updateContact(created.id, { displayName: 'x' }),
      404,
      'contact_not_found',
    );
    await failure(api.as(TENANT_B, BETTY).deleteContact(created.id), 404, 'contact_not_found');
  });

  it('refuses a number that is not one, naming the field, and a number another contact has', async () => {
    const invalid = await failure(
      alice().createContact({ displayName: 'Nobody', phone: '12ab' }),
      400,
      'invalid_request',
    );
    expect(invalid.message).toContain('phone');
    const missing = await failure(
      api.as(TENANT_A, ALICE, { locale: 'fr' }).createContact({ displayName: '', phone: '+33612345678' }),
      400,
      'invalid_request',
    );
    expect(missing.message).toContain('displayName');
    const taken = await failure(
      api.as(TENANT_A, ALICE, { locale: 'fr' }).createContact({ displayName: 'Copy', phone: DANA.phoneE164 }),
      409,
      'contact_exists',
    );
    expect(taken.message).toContain('numéro');
    // The same number in another tenant is another contact.
    await api.as(TENANT_B, BETTY).createContact({ displayName: 'Dana at Fabrikam', phone: DANA.phoneE164 });
  });

  it('updates a contact', async () => {
    const created = await alice().createContact({ displayName: 'Yann', phone: '+33 6 11 22 33 44' });
    const updated = await alice().updateContact(created.id, {
      displayName: 'Yann Le Goff',
      phone: '+33 6 11 22 33 45',
    });
    expect(updated).toMatchObject({ displayName: 'Yann Le Goff', phoneE164: '+33611223345' });
    await failure(alice().updateContact(created.id, { phone: DANA.phoneE164 }), 409, 'contact_exists');
    await failure(alice().updateContact(created.id, { phone: 'none' }), 400, 'invalid_request');
  });

  it('deletes a contact without conversations, and refuses while one is open or kept', async () => {
    const lonely = await alice().createContact({ displayName: 'Lonely', phone: '+33699887766' });
    await alice().deleteContact(lonely.id);
    await failure(alice().getContact(lonely.id), 404, 'contact_not_found');
    await failure(alice().deleteContact(lonely.id), 404, 'contact_not_found');

    const busy = await alice().createContact({ displayName: 'Busy', phone: '+33699887755' });
    const { threadId } = await alice().startThread(busy.id);
    const open = await failure(
      api.as(TENANT_A, ALICE, { locale: 'de' }).deleteContact(busy.id),
      409,
      'open_thread_exists',
    );
    expect(open.message).toMatch(/WhatsApp/);
    await alice().leaveThread(threadId);
    await failure(alice().deleteContact(busy.id), 409, 'contact_has_history');
    expect((await api.as(TENANT_A, BOB).getContact(busy.id)).displayName).toBe('Busy');
  });
});
