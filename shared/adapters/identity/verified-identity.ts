/** App roles the connector knows, as the connector names them (Entra's app roles are `Admin`, `Compliance`). */
export type IdentityRole = 'admin' | 'compliance';

/** Who a validated token says the caller is. */
export interface VerifiedIdentity {
  /** The token's issuer (`iss`), checked. */
  readonly issuer: string;
  /** Entra tenant id (`tid`). */
  readonly tenantId: string;
  /** Entra object id (`oid`). */
  readonly userId: string;
  /** `name`; falls back to the UPN, then to the object id. */
  readonly displayName: string;
  /** `preferred_username`, usually the UPN or e-mail address. */
  readonly upn: string | undefined;
  readonly roles: readonly IdentityRole[];
  /** The user's or tenant's preferred language when the token carries one (`xms_pl`, `xms_tpl`). */
  readonly locale?: string;
}

const ROLE_OF_APP_ROLE: ReadonlyMap<string, IdentityRole> = new Map([
  ['Admin', 'admin'],
  ['Compliance', 'compliance'],
]);

/** Maps the token's app roles to the connector's roles; app roles the connector does not know are dropped. */
export function rolesFromAppRoles(appRoles: unknown): IdentityRole[] {
  if (!Array.isArray(appRoles)) return [];
  const roles = new Set<IdentityRole>();
  for (const appRole of appRoles) {
    const role = typeof appRole === 'string' ? ROLE_OF_APP_ROLE.get(appRole) : undefined;
    if (role) roles.add(role);
  }
  return [...roles].sort();
}
