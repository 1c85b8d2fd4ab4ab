import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  GraphMediaGateway,
  type GraphMediaGatewayOptions,
} from '../../../../shared/adapters/whatsapp-cloud/graph/graph-media-gateway.js';
import { sha256Bytes } from '../../../../shared/adapters/whatsapp-cloud/graph/media-answers.js';
import { WhatsAppSendError } from '../../../../shared/ports/whatsapp-gateway.js';
import { WhatsAppMediaError } from '../../../../shared/ports/whatsapp-media.js';
import { graphError, type RecordedRequest, type Reply } from './fake-graph-server.js';
import { TEST_TOKEN, useFakeGraph } from './use-fake-graph.js';

const PHONE_NUMBER_ID = '106540352242922';
const MEDIA_ID = '1479537139650973';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
const PNG_SHA = createHash('sha256').update(PNG).digest();

const kit = useFakeGraph();
const { sleeps, logs } = kit;

function media(options: Partial<GraphMediaGatewayOptions> = {}): GraphMediaGateway {
  return new GraphMediaGateway({ ...kit.clientOptions(), ...options });
}

const DOWNLOAD_PATH = '/whatsapp_business/attachments/?mid=1479537139650973&ext=1&hash=ATu';

/** What GET {media-id} answers (file_size as a string, as in Meta's reference). */
function metadata(fields: { sha256?: string; file_size?: string | number; mime_type?: string } = {}): Reply {
  return {
    status: 200,
    body: {
      messaging_product: 'whatsapp',
      url: `${kit.graph.baseUrl}${DOWNLOAD_PATH}`,
      mime_type: 'image/png',
      sha256: PNG_SHA.toString('hex'),
      file_size: String(PNG.byteLength),
      id: MEDIA_ID,
      ...fields,
    },
  };
}

function file(
  bytes: Uint8Array = PNG,
  headers: Record<string, string> = { 'content-type': 'image/png' },
): Reply {
  return { status: 200, bytes, headers };
}

async function mediaError(promise: Promise<unknown>): Promise<WhatsAppMediaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WhatsAppMediaError);
  return error as WhatsAppMediaError;
}

/** The multipart body as the server would read it. */
function formOf(req: RecordedRequest): Promise<FormData> {
  return new Response(req.rawBody, {
    headers: { 'content-type': String(req.headers['content-type']) },
  }).formData();
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('GraphMediaGateway: upload', () => {
  it('POSTs multipart/form-data to {phone-number-id}/media with the file, its type and the Bearer token', async () => {
    kit.graph.reply({ status: 200, body: { id: MEDIA_ID } });
    const answer = await media().upload(PHONE_NUMBER_ID, {
      bytes: PNG,
      mimeType: 'image/png',
      filename: 'invoice.png',
    });
    expect(answer).toEqual({ mediaId: MEDIA_ID });
    const req = kit.graph.lastRequest();
    expect(req.method).toBe('POST');
    expect(req.path).toBe(`/v23.0/${PHONE_NUMBER_ID}/media`);
    expect(req.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(String(req.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(req);
    expect(form.get('messaging_product')).toBe('whatsapp');
    expect(form.get('type')).toBe('image/png');
    const sentFile = form.get('file') as File;
    expect(sentFile.name).toBe('invoice.png');
    expect(sentFile.type).toBe('image/png');
    expect(new Uint8Array(await sentFile.arrayBuffer())).toEqual(PNG);
    expect([...form.keys()].sort()).toEqual(['file', 'messaging_product', 'type']);
  });

  it('names a file without a name "file", and uses the token of the phone number', async () => {
    kit.graph.reply({ status: 200, body: { id: '42' } });
    await media({ accessToken: async (id) => `token-of-${id}` }).upload(PHONE_NUMBER_ID, {
      bytes: PNG,
      mimeType: 'image/jpeg',
    });
    const req = kit.graph.lastRequest();
    expect(req.headers.authorization).toBe(`Bearer token-of-${PHONE_NUMBER_ID}`);
    const form = await formOf(req);
    expect((form.get('file') as File).name).toBe('file');
    expect(form.get('type')).toBe('image/jpeg');
  });

  it('a 5xx is retried at once, and the retry sends the whole file again', async () => {
    kit.graph.reply(graphError(503, 131016, 'Service unavailable'), { status: 200, body: { id: '7' } });
    expect(await media().upload(PHONE_NUMBER_ID, { bytes: PNG, mimeType: 'image/png' })).toEqual({
      mediaId: '7',
    });
    expect(sleeps).toEqual([250]);
    for (const req of kit.graph.requests) {
      const sentFile = (await formOf(req)).get('file') as File;
      expect(new Uint8Array(await sentFile.arrayBuffer())).toEqual(PNG);
    }
  });

  it('131053 (media upload error) is refused for good, with Graph’s error as the cause', async () => {
    kit.graph.reply(graphError(400, 131053, 'Media upload error', { details: 'Unsupported file type' }));
    const error = await mediaError(media().upload(PHONE_NUMBER_ID, { bytes: PNG, mimeType: 'image/png' }));
    expect(error).toMatchObject({ code: 'refused', retryable: false });
    expect(error.cause).toBeInstanceOf(WhatsAppSendError);
    expect((error.cause as WhatsAppSendError).code).toBe(131053);
  });

  it('a throughput error is refused but retryable, with the wait Graph asked for', async () => {
    kit.graph.reply(graphError(429, 130429, 'Rate limit hit', { headers: { 'retry-after': '3' } }));
    const error = await mediaError(media().upload(PHONE_NUMBER_ID, { bytes: PNG, mimeType: 'image/png' }));
    expect(error).toMatchObject({ code: 'refused', retryable: true, retryAfterMs: 3000 });
  });

  it('413 is too large', async () => {
    kit.graph.reply({ status: 413, body: undefined });
    const error = await mediaError(media().upload(PHONE_NUMBER_ID, { bytes: PNG, mimeType: 'image/png' }));
    expect(error).toMatchObject({ code: 'too_large', retryable: false });
  });

  it('a 200 without an id is an error', async () => {
    kit.graph.reply({ status: 200, body: {} });
    const error = await mediaError(media().upload(PHONE_NUMBER_ID, { bytes: PNG, mimeType: 'image/png' }));
    expect(error.code).toBe('refused');
  });
});

describe('GraphMediaGateway: download', () => {
  it('looks the media up, then GETs its url with the Bearer token, and checks size and hash', async () => {
    kit.graph.reply(metadata(), file());
    const downloaded = await media().download(PHONE_NUMBER_ID, MEDIA_ID);
    expect(downloaded).toEqual({
      bytes: expect.any(Uint8Array),
      mimeType: 'image/png',
      sha256Hex: PNG_SHA.toString('hex'),
      size: PNG.byteLength,
    });
    expect(new Uint8Array(downloaded.bytes)).toEqual(PNG);
    const [lookup, fetchFile] = kit.graph.requests;
    expect(lookup!.method).toBe('GET');
    expect(lookup!.path).toBe(`/v23.0/${MEDIA_ID}?phone_number_id=${PHONE_NUMBER_ID}`);
    expect(lookup!.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(fetchFile!.method).toBe('GET');
    expect(fetchFile!.path).toBe(DOWNLOAD_PATH);
    expect(fetchFile!.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('accepts the hashes as base64 (as webhooks send them) or hex, and a numeric file_size', async () => {
    const base64 = PNG_SHA.toString('base64');
    kit.graph.reply(metadata({ sha256: base64, file_size: PNG.byteLength }), file());
    await expect(
      media().download(PHONE_NUMBER_ID, MEDIA_ID, { sha256: PNG_SHA.toString('hex').toUpperCase() }),
    ).resolves.toMatchObject({ size: PNG.byteLength });
    kit.graph.reply(metadata(), file());
    await expect(media().download(PHONE_NUMBER_ID, MEDIA_ID, { sha256: base64 })).resolves.toMatchObject({
      sha256Hex: PNG_SHA.toString('hex'),
    });
  });

  it('reads Meta’s webhook example hash', () => {
    const bytes = sha256Bytes('SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=');
    expect(bytes?.length).toBe(32);
    expect(sha256Bytes(bytes!.toString('hex'))).toEqual(bytes);
    expect(sha256Bytes('SfInY0gGKTsJlUWbwxC1k-FAD0FZHvzwfpvO0zX0GUI')).toEqual(bytes);
    expect(sha256Bytes('not a hash')).toBeUndefined();
    expect(sha256Bytes('abcd')).toBeUndefined();
  });

  it('the content type of the file stands in for a missing mime_type', async () => {
    kit.graph.reply(
      { status: 200, body: { url: `${kit.graph.baseUrl}${DOWNLOAD_PATH}`, id: MEDIA_ID } },
      file(PNG, { 'content-type': 'image/webp; charset=binary' }),
    );
    expect((await media().download(PHONE_NUMBER_ID, MEDIA_ID)).mimeType).toBe('image/webp');
  });

  it('refuses a file whose hash differs from the one WhatsApp announced', async () => {
    kit.graph.reply(metadata({ sha256: createHash('sha256').update('other').digest('hex') }), file());
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID));
    expect(error).toMatchObject({ code: 'checksum_mismatch', retryable: true });
  });

  it('refuses a file whose hash differs from the one the webhook announced', async () => {
    kit.graph.reply(metadata(), file());
    const webhookHash = createHash('sha256').update('other').digest('base64');
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID, { sha256: webhookHash }));
    expect(error.code).toBe('checksum_mismatch');
    kit.graph.reply(metadata(), file());
    const unreadable = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID, { sha256: 'xyz' }));
    expect(unreadable.code).toBe('checksum_mismatch');
  });

  it('refuses a file whose size differs from the one WhatsApp announced', async () => {
    kit.graph.reply(metadata({ file_size: String(PNG.byteLength + 1) }), file());
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID));
    expect(error).toMatchObject({ code: 'size_mismatch', retryable: true });
  });

  it('refuses, without downloading, a file announced larger than maxBytes', async () => {
    kit.graph.reply(metadata({ file_size: '6000000' }));
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID, { maxBytes: 5_000_000 }));
    expect(error).toMatchObject({ code: 'too_large', retryable: false });
    expect(kit.graph.requests).toHaveLength(1);
  });

  it('refuses a body whose content-length is above maxBytes', async () => {
    const big = new Uint8Array(2_000);
    kit.graph.reply(metadata({ file_size: undefined, sha256: undefined }), file(big));
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID, { maxBytes: 1_000 }));
    expect(error.code).toBe('too_large');
  });

  it('stops reading a streamed body as soon as it passes maxBytes', async () => {
    kit.graph.reply(metadata({ file_size: undefined, sha256: undefined }), {
      status: 200,
      stream: { chunk: new Uint8Array(16 * 1024), count: 1_000 },
    });
    const started = Date.now();
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID, { maxBytes: 100_000 }));
    expect(error.code).toBe('too_large');
    // 1,000 chunks 5 ms apart would take 5 s: the download gave up after about 7 of them.
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect.poll(() => kit.graph.abortedStreams, { timeout: 2_000 }).toBe(1);
  });

  it('applies the configured limit when the caller sets none', async () => {
    kit.graph.reply(metadata());
    const error = await mediaError(media({ maxDownloadBytes: 4 }).download(PHONE_NUMBER_ID, MEDIA_ID));
    expect(error.code).toBe('too_large');
  });

  it('an unknown media id is not found (HTTP 404, or Graph’s 100/33 "object does not exist")', async () => {
    kit.graph.reply(graphError(404, 100, 'Unsupported get request'));
    expect(await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID))).toMatchObject({
      code: 'not_found',
      retryable: false,
    });
    kit.graph.reply({
      status: 400,
      body: {
        error: {
          message: 'Unsupported get request. Object with ID does not exist',
          type: 'GraphMethodException',
          code: 100,
          error_subcode: 33,
          fbtrace_id: 'Ab1',
        },
      },
    });
    expect((await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID))).code).toBe('not_found');
  });

  it('a media URL that answers 404 or 401 has expired: worth a new download', async () => {
    for (const status of [404, 401]) {
      kit.graph.reply(metadata(), { status, body: undefined });
      expect(await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID))).toMatchObject({
        code: 'expired',
        retryable: true,
      });
    }
  });

  it('an expired token is refused for good, with Graph’s typed error as the cause', async () => {
    kit.graph.reply(graphError(401, 190, 'Error validating access token'));
    const error = await mediaError(media().download(PHONE_NUMBER_ID, MEDIA_ID));
    expect(error).toMatchObject({ code: 'refused', retryable: false });
    expect((error.cause as WhatsAppSendError).code).toBe(190);
  });

  it('5xx on the file is retried at once, then the download succeeds', async () => {
    kit.graph.reply(metadata(), { status: 502, body: undefined }, file());
    expect((await media().download(PHONE_NUMBER_ID, MEDIA_ID)).size).toBe(PNG.byteLength);
    expect(sleeps).toEqual([250]);
  });

  it('a lookup that times out is tried again at once (a GET has no effect)', async () => {
    kit.graph.reply({ ...metadata(), delayMs: 500 }, metadata(), file());
    expect((await media({ timeoutMs: 100 }).download(PHONE_NUMBER_ID, MEDIA_ID)).size).toBe(PNG.byteLength);
    expect(sleeps).toEqual([250]);
  });

  it('Graph unreachable is unreachable and retryable', async () => {
    const port = await freePort();
    const error = await mediaError(
      media({ baseUrl: `http://127.0.0.1:${port}` }).download(PHONE_NUMBER_ID, MEDIA_ID),
    );
    expect(error).toMatchObject({ code: 'unreachable', retryable: true });
    expect(sleeps).toHaveLength(2);
  });

  it('never logs the token or the bytes', async () => {
    kit.graph.reply(graphError(500, 1, 'boom'), graphError(500, 1, 'boom'), graphError(500, 1, 'boom'));
    await mediaError(
      media().upload(PHONE_NUMBER_ID, { bytes: PNG, mimeType: 'image/png', filename: 'x.png' }),
    );
    expect(logs.length).toBeGreaterThan(0);
    const logged = JSON.stringify(logs);
    expect(logged).not.toContain(TEST_TOKEN);
    expect(logged).not.toContain('x.png');
  });
});
