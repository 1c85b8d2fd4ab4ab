import { DomainRuleViolation } from '../../domain/shared/domain-error.js';
import type { AppDeps } from '../shared/app-deps.js';
import { groundForSend, placeOutbound, type SentMessage } from './send-message.js';

export interface SendTemplateInput {
  readonly tenantId: string;
  readonly userId: string;
  readonly threadId: string;
  readonly clientMessageId: string;
  readonly templateName: string;
  readonly language: string;
  readonly params: readonly string[];
}

/** Sends one of the business's approved templates: allowed any time once the contact has consented. */
export class SendTemplate {
  constructor(private readonly deps: AppDeps) {}

  execute(input: SendTemplateInput): Promise<SentMessage> {
    return this.deps.store.transaction(input.tenantId, async (tx) => {
      const ground = await groundForSend(tx, input);
      if ('earlier' in ground) return { message: ground.earlier, replayed: true };
      const template = await tx.template(input.templateName, input.language);
      if (!template || template.status !== 'APPROVED')
        throw new DomainRuleViolation('template_unavailable', { template: input.templateName });
      if (template.bodyParamCount !== input.params.length)
        throw new DomainRuleViolation('template_param_count', {
          expected: template.bodyParamCount,
          got: input.params.length,
        });
      const draft = {
        kind: 'template' as const,
        senderUserId: input.userId,
        clientMessageId: input.clientMessageId,
        template: { name: template.name, language: template.language, params: input.params },
      };
      const message = await placeOutbound(tx, this.deps, ground, 'template', draft, input.userId);
      return { message, replayed: false };
    });
  }
}
