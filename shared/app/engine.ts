import type { Clock } from '../ports/clock.js';
import type { ConversationStore } from '../ports/conversation-store.js';
import type { IdGenerator } from '../ports/id-generator.js';
import type { Notifier } from '../ports/notifier.js';
import { RetryLater } from '../ports/retry-later.js';
import type { MediaStore } from '../ports/media-store.js';
import type { TemplateSource } from '../ports/template-source.js';
import type { WhatsAppMediaGateway } from '../ports/whatsapp-media.js';
import { FetchInboundMedia } from './media/fetch-inbound-media.js';
import { StoreOutboundPicture } from './media/store-outbound-picture.js';
import type { WhatsAppGateway } from '../ports/whatsapp-gateway.js';
import type { SmsGateway } from '../ports/sms-gateway.js';
import { createSmsUseCases } from './sms/sms-use-cases.js';
import { DeliverAdminAlert } from './notify/deliver-admin-alert.js';
import { ApplyTemplateEvent } from './templates/apply-template-event.js';
import { templateEventFromJob } from './templates/template-event.js';
import { SyncTemplates } from './templates/sync-templates.js';
import { RequestOptIn, SendOptInReminder } from './consent/request-opt-in.js';
import { AnnounceReminderDue } from './consent/announce-reminder-due.js';
import { RetryOptIn } from './consent/retry-opt-in.js';
import { StartWhatsAppThread } from './consent/start-whatsapp-thread.js';
import {
  AddParticipant,
  LeaveThread,
  RemoveParticipant,
  TransferThread,
} from './group/membership-commands.js';
import { RestartThread } from './group/restart-thread.js';
import { HandleInboundMessage } from './inbound/handle-inbound-message.js';
import { IngestWebhook, inboundFromJob, statusFromJob } from './inbound/ingest-webhook.js';
import { HandleStatusUpdate, type StatusOutcome } from './inbound/handle-status-update.js';
import { JOB_DONE, jobFailed, type JobOutcome } from '../ports/job-outcome.js';
import { DispatchMessage, type DispatchAttempt } from './messaging/dispatch-message.js';
import { SendMessage } from './messaging/send-message.js';
import { SendTemplate } from './messaging/send-template.js';
import { DeliverTeamsNotice } from './notify/deliver-teams-notice.js';
import {
  JOB,
  type DispatchMessagePayload,
  type AlertAdminPayload,
  type NotifyTeamsUserPayload,
  type SyncTemplatesPayload,
  type ReminderDuePayload,
  type RetryOptInPayload,
} from './shared/job-kinds.js';
import { AnnounceThreadRead } from './read-markers/announce-thread-read.js';

export interface EngineDeps {
  readonly store: ConversationStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly whatsapp: WhatsAppGateway;
  readonly notifier: Notifier;
  readonly templateSource: TemplateSource;
  readonly whatsappMedia: WhatsAppMediaGateway;
  readonly mediaStore: MediaStore;
  /** The SMS provider; without it SMS threads can be opened but their messages fail as not configured. */
  readonly sms?: SmsGateway;
}

const UNKNOWN_RECEIPT_ATTEMPTS = 3;
const UNKNOWN_RECEIPT_RETRY_MS = 2_000;

/** A background job as the engine's handlers see it. */
export interface EngineJob {
  readonly id: string;
  readonly tenantId: string;
  readonly payload: unknown;
  /** This run's number (1 on the first run) and how many runs the job may have. */
  readonly attempts: number;
  readonly maxAttempts: number;
}

/** A job handler; one with `batch` can also run several jobs of its kind together (see JobOutcome). */
export type JobHandler = ((job: EngineJob) => Promise<void>) & {
  readonly batch?: (jobs: readonly EngineJob[]) => Promise<readonly JobOutcome[]>;
};

/** A receipt can overtake the commit that records the wamid it refers to: look again shortly, a few times. */
function notRecordedYet(outcome: StatusOutcome, job: EngineJob): boolean {
  return outcome === 'unknown_message' && job.attempts < UNKNOWN_RECEIPT_ATTEMPTS;
}

function dispatchArgs(job: EngineJob): [DispatchMessagePayload, DispatchAttempt] {
  return [job.payload as DispatchMessagePayload, { lastAttempt: job.attempts >= job.maxAttempts }];
}

function retryReceipt(): RetryLater {
  return new RetryLater(UNKNOWN_RECEIPT_RETRY_MS, 'receipt for a message not recorded yet');
}

function throwIfNotRecordedYet(outcome: StatusOutcome, job: EngineJob): void {
  if (notRecordedYet(outcome, job)) throw retryReceipt();
}

/** The conversation engine: every use case, wired to its ports, and the handlers of the jobs they schedule. */
export function createEngine(deps: EngineDeps) {
  const app = { store: deps.store, clock: deps.clock, ids: deps.ids };
  const media = { whatsappMedia: deps.whatsappMedia, mediaStore: deps.mediaStore };
  const dispatchMessage = new DispatchMessage(app, deps.whatsapp, media);
  const fetchInboundMedia = new FetchInboundMedia(media);
  const retryOptIn = new RetryOptIn(app);
  const announceReminderDue = new AnnounceReminderDue(app);
  const deliverTeamsNotice = new DeliverTeamsNotice(app, deps.notifier);
  const handleInboundMessage = new HandleInboundMessage(app);
  const handleStatusUpdate = new HandleStatusUpdate(app);
  const applyTemplateEvent = new ApplyTemplateEvent(app);
  const syncTemplates = new SyncTemplates(app, deps.templateSource);
  const deliverAdminAlert = new DeliverAdminAlert(deps.notifier);
  const sms = createSmsUseCases(app, deps.sms);
  const jobHandlers: Record<string, JobHandler> = {
    [JOB.dispatchMessage]: Object.assign(
      (job: EngineJob) => dispatchMessage.execute(job.tenantId, ...dispatchArgs(job)),
      {
        batch: (jobs: readonly EngineJob[]) =>
          dispatchMessage.executeMany(
            jobs.map((job) => {
              const [payload, attempt] = dispatchArgs(job);
              return { tenantId: job.tenantId, payload, attempt };
            }),
          ),
      },
    ),
    [JOB.retryOptIn]: async (job) => {
      await retryOptIn.execute(job.tenantId, job.payload as RetryOptInPayload);
    },
    [JOB.reminderDue]: async (job) => {
      await announceReminderDue.execute(job.tenantId, job.payload as ReminderDuePayload);
    },
    [JOB.applyInbound]: async (job) => {
      const message = inboundFromJob(job.payload);
      const lastAttempt = job.attempts >= job.maxAttempts;
      await handleInboundMessage.execute(await fetchInboundMedia.execute(job.tenantId, message, lastAttempt));
    },
    [JOB.applyStatus]: Object.assign(
      async (job: EngineJob) => {
        const outcome = await handleStatusUpdate.execute(statusFromJob(job.payload));
        throwIfNotRecordedYet(outcome, job);
      },
      {
        batch: async (jobs: readonly EngineJob[]): Promise<JobOutcome[]> => {
          const outcomes = await handleStatusUpdate.executeMany(
            jobs.map((job) => statusFromJob(job.payload)),
          );
          return outcomes.map((result, i) => {
            if ('error' in result) return jobFailed(result.error);
            const job = jobs[i];
            return job && notRecordedYet(result.outcome, job) ? jobFailed(retryReceipt()) : JOB_DONE;
          });
        },
      },
    ),
    [JOB.notifyTeamsUser]: (job) =>
      deliverTeamsNotice.execute(job.tenantId, job.payload as NotifyTeamsUserPayload),
    [JOB.applyTemplateEvent]: async (job) => {
      await applyTemplateEvent.execute(job.tenantId, templateEventFromJob(job.payload));
    },
    [JOB.syncTemplates]: async (job) => {
      const { wabaId } = job.payload as SyncTemplatesPayload;
      await syncTemplates.execute(job.tenantId, wabaId, `sync:${job.id}`);
    },
    [JOB.alertAdmin]: (job) => deliverAdminAlert.execute(job.tenantId, job.payload as AlertAdminPayload),
    ...sms.jobHandlers,
  };
  return {
    startWhatsAppThread: new StartWhatsAppThread(app),
    requestOptIn: new RequestOptIn(app),
    sendOptInReminder: new SendOptInReminder(app),
    sendMessage: new SendMessage(app),
    sendTemplate: new SendTemplate(app),
    storeOutboundPicture: new StoreOutboundPicture(deps.mediaStore),
    handleInboundMessage,
    handleStatusUpdate,
    ingestWebhook: new IngestWebhook(app),
    applyTemplateEvent,
    syncTemplates,
    addParticipant: new AddParticipant(app),
    removeParticipant: new RemoveParticipant(app),
    leaveThread: new LeaveThread(app),
    transferThread: new TransferThread(app),
    restartThread: new RestartThread(app),
    announceThreadRead: new AnnounceThreadRead(app),
    ...sms.useCases,
    jobHandlers,
  };
}

export type Engine = ReturnType<typeof createEngine>;
