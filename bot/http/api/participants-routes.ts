import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { writeAccess } from './thread-access.js';
import { accessContext, threadDetail } from './thread-details.js';

/** Group conversations: add, remove, leave, hand over, restart. */
export function registerParticipantRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.addParticipant, async ({ caller, locale, services, params, body }) => {
    const context = { caller, locale, services, runtime };
    await writeAccess(accessContext(context), params.id);
    await services.engine.addParticipant.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
      participantId: body.userId,
    });
    return threadDetail(context, params.id, 'add_participant');
  });

  mount(server, runtime, API_ROUTES.removeParticipant, async ({ caller, locale, services, params }) => {
    const context = { caller, locale, services, runtime };
    await writeAccess(accessContext(context), params.id);
    await services.engine.removeParticipant.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
      participantId: params.userId,
    });
    return threadDetail(context, params.id, 'remove_participant');
  });

  mount(server, runtime, API_ROUTES.leaveThread, async ({ caller, locale, services, params }) => {
    const context = { caller, locale, services, runtime };
    await writeAccess(accessContext(context), params.id);
    await services.engine.leaveThread.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
    });
    return threadDetail(context, params.id, 'leave');
  });

  mount(server, runtime, API_ROUTES.transferThread, async ({ caller, locale, services, params, body }) => {
    const context = { caller, locale, services, runtime };
    await writeAccess(accessContext(context), params.id);
    await services.engine.transferThread.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
      toUserId: body.toUserId,
    });
    return threadDetail(context, params.id, 'transfer');
  });

  mount(server, runtime, API_ROUTES.restartThread, async ({ caller, locale, services, params }) => {
    await writeAccess(accessContext({ caller, locale, services, runtime }), params.id, { allowFormer: true });
    return services.engine.restartThread.execute({
      tenantId: caller.tenantId,
      userId: caller.userId,
      threadId: params.id,
    });
  });
}
