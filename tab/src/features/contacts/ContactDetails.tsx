import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Route } from '../shell/useRoute.js';

/** Placeholder until the screen is built. */
export function ContactDetails(props: {
  readonly client: ConnectorClient;
  readonly route: Route;
  readonly navigate: (route: Route) => void;
  /** Bumped by every live event. */
  readonly version: number;
}) {
  void props;
  return null;
}
