import { useCallback, useEffect, useState } from 'react';
import { devSignIn, devSignOut, devUsers, restoredDevSession } from './dev-host.js';
import type { DevUserOption, HostState, TeamsTheme } from './host-types.js';
import { connectToTeams, isFramed, TEAMS_TIMEOUT_MS } from './teams-host.js';

export interface UseHost {
  readonly state: HostState;
  /** Teams' theme while in Teams, followed live; undefined outside Teams. */
  readonly teamsTheme: TeamsTheme | undefined;
  signIn(user: DevUserOption): Promise<void>;
  signOut(): void;
  retry(): void;
}

/**
 * Finds out where the tab runs: inside Teams (framed: teams-js SSO), on a dev server (`/dev/users` answers:
 * the dev sign-in), or neither (the "open in Teams" page). Every step has a time limit, so the tab never
 * stays on a spinner.
 */
export function useHost(): UseHost {
  const [state, setState] = useState<HostState>({ kind: 'starting' });
  const [teamsTheme, setTeamsTheme] = useState<TeamsTheme | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const set = (next: HostState) => {
      if (!cancelled) setState(next);
    };
    const start = async () => {
      if (isFramed()) {
        try {
          const teams = await connectToTeams();
          if (cancelled) return;
          setTeamsTheme(teams.theme);
          teams.onThemeChange((theme) => {
            if (!cancelled) setTeamsTheme(theme);
          });
          set({ kind: 'teams', session: teams.session, theme: teams.theme });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          set(
            message.startsWith('timeout')
              ? { kind: 'failed', reason: 'timeout' }
              : { kind: 'failed', reason: 'sign-in', detail: message },
          );
        }
        return;
      }
      try {
        const users = await devUsers();
        if (!users) return set({ kind: 'outside-teams' });
        const restored = restoredDevSession();
        set(restored ? { kind: 'dev', session: restored, users } : { kind: 'dev-sign-in', users });
      } catch {
        set({ kind: 'failed', reason: 'timeout' });
      }
    };
    // One more guard: whatever hangs, the user gets a message and a retry button.
    const guard = setTimeout(
      () => {
        setState((current) =>
          current.kind === 'starting' ? { kind: 'failed', reason: 'timeout' } : current,
        );
      },
      TEAMS_TIMEOUT_MS * 3 + 1_000,
    );
    void start().finally(() => clearTimeout(guard));
    return () => {
      cancelled = true;
      clearTimeout(guard);
    };
  }, [attempt]);

  const signIn = useCallback(
    async (user: DevUserOption) => {
      if (state.kind !== 'dev-sign-in') return;
      const session = await devSignIn(user);
      setState({ kind: 'dev', session, users: state.users });
    },
    [state],
  );

  const signOut = useCallback(() => {
    devSignOut();
    setState((current) => (current.kind === 'dev' ? { kind: 'dev-sign-in', users: current.users } : current));
  }, []);

  const retry = useCallback(() => {
    setState({ kind: 'starting' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, teamsTheme, signIn, signOut, retry };
}
