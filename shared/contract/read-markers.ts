import { z } from 'zod';
import { Id, Instant } from './common.js';

export const MarkReadRequest = z
  .object({
    /** The newest message the user has seen; the marker never moves back to an older one. */
    upToMessageId: Id,
  })
  .meta({ id: 'MarkReadRequest' });
export type MarkReadRequest = z.infer<typeof MarkReadRequest>;

export const ReadState = z
  .object({
    threadId: Id,
    /** Where the caller's marker stands now (a newer message than asked for if it was already there). */
    lastReadMessageId: Id,
    readAt: Instant,
    /** The contact's messages after the marker. */
    unreadCount: z.number().int().min(0),
    /** False when the marker already stood at this message or a newer one. */
    advanced: z.boolean(),
  })
  .meta({ id: 'ReadState' });
export type ReadState = z.infer<typeof ReadState>;
