import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, ConnectorClient } from '../../../shared/client/connector-client.js';

/**
 * Node has no XMLHttpRequest, so this stands in for the browser's: the bytes really go to a local server
 * (through fetch), and the upload reports its progress in chunks the way a browser does.
 */
class FakeXhr {
  static readonly created: FakeXhr[] = [];
  static failWithNetworkError = false;
  method = '';
  url = '';
  readonly requestHeaders: Record<string, string> = {};
  responseType = '';
  readonly upload: {
    onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
  } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  status = 0;
  statusText = '';
  response: unknown = null;
  private responseHeaders = '';

  constructor() {
    FakeXhr.created.push(this);
  }
  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.requestHeaders[name] = value;
  }
  getAllResponseHeaders(): string {
    return this.responseHeaders;
  }
  send(body: FormData): void {
    void this.exchange(body);
  }
  private async exchange(form: FormData): Promise<void> {
    if (FakeXhr.failWithNetworkError) {
      this.onerror?.();
      return;
    }
    // The multipart body as the browser would send it, with its boundary.
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const total = bytes.byteLength;
    for (const share of [0.25, 0.5, 1]) {
      this.upload.onprogress?.({ lengthComputable: true, loaded: Math.round(total * share), total });
    }
    const answer = await fetch(this.url, {
      method: this.method,
      headers: { ...this.requestHeaders, 'content-type': encoded.headers.get('content-type') ?? '' },
      body: bytes,
    });
    this.status = answer.status;
    this.statusText = answer.statusText;
    this.response = await answer.arrayBuffer();
    this.responseHeaders = [...answer.headers].map(([name, value]) => `${name}: ${value}`).join('\r\n');
    this.onload?.();
  }
}

interface Received {
  readonly url: string | undefined;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

describe('ConnectorClient.uploadMedia with upload progress', () => {
  let server: Server;
  let baseUrl = '';
  const received: Received[] = [];
  let answer: (response: ServerResponse) => void = () => undefined;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          url: request.url,
          headers: request.headers,
          body: Buffer.concat(chunks).toString('latin1'),
        });
        answer(response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    vi.unstubAllGlobals();
    received.length = 0;
    FakeXhr.created.length = 0;
    FakeXhr.failWithNetworkError = false;
  });

  const client = () => new ConnectorClient({ baseUrl, token: () => 'token-1', locale: 'fr' });
  const picture = () => new Blob([new Uint8Array(10_000).fill(7)], { type: 'image/png' });
  const MEDIA = { mediaId: '6f1c1a52-5a55-4a34-9b1e-0a1f0e0c9d11', mimeType: 'image/png', size: 10_000 };

  it('reports the bytes sent as they grow, up to the whole body, and answers the uploaded media', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    answer = (response) =>
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(MEDIA));
    const progress: Array<[number, number]> = [];

    const media = await client().uploadMedia(picture(), {
      fileName: 'cat.png',
      onProgress: (sent, total) => progress.push([sent, total]),
    });

    expect(media).toEqual(MEDIA);
    expect(FakeXhr.created).toHaveLength(1);
    expect(progress.length).toBe(3);
    const total = progress[0]![1];
    expect(total).toBeGreaterThan(10_000);
    expect(progress.map(([sent]) => sent)).toEqual([Math.round(total / 4), Math.round(total / 2), total]);
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('/api/v1/media');
    expect(received[0]!.headers.authorization).toBe('Bearer token-1');
    expect(received[0]!.headers['accept-language']).toBe('fr');
    expect(received[0]!.body).toContain('filename="cat.png"');
  });

  it('throws the same ApiError as without progress: status, code and the localized message', async () => {
    const body = { error: { code: 'media_type_not_allowed', message: 'Seules les images JPEG ou PNG.' } };
    answer = (response) =>
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(body));

    const withFetch = await client()
      .uploadMedia(picture())
      .catch((error: unknown) => error);
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const withXhr = await client()
      .uploadMedia(picture(), { onProgress: () => undefined })
      .catch((error: unknown) => error);

    expect(FakeXhr.created).toHaveLength(1);
    for (const error of [withFetch, withXhr]) {
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        status: 400,
        code: 'media_type_not_allowed',
        message: body.error.message,
      });
      expect((error as ApiError).headers.get('content-type')).toBe('application/json');
    }
  });

  it('keeps the status alone when the error body is not JSON', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    answer = (response) => response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad gateway');

    const error = await client()
      .uploadMedia(picture(), { onProgress: () => undefined })
      .catch((failure: unknown) => failure);

    expect(error).toMatchObject({ status: 502, code: 'http_502', message: 'Bad gateway' });
  });

  it('rejects like fetch (TypeError) when the network fails', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.failWithNetworkError = true;

    await expect(client().uploadMedia(picture(), { onProgress: () => undefined })).rejects.toBeInstanceOf(
      TypeError,
    );
  });

  it('uses fetch where there is no XMLHttpRequest (Node), even when asked for progress', async () => {
    answer = (response) =>
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(MEDIA));
    const progress: number[] = [];

    const media = await client().uploadMedia(picture(), { onProgress: (sent) => progress.push(sent) });

    expect(media).toEqual(MEDIA);
    expect(received).toHaveLength(1);
    expect(FakeXhr.created).toHaveLength(0);
    expect(progress).toEqual([]);
  });
});
