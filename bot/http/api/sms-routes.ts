import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import type { MessageContent } from '../../../shared/contract/messages.js';
import type { Engine } from '../../../shared/app/engine.js';
import type { SentSms } from '../../../shared/app/sms/send-sms.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { apiError } from './error-mapping.js';
import { requireLicence } from './thread-details.js';

/** Opening an SMS thread: with a contact, or from a WhatsApp thread (its participants come along). */
export function registerSmsRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.startSmsThread, async ({ caller, locale, services, body }) => {
    requireLicence(caller);
    const who = { tenantId: caller.tenantId, userId: caller.userId };
    if (body.fromThreadId !== undefined)
      return services.engine.startSmsThread.execute({ ...who, fromThreadId: body.fromThreadId });
    if (body.contactId !== undefined)
      return services.engine.startSmsThread.execute({ ...who, contactId: body.contactId });
    throw apiError(400, 'invalid_request', locale, { field: 'contactId' });
  });
}

/**
 * A message sent to an SMS thread through `POST /threads/{id}/messages`: text only, idempotent by the
 * client's message id like every send.
 */
export function sendSmsContent(
  engine: Engine,
  send: { tenantId: string; userId: string; threadId: string; clientMessageId: string },
  content: MessageContent,
  locale: Locale,
): Promise<SentSms> {
  if (content.type !== 'text') throw apiError(409, 'not_for_sms', locale);
  return engine.sendSms.execute({ ...send, body: content.body });
}
