import { TEMPLATE_PURPOSES, type TemplatePurpose } from '../../ports/conversation-records.js';
import type { TemplateSource } from '../../ports/template-source.js';
import type { AppDeps } from '../shared/app-deps.js';
import { alertAdminsOfChanges, purposeStates } from './connector-template-health.js';
import { purposeOfTemplate } from './template-purposes.js';

export interface SyncOutcome {
  readonly synced: number;
  /** Templates the tenant had that Meta no longer lists: kept for history, marked DELETED. */
  readonly gone: number;
  /** The connector's requests that have no usable template after the sync. */
  readonly unusablePurposes: readonly TemplatePurpose[];
}

/** Copies the business account's templates from WhatsApp, gives the connector's their purpose, and tells admins what changed. */
export class SyncTemplates {
  constructor(
    private readonly deps: AppDeps,
    private readonly source: TemplateSource,
  ) {}

  async execute(tenantId: string, wabaId: string, syncKey: string): Promise<SyncOutcome> {
    const remote = await this.source.listTemplates(wabaId);
    return this.deps.store.transaction(tenantId, async (tx) => {
      const tenant = await tx.tenant();
      const before = await purposeStates(tx, TEMPLATE_PURPOSES);
      const listed = new Set(remote.map((t) => `${t.name}\u0000${t.language}`));
      let gone = 0;
      for (const known of await tx.templates()) {
        if (listed.has(`${known.name}\u0000${known.language}`) || known.status === 'DELETED') continue;
        await tx.updateTemplate(known.name, known.language, { status: 'DELETED' });
        gone++;
      }
      for (const template of remote)
        await tx.saveTemplate({
          name: template.name,
          language: template.language,
          category: template.category,
          status: template.status,
          components: template.components,
          purpose: purposeOfTemplate(template.name, tenant?.templatePurposes ?? {}),
        });
      await alertAdminsOfChanges(tx, this.deps, before, syncKey);
      const after = await purposeStates(tx, TEMPLATE_PURPOSES);
      return {
        synced: remote.length,
        gone,
        unusablePurposes: [...after].filter(([, state]) => state !== 'usable').map(([purpose]) => purpose),
      };
    });
  }
}
