import { and, eq, sql } from 'drizzle-orm';
import type { Database, TxDb } from '../database.js';
import { tenants, users } from '../schema.js';

/** What a validated token says about its user, as stored. */
export interface SignIn {
  readonly tenantId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly email: string | undefined;
  /** From the token: the token is the source of truth for roles. */
  readonly roles: readonly string[];
  readonly locale: string | undefined;
}

/** How a sign-in sets up what it creates (the dev sign-in's demo data); by default nothing is granted. */
export interface SignInProvision {
  /** Sets the user's WhatsApp licence on every sign-in; undefined keeps the stored one (false for a new user). */
  readonly licensed?: boolean | undefined;
  /** The WhatsApp licence of a user this sign-in creates; later sign-ins keep what an admin set. */
  readonly newUserLicensed?: boolean | undefined;
  /** Applied only when this sign-in creates the tenant; by default WhatsApp stays disabled. */
  readonly newTenant?: {
    readonly whatsappEnabled: boolean;
    readonly senderPhoneNumberId?: string | undefined;
  };
}

/** A user and their tenant's state, as stored after the sign-in. */
export interface Member {
  readonly tenantId: string;
  readonly userId: string;
  readonly displayName: string;
  readonly email: string | undefined;
  readonly roles: readonly string[];
  readonly locale: string | undefined;
  readonly licensed: boolean;
  readonly whatsappEnabled: boolean;
}

export interface RecordedSignIn extends Member {
  readonly tenantCreated: boolean;
  readonly userCreated: boolean;
}

/**
 * Makes sure the token's tenant and user exist and the user's row says what the token says. The first
 * user of a tenant creates it, with WhatsApp disabled until an admin enables it. Writes only when
 * something changed, so a user's every request costs one read.
 */
export async function recordSignIn(
  database: Database,
  signIn: SignIn,
  provision: SignInProvision = {},
): Promise<RecordedSignIn> {
  const roles = [...new Set(signIn.roles)].sort();
  const stored = await findMember(database, signIn.tenantId, signIn.userId);
  if (stored && upToDate(stored, signIn, roles, provision)) {
    return { ...stored, tenantCreated: false, userCreated: false };
  }
  return database.transaction(async ({ db }) => {
    const createdTenant = await db
      .insert(tenants)
      .values({
        id: signIn.tenantId,
        name: signIn.tenantId,
        whatsappEnabled: provision.newTenant?.whatsappEnabled ?? false,
        senderPhoneNumberId: provision.newTenant?.senderPhoneNumberId ?? null,
      })
      .onConflictDoNothing({ target: tenants.id })
      .returning({ id: tenants.id });
    const [user] = await db
      .insert(users)
      .values({
        tenantId: signIn.tenantId,
        id: signIn.userId,
        displayName: signIn.displayName,
        email: signIn.email ?? null,
        roles,
        locale: signIn.locale ?? null,
        whatsappLicensed: provision.licensed ?? provision.newUserLicensed ?? false,
      })
      .onConflictDoUpdate({
        target: [users.tenantId, users.id],
        set: {
          displayName: signIn.displayName,
          email: signIn.email ?? null,
          roles,
          locale: signIn.locale ?? null,
          ...(provision.licensed === undefined ? {} : { whatsappLicensed: provision.licensed }),
          updatedAt: sql`now()`,
        },
      })
      .returning({
        licensed: users.whatsappLicensed,
        // xmax is 0 only on a row this statement inserted (an update leaves the old version's id).
        created: sql<boolean>`(xmax = 0)`,
      });
    if (!user) throw new Error('the user row was not written');
    return {
      tenantId: signIn.tenantId,
      userId: signIn.userId,
      displayName: signIn.displayName,
      email: signIn.email,
      roles,
      locale: signIn.locale,
      licensed: user.licensed,
      whatsappEnabled: await whatsappEnabled(db, signIn.tenantId),
      tenantCreated: createdTenant.length > 0,
      userCreated: user.created,
    };
  });
}

/** The user `userId` of tenant `tenantId`, with their tenant's state; undefined when either is unknown. */
export async function findMember(
  database: Database,
  tenantId: string,
  userId: string,
): Promise<Member | undefined> {
  const [row] = await database.db
    .select({
      displayName: users.displayName,
      email: users.email,
      roles: users.roles,
      licensed: users.whatsappLicensed,
      locale: users.locale,
      whatsappEnabled: tenants.whatsappEnabled,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!row) return undefined;
  return {
    tenantId,
    userId,
    displayName: row.displayName,
    email: row.email ?? undefined,
    roles: row.roles,
    licensed: row.licensed,
    locale: row.locale ?? undefined,
    whatsappEnabled: row.whatsappEnabled,
  };
}

function upToDate(
  stored: Member,
  signIn: SignIn,
  roles: readonly string[],
  provision: SignInProvision,
): boolean {
  return (
    stored.displayName === signIn.displayName &&
    stored.email === signIn.email &&
    stored.locale === signIn.locale &&
    stored.roles.length === roles.length &&
    [...stored.roles].sort().every((role, i) => role === roles[i]) &&
    (provision.licensed === undefined || stored.licensed === provision.licensed)
  );
}

async function whatsappEnabled(db: TxDb, tenantId: string): Promise<boolean> {
  const [row] = await db
    .select({ enabled: tenants.whatsappEnabled })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row?.enabled ?? false;
}
