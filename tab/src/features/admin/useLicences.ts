import { useCallback, useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { OrgUser } from '../../../../shared/contract/admin.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { errorMessage } from '../shell/error-message.js';

export interface UseLicences {
  readonly users: readonly OrgUser[] | undefined;
  readonly loadError: string | undefined;
  /** Users whose licence change is on its way. */
  readonly busy: ReadonlySet<string>;
  /** The last change that failed: whose, and why. */
  readonly changeError: { readonly name: string; readonly reason: string } | undefined;
  setLicensed(user: OrgUser, licensed: boolean): void;
  reload(): void;
}

/** The organization's users and their WhatsApp licences, granted or revoked one user at a time. */
export function useLicences(client: ConnectorClient, enabled: boolean): UseLicences {
  const i18n = useI18n();
  const [users, setUsers] = useState<readonly OrgUser[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [changeError, setChangeError] = useState<UseLicences['changeError']>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    setLoadError(undefined);
    client.listOrgUsers().then(
      (list) => {
        if (!cancelled) setUsers(list.users);
      },
      (failure: unknown) => {
        if (!cancelled) setLoadError(errorMessage(failure, i18n));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, enabled, attempt, i18n]);

  const setLicensed = useCallback(
    (user: OrgUser, licensed: boolean) => {
      const mark = (on: boolean) =>
        setBusy((current) => {
          const next = new Set(current);
          if (on) next.add(user.userId);
          else next.delete(user.userId);
          return next;
        });
      mark(true);
      setChangeError(undefined);
      (licensed ? client.grantLicence(user.userId) : client.revokeLicence(user.userId))
        .then(
          (updated) =>
            setUsers((current) => current?.map((u) => (u.userId === updated.userId ? updated : u))),
          (failure: unknown) =>
            setChangeError({ name: user.displayName, reason: errorMessage(failure, i18n) }),
        )
        .finally(() => mark(false));
    },
    [client, i18n],
  );

  return { users, loadError, busy, changeError, setLicensed, reload: () => setAttempt((n) => n + 1) };
}
