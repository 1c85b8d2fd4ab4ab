import type { Session, TeamsTheme } from './host-types.js';

/** Longest wait for Teams to answer initialize, context and token requests. */
export const TEAMS_TIMEOUT_MS = 10_000;

export interface TeamsConnection {
  readonly session: Session;
  readonly theme: TeamsTheme;
  /** Calls back when the user switches Teams' theme. */
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
}

/** Whether the page is framed (by Teams or a host page); outside a frame teams-js would never answer. */
export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

export function toTeamsTheme(value: string | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout: ${what}`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The token's expiry (seconds since the epoch) from its payload; 0 when it cannot be read. */
export function tokenExpiry(token: string): number {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/')) as string;
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : 0;
  } catch {
    return 0;
  }
}

/**
 * Connects to Teams: initialize, context (locale, theme, user), an SSO token, then tells Teams the app is
 * ready. teams-js is loaded only here, so a browser tab outside Teams never downloads it.
 */
export async function connectToTeams(): Promise<TeamsConnection> {
  const { app, authentication } = await import('@microsoft/teams-js');
  await withTimeout(app.initialize([window.location.origin]), TEAMS_TIMEOUT_MS, 'initialize');
  const context = await withTimeout(app.getContext(), TEAMS_TIMEOUT_MS, 'getContext');
  let cached: { token: string; exp: number } | undefined;
  const token = async () => {
    if (cached && cached.exp - 300 > Date.now() / 1000) return cached.token;
    const fresh = await withTimeout(authentication.getAuthToken(), TEAMS_TIMEOUT_MS, 'getAuthToken');
    cached = { token: fresh, exp: tokenExpiry(fresh) };
    return fresh;
  };
  await token();
  app.notifySuccess();
  const handlers: ((theme: TeamsTheme) => void)[] = [];
  app.registerOnThemeChangeHandler((theme) => {
    for (const handler of handlers) handler(toTeamsTheme(theme));
  });
  return {
    session: {
      token,
      displayName: context.user?.displayName ?? context.user?.userPrincipalName ?? '',
      locale: context.app.locale || navigator.language,
    },
    theme: toTeamsTheme(context.app.theme),
    onThemeChange: (handler) => handlers.push(handler),
  };
}
