import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { apiError } from './error-mapping.js';
import { readAccess } from './thread-access.js';
import { accessContext } from './thread-details.js';

/**
 * Marking a thread read: the caller's own marker, so anyone who may read the thread may move it. When it moves,
 * a `thread.read` live event tells the caller's other tabs and devices.
 */
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
    const unreadCount = unread.get(params.id) ?? 0;
    // The caller's other tabs and devices update their unread count; a marker that did not move says nothing.
    // The marker is kept either way: a lost event only leaves the other tabs a count behind until they reload.
    if (marked.advanced)
      await services.engine.announceThreadRead
        .execute({
          tenantId: caller.tenantId,
          threadId: params.id,
          userId: caller.userId,
          lastReadMessageId: marked.marker.lastReadMessageId,
          unreadCount,
        })
        .catch((error: unknown) =>
          runtime.logger.warn({ err: error, threadId: params.id }, 'thread.read event not published'),
        );
    return {
      threadId: params.id,
      lastReadMessageId: marked.marker.lastReadMessageId,
      readAt: marked.marker.readAt.toISOString(),
      unreadCount,
      advanced: marked.advanced,
    };
  });
}
