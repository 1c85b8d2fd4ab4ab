import type { ThreadAccess, ThreadDetail, ThreadSummary } from '../../../shared/contract/threads.js';
import type { ThreadView } from '../../../shared/ports/thread-reads.js';
import type { ApiRuntime, ApiServices } from './api-runtime.js';
import type { Caller } from './caller.js';
import { apiError } from './error-mapping.js';
import { readAccess } from './thread-access.js';
import { templateKey, toThreadDetail, toThreadSummary, userIdsOf, type TemplateBodies } from './views.js';

export interface ThreadReadContext {
  readonly caller: Caller;
  readonly locale: Caller['locale'];
  readonly services: ApiServices;
  readonly runtime: ApiRuntime;
}

export function accessContext(context: ThreadReadContext) {
  return {
    caller: context.caller,
    locale: context.locale,
    reads: context.services.reads,
    logger: context.runtime.logger,
  };
}

/** The bodies of the templates the last messages were sent with, to show them filled in (one read, if any). */
async function templateBodies(
  context: ThreadReadContext,
  views: readonly { view: ThreadView }[],
): Promise<TemplateBodies> {
  const wanted = views.some(({ view }) => view.lastMessage?.templateName && view.lastMessage.body === null);
  if (!wanted) return new Map();
  const templates = await context.services.reads.templates(context.caller.tenantId);
  return new Map(templates.map((t) => [templateKey(t.name, t.language), t.bodyText]));
}

/** Inbox lines for threads, with the names their last messages mention. */
export async function summaries(
  context: ThreadReadContext,
  views: readonly { view: ThreadView; access: ThreadAccess }[],
): Promise<ThreadSummary[]> {
  const { tenantId, userId } = context.caller;
  const ids = views.flatMap(({ view }) => (view.lastMessage ? userIdsOf(view.lastMessage) : []));
  const [names, unread, templates] = await Promise.all([
    context.services.reads.userNames(tenantId, ids),
    context.services.readMarkers.unreadCounts(
      tenantId,
      userId,
      views.map(({ view }) => view.thread.id),
    ),
    templateBodies(context, views),
  ]);
  const now = context.runtime.clock.now();
  return views.map(({ view, access }) =>
    toThreadSummary(view, access, now, context.locale, names, unread.get(view.thread.id) ?? 0, templates),
  );
}

/** The thread as the caller may now see it (after a change they made, possibly as a former participant). */
export async function threadDetail(
  context: ThreadReadContext,
  threadId: string,
  action: string,
): Promise<ThreadDetail> {
  const { reads } = context.services;
  const tenantId = context.caller.tenantId;
  const { access, view } = await readAccess(accessContext(context), threadId, action);
  const participants = await reads.participants(tenantId, threadId);
  const names = await reads.userNames(tenantId, [
    ...participants.map((p) => p.userId),
    ...(view.thread.openedBy ? [view.thread.openedBy] : []),
    ...(view.lastMessage ? userIdsOf(view.lastMessage) : []),
  ]);
  const [unread, templates] = await Promise.all([
    context.services.readMarkers.unreadCounts(tenantId, context.caller.userId, [threadId]),
    templateBodies(context, [{ view }]),
  ]);
  return toThreadDetail(
    view,
    access,
    participants,
    context.runtime.clock.now(),
    context.locale,
    names,
    unread.get(threadId) ?? 0,
    templates,
  );
}

export function requireLicence(caller: Caller): void {
  if (!caller.licensed) throw apiError(403, 'whatsapp_licence_required', caller.locale);
}
