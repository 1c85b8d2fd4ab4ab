import type { AppDeps } from '../shared/app-deps.js';
import { publishThreadRead } from '../shared/publish.js';

export interface ThreadReadInput {
  readonly tenantId: string;
  readonly threadId: string;
  readonly userId: string;
  readonly lastReadMessageId: string;
  readonly unreadCount: number;
}

/**
 * A user marked a thread read: their other open tabs and devices hear of it (the live event goes to that
 * user alone, since read markers are each user's own), so they stop showing the thread as unread.
 */
export class AnnounceThreadRead {
  constructor(private readonly deps: Pick<AppDeps, 'store'>) {}

  execute(input: ThreadReadInput): Promise<void> {
    return this.deps.store.transaction(input.tenantId, (tx) => publishThreadRead(tx, input));
  }
}
