import type { Logger } from 'pino';
import type { ThreadAccess } from '../../../shared/contract/threads.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import type { ThreadReads, ThreadView } from '../../../shared/ports/thread-reads.js';
import { isCompliance, type Caller } from './caller.js';
import { apiError } from './error-mapping.js';

export interface AccessContext {
  readonly caller: Caller;
  readonly locale: Locale;
  readonly reads: ThreadReads;
  readonly logger: Logger;
}

/** Compliance reads are audited: who read which thread, and how. */
export function auditComplianceRead(context: AccessContext, action: string, threadId: string | null): void {
  context.logger.info(
    {
      audit: 'compliance_read',
      tenantId: context.caller.tenantId,
      userId: context.caller.userId,
      action,
      threadId,
    },
    'compliance read',
  );
}

/**
 * How the caller may see a thread of their tenant: as a participant, a former participant (read only), or
 * the tenant's compliance reviewer (read only, audited). Anyone else learns nothing: 404, never 403.
 */
export async function readAccess(
  context: AccessContext,
  threadId: string,
  action: string,
): Promise<{ access: ThreadAccess; view: ThreadView }> {
  const { caller, reads } = context;
  const [membership, view] = await Promise.all([
    reads.membership(caller.tenantId, threadId, caller.userId),
    reads.thread(caller.tenantId, threadId),
  ]);
  if (view && membership === 'active') return { access: 'participant', view };
  if (view && membership === 'former') return { access: 'former_participant', view };
  if (view && isCompliance(caller)) {
    auditComplianceRead(context, action, threadId);
    return { access: 'compliance', view };
  }
  throw apiError(404, 'thread_not_found', context.locale);
}

/**
 * A change to a thread: only its participants (and, for a restart, its former ones) may make it. Those who
 * can read the thread without being in it get 403; those who cannot see it, 404.
 */
export async function writeAccess(
  context: AccessContext,
  threadId: string,
  options: { allowFormer?: boolean } = {},
): Promise<ThreadView> {
  const { caller, reads, locale } = context;
  const [membership, view] = await Promise.all([
    reads.membership(caller.tenantId, threadId, caller.userId),
    reads.thread(caller.tenantId, threadId),
  ]);
  if (!view || (!membership && !isCompliance(caller))) throw apiError(404, 'thread_not_found', locale);
  if (membership === 'active' || (membership === 'former' && options.allowFormer)) {
    if (!caller.licensed) throw apiError(403, 'whatsapp_licence_required', locale);
    return view;
  }
  throw apiError(403, 'forbidden', locale);
}

/** Whether the caller may read any of these threads (pictures shared between threads). */
export async function canReadAny(context: AccessContext, threadIds: readonly string[]): Promise<boolean> {
  const { caller, reads } = context;
  for (const threadId of threadIds)
    if (await reads.membership(caller.tenantId, threadId, caller.userId)) return true;
  return threadIds.length > 0 && isCompliance(caller);
}
