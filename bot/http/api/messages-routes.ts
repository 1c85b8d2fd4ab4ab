import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import type { SentMessage as SentRecord } from '../../../shared/app/messaging/send-message.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { apiError } from './error-mapping.js';
import { withinSendLimit } from './send-limit.js';
import { sendSmsContent } from './sms-routes.js';
import { readAccess, writeAccess } from './thread-access.js';
import { accessContext } from './thread-details.js';
import { toMessage, toMessageInfo, userIdsOf } from './views.js';

const DEFAULT_PAGE = 50;

/** A thread's messages, sending one, and one message's info. */
export function registerMessageRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.listMessages, async ({ caller, locale, services, params, query }) => {
    const { reads } = services;
    await readAccess(accessContext({ caller, locale, services, runtime }), params.id, 'messages');
    const page = await reads.messages(caller.tenantId, params.id, {
      ...(query.before ? { beforeMessageId: query.before } : {}),
      limit: query.limit ?? DEFAULT_PAGE,
    });
    const names = await reads.userNames(caller.tenantId, page.messages.flatMap(userIdsOf));
    return { messages: page.messages.map((m) => toMessage(m, locale, names)), hasMore: page.hasMore };
  });

  mount(
    server,
    runtime,
    API_ROUTES.sendMessage,
    async ({ caller, locale, services, params, body, status, res }) => {
      const { engine, reads, uploads } = services;
      const { thread } = await writeAccess(accessContext({ caller, locale, services, runtime }), params.id);
      const limited = {
        caller,
        locale,
        res,
        limiter: services.sendLimiter,
        clientMessageId: body.clientMessageId,
      };
      const common = {
        tenantId: caller.tenantId,
        userId: caller.userId,
        threadId: params.id,
        clientMessageId: body.clientMessageId,
      };
      const content = body.content;
      const sent = await withinSendLimit(limited, async (): Promise<SentRecord> => {
        if (thread.channel === 'sms') return sendSmsContent(engine, common, content, locale);
        if (content.type === 'text')
          return engine.sendMessage.execute({ ...common, content: { type: 'text', body: content.body } });
        if (content.type === 'template')
          return engine.sendTemplate.execute({
            ...common,
            templateName: content.name,
            language: content.language,
            params: content.params,
          });
        // Only the uploader may send an upload; anyone else's id is as good as unknown.
        const upload = await uploads.get(caller.tenantId, content.mediaId);
        if (!upload || upload.uploadedBy !== caller.userId) throw apiError(404, 'not_found', locale);
        const { caption: uploadCaption, ...media } = upload.media;
        const caption = content.caption ?? uploadCaption;
        return engine.sendMessage.execute({
          ...common,
          content: { type: 'image', media, ...(caption !== undefined ? { caption } : {}) },
        });
      });
      if (sent.replayed) status(200);
      const names = await reads.userNames(caller.tenantId, userIdsOf(sent.message));
      return { message: toMessage(sent.message, locale, names), replayed: sent.replayed };
    },
  );

  mount(server, runtime, API_ROUTES.getMessage, async ({ caller, locale, services, params }) => {
    const { reads } = services;
    const message = await reads.message(caller.tenantId, params.id);
    if (!message) throw apiError(404, 'not_found', locale);
    try {
      await readAccess(
        accessContext({ caller, locale, services, runtime }),
        message.threadId,
        'message_info',
      );
    } catch {
      throw apiError(404, 'not_found', locale);
    }
    const names = await reads.userNames(caller.tenantId, userIdsOf(message));
    return toMessageInfo(message, locale, names);
  });
}
