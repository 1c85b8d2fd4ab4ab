import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { apiError } from './error-mapping.js';
import { readAccess } from './thread-access.js';
import { accessContext } from './thread-details.js';

/** Marking a thread read: the caller's own marker, so anyone who may read the thread may move it. */
export function registerReadMarkerRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.markThreadRead, async ({ caller, locale, services, params, body }) => {
    const { readMarkers } = services;
    await readAccess(accessContext({ caller, locale, services, runtime }), params.id, 'mark_read');
    const marked = await readMarkers.markRead(
      caller.tenantId,
      params.id,
      caller.userId,
      body.upToMessageId,
      runtime.clock.now(),
    );
    if (!marked) throw apiError(404, 'not_found', locale);
    const unread = await readMarkers.unreadCounts(caller.tenantId, caller.userId, [params.id]);
    return {
      threadId: params.id,
      lastReadMessageId: marked.marker.lastReadMessageId,
      readAt: marked.marker.readAt.toISOString(),
      unreadCount: unread.get(params.id) ?? 0,
      advanced: marked.advanced,
    };
  });
}
