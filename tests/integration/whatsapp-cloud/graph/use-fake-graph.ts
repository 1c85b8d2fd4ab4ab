import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { GraphLogger } from '../../../../shared/adapters/whatsapp-cloud/graph/graph-http.js';
import { FakeGraphServer } from './fake-graph-server.js';

export const TEST_TOKEN = 'EAAG-secret-token';

export interface FakeGraphKit {
  /** The fake Graph server of this test file, reset before each test. */
  readonly graph: FakeGraphServer;
  /** Waits the client asked for (it never really sleeps). */
  readonly sleeps: number[];
  /** What the client logged. */
  readonly logs: { fields: object; message?: string }[];
  /** Options every Graph client takes, pointing at the fake server and recording sleeps and logs. */
  clientOptions(): {
    accessToken: string;
    baseUrl: string;
    apiVersion: string;
    sleep: (ms: number) => Promise<void>;
    logger: GraphLogger;
  };
}

/** One fake Graph server per test file, started before and stopped after its tests. */
export function useFakeGraph(): FakeGraphKit {
  let server: FakeGraphServer | undefined;
  const sleeps: number[] = [];
  const logs: { fields: object; message?: string }[] = [];
  beforeAll(async () => {
    server = await new FakeGraphServer().start();
  });
  afterAll(() => server?.stop());
  beforeEach(() => {
    server?.reset();
    sleeps.length = 0;
    logs.length = 0;
  });
  const kit: FakeGraphKit = {
    get graph() {
      if (!server) throw new Error('the fake Graph server runs only inside tests');
      return server;
    },
    sleeps,
    logs,
    clientOptions: () => ({
      accessToken: TEST_TOKEN,
      baseUrl: kit.graph.baseUrl,
      apiVersion: 'v23.0',
      sleep: async (ms) => void sleeps.push(ms),
      logger: { warn: (fields, message) => void logs.push({ fields, ...(message ? { message } : {}) }) },
    }),
  };
  return kit;
}
