import { z } from 'zod';
import { Id, Instant } from './common.js';

export const Contact = z
  .object({
    id: Id,
    displayName: z.string(),
    /** E.164, or null for a contact known only by their WhatsApp user id. */
    phoneE164: z.string().nullable(),
    email: z.string().nullable(),
    /** The name the contact gave themselves on WhatsApp, once they wrote. */
    whatsappName: z.string().nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof Contact>;

export const ListContactsQuery = z.object({
  /** Part of a name, or of a number (digits are matched whatever the spacing). */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

export const ContactList = z.object({ contacts: z.array(Contact) }).meta({ id: 'ContactList' });
export type ContactList = z.infer<typeof ContactList>;

const DisplayName = z.string().trim().min(1).max(200);
/** What people type; the server normalizes it to E.164 or refuses it naming the field. */
const PhoneInput = z.string().trim().min(1).max(40);
const Email = z.email().max(320);

export const CreateContactRequest = z
  .object({ displayName: DisplayName, phone: PhoneInput, email: Email.nullable().optional() })
  .meta({ id: 'CreateContactRequest' });
export type CreateContactRequest = z.infer<typeof CreateContactRequest>;

export const UpdateContactRequest = z
  .object({
    displayName: DisplayName.optional(),
    phone: PhoneInput.optional(),
    email: Email.nullable().optional(),
  })
  .meta({ id: 'UpdateContactRequest' });
export type UpdateContactRequest = z.infer<typeof UpdateContactRequest>;
