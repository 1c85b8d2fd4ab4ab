import type { Notifier } from '../../ports/notifier.js';
import type { AlertAdminPayload } from '../shared/job-kinds.js';

/** Hands one admin alert to the Teams notifier; the job retries it when Teams is unreachable. */
export class DeliverAdminAlert {
  constructor(private readonly notifier: Notifier) {}

  execute(tenantId: string, payload: AlertAdminPayload): Promise<void> {
    return this.notifier.alert({ tenantId, ...payload });
  }
}
