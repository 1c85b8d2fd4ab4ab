import type { Server } from 'restify';
import type { AdminTemplate, ConnectorRequestHealth } from '../../../shared/contract/admin.js';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import {
  CONSENT_PURPOSES,
  consentTemplateProblem,
} from '../../../shared/domain/template/template-usability.js';
import type { TemplateRecord } from '../../../shared/ports/conversation-records.js';
import { requireAdmin } from './admin-access.js';
import { mount, type ApiRuntime } from './api-runtime.js';

const toAdminTemplate = (t: TemplateRecord): AdminTemplate => ({
  name: t.name,
  language: t.language,
  category: t.category,
  status: t.status,
  purpose: t.purpose,
});

/** Each consent request: fine when one of its templates is APPROVED and UTILITY, else what is wrong with which. */
export function connectorRequestHealth(templates: readonly TemplateRecord[]): ConnectorRequestHealth[] {
  return CONSENT_PURPOSES.map((purpose) => {
    const candidates = templates.filter((t) => t.purpose === purpose);
    if (candidates.some((t) => consentTemplateProblem(t) === null))
      return { purpose, problem: null, template: null };
    const template = candidates[0];
    return {
      purpose,
      problem: consentTemplateProblem(template) ?? 'missing',
      template: template ? toAdminTemplate(template) : null,
    };
  });
}

/** The business account's templates as its admins see them, with the health of the connector's requests. */
export function registerAdminTemplateRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.listAdminTemplates, async ({ caller, locale, services }) => {
    requireAdmin(caller, locale);
    const templates = await services.reads.templates(caller.tenantId);
    return {
      templates: templates.map(toAdminTemplate),
      connectorRequests: connectorRequestHealth(templates),
    };
  });
}
