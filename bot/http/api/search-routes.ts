import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { searchTerms } from '../../../shared/domain/search/search-terms.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { isCompliance } from './caller.js';
import { apiError } from './error-mapping.js';
import { toContactHit, toMessageHit } from './search-views.js';
import { auditComplianceRead } from './thread-access.js';
import { accessContext } from './thread-details.js';

const DEFAULT_PAGE = 20;
/** Contact hits come with the first page only, at most this many. */
const CONTACT_HITS = 10;

/**
 * Thread search: the caller's threads (current and past), or, for compliance, every thread of the tenant,
 * each thread found outside the caller's own audited. The query itself is never logged.
 */
export function registerSearchRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.searchThreads, async ({ caller, locale, services, query }) => {
    const terms = searchTerms(query.q);
    if (terms.length === 0) throw apiError(400, 'invalid_request', locale, { field: 'q' });
    const scope = { tenantId: caller.tenantId, userId: caller.userId, everyThread: isCompliance(caller) };
    const limit = query.limit ?? DEFAULT_PAGE;
    const [page, contactMatches] = await Promise.all([
      services.search.messages(scope, terms, { ...(query.cursor ? { after: query.cursor } : {}), limit }),
      query.cursor ? Promise.resolve([]) : services.search.contacts(scope, terms, CONTACT_HITS),
    ]);
    const outside = new Set(
      [...page.matches, ...contactMatches]
        .filter((match) => match.thread.membership === null)
        .map((match) => match.thread.id),
    );
    const context = accessContext({ caller, locale, services, runtime });
    for (const threadId of outside) auditComplianceRead(context, 'search', threadId);
    return {
      contacts: contactMatches.map((match) => toContactHit(match, terms)),
      messages: page.matches.map((match) => toMessageHit(match, terms)),
      nextCursor: page.next,
    };
  });
}
