import { z } from 'zod';

/**
 * The values an error's message was built from, for the errors that have some (e.g. `availableAt` of
 * reminder_too_early, an ISO instant): a client can word the error itself, e.g. with the user's time zone.
 */
export const ErrorParams = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .meta({ id: 'ErrorParams', description: "The values the error's message was built from" });
export type ErrorParams = z.infer<typeof ErrorParams>;

/** Every error answer of the API: a stable code and a message in the caller's language (and its params). */
export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), params: ErrorParams.optional() }) })
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
