import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import { MEDIA_UPLOAD_BODY_LIMIT } from '../../../shared/contract/media.js';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { readRawBody } from '../webhooks/read-raw-body.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import { apiError } from './error-mapping.js';
import { auditComplianceRead, canReadAny } from './thread-access.js';
import { isCompliance } from './caller.js';
import { requireLicence } from './thread-details.js';

const MAX_CAPTION = 1024;

/** The parts of a multipart/form-data body, parsed by the WHATWG Request over the raw bytes. */
async function formData(contentType: string, raw: Buffer, locale: Locale): Promise<FormData> {
  try {
    const request = new Request('http://localhost/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(raw),
    });
    return await request.formData();
  } catch {
    throw apiError(400, 'bad_request', locale);
  }
}

/** Pictures: upload one to send, and download any picture the caller may see. */
export function registerMediaRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.uploadMedia, async ({ caller, locale, services, req }) => {
    requireLicence(caller);
    const contentType = req.header('content-type') ?? '';
    if (!/^multipart\/form-data\s*;/i.test(contentType))
      throw apiError(415, 'unsupported_media_type', locale);
    const form = await formData(contentType, await readRawBody(req, MEDIA_UPLOAD_BODY_LIMIT), locale);
    const file = form.get('file');
    if (!(file instanceof Blob)) throw apiError(400, 'invalid_request', locale, { field: 'file' });
    const captionPart = form.get('caption');
    if (captionPart !== null && (typeof captionPart !== 'string' || captionPart.length > MAX_CAPTION))
      throw apiError(400, 'invalid_request', locale, { field: 'caption' });
    const caption = captionPart?.trim() || undefined;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const media = await services.engine.storeOutboundPicture.execute(
      caller.tenantId,
      bytes,
      file.type,
      caption,
    );
    if (!media.storageKey) throw new Error('the media store kept no key');
    const id = randomUUID();
    await services.uploads.record(caller.tenantId, {
      id,
      uploadedBy: caller.userId,
      media: { ...media, storageKey: media.storageKey },
      createdAt: runtime.clock.now(),
    });
    return { mediaId: id, mimeType: media.mimeType, size: media.size ?? bytes.length };
  });

  mount(server, runtime, API_ROUTES.downloadMedia, async ({ caller, locale, services, params, res }) => {
    const { reads, uploads, mediaStore } = services;
    const context = { caller, locale, reads, logger: runtime.logger };
    const notFound = () => apiError(404, 'not_found', locale);
    // An id is an upload's (the uploader, or anyone who can read a thread the picture was sent in) or a
    // picture message's (anyone who can read its thread).
    let storageKey: string | undefined;
    let threadIds: string[];
    const upload = await uploads.get(caller.tenantId, params.id);
    if (upload) {
      storageKey = upload.media.storageKey;
      threadIds =
        upload.uploadedBy === caller.userId
          ? []
          : await reads.threadsWithPicture(caller.tenantId, storageKey);
      if (upload.uploadedBy !== caller.userId && !(await canReadAny(context, threadIds))) throw notFound();
    } else {
      const message = await reads.message(caller.tenantId, params.id);
      storageKey = message?.media?.storageKey;
      if (!message || !storageKey) throw notFound();
      threadIds = [message.threadId];
      if (!(await canReadAny(context, threadIds))) throw notFound();
    }
    if (isCompliance(caller) && threadIds.length > 0) {
      const member = await Promise.all(
        threadIds.map((t) => reads.membership(caller.tenantId, t, caller.userId)),
      );
      if (!member.some(Boolean)) auditComplianceRead(context, `media:${params.id}`, threadIds[0] ?? null);
    }
    const file = await mediaStore.get(storageKey);
    if (!file) throw notFound();
    res.writeHead(200, {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.length),
      'Cache-Control': 'private, max-age=3600',
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    return undefined;
  });
}
