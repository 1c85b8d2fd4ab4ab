export * from './common.js';
export * from './contacts.js';
export * from './media.js';
export * from './messages.js';
export * from './openapi.js';
export * from './routes.js';
export * from './templates.js';
export * from './threads.js';
