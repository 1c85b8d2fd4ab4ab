/** A local WhatsApp Cloud API (Graph subset) with simulated phones, for development, tests and benchmarks. */
export { startEmulator } from './server.js';
export { EMULATOR_DEFAULTS, DEFAULT_USERS, EmulatorControlError } from './world.js';
export { SHIPPED_TEMPLATES } from './templates.js';
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
