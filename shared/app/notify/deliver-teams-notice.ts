import type { Notifier } from '../../ports/notifier.js';
import type { AppDeps } from '../shared/app-deps.js';
import type { NotifyTeamsUserPayload } from '../shared/job-kinds.js';

/** Hands one thread notice to the Teams notifier (the bot); the job retries it when Teams is unreachable. */
export class DeliverTeamsNotice {
  constructor(
    private readonly deps: AppDeps,
    private readonly notifier: Notifier,
  ) {}

  async execute(tenantId: string, payload: NotifyTeamsUserPayload): Promise<void> {
    const notice = await this.deps.store.transaction(tenantId, (tx) => tx.message(payload.noticeMessageId));
    if (!notice?.systemCode) return;
    await this.notifier.notify({
      tenantId,
      userId: payload.userId,
      threadId: payload.threadId,
      code: notice.systemCode,
      params: notice.systemParams ?? {},
      noticeId: notice.id,
    });
  }
}
