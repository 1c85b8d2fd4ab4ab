import { eq } from 'drizzle-orm';
import { tenants } from '../../../shared/adapters/store/schema.js';
import type { Engine } from '../../../shared/app/engine.js';
import type { SmsGateway } from '../../../shared/ports/sms-gateway.js';
import type { FakeSmsGateway } from '../../fakes/fake-sms-gateway.js';
import { startScenario, TENANT, type Scenario } from '../../support/engine-scenario.js';

export const SMS_NUMBER = '+18005550199';

export interface SmsScenario {
  readonly s: Scenario;
  readonly sms: FakeSmsGateway;
  /** The harness's engine, SMS wired. */
  readonly engine: Engine;
  runDueJobs(): Promise<number>;
  dispose(): Promise<void>;
}

/**
 * The engine scenario (tenant, three advisors, one contact) whose tenant sends SMS from SMS_NUMBER, with an
 * engine that has an SMS gateway, and a job runner that uses that engine's handlers.
 */
export async function startSmsScenario(
  gateway?: SmsGateway,
  smsNumber: string = SMS_NUMBER,
): Promise<SmsScenario> {
  const s = await startScenario({}, gateway ? { smsGateway: gateway } : {});
  const { h } = s;
  await h.database.db.update(tenants).set({ smsFromNumber: smsNumber }).where(eq(tenants.id, TENANT));
  return { s, sms: h.sms, engine: h.engine, runDueJobs: () => h.runDueJobs(), dispose: () => h.dispose() };
}
