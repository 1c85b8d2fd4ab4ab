import type { Clock } from '../../ports/clock.js';
import type { ConversationStore } from '../../ports/conversation-store.js';
import type { IdGenerator } from '../../ports/id-generator.js';

export interface AppDeps {
  readonly store: ConversationStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}
