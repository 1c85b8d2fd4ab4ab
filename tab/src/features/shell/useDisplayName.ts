import { useEffect, useState } from 'react';
import type { Session } from '../host/host-types.js';

/**
 * The signed-in user's name as the API knows it (`GET /api/v1/me`, from their token): Teams' context often
 * carries only the UPN. The session's own name until it answers, or if it does not.
 */
export function useDisplayName(session: Session): string {
  const [name, setName] = useState<string | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    session
      .token()
      .then((token) => fetch('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } }))
      .then((response) => (response.ok ? (response.json() as Promise<{ displayName?: unknown }>) : undefined))
      .then((me) => {
        if (!cancelled && typeof me?.displayName === 'string' && me.displayName) setName(me.displayName);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [session]);
  return name ?? session.displayName;
}
