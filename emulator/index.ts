/** A local WhatsApp Cloud API (Graph subset) with simulated phones, for development, tests and benchmarks. */
export { startEmulator } from './server.js';
export { EMULATOR_DEFAULTS, DEFAULT_USERS, EmulatorControlError } from './world.js';
export { SHIPPED_TEMPLATES } from './templates.js';
export { DEFAULT_SMS_USERS, SMS_EMULATOR_DEFAULTS } from './sms.js';
export type { SmsChatItem, SmsControl, SmsEventCounters, SmsState, SmsUserInit, SmsUserView } from './sms.js';
export { escapeNonAscii, signature, webhookBody } from './webhook-queue.js';
export type {
  ChaosSettings,
  ChatButton,
  ChatItem,
  EmulatedTemplate,
  EmulatorControl,
  EmulatorLogger,
  EmulatorOptions,
  EmulatorState,
  EmulatorStats,
  InboundChatItem,
  OutboundChatItem,
  Receipt,
  RunningEmulator,
  SimulatedUserInit,
  SimulatedUserView,
  StatusRecord,
  TemplateCategory,
  TemplateChange,
  TemplateComponentDefinition,
  TemplateStatus,
  UserMessageAction,
  UserPatch,
  UserWithChat,
  WebhookCounters,
} from './types.js';
