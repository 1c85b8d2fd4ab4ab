import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_OUTBOUND_IMAGE_BYTES } from '../../../shared/domain/media/image-rules.js';
import { WhatsAppMediaError } from '../../../shared/ports/whatsapp-media.js';
import { gifBytes, jpegBytes, pngBytes } from '../../builders/image-bytes.js';
import {
  ALICE,
  CONTACT_WA_ID,
  PHONE_NUMBER_ID,
  startScenario,
  TENANT,
  type Scenario,
} from '../../support/engine-scenario.js';

// Pictures both ways through the engine's jobs: kept with their hash, checked by their bytes, never losing a message.

let s: Scenario;
beforeEach(async () => {
  s = await startScenario();
});
afterEach(() => s.h.dispose());

const rule = (code: string) => expect.objectContaining({ name: 'DomainRuleViolation', code });
const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function contactSendsPicture(media: { mediaId: string; sha256: string }, caption?: string) {
  const wamid = `wamid.pic.${randomUUID()}`;
  await s.engine.ingestWebhook.execute({
    inbound: [
      {
        phoneNumberId: PHONE_NUMBER_ID,
        wamid,
        fromWaId: CONTACT_WA_ID,
        fromUserId: null,
        profileName: 'Dana',
        timestamp: s.h.clock.now(),
        content: {
          type: 'image',
          media: {
            mediaId: media.mediaId,
            mimeType: 'image/jpeg',
            sha256: media.sha256,
            ...(caption ? { caption } : {}),
          },
        },
        contextWamid: null,
      },
    ],
    statuses: [],
  });
  await s.h.runDueJobs();
  const inbound = (await s.h.messagesOf(await threadOfContact())).filter((m) => m.direction === 'inbound');
  return inbound.find((m) => m.wamid === wamid)!;
}

let threadId: string | undefined;
async function threadOfContact(): Promise<string> {
  threadId ??= await s.consentedThread();
  return threadId;
}
beforeEach(() => {
  threadId = undefined;
});

describe('pictures from the contact', () => {
  it('are downloaded, checked against the announced hash and kept', async () => {
    await threadOfContact();
    const bytes = jpegBytes(40_000);
    const message = await contactSendsPicture(s.h.whatsappMedia.userSent(bytes, 'image/jpeg'), 'My card');
    expect(message.kind).toBe('image');
    expect(message.media).toMatchObject({
      storageKey: `${TENANT}/${hex(bytes)}`,
      sha256: hex(bytes),
      size: 40_000,
      mimeType: 'image/jpeg',
      caption: 'My card',
    });
    s.h.mediaStore.expectStored(hex(bytes), TENANT);
  });

  it('a file whose hash does not match is not kept, but the message is, with the reason', async () => {
    await threadOfContact();
    const sent = s.h.whatsappMedia.userSent(jpegBytes(), 'image/jpeg');
    const message = await contactSendsPicture({
      ...sent,
      sha256: createHash('sha256').update('other').digest('base64'),
    });
    expect(message.media).toMatchObject({ unavailable: 'checksum_mismatch' });
    expect(message.media).not.toHaveProperty('storageKey');
    expect(s.h.mediaStore.count()).toBe(0);
  });

  it('bytes that are no image WhatsApp delivers are not kept', async () => {
    await threadOfContact();
    const pdf = new TextEncoder().encode('%PDF-1.7 not a picture at all');
    const message = await contactSendsPicture(s.h.whatsappMedia.userSent(pdf, 'image/jpeg'));
    expect(message.media).toMatchObject({ unavailable: 'type_not_allowed' });
  });

  it('WhatsApp unreachable: the download is tried again, and the picture is kept once it answers', async () => {
    await threadOfContact();
    const bytes = pngBytes();
    const media = s.h.whatsappMedia.userSent(bytes, 'image/png');
    s.h.whatsappMedia.failNext(new WhatsAppMediaError('unreachable', 'connection reset', true));
    const message = await contactSendsPicture(media);
    expect(message.media).toMatchObject({ storageKey: `${TENANT}/${hex(bytes)}` });
    expect(s.h.whatsappMedia.downloads).toEqual([media.mediaId, media.mediaId]);
  });
});

describe('pictures to the contact', () => {
  it('are checked by their bytes before anything is stored', async () => {
    const store = s.engine.storeOutboundPicture;
    await expect(store.execute(TENANT, gifBytes(), 'image/gif')).rejects.toEqual(
      rule('media_type_not_allowed'),
    );
    await expect(store.execute(TENANT, pngBytes(), 'image/jpeg')).rejects.toEqual(
      rule('media_type_not_allowed'),
    );
    await expect(
      store.execute(TENANT, jpegBytes(MAX_OUTBOUND_IMAGE_BYTES + 1), 'image/jpeg'),
    ).rejects.toEqual(rule('media_too_large'));
    await expect(store.execute(TENANT, new Uint8Array(), 'image/png')).rejects.toEqual(rule('media_empty'));
    expect(s.h.mediaStore.count()).toBe(0);
  });

  it('are uploaded to WhatsApp when sent, and go out as an image with their caption', async () => {
    const thread = await threadOfContact();
    const bytes = pngBytes(10_000);
    const media = await s.engine.storeOutboundPicture.execute(TENANT, bytes, 'image/png');
    await s.engine.sendMessage.execute({
      tenantId: TENANT,
      userId: ALICE,
      threadId: thread,
      clientMessageId: randomUUID(),
      content: { type: 'image', media, caption: 'Your statement' },
    });
    await s.h.runDueJobs();
    const [upload] = s.h.whatsappMedia.uploads;
    expect(upload).toMatchObject({ phoneNumberId: PHONE_NUMBER_ID, mimeType: 'image/png', size: 10_000 });
    expect(s.h.whatsappMedia.bytesOf(upload!.mediaId)).toEqual(bytes);
    expect(s.h.whatsapp.lastSent().content).toEqual({
      type: 'image',
      mediaId: upload!.mediaId,
      caption: 'Your statement',
    });
    const [picture] = (await s.outbound(thread)).filter((m) => m.kind === 'image');
    expect(picture).toMatchObject({ status: 'sent', media: { storageKey: media.storageKey } });
  });

  it('an upload WhatsApp refuses fails the message with the reason', async () => {
    const thread = await threadOfContact();
    const media = await s.engine.storeOutboundPicture.execute(TENANT, jpegBytes(), 'image/jpeg');
    s.h.whatsappMedia.failNext(new WhatsAppMediaError('refused', 'unsupported file', false));
    await s.engine.sendMessage.execute({
      tenantId: TENANT,
      userId: ALICE,
      threadId: thread,
      clientMessageId: randomUUID(),
      content: { type: 'image', media },
    });
    await s.h.runDueJobs();
    const [picture] = (await s.outbound(thread)).filter((m) => m.kind === 'image');
    expect(picture).toMatchObject({ status: 'failed', failureCode: 131053 });
  });
});
