import type { consentEvents, consents } from './schema/consents.js';
import type { contacts } from './schema/contacts.js';
import type { events } from './schema/events.js';
import type { jobs } from './schema/jobs.js';
import type { messages } from './schema/messages.js';
import type { templates } from './schema/templates.js';
import type { tenants, users } from './schema/tenants.js';
import type { threadParticipants, threads } from './schema/threads.js';

export * from './schema/consents.js';
export * from './schema/contacts.js';
export * from './schema/events.js';
export * from './schema/jobs.js';
export * from './schema/messages.js';
export * from './schema/templates.js';
export * from './schema/tenants.js';
export * from './schema/threads.js';

export type TenantRow = typeof tenants.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type ConsentEventRow = typeof consentEvents.$inferSelect;
export type ThreadRow = typeof threads.$inferSelect;
export type ThreadParticipantRow = typeof threadParticipants.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type TemplateRow = typeof templates.$inferSelect;
export type JobRow = typeof jobs.$inferSelect;
export type EventRow = typeof events.$inferSelect;
