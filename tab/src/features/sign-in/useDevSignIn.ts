import { useState } from 'react';
import type { DevUserOption } from '../host/host-types.js';

export interface UseDevSignIn {
  readonly busyUserId: string | undefined;
  readonly error: string | undefined;
  choose(user: DevUserOption): void;
}

export function useDevSignIn(onSignIn: (user: DevUserOption) => Promise<void>): UseDevSignIn {
  const [busyUserId, setBusy] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  return {
    busyUserId,
    error,
    choose(user) {
      setBusy(user.id);
      setError(undefined);
      onSignIn(user).catch((failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
        setBusy(undefined);
      });
    },
  };
}
