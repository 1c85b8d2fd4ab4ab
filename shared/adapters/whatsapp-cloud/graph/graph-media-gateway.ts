import { createHash } from 'node:crypto';
import {
  WhatsAppMediaError,
  type DownloadedMedia,
  type MediaExpectations,
  type MediaFile,
  type WhatsAppMediaGateway,
} from '../../../ports/whatsapp-media.js';
import {
  failedAnswer,
  GraphHttp,
  GraphRequestError,
  noAnswer,
  readJson,
  type GraphHttpOptions,
  type Outcome,
} from './graph-http.js';
import { mediaMetadataOf, sha256Bytes, type MediaMetadata } from './media-answers.js';

/** WhatsApp's largest media (documents) is 100 MB. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;

export interface GraphMediaGatewayOptions extends GraphHttpOptions {
  /** The system user's access token, or where to find the token of a phone number (multi-tenant). */
  readonly accessToken: string | ((phoneNumberId: string) => string | Promise<string>);
  /** The limit of a download the caller sets none for. Default 100 MB. */
  readonly maxDownloadBytes?: number;
}

type Stage = 'upload' | 'lookup' | 'download';

/**
 * WhatsApp's media store over Graph: POST {phone-number-id}/media (multipart) to upload; GET {media-id} for a
 * short-lived URL, then GET that URL with the Bearer token to download. Every failure is a WhatsAppMediaError
 * whose `cause` is Graph's typed error (WhatsAppSendError) when Graph answered.
 */
export class GraphMediaGateway implements WhatsAppMediaGateway {
  private readonly http: GraphHttp;
  private readonly maxDownloadBytes: number;

  constructor(options: GraphMediaGatewayOptions) {
    this.http = new GraphHttp(options);
    this.maxDownloadBytes = options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  }

  async upload(phoneNumberId: string, file: MediaFile): Promise<{ readonly mediaId: string }> {
    const form = new FormData();
    form.append('messaging_product', 'whatsapp');
    form.append('type', file.mimeType);
    // Blob copies the bytes; the cast only narrows the buffer type (a SharedArrayBuffer view is copied too).
    const blob = new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType });
    form.append('file', blob, file.filename ?? 'file');
    const answer = await this.graph('upload', () =>
      this.http.token(phoneNumberId).then((token) =>
        this.http.request({
          method: 'POST',
          url: this.http.url(phoneNumberId, 'media'),
          token,
          body: form,
          operation: 'uploadMedia',
          subject: { phoneNumberId },
        }),
      ),
    );
    const id = (answer.body as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || id.length === 0)
      throw new WhatsAppMediaError('refused', 'WhatsApp accepted the upload but its answer has no id', false);
    return { mediaId: id };
  }

  async download(
    phoneNumberId: string,
    mediaId: string,
    expected: MediaExpectations = {},
  ): Promise<DownloadedMedia> {
    const maxBytes = expected.maxBytes ?? this.maxDownloadBytes;
    const token = await this.http.token(phoneNumberId);
    const metadata = await this.lookup(phoneNumberId, mediaId, token);
    if (metadata.fileSize !== undefined && metadata.fileSize > maxBytes) throw tooLarge(maxBytes);
    const { bytes, contentType } = await this.fetchFile(metadata.url, token, maxBytes, {
      phoneNumberId,
      mediaId,
    });
    if (metadata.fileSize !== undefined && bytes.byteLength !== metadata.fileSize)
      throw new WhatsAppMediaError(
        'size_mismatch',
        `the media file has ${bytes.byteLength} bytes, WhatsApp announced ${metadata.fileSize}`,
        true,
      );
    const digest = createHash('sha256').update(bytes).digest();
    for (const [whose, announced] of [
      ['WhatsApp', metadata.sha256],
      ['the webhook', expected.sha256],
    ] as const) {
      if (announced === undefined) continue;
      const wanted = sha256Bytes(announced);
      if (!wanted || !wanted.equals(digest))
        throw new WhatsAppMediaError(
          'checksum_mismatch',
          wanted
            ? `the media file's SHA-256 differs from the one ${whose} announced`
            : `the SHA-256 ${whose} announced is neither hex nor base64`,
          true,
        );
    }
    return {
      bytes,
      mimeType: metadata.mimeType ?? contentType ?? 'application/octet-stream',
      sha256Hex: digest.toString('hex'),
      size: bytes.byteLength,
    };
  }

  /** GET {media-id}?phone_number_id=…: the URL (valid about 5 minutes), type, size and hash. */
  private async lookup(phoneNumberId: string, mediaId: string, token: string): Promise<MediaMetadata> {
    const answer = await this.graph('lookup', () =>
      this.http.request({
        method: 'GET',
        url: `${this.http.url(mediaId)}?phone_number_id=${encodeURIComponent(phoneNumberId)}`,
        token,
        operation: 'lookupMedia',
        subject: { phoneNumberId, mediaId },
        idempotent: true,
      }),
    );
    const metadata = mediaMetadataOf(answer.body);
    if (!metadata)
      throw new WhatsAppMediaError('refused', 'WhatsApp answered the media lookup without a url', false);
    return metadata;
  }

  /** GET the media URL with the Bearer token, reading no more than `maxBytes`. */
  private async fetchFile(
    url: string,
    token: string,
    maxBytes: number,
    subject: Record<string, string>,
  ): Promise<{ bytes: Buffer; contentType?: string }> {
    return this.graph('download', () =>
      this.http.retrying({ operation: 'downloadMedia', subject }, async () => {
        let response: Response;
        try {
          response = await this.http.fetch(url, {
            headers: { authorization: `Bearer ${token}` },
            signal: AbortSignal.timeout(this.http.timeoutMs),
          });
        } catch (error) {
          return noAnswer(error, true);
        }
        if (!response.ok) return failedAnswer(response, await readJson(response).catch(() => undefined));
        let bytes: Buffer;
        try {
          bytes = await readAtMost(response, maxBytes);
        } catch (error) {
          if (error instanceof WhatsAppMediaError) throw error;
          return noAnswer(error, true);
        }
        const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
        const value = { bytes, ...(contentType ? { contentType } : {}) };
        return { ok: true, value } satisfies Outcome<typeof value>;
      }),
    );
  }

  /** Runs a Graph call, turning its failures into WhatsAppMediaErrors. */
  private async graph<T>(stage: Stage, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw error instanceof GraphRequestError ? mediaError(stage, error) : error;
    }
  }
}

function tooLarge(maxBytes: number): WhatsAppMediaError {
  return new WhatsAppMediaError('too_large', `the media file is larger than ${maxBytes} bytes`, false);
}

/** The body, or a too_large error as soon as more than `maxBytes` arrived (the rest is never read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Graph's HTTP status says what went wrong with which step. */
function mediaError(stage: Stage, failure: GraphRequestError): WhatsAppMediaError {
  const { error, status, subcode } = failure.failure;
  const options = {
    cause: error,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  };
  if (status === undefined) return new WhatsAppMediaError('unreachable', error.title, true, options);
  // Graph's "object does not exist" is code 100, subcode 33; a media id lives 30 days.
  if (stage === 'lookup' && (status === 404 || (error.code === 100 && subcode === 33)))
    return new WhatsAppMediaError(
      'not_found',
      'WhatsApp has no media with this id (any more)',
      false,
      options,
    );
  // The URL lives about 5 minutes: a new download looks up a fresh one.
  if (stage === 'download' && [401, 403, 404, 410].includes(status))
    return new WhatsAppMediaError('expired', 'the media URL expired', true, options);
  if (status === 413)
    return new WhatsAppMediaError('too_large', 'WhatsApp refused a file this large', false, options);
  if (status >= 500) return new WhatsAppMediaError('unreachable', error.title, error.retryable, options);
  return new WhatsAppMediaError('refused', error.title, error.retryable, options);
}
