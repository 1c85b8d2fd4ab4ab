import { z } from 'zod';
import { UserId } from './common.js';

/** WhatsApp's ids (phone number id, business account id) are numeric strings. */
const GraphId = z
  .string()
  .trim()
  .regex(/^\d{1,30}$/, 'digits only');
const E164 = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{1,14}$/, 'a phone number in E.164 form, like +14155550100');

/** The organization's messaging settings, as its admins see and change them. */
export const OrgSettings = z
  .object({
    tenantId: z.string(),
    /** WhatsApp messaging for the organization; off until an admin turns it on. */
    whatsappEnabled: z.boolean(),
    /** The WhatsApp Business phone number id messages are sent from. */
    senderPhoneNumberId: z.string().nullable(),
    /** The WhatsApp Business Account of that number (its templates are synced from it). */
    whatsappBusinessAccountId: z.string().nullable(),
    /** The SMS sender number, E.164. */
    smsFromNumber: z.string().nullable(),
  })
  .meta({ id: 'OrgSettings' });
export type OrgSettings = z.infer<typeof OrgSettings>;

/** Only the fields given change; null clears a number. */
export const UpdateOrgSettingsRequest = z
  .object({
    whatsappEnabled: z.boolean().optional(),
    senderPhoneNumberId: GraphId.nullable().optional(),
    whatsappBusinessAccountId: GraphId.nullable().optional(),
    smsFromNumber: E164.nullable().optional(),
  })
  .meta({ id: 'UpdateOrgSettingsRequest' });
export type UpdateOrgSettingsRequest = z.infer<typeof UpdateOrgSettingsRequest>;

/** A user of the organization (known once they signed in), with their WhatsApp licence and roles. */
export const OrgUser = z
  .object({
    userId: UserId,
    displayName: z.string(),
    email: z.string().nullable(),
    /** From the user's token at their last sign-in (`admin`, `compliance`). */
    roles: z.array(z.string()),
    licensed: z.boolean(),
  })
  .meta({ id: 'OrgUser' });
export type OrgUser = z.infer<typeof OrgUser>;

export const OrgUserList = z.object({ users: z.array(OrgUser) }).meta({ id: 'OrgUserList' });
export type OrgUserList = z.infer<typeof OrgUserList>;

export const UserIdParams = z.object({ id: UserId });
export type UserIdParams = z.infer<typeof UserIdParams>;

export const TemplateSyncQueued = z
  .object({ jobId: z.string(), alreadyQueued: z.boolean() })
  .meta({ id: 'TemplateSyncQueued' });
export type TemplateSyncQueued = z.infer<typeof TemplateSyncQueued>;
