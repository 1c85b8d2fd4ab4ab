import { consentTemplateProblem } from '../../domain/template/template-usability.js';
import type { TemplatePurpose, TemplateRecord } from '../../ports/conversation-records.js';
import type { ConversationTx } from '../../ports/conversation-store.js';
import type { AppDeps } from '../shared/app-deps.js';
import { JOB, type AlertAdminPayload } from '../shared/job-kinds.js';

export const ADMIN_ROLE = 'admin';

/** Whether a request of the connector's has a usable template, only unusable ones, or none at all. */
export type PurposeState = 'usable' | 'unusable' | 'absent';

export async function purposeStates(
  tx: ConversationTx,
  purposes: Iterable<TemplatePurpose>,
): Promise<Map<TemplatePurpose, PurposeState>> {
  const templates = await tx.templates();
  const states = new Map<TemplatePurpose, PurposeState>();
  for (const purpose of new Set(purposes)) {
    if ((await tx.approvedTemplateFor(purpose)) !== null) states.set(purpose, 'usable');
    else states.set(purpose, templates.some((t) => t.purpose === purpose) ? 'unusable' : 'absent');
  }
  return states;
}

/** Lost: it was usable, or it just appeared unusable. Restored: an unusable one became usable. */
function changeOf(before: PurposeState, after: PurposeState): 'lost' | 'restored' | null {
  if (after === 'usable') return before === 'unusable' ? 'restored' : null;
  if (before === 'usable') return 'lost';
  return before === 'absent' && after === 'unusable' ? 'lost' : null;
}

/**
 * Tells the tenant's admins when one of the connector's requests lost its last usable template (Meta paused,
 * disabled or recategorized it) or got one back. `eventKey` names the change, so a redelivered webhook or a
 * re-run job never alerts twice.
 */
export async function alertAdminsOfChanges(
  tx: ConversationTx,
  deps: AppDeps,
  before: ReadonlyMap<TemplatePurpose, PurposeState>,
  eventKey: string,
): Promise<void> {
  const after = await purposeStates(tx, before.keys());
  const templates = await tx.templates();
  const admins = await tx.usersWithRole(ADMIN_ROLE);
  for (const [purpose, was] of before) {
    const change = changeOf(was, after.get(purpose) ?? 'absent');
    if (!change) continue;
    const isUsable = change === 'restored';
    const params = isUsable
      ? { purpose }
      : { purpose, ...whyUnusable(templates.filter((t) => t.purpose === purpose)) };
    for (const admin of admins) {
      const payload: AlertAdminPayload = {
        userId: admin.id,
        code: isUsable ? 'connector_template_restored' : 'connector_template_unusable',
        params,
        alertId: `${eventKey}:${purpose}`,
      };
      await tx.scheduleJob({
        kind: JOB.alertAdmin,
        payload: { ...payload },
        dedupeKey: `alert:${admin.id}:${payload.alertId}`,
        runAt: deps.clock.now(),
      });
    }
  }
}

/** The template an admin should look at and what is wrong with it. */
function whyUnusable(candidates: readonly TemplateRecord[]): Record<string, string> {
  const template = candidates[0];
  const problem = consentTemplateProblem(template) ?? 'not_approved';
  return template
    ? {
        problem,
        template: template.name,
        language: template.language,
        status: template.status,
        category: template.category,
      }
    : { problem };
}
