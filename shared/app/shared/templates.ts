import {
  OPT_IN_NO_PAYLOAD,
  OPT_IN_YES_PAYLOAD,
  RESUME_PAYLOAD,
} from '../../domain/consent/consent-keywords.js';
import type { MessagePurpose } from '../../domain/messaging/delivery-failure.js';
import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { TemplatePurpose } from '../../ports/conversation-records.js';

export interface ChosenTemplate {
  readonly name: string;
  readonly language: string;
  readonly params: readonly string[];
}

/**
 * The approved template the connector uses for one of its own requests. Meta may pause or recategorize
 * a template at any time: then the request is refused with the reason instead of failing at WhatsApp.
 */
export async function connectorTemplate(
  tx: ConversationTx,
  purpose: TemplatePurpose,
  params: readonly string[],
): Promise<ChosenTemplate> {
  const template = await tx.approvedTemplateFor(purpose);
  if (!template) throw new DomainRuleViolation('template_unavailable', { purpose });
  if (template.bodyParamCount !== params.length)
    throw new DomainRuleViolation('template_param_count', {
      expected: template.bodyParamCount,
      got: params.length,
    });
  return { name: template.name, language: template.language, params };
}

/** The quick-reply payloads each connector template carries, so answers can be recognized. */
export function quickReplyPayloads(purpose: MessagePurpose): readonly string[] | undefined {
  switch (purpose) {
    case 'opt_in':
    case 'opt_in_reminder':
      return [OPT_IN_YES_PAYLOAD, OPT_IN_NO_PAYLOAD];
    case 'resume':
      return [RESUME_PAYLOAD];
    default:
      return undefined;
  }
}
