// The keys of a content-addressed media store: `<tenantId>/<sha256hex>`. Both parts become path
// segments on disk, so each is held to a shape that cannot name a parent, a root or a separator.

import { InvalidMediaKeyError } from '../../ports/media-store.js';

/** A tenant id is one name: letters, digits, `.`, `_`, `-`, starting with a letter or digit (so never `..`). */
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSafeTenantId(tenantId: string): boolean {
  return TENANT_ID.test(tenantId);
}

/** The key for a tenant's bytes; throws for a tenant id that is not one safe name. */
export function mediaStorageKey(tenantId: string, sha256Hex: string): string {
  if (!isSafeTenantId(tenantId))
    throw new InvalidMediaKeyError(`media store: tenant id ${JSON.stringify(tenantId)} is not a safe name`);
  if (!SHA256_HEX.test(sha256Hex))
    throw new InvalidMediaKeyError(`media store: ${JSON.stringify(sha256Hex)} is not a SHA-256 in hex`);
  return `${tenantId}/${sha256Hex}`;
}

/** The parts of a key, or null when the store could never have given it. */
export function parseMediaStorageKey(storageKey: string): { tenantId: string; sha256Hex: string } | null {
  const parts = storageKey.split('/');
  if (parts.length !== 2) return null;
  const [tenantId, sha256Hex] = parts as [string, string];
  return isSafeTenantId(tenantId) && SHA256_HEX.test(sha256Hex) ? { tenantId, sha256Hex } : null;
}
