import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { mount, type ApiRuntime } from './api-runtime.js';

/** The business's approved templates; the connector's own (opt-in, resume, notices) are not for users. */
export function registerTemplateRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.listTemplates, async ({ caller, services }) => {
    const templates = await services.reads.templates(caller.tenantId);
    return {
      templates: templates
        .filter((t) => t.status === 'APPROVED' && t.purpose === null)
        .map((t) => ({
          name: t.name,
          language: t.language,
          category: t.category,
          bodyText: t.bodyText,
          paramCount: t.bodyParamCount,
        })),
    };
  });
}
