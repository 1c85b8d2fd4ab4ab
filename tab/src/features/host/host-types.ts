/** Teams' theme names, as teams-js reports them. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** Where the tab runs and how it gets its token. */
export type HostState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'teams'; readonly session: Session; readonly theme: TeamsTheme }
  | { readonly kind: 'dev-sign-in'; readonly users: readonly DevUserOption[] }
  | { readonly kind: 'dev'; readonly session: Session; readonly users: readonly DevUserOption[] }
  | { readonly kind: 'outside-teams' }
  | { readonly kind: 'failed'; readonly reason: 'timeout' | 'sign-in'; readonly detail?: string };

export interface Session {
  /** A valid access token for the API (renewed when it is about to expire). */
  token(): Promise<string>;
  readonly displayName: string;
  /** The browser's locale or Teams' (a BCP 47 tag). */
  readonly locale: string;
}

export interface DevUserOption {
  readonly id: string;
  readonly displayName: string;
  readonly tenantId: string;
  readonly label: 'advisor' | 'admin' | 'compliance';
}
