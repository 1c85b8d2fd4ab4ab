import type { Request, Server } from 'restify';
import { ImportOutlookContacts } from '../../../shared/app/contacts/import-outlook-contacts.js';
import { SearchOutlookContacts } from '../../../shared/app/contacts/search-outlook-contacts.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import {
  OutlookConsentRequired,
  OutlookUnavailable,
  type OutlookContacts,
  type OutlookUser,
} from '../../../shared/ports/outlook-contacts.js';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import type { Caller } from './caller.js';
import { toContact } from './contacts-routes.js';
import { apiError } from './error-mapping.js';

const DEFAULT_LIMIT = 20;

/** The caller as Graph is called for: the token they called with is the on-behalf-of assertion. */
function outlookUser(caller: Caller, req: Request): OutlookUser {
  const header = req.header('authorization') ?? '';
  return { tenantId: caller.tenantId, accessToken: header.replace(/^Bearer\s+/i, '') };
}

/**
 * The caller's Outlook contacts through Microsoft Graph on their behalf: the typeahead and the import.
 * Without OBO credentials (AAD_CLIENT_ID and AAD_CLIENT_SECRET) both answer 501 `outlook_not_configured`.
 */
export function registerOutlookRoutes(
  server: Server,
  runtime: ApiRuntime,
  outlook: OutlookContacts | undefined,
): void {
  /** Runs a Graph call, turning what Entra and Graph answer into the API's errors (tokens never logged). */
  async function viaGraph<T>(locale: Locale, work: (outlook: OutlookContacts) => Promise<T>): Promise<T> {
    if (!outlook) throw apiError(501, 'outlook_not_configured', locale);
    try {
      return await work(outlook);
    } catch (error) {
      if (error instanceof OutlookConsentRequired) throw apiError(403, 'outlook_consent_required', locale);
      if (error instanceof OutlookUnavailable) {
        runtime.logger.warn({ reason: error.message }, 'Outlook contacts unavailable');
        throw apiError(503, 'outlook_unavailable', locale);
      }
      throw error;
    }
  }

  mount(server, runtime, API_ROUTES.searchOutlookContacts, ({ caller, locale, services, query, req }) =>
    viaGraph(locale, async (contacts) => {
      const search = new SearchOutlookContacts(contacts, services.contactImport);
      const found = await search.execute(
        caller.tenantId,
        outlookUser(caller, req),
        query.q,
        query.limit ?? DEFAULT_LIMIT,
      );
      return {
        contacts: found.map(({ id, ...contact }) => ({
          outlookId: id,
          ...contact,
          phones: contact.phones.map((phone) => ({ ...phone })),
        })),
      };
    }),
  );

  mount(server, runtime, API_ROUTES.importOutlookContacts, ({ caller, locale, services, body, req }) =>
    viaGraph(locale, async (contacts) => {
      const importer = new ImportOutlookContacts(contacts, services.contactImport);
      const outcomes = await importer.execute(
        caller.tenantId,
        outlookUser(caller, req),
        body.outlookIds,
        caller.userId,
      );
      return {
        results: outcomes.map((outcome) => ({
          ...outcome,
          contact: outcome.contact ? toContact(outcome.contact) : null,
        })),
      };
    }),
  );
}
