import { useCallback, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { ThreadDetail } from '../../../../shared/contract/threads.js';
import { errorMessage } from '../shell/error-message.js';
import type { Route } from '../shell/useRoute.js';

export type ThreadDialog = 'add' | 'transfer' | 'leave' | 'earlier';

export interface UseThreadActions {
  readonly dialog: ThreadDialog | undefined;
  open(dialog: ThreadDialog): void;
  close(): void;
  readonly busy: boolean;
  /** Why the last action failed (shown in its dialog, or under the header for menu-only actions). */
  readonly error: string | undefined;
  dismissError(): void;
  add(userId: string): void;
  transfer(userId: string): void;
  remove(userId: string): void;
  leave(): void;
  restart(): void;
}

/** The thread's group actions: each calls the API, then the thread reloads (or the restarted one opens). */
export function useThreadActions(
  client: ConnectorClient,
  thread: ThreadDetail | undefined,
  reload: () => void,
  navigate: (route: Route) => void,
): UseThreadActions {
  const [dialog, setDialog] = useState<ThreadDialog | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const threadId = thread?.id;

  const run = useCallback(
    (action: (id: string) => Promise<unknown>, after?: (answer: unknown) => void) => {
      if (!threadId || busy) return;
      setBusy(true);
      setError(undefined);
      action(threadId).then(
        (answer) => {
          setBusy(false);
          setDialog(undefined);
          reload();
          after?.(answer);
        },
        (failure: unknown) => {
          setBusy(false);
          setError(errorMessage(failure));
        },
      );
    },
    [threadId, busy, reload],
  );

  return {
    dialog,
    open: (next) => {
      setError(undefined);
      setDialog(next);
    },
    close: () => {
      setError(undefined);
      setDialog(undefined);
    },
    busy,
    error,
    dismissError: () => setError(undefined),
    add: (userId) => run((id) => client.addParticipant(id, userId)),
    transfer: (userId) => run((id) => client.transferThread(id, userId)),
    remove: (userId) => run((id) => client.removeParticipant(id, userId)),
    leave: () => run((id) => client.leaveThread(id)),
    restart: () =>
      run(
        (id) => client.restartThread(id),
        (answer) => navigate({ screen: 'thread', threadId: (answer as { threadId: string }).threadId }),
      ),
  };
}
