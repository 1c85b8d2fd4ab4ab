import type { JWTVerifyGetKey } from 'jose';

/** Entra's multi-tenant issuers carry this placeholder, to be filled with the token's `tid`. */
export const TENANT_PLACEHOLDER = '{tenantid}';

/** An issuer whose tokens the validator accepts, with the keys that verify them. */
export interface TrustedIssuer {
  /** The issuer (`iss`); `{tenantid}` stands for the token's tenant id. */
  readonly issuer: string;
  readonly keys: JWTVerifyGetKey;
  /** The audience its tokens must carry; undefined: the validator's client id. */
  readonly audience?: string | undefined;
  /** The tenants this issuer may sign for; undefined: the validator's allow-list. */
  readonly allowedTenants?: ReadonlySet<string> | undefined;
}

/** Whether `iss` could come from the issuer `template` (any tenant where the template has a placeholder). */
export function issuerMatches(template: string, iss: string): boolean {
  if (!template.includes(TENANT_PLACEHOLDER)) return template === iss;
  const pattern = template.split(TENANT_PLACEHOLDER).map(escapeRegExp).join('[^/]+');
  return new RegExp(`^${pattern}$`).test(iss);
}

/** The exact issuer a token of tenant `tenantId` must carry. */
export function issuerFor(template: string, tenantId: string): string {
  return template.split(TENANT_PLACEHOLDER).join(tenantId);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
