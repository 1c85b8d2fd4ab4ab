import { useCallback, useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { AdminTemplateList } from '../../../../shared/contract/admin.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { errorMessage } from '../shell/error-message.js';

/** How often, and how many times, the list is read again after a sync was queued. */
const REFRESH_MS = 2_000;
const REFRESHES = 5;

export type SyncState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'syncing' }
  | { readonly kind: 'queued' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface UseTemplates {
  /** Every template with its status, and whether the app's consent requests can be sent. */
  readonly list: AdminTemplateList | undefined;
  readonly loadError: string | undefined;
  readonly sync: SyncState;
  startSync(): void;
  reload(): void;
}

/** The account's templates (`GET /admin/templates`) and the admin's sync (`POST /admin/templates/sync`, a queued job). */
export function useTemplates(client: ConnectorClient, enabled: boolean): UseTemplates {
  const i18n = useI18n();
  const [list, setList] = useState<AdminTemplateList | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [sync, setSync] = useState<SyncState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const read = () =>
      client.listAdminTemplates().then(
        (answer) => {
          if (cancelled) return;
          setList(answer);
          setLoadError(undefined);
        },
        (failure: unknown) => {
          if (!cancelled) setLoadError(errorMessage(failure, i18n));
        },
      );
    void read();
    // After a sync, the job runs in the background: read the list again a few times.
    const timers =
      sync.kind === 'queued'
        ? Array.from({ length: REFRESHES }, (_, i) => setTimeout(() => void read(), REFRESH_MS * (i + 1)))
        : [];
    return () => {
      cancelled = true;
      timers.forEach(clearTimeout);
    };
  }, [client, enabled, attempt, sync.kind, i18n]);

  const startSync = useCallback(() => {
    setSync({ kind: 'syncing' });
    client.syncTemplates().then(
      () => setSync({ kind: 'queued' }),
      (failure: unknown) => setSync({ kind: 'failed', reason: errorMessage(failure, i18n) }),
    );
  }, [client, i18n]);

  return { list, loadError, sync, startSync, reload: () => setAttempt((n) => n + 1) };
}
