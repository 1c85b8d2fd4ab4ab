import type { TemplatePurpose } from '../../ports/conversation-records.js';

/**
 * The template names the connector looks for, for each of its own requests, when the tenant names none
 * (tenant setting `templatePurposes`). The admin guide lists their texts for submission to Meta.
 */
export const DEFAULT_TEMPLATE_PURPOSES: Readonly<Record<string, TemplatePurpose>> = {
  mlm_opt_in_request: 'opt_in',
  mlm_opt_in_reminder: 'opt_in_reminder',
  mlm_resume_conversation: 'resume',
  mlm_participant_added: 'participant_added',
  mlm_participant_removed: 'participant_removed',
  mlm_participant_left: 'participant_left',
  mlm_conversation_transferred: 'conversation_transferred',
};

export function purposeOfTemplate(
  name: string,
  tenantChoice: Readonly<Record<string, TemplatePurpose>>,
): TemplatePurpose | null {
  return tenantChoice[name] ?? DEFAULT_TEMPLATE_PURPOSES[name] ?? null;
}
