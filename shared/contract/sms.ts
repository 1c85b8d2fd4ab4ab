import { z } from 'zod';
import { Id } from './common.js';

export const StartSmsThreadRequest = z
  .object({
    /** Text this contact (they need a phone number). */
    contactId: Id.optional(),
    /** Or move a WhatsApp thread (typically one whose contact is not on WhatsApp) to SMS, with its people. */
    fromThreadId: Id.optional(),
  })
  .refine((body) => (body.contactId === undefined) !== (body.fromThreadId === undefined), {
    message: 'give contactId or fromThreadId, not both',
    path: ['contactId'],
  })
  .meta({ id: 'StartSmsThreadRequest' });
export type StartSmsThreadRequest = z.infer<typeof StartSmsThreadRequest>;

export const StartedSmsThread = z
  .object({ threadId: Id, created: z.boolean() })
  .meta({ id: 'StartedSmsThread' });
export type StartedSmsThread = z.infer<typeof StartedSmsThread>;
