import { z } from 'zod';
import { UserId } from './common.js';

/** Colleagues to pick from (add to a thread, hand a thread over): any signed-in user may search. */
export const DirectoryQuery = z.object({
  /** Part of a name or an email address; empty lists everyone, by name. */
  query: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

export const DirectoryUser = z
  .object({ userId: UserId, displayName: z.string(), email: z.string().nullable() })
  .meta({ id: 'DirectoryUser' });
export type DirectoryUser = z.infer<typeof DirectoryUser>;

export const DirectoryUserList = z
  .object({ users: z.array(DirectoryUser) })
  .meta({ id: 'DirectoryUserList' });
export type DirectoryUserList = z.infer<typeof DirectoryUserList>;
