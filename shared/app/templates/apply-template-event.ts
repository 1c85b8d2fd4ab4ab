import { statusAfterEvent } from '../../domain/template/template-usability.js';
import type { TemplatePurpose } from '../../ports/conversation-records.js';
import type { AppDeps } from '../shared/app-deps.js';
import { JOB, type SyncTemplatesPayload } from '../shared/job-kinds.js';
import { alertAdminsOfChanges, purposeStates } from './connector-template-health.js';
import { CATEGORY_CHANGED, templateEventKey, type TemplateEvent } from './template-event.js';

export type TemplateEventOutcome = 'updated' | 'unchanged' | 'unknown_template';

/**
 * Applies Meta's news about one template: a paused or disabled template can no longer be chosen, a
 * recategorized one may no longer carry the connector's requests; admins hear when a request loses its
 * last usable template. A template not synced yet makes the tenant sync them all.
 */
export class ApplyTemplateEvent {
  constructor(private readonly deps: AppDeps) {}

  execute(tenantId: string, event: TemplateEvent): Promise<TemplateEventOutcome> {
    return this.deps.store.transaction(tenantId, async (tx) => {
      const current = await tx.template(event.templateName, event.language);
      if (!current) {
        const payload: SyncTemplatesPayload = { wabaId: event.wabaId };
        await tx.scheduleJob({
          kind: JOB.syncTemplates,
          payload: { ...payload },
          dedupeKey: `sync:${templateEventKey(event)}`,
          runAt: this.deps.clock.now(),
        });
        return 'unknown_template';
      }
      const changes =
        event.event === CATEGORY_CHANGED
          ? { category: event.newCategory ?? current.category }
          : { status: statusAfterEvent(event.event, current.status) };
      if (changes.category === current.category && (changes.status ?? current.status) === current.status)
        return 'unchanged';
      const purposes: TemplatePurpose[] = current.purpose ? [current.purpose] : [];
      const before = await purposeStates(tx, purposes);
      await tx.updateTemplate(current.name, current.language, changes);
      await alertAdminsOfChanges(tx, this.deps, before, templateEventKey(event));
      return 'updated';
    });
  }
}
