import type { Logger } from 'pino';
import type { Server } from 'restify';
import type { Database } from '../../../shared/adapters/store/database.js';
import type { SendLimit } from '../../../shared/adapters/store/send-limits/database-send-limiter.js';
import { systemClock } from '../../../shared/adapters/system/system-clock.js';
import type { Clock } from '../../../shared/ports/clock.js';
import type { OutlookContacts } from '../../../shared/ports/outlook-contacts.js';
import type { Connector } from '../../connector.js';
import { registerEventStreamRoute } from '../events/event-stream-route.js';
import {
  EVENT_STREAM_DEFAULTS,
  LiveEventStreams,
  type EventStreamSettings,
} from '../events/live-event-streams.js';
import { registerAdminRoutes } from './admin-routes.js';
import { registerAdminTemplateRoutes } from './admin-templates-routes.js';
import { storeServices, type ApiRuntime } from './api-runtime.js';
import type { Authenticate } from './caller.js';
import { registerContactRoutes } from './contacts-routes.js';
import { registerDirectoryRoutes } from './directory-routes.js';
import { registerMediaRoutes } from './media-routes.js';
import { registerMessageRoutes } from './messages-routes.js';
import { registerOpenApiRoute } from './openapi-route.js';
import { registerOutlookRoutes } from './outlook-routes.js';
import { registerParticipantRoutes } from './participants-routes.js';
import { registerReadMarkerRoutes } from './read-markers-routes.js';
import { registerSearchRoutes } from './search-routes.js';
import { registerSmsRoutes } from './sms-routes.js';
import { registerTemplateRoutes } from './templates-routes.js';
import { registerThreadRoutes } from './threads-routes.js';

export interface ApiRoutesDeps {
  readonly authenticate: Authenticate;
  /** The running connector; undefined while starting (the API answers 503 `starting`). */
  readonly connector: () => Pick<Connector, 'engine' | 'mediaStore'> | undefined;
  /** The open database; undefined while starting. */
  readonly database: () => Database | undefined;
  readonly logger: Logger;
  /** The clock thread states are judged by (the engine's); the system clock by default. */
  readonly clock?: Clock;
  /** Each user's send limit (SEND_LIMIT_PER_MINUTE); none when unset. */
  readonly sendLimit?: SendLimit;
  /** The callers' Outlook contacts through Graph on their behalf; unset when OBO is not configured (501). */
  readonly outlook?: OutlookContacts;
  /** Heartbeat, poll and buffer settings of the live event stream (tests shorten them). */
  readonly events?: Partial<EventStreamSettings>;
}

/** What the mounted API holds open: the live event streams, ended by close() (before the server closes). */
export interface MountedApi {
  close(): Promise<void>;
}

/** Mounts `/api/v1` (the tab's REST API) and `GET /api/openapi.json` on the server. */
export function registerApiRoutes(server: Server, deps: ApiRoutesDeps): MountedApi {
  const services = storeServices(deps.sendLimit);
  const runtime: ApiRuntime = {
    authenticate: deps.authenticate,
    clock: deps.clock ?? systemClock,
    logger: deps.logger.child({ component: 'api' }),
    services() {
      const connector = deps.connector();
      const database = deps.database();
      return connector && database ? services(connector.engine, connector.mediaStore, database) : undefined;
    },
  };
  registerOpenApiRoute(server);
  registerThreadRoutes(server, runtime);
  registerMessageRoutes(server, runtime);
  registerParticipantRoutes(server, runtime);
  registerDirectoryRoutes(server, runtime);
  registerContactRoutes(server, runtime);
  registerTemplateRoutes(server, runtime);
  registerMediaRoutes(server, runtime);
  registerReadMarkerRoutes(server, runtime);
  registerSmsRoutes(server, runtime);
  registerSearchRoutes(server, runtime);
  registerAdminRoutes(server, runtime);
  registerAdminTemplateRoutes(server, runtime);
  registerOutlookRoutes(server, runtime, deps.outlook);
  const streams = new LiveEventStreams({ ...EVENT_STREAM_DEFAULTS, ...deps.events }, runtime.logger);
  registerEventStreamRoute(server, runtime, deps.database, streams);
  return { close: () => streams.close() };
}
