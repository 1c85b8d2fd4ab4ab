import type { DevUserOption, Session } from './host-types.js';
import { tokenExpiry } from './teams-host.js';

const STORAGE_KEY = 'mlm.devSession';
const FETCH_TIMEOUT_MS = 10_000;

/** The demo users when the server runs with AUTH_MODE=dev; undefined when it does not (404). */
export async function devUsers(): Promise<readonly DevUserOption[] | undefined> {
  const response = await fetch('/dev/users', { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { users: DevUserOption[] }).users;
}

interface StoredSession {
  readonly userId: string;
  readonly displayName: string;
  readonly token: string;
}

/** A session signed in with `POST /dev/token`, kept for the browser tab so a reload stays signed in. */
export async function devSignIn(user: Pick<DevUserOption, 'id' | 'displayName'>): Promise<Session> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': navigator.language },
    body: JSON.stringify({ userId: user.id }),
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  }
  const { accessToken } = (await response.json()) as { accessToken: string };
  const stored: StoredSession = { userId: user.id, displayName: user.displayName, token: accessToken };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
  return sessionOf(stored);
}

/** The session kept from an earlier sign-in in this browser tab, while its token is valid for 5 minutes more. */
export function restoredDevSession(): Session | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredSession | null;
    if (!stored || tokenExpiry(stored.token) - 300 < Date.now() / 1000) return undefined;
    return sessionOf(stored);
  } catch {
    return undefined;
  }
}

export function devSignOut(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

function sessionOf(stored: StoredSession): Session {
  let token = stored.token;
  return {
    // A dev token lasts an hour: a new one is asked for when it has less than 5 minutes left.
    async token() {
      if (tokenExpiry(token) - 300 < Date.now() / 1000) {
        token = await (await devSignIn({ id: stored.userId, displayName: stored.displayName })).token();
      }
      return token;
    },
    displayName: stored.displayName,
    locale: navigator.language,
  };
}
