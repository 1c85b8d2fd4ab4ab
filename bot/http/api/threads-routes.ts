import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import type { ThreadAccess } from '../../../shared/contract/threads.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { isCompliance } from './caller.js';
import { apiError } from './error-mapping.js';
import { auditComplianceRead, writeAccess } from './thread-access.js';
import { accessContext, requireLicence, summaries, threadDetail } from './thread-details.js';

/** The inbox, a contact's history, one thread, starting a thread and its opt-in. */
export function registerThreadRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.listThreads, async ({ caller, locale, services }) => {
    const views = await services.reads.inbox(caller.tenantId, caller.userId);
    const lines = views.map((view) => ({ view, access: 'participant' as const }));
    return { threads: await summaries({ caller, locale, services, runtime }, lines) };
  });

  mount(server, runtime, API_ROUTES.contactThreads, async ({ caller, locale, services, params }) => {
    const { reads, contacts } = services;
    if (!(await contacts.get(caller.tenantId, params.id))) throw apiError(404, 'contact_not_found', locale);
    const compliance = isCompliance(caller);
    const views = await reads.contactThreads(caller.tenantId, params.id, compliance ? null : caller.userId);
    const lines = await Promise.all(
      views.map(async (view) => {
        const membership = await reads.membership(caller.tenantId, view.thread.id, caller.userId);
        const access: ThreadAccess =
          membership === 'active'
            ? 'participant'
            : membership === 'former'
              ? 'former_participant'
              : 'compliance';
        return { view, access };
      }),
    );
    if (lines.some((line) => line.access === 'compliance'))
      auditComplianceRead(
        { caller, locale, reads, logger: runtime.logger },
        `contact_threads:${params.id}`,
        null,
      );
    return { threads: await summaries({ caller, locale, services, runtime }, lines) };
  });

  mount(server, runtime, API_ROUTES.getThread, async ({ caller, locale, services, params }) =>
    threadDetail({ caller, locale, services, runtime }, params.id, 'thread'),
  );

  mount(server, runtime, API_ROUTES.startThread, async ({ caller, services, body }) => {
    requireLicence(caller);
    return services.engine.startWhatsAppThread.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      contactId: body.contactId,
    });
  });

  mount(server, runtime, API_ROUTES.requestOptIn, async ({ caller, locale, services, params }) => {
    const context = { caller, locale, services, runtime };
    const { thread } = await writeAccess(accessContext(context), params.id);
    if (thread.channel === 'sms') throw apiError(409, 'not_for_sms', locale);
    await services.engine.requestOptIn.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
    });
    return threadDetail(context, params.id, 'opt_in');
  });

  mount(server, runtime, API_ROUTES.sendOptInReminder, async ({ caller, locale, services, params }) => {
    const context = { caller, locale, services, runtime };
    const { thread } = await writeAccess(accessContext(context), params.id);
    if (thread.channel === 'sms') throw apiError(409, 'not_for_sms', locale);
    await services.engine.sendOptInReminder.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
    });
    return threadDetail(context, params.id, 'opt_in_reminder');
  });
}
