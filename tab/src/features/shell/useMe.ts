import { useEffect, useState } from 'react';
import type { Session } from '../host/host-types.js';

export interface Me {
  /** The user's id, once the API answered. */
  readonly userId: string | undefined;
  /** The user's name as the API knows it; the session's own until the API answers (Teams' is often a UPN). */
  readonly displayName: string;
  readonly isAdmin: boolean;
}

/** The signed-in user from `GET /api/v1/me` (their token's name and app roles). */
export function useMe(session: Session): Me {
  const [me, setMe] = useState<{ userId?: string; displayName?: string; roles: readonly string[] }>({
    roles: [],
  });
  useEffect(() => {
    let cancelled = false;
    session
      .token()
      .then((token) => fetch('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } }))
      .then((response) =>
        response.ok
          ? (response.json() as Promise<{ userId?: unknown; displayName?: unknown; roles?: unknown }>)
          : undefined,
      )
      .then((body) => {
        if (cancelled || !body) return;
        const roles = Array.isArray(body.roles)
          ? body.roles.filter((r): r is string => typeof r === 'string')
          : [];
        setMe({
          ...(typeof body.userId === 'string' ? { userId: body.userId } : {}),
          ...(typeof body.displayName === 'string' && body.displayName
            ? { displayName: body.displayName }
            : {}),
          roles,
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [session]);
  return {
    userId: me.userId,
    displayName: me.displayName ?? session.displayName,
    isAdmin: me.roles.some((role) => role.toLowerCase() === 'admin'),
  };
}
