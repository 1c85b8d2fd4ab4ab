import { z } from 'zod';
import { Id } from './common.js';
import { Contact } from './contacts.js';

export const OutlookContactsQuery = z.object({
  /** The start of a name (display name, given name or surname). */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type OutlookContactsQuery = z.infer<typeof OutlookContactsQuery>;

export const OutlookPhone = z
  .object({
    /** As written in Outlook. */
    number: z.string(),
    kind: z.enum(['mobile', 'business', 'home']),
    /** The number in E.164, or null when it has no country code to tell. */
    e164: z.string().nullable(),
    /** The organization's contact with this number, when it already is one. */
    tenantContactId: Id.nullable(),
  })
  .meta({ id: 'OutlookPhone' });
export type OutlookPhone = z.infer<typeof OutlookPhone>;

export const OutlookContact = z
  .object({
    outlookId: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    /** Mobile first, then business, then home. */
    phones: z.array(OutlookPhone),
  })
  .meta({ id: 'OutlookContact' });
export type OutlookContact = z.infer<typeof OutlookContact>;

export const OutlookContactList = z
  .object({ contacts: z.array(OutlookContact) })
  .meta({ id: 'OutlookContactList' });
export type OutlookContactList = z.infer<typeof OutlookContactList>;

export const ImportContactsRequest = z
  .object({ outlookIds: z.array(z.string().min(1).max(512)).min(1).max(50) })
  .meta({ id: 'ImportContactsRequest' });
export type ImportContactsRequest = z.infer<typeof ImportContactsRequest>;

export const ImportedContact = z
  .object({
    outlookId: z.string(),
    /** `existing`: the organization already had a contact with the number; it is kept, not duplicated. */
    status: z.enum(['created', 'existing', 'no_phone', 'not_found']),
    contact: Contact.nullable(),
  })
  .meta({ id: 'ImportedContact' });
export type ImportedContact = z.infer<typeof ImportedContact>;

export const ImportContactsResult = z
  .object({ results: z.array(ImportedContact) })
  .meta({ id: 'ImportContactsResult' });
export type ImportContactsResult = z.infer<typeof ImportContactsResult>;
