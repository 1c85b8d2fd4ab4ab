import type { Server } from 'restify';
import type { Database } from '../../../shared/adapters/store/database.js';
import { EventId } from '../../../shared/contract/events.js';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { mount, type ApiRuntime } from '../api/api-runtime.js';
import { apiError } from '../api/error-mapping.js';
import type { LiveEventStreams, StreamStart } from './live-event-streams.js';

/**
 * `GET /api/v1/events`: the caller's live events as Server-Sent Events. A user gets the events whose audience
 * names them (the participants of a thread, and those who just left it), in their tenant only; a compliance
 * reviewer is no exception: they read threads on demand and get live events only where they take part.
 */
export function registerEventStreamRoute(
  server: Server,
  runtime: ApiRuntime,
  database: () => Database | undefined,
  streams: LiveEventStreams,
): void {
  mount(server, runtime, API_ROUTES.eventStream, async ({ caller, locale, query, req, res }) => {
    if (streams.isClosing) throw apiError(503, 'shutting_down', locale);
    const open = database();
    if (!open) throw apiError(503, 'starting', locale);
    // EventSource sends the header on a reconnect; clients that cannot set headers use the query.
    const header = req.header('last-event-id')?.trim() || undefined;
    let start: StreamStart = 'now';
    if (header !== undefined) {
      const parsed = EventId.safeParse(header);
      if (!parsed.success) throw apiError(400, 'invalid_request', locale, { field: 'Last-Event-ID' });
      start = { afterId: Number(parsed.data) };
    } else if (query.lastEventId !== undefined) {
      start = { afterId: Number(query.lastEventId) };
    }
    const opened = await streams.open(open, caller, res, start);
    if (!opened) throw apiError(503, 'shutting_down', locale);
    return undefined;
  });
}
