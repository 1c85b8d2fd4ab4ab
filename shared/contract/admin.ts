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

/** A template of the business account as an admin sees it: every status, and the connector's own ones too. */
export const AdminTemplate = z
  .object({
    name: z.string(),
    language: z.string(),
    /** MARKETING, UTILITY, AUTHENTICATION, as WhatsApp spells it. */
    category: z.string(),
    /** APPROVED, PENDING, REJECTED, PAUSED, DISABLED…, as WhatsApp spells it. */
    status: z.string(),
    /** The connector's request this template carries (`opt_in`, `resume`…); null for the business's own. */
    purpose: z.string().nullable(),
  })
  .meta({ id: 'AdminTemplate' });
export type AdminTemplate = z.infer<typeof AdminTemplate>;

/**
 * Whether one of the connector's consent requests can be sent: it needs an APPROVED template in the UTILITY
 * category. `problem` null means it can; otherwise `template` is the one to fix (null when there is none).
 */
export const ConnectorRequestHealth = z
  .object({
    purpose: z.enum(['opt_in', 'opt_in_reminder', 'resume']),
    problem: z.enum(['missing', 'not_approved', 'not_utility']).nullable(),
    template: AdminTemplate.nullable(),
  })
  .meta({ id: 'ConnectorRequestHealth' });
export type ConnectorRequestHealth = z.infer<typeof ConnectorRequestHealth>;

export const AdminTemplateList = z
  .object({ templates: z.array(AdminTemplate), connectorRequests: z.array(ConnectorRequestHealth) })
  .meta({ id: 'AdminTemplateList' });
export type AdminTemplateList = z.infer<typeof AdminTemplateList>;
