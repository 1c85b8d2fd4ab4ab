import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gifBytes, jpegBytes, pngBytes } from '../../builders/image-bytes.js';
import { ALICE, ApiHarness, BETTY, BOB, CAROL, CORA, failure, TENANT_A, TENANT_B } from './api-harness.js';

let api: ApiHarness;
let threadId: string;
beforeAll(async () => {
  api = await ApiHarness.start();
  threadId = await api.consentedThread(api.as(TENANT_A, ALICE));
  await api.as(TENANT_A, ALICE).addParticipant(threadId, BOB);
});
afterAll(() => api?.stop());

const blob = (bytes: Uint8Array, type: string) => new Blob([new Uint8Array(bytes)], { type });

describe('media', () => {
  it('uploads a picture, sends it, and serves it to the people who may see it', async () => {
    const alice = api.as(TENANT_A, ALICE);
    const bytes = pngBytes(4_096);
    const uploaded = await alice.uploadMedia(blob(bytes, 'image/png'), {
      fileName: 'chart.png',
      caption: 'Chart',
    });
    expect(uploaded).toMatchObject({ mimeType: 'image/png', size: 4_096 });

    // Before it is sent, only the uploader can fetch it.
    expect((await alice.downloadMedia(uploaded.mediaId)).bytes).toEqual(bytes);
    await failure(api.as(TENANT_A, BOB).downloadMedia(uploaded.mediaId), 404, 'not_found');
    // Nor can anyone else send it.
    await failure(
      api.as(TENANT_A, BOB).sendMessage(threadId, {
        clientMessageId: randomUUID(),
        content: { type: 'image', mediaId: uploaded.mediaId },
      }),
      404,
      'not_found',
    );

    const sent = await alice.sendMessage(threadId, {
      clientMessageId: randomUUID(),
      content: { type: 'image', mediaId: uploaded.mediaId },
    });
    expect(sent.message.kind).toBe('image');
    expect(sent.message.image).toMatchObject({ mimeType: 'image/png', caption: 'Chart', size: 4_096 });
    const pictureId = sent.message.image!.mediaId!;

    const bob = api.as(TENANT_A, BOB);
    const download = await bob.downloadMedia(pictureId);
    expect(download.mimeType).toBe('image/png');
    expect(download.bytes).toEqual(bytes);
    // Once in a thread Bob reads, the upload is his to see too; compliance sees it, audited.
    expect((await bob.downloadMedia(uploaded.mediaId)).bytes).toEqual(bytes);
    expect((await api.as(TENANT_A, CORA, { roles: ['Compliance'] }).downloadMedia(pictureId)).bytes).toEqual(
      bytes,
    );

    for (const outsider of [api.as(TENANT_A, CAROL), api.as(TENANT_B, BETTY), api.as(TENANT_B, ALICE)]) {
      await failure(outsider.downloadMedia(pictureId), 404, 'not_found');
      await failure(outsider.downloadMedia(uploaded.mediaId), 404, 'not_found');
    }
    await failure(alice.downloadMedia(randomUUID()), 404, 'not_found');
  });

  it('refuses a picture WhatsApp would not take, with the reason in the caller language', async () => {
    const french = api.as(TENANT_A, ALICE, { locale: 'fr' });
    const gif = await failure(
      french.uploadMedia(blob(gifBytes(), 'image/gif')),
      400,
      'media_type_not_allowed',
    );
    expect(gif.message).toMatch(/JPEG/);
    await failure(french.uploadMedia(blob(jpegBytes(), 'image/png')), 400, 'media_type_not_allowed');
    await failure(french.uploadMedia(blob(new Uint8Array(0), 'image/png')), 400, 'media_empty');
    const big = await failure(
      french.uploadMedia(blob(jpegBytes(5 * 1024 * 1024 + 1), 'image/jpeg')),
      400,
      'media_too_large',
    );
    expect(big.message).toMatch(/5/);
  });

  it('answers 413 for a body over the limit, 415 for a body that is not a form, 400 without a file', async () => {
    const tooLarge = await failure(
      api.as(TENANT_A, ALICE, { locale: 'de' }).uploadMedia(blob(jpegBytes(7 * 1024 * 1024), 'image/jpeg')),
      413,
      'payload_too_large',
    );
    expect(tooLarge.message).not.toMatch(/bytes/);
    const notForm = await api.fetchAs(TENANT_A, ALICE, '/api/v1/media', {
      method: 'POST',
      headers: { 'Content-Type': 'image/png' },
      body: new Uint8Array(pngBytes()),
    });
    expect(notForm.status).toBe(415);
    const form = new FormData();
    form.append('caption', 'no file');
    const noFile = await api.fetchAs(TENANT_A, ALICE, '/api/v1/media', { method: 'POST', body: form });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { error: { message: string } }).error.message).toContain('file');
  });

  it('answers 413 for a JSON body over the limit', async () => {
    const response = await api.fetchAs(TENANT_A, ALICE, `/api/v1/threads/${threadId}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientMessageId: 'big', content: { type: 'text', body: 'x'.repeat(100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});
