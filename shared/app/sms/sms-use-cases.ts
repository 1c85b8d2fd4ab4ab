import { RetryLater } from '../../ports/retry-later.js';
import type { SmsGateway } from '../../ports/sms-gateway.js';
import type { JobHandler } from '../engine.js';
import type { AppDeps } from '../shared/app-deps.js';
import { JOB, type DispatchMessagePayload } from '../shared/job-kinds.js';
import { DispatchSms } from './dispatch-sms.js';
import { HandleInboundSms } from './handle-inbound-sms.js';
import { HandleSmsDeliveryReport } from './handle-sms-delivery-report.js';
import { IngestSmsEvents } from './ingest-sms-events.js';
import { SendSms } from './send-sms.js';
import { deliveryReportFromJob, inboundSmsFromJob } from './sms-events.js';
import { StartSmsThread } from './start-sms-thread.js';

const UNKNOWN_REPORT_ATTEMPTS = 3;
const UNKNOWN_REPORT_RETRY_MS = 2_000;

/** The SMS use cases and the handlers of the jobs they schedule, for the engine to wire in. */
export function createSmsUseCases(app: AppDeps, gateway: SmsGateway | undefined) {
  const dispatchSms = new DispatchSms(app, gateway);
  const handleInboundSms = new HandleInboundSms(app);
  const handleSmsDeliveryReport = new HandleSmsDeliveryReport(app);
  const jobHandlers: Record<string, JobHandler> = {
    [JOB.dispatchSms]: (job) =>
      dispatchSms.execute(job.tenantId, job.payload as DispatchMessagePayload, {
        lastAttempt: job.attempts >= job.maxAttempts,
      }),
    [JOB.applySmsInbound]: async (job) => {
      await handleInboundSms.execute(inboundSmsFromJob(job.payload));
    },
    [JOB.applySmsDeliveryReport]: async (job) => {
      const outcome = await handleSmsDeliveryReport.execute(deliveryReportFromJob(job.payload));
      // A report can overtake the commit that records the provider's id: look again shortly, a few times.
      if (outcome === 'unknown_message' && job.attempts < UNKNOWN_REPORT_ATTEMPTS)
        throw new RetryLater(UNKNOWN_REPORT_RETRY_MS, 'delivery report for an SMS not recorded yet');
    },
  };
  return {
    useCases: {
      startSmsThread: new StartSmsThread(app),
      sendSms: new SendSms(app),
      handleInboundSms,
      handleSmsDeliveryReport,
      ingestSmsEvents: new IngestSmsEvents(app),
    },
    jobHandlers,
  };
}
