import { z } from 'zod';

/** Every error answer of the API: a stable code and a message in the caller's language. */
export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Ids the server creates (threads, contacts, messages, media) are UUIDs. */
export const Id = z.uuid();
/** Teams users are named by their Entra object id. */
export const UserId = z.string().min(1).max(200);
/** An instant, as ISO 8601 in UTC. */
export const Instant = z.iso.datetime({ offset: true });

export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

/** A Teams user as the API shows them. */
export const UserRef = z.object({ userId: UserId, displayName: z.string() }).meta({ id: 'UserRef' });
export type UserRef = z.infer<typeof UserRef>;
