import type { Server } from 'restify';
import type { Contact } from '../../../shared/contract/contacts.js';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { normalizePhoneNumber } from '../../../shared/domain/thread/phone-number.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { ContactEntry } from '../../../shared/ports/contact-directory.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { apiError } from './error-mapping.js';

const DEFAULT_LIMIT = 50;

/** A contact as the API answers it. */
export function toContact(entry: ContactEntry): Contact {
  return {
    id: entry.id,
    displayName: entry.displayName,
    phoneE164: entry.phoneE164,
    email: entry.email,
    whatsappName: entry.whatsappName,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/** A number as people type it, in E.164; 400 naming the field when it is not a phone number. */
function e164(phone: string, locale: Locale): string {
  const normalized = normalizePhoneNumber(phone);
  if (!normalized) throw apiError(400, 'invalid_request', locale, { field: 'phone' });
  return normalized;
}

/** The organization's contacts: list and search, create, update, delete. */
export function registerContactRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.listContacts, async ({ caller, services, query }) => {
    const entries = await services.contacts.search(caller.tenantId, {
      ...(query.q ? { text: query.q } : {}),
      limit: query.limit ?? DEFAULT_LIMIT,
    });
    return { contacts: entries.map(toContact) };
  });

  mount(server, runtime, API_ROUTES.getContact, async ({ caller, locale, services, params }) => {
    const entry = await services.contacts.get(caller.tenantId, params.id);
    if (!entry) throw apiError(404, 'contact_not_found', locale);
    return toContact(entry);
  });

  mount(server, runtime, API_ROUTES.createContact, async ({ caller, locale, services, body }) => {
    const entry = await services.contacts.create(caller.tenantId, {
      displayName: body.displayName,
      phoneE164: e164(body.phone, locale),
      email: body.email ?? null,
      createdBy: caller.userId,
    });
    return toContact(entry);
  });

  mount(server, runtime, API_ROUTES.updateContact, async ({ caller, locale, services, params, body }) => {
    const entry = await services.contacts.update(caller.tenantId, params.id, {
      ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
      ...(body.phone !== undefined ? { phoneE164: e164(body.phone, locale) } : {}),
      ...(body.email !== undefined ? { email: body.email } : {}),
    });
    if (!entry) throw apiError(404, 'contact_not_found', locale);
    return toContact(entry);
  });

  mount(server, runtime, API_ROUTES.deleteContact, async ({ caller, locale, services, params }) => {
    const outcome = await services.contacts.delete(caller.tenantId, params.id);
    if (outcome === 'not_found') throw apiError(404, 'contact_not_found', locale);
    if (outcome === 'open_thread') throw apiError(409, 'open_thread_exists', locale);
    if (outcome === 'has_history') throw apiError(409, 'contact_has_history', locale);
    return undefined;
  });
}
