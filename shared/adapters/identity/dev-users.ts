/** The demo tenants of the dev sign-in (`AUTH_MODE=dev`): the second one shows tenant isolation. */
export const DEV_TENANT_ID = 'dev-tenant';
export const DEV_TENANT_2_ID = 'dev-tenant-2';

/** The audience of dev tokens when AAD_CLIENT_ID is not set. */
export const DEV_CLIENT_ID = 'dev-client';

export interface DevUser {
  /** The token's `oid`, and what `POST /dev/token` takes as `userId`. */
  readonly id: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly upn: string;
  /** Entra app roles, as a real token carries them. */
  readonly appRoles: readonly ('Admin' | 'Compliance')[];
  /** How the sign-in page describes the user. */
  readonly label: 'advisor' | 'admin' | 'compliance';
}

export const DEV_USERS: readonly DevUser[] = [
  {
    id: 'dev-alice',
    tenantId: DEV_TENANT_ID,
    displayName: 'Alice Martin',
    upn: 'alice@dev-tenant.example',
    appRoles: [],
    label: 'advisor',
  },
  {
    id: 'dev-bob',
    tenantId: DEV_TENANT_ID,
    displayName: 'Bob Chen',
    upn: 'bob@dev-tenant.example',
    appRoles: [],
    label: 'advisor',
  },
  {
    id: 'dev-carla',
    tenantId: DEV_TENANT_ID,
    displayName: 'Carla Admin',
    upn: 'carla@dev-tenant.example',
    appRoles: ['Admin'],
    label: 'admin',
  },
  {
    id: 'dev-dan',
    tenantId: DEV_TENANT_ID,
    displayName: 'Dan Compliance',
    upn: 'dan@dev-tenant.example',
    appRoles: ['Compliance'],
    label: 'compliance',
  },
  {
    id: 'dev-erin',
    tenantId: DEV_TENANT_2_ID,
    displayName: 'Erin Other',
    upn: 'erin@dev-tenant-2.example',
    appRoles: [],
    label: 'advisor',
  },
];

export function devUser(id: string): DevUser | undefined {
  return DEV_USERS.find((user) => user.id === id);
}
