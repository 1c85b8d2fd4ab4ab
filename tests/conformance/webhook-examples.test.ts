import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../shared/app/inbound/handle-inbound-message.js';
import {
  parseWebhook,
  type ParsedWebhook,
} from '../../shared/adapters/whatsapp-cloud/webhook/parse-webhook.js';
import { fixturePath } from '../support/conformance-fixtures.js';

const DIR = fixturePath('whatsapp/meta-openapi/webhook-examples');
const PHONE_NUMBER_ID = '106540352242922';
const SHEENA = '16505551234';

interface Example {
  entry: { changes: { field: string; value: { messages?: unknown[]; statuses?: unknown[] } }[] }[];
}

function read(file: string): unknown {
  return JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as unknown;
}

function parse(file: string): ParsedWebhook {
  const result = parseWebhook(read(file));
  if ('error' in result) throw new Error(`${file}: ${result.error}`);
  return result;
}

function onlyInbound(file: string): InboundMessage {
  const result = parse(file);
  expect(result.inbound).toHaveLength(1);
  expect(result.statuses).toEqual([]);
  expect(result.ignored).toEqual([]);
  return result.inbound[0]!;
}

/** What each of Meta's examples must yield; a new example fails the suite until someone decides. */
const EXPECTATIONS: Record<string, (file: string) => void> = {
  'text-message.json': (file) => {
    expect(onlyInbound(file)).toEqual({
      phoneNumberId: PHONE_NUMBER_ID,
      wamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=',
      fromWaId: SHEENA,
      fromUserId: null,
      profileName: 'Sheena Nelson',
      timestamp: new Date(1749416383 * 1000),
      content: { type: 'text', body: 'Does it come in another color?' },
      contextWamid: null,
    });
  },
  'text-message-from-click-to-whatsapp-ad.json': (file) => {
    // The ad referral is not used: the text arrives like any other.
    expect(onlyInbound(file)).toMatchObject({
      wamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUQ0N0VFMDA2MTQ0RkJFNkNDNAA=',
      timestamp: new Date(1750275992 * 1000),
      content: { type: 'text', body: 'Hello! Can I get more info on this?' },
      contextWamid: null,
    });
  },
  'text-message-with-context-product-inquiry.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      content: { type: 'text', body: 'Is this still available?' },
      contextWamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGA9wcm9kdWN0X2lucXVpcnkA',
    });
  },
  'image-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      fromWaId: SHEENA,
      content: {
        type: 'image',
        media: {
          mediaId: '1003383421387256',
          mimeType: 'image/jpeg',
          sha256: 'SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=',
          caption: 'Taj Mahal',
        },
      },
    });
  },
  'button-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      wamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUU0M0MxQzQzMUJCMTMwNUZFOQA=',
      content: { type: 'button', payload: 'Unsubscribe', text: 'Unsubscribe' },
      contextWamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJFNjk2OTMwNEZCQjhGMzUyQUYA',
    });
  },
  'interactive-button-reply-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      content: { type: 'interactive', replyId: 'cancel-button', title: 'Cancel' },
      contextWamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA',
    });
  },
  'interactive-list-reply-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      content: { type: 'interactive', replyId: 'priority_express', title: 'Priority Mail Express' },
      contextWamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJGMzEyNzhENTZDMzNGODlDRDgA',
    });
  },
  'reaction-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      content: {
        type: 'reaction',
        emoji: '\u{1F44D}',
        toWamid: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA',
      },
      contextWamid: null,
    });
  },
  'contact-sharing-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      profileName: 'Sheena Nelson',
      content: { type: 'unsupported', originalType: 'contacts' },
    });
  },
  'location-message.json': (file) => {
    expect(onlyInbound(file).content).toEqual({ type: 'unsupported', originalType: 'location' });
  },
  'order-message.json': (file) => {
    expect(onlyInbound(file).content).toEqual({ type: 'unsupported', originalType: 'order' });
  },
  'unsupported-message.json': (file) => {
    expect(onlyInbound(file)).toMatchObject({
      wamid: 'wamid.HBgLMTQyMDU1NTA3NDkVAgASGBI5N0MwRjg0RTVBNUI1RDA2OTkA',
      content: { type: 'unsupported', originalType: 'unsupported' },
    });
  },
  'system-message.json': (file) => {
    // WhatsApp telling us the user changed number: not the user writing, so it must not reopen the window.
    expect(parse(file)).toMatchObject({
      inbound: [],
      ignored: [
        { field: 'messages', reason: 'messages[0] is a system notice, not a message from the contact' },
      ],
    });
  },
  'group-create-message.json': (file) => {
    expect(parse(file)).toMatchObject({ inbound: [], ignored: [{ field: 'group_lifecycle_update' }] });
  },
  'group-remove-participants.json': (file) => {
    expect(parse(file)).toMatchObject({ inbound: [], ignored: [{ field: 'group_participants_update' }] });
  },
  'group-settings-update.json': (file) => {
    expect(parse(file)).toMatchObject({ inbound: [], ignored: [{ field: 'group_settings_update' }] });
  },
};

const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

describe("Meta's webhook examples", () => {
  it('are all known to this suite', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    expect(files.filter((file) => !(file in EXPECTATIONS))).toEqual([]);
  });

  it.each(files)('%s parses without error, and nothing in it vanishes', (file) => {
    const body = read(file);
    const result = parseWebhook(body);
    expect(result).not.toHaveProperty('error');
    if ('error' in result) return;

    // Every message and status is either extracted or ignored with a reason; every other change is ignored.
    const changes = (body as Example).entry.flatMap((entry) => entry.changes);
    const items = changes.reduce(
      (sum, c) =>
        sum +
        (c.field === 'messages' ? (c.value.messages?.length ?? 0) + (c.value.statuses?.length ?? 0) : 1),
      0,
    );
    const accounted =
      result.inbound.length +
      result.statuses.length +
      result.templateStatusUpdates.length +
      result.ignored.length;
    expect(accounted).toBe(items);
    for (const ignored of result.ignored) expect(ignored.reason).not.toBe('');
  });

  it.each(files.filter((file) => file in EXPECTATIONS))('%s yields what it should', (file) => {
    EXPECTATIONS[file]!(file);
  });
});
