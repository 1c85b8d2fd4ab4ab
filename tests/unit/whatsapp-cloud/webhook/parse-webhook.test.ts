import { describe, expect, it } from 'vitest';
import {
  parseWebhook,
  type ParsedWebhook,
} from '../../../../shared/adapters/whatsapp-cloud/webhook/parse-webhook.js';

const PHONE_NUMBER_ID = '555000111';
const WABA_ID = '777000222';
const USER = '447700900123';

function change(field: string, value: unknown): { field: string; value: unknown } {
  return { field, value };
}

function messagesValue(
  extra: Record<string, unknown>,
  phoneNumberId = PHONE_NUMBER_ID,
): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: '15550001111', phone_number_id: phoneNumberId },
    ...extra,
  };
}

function envelope(...changes: { field: string; value: unknown }[]): unknown {
  return { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes }] };
}

function inboundEnvelope(message: Record<string, unknown>, contacts?: unknown[]): unknown {
  return envelope(
    change(
      'messages',
      messagesValue({
        contacts: contacts ?? [{ profile: { name: 'Ada' }, wa_id: USER }],
        messages: [{ from: USER, id: 'wamid.IN1', timestamp: '1750000000', ...message }],
      }),
    ),
  );
}

function parsed(body: unknown): ParsedWebhook {
  const result = parseWebhook(body);
  if ('error' in result) throw new Error(`unexpected error: ${result.error}`);
  return result;
}

describe('parseWebhook: inbound messages', () => {
  it('maps a text message with sender, profile name and timestamp', () => {
    const result = parsed(inboundEnvelope({ type: 'text', text: { body: 'Hello' } }));
    expect(result.inbound).toEqual([
      {
        phoneNumberId: PHONE_NUMBER_ID,
        wamid: 'wamid.IN1',
        fromWaId: USER,
        fromUserId: null,
        profileName: 'Ada',
        timestamp: new Date(1_750_000_000_000),
        content: { type: 'text', body: 'Hello' },
        contextWamid: null,
      },
    ]);
    expect(result.statuses).toEqual([]);
    expect(result.ignored).toEqual([]);
  });

  it('maps an image with its media reference and caption', () => {
    const result = parsed(
      inboundEnvelope({
        type: 'image',
        image: { id: 'media-1', mime_type: 'image/png', sha256: 'abc=', caption: 'Receipt' },
      }),
    );
    expect(result.inbound[0]?.content).toEqual({
      type: 'image',
      media: { mediaId: 'media-1', mimeType: 'image/png', sha256: 'abc=', caption: 'Receipt' },
    });
  });

  it('maps an image without caption or sha256 without inventing them', () => {
    const result = parsed(
      inboundEnvelope({ type: 'image', image: { id: 'media-2', mime_type: 'image/jpeg' } }),
    );
    expect(result.inbound[0]?.content).toEqual({
      type: 'image',
      media: { mediaId: 'media-2', mimeType: 'image/jpeg' },
    });
  });

  it('maps a template quick-reply button with the quoted message', () => {
    const result = parsed(
      inboundEnvelope({
        type: 'button',
        button: { payload: 'OPT_IN_YES', text: 'Yes' },
        context: { from: '15550001111', id: 'wamid.OUT1' },
      }),
    );
    expect(result.inbound[0]).toMatchObject({
      content: { type: 'button', payload: 'OPT_IN_YES', text: 'Yes' },
      contextWamid: 'wamid.OUT1',
    });
  });

  it('maps interactive button and list replies the same way', () => {
    const button = parsed(
      inboundEnvelope({
        type: 'interactive',
        interactive: { type: 'button_reply', button_reply: { id: 'resume', title: 'Resume' } },
      }),
    );
    const list = parsed(
      inboundEnvelope({
        type: 'interactive',
        interactive: {
          type: 'list_reply',
          list_reply: { id: 'opt-2', title: 'Two', description: 'the second' },
        },
      }),
    );
    expect(button.inbound[0]?.content).toEqual({ type: 'interactive', replyId: 'resume', title: 'Resume' });
    expect(list.inbound[0]?.content).toEqual({ type: 'interactive', replyId: 'opt-2', title: 'Two' });
  });

  it('keeps other interactive replies (flows) as unsupported', () => {
    const result = parsed(
      inboundEnvelope({
        type: 'interactive',
        interactive: { type: 'nfm_reply', nfm_reply: { response_json: '{}', body: 'Sent', name: 'flow' } },
      }),
    );
    expect(result.inbound[0]?.content).toEqual({
      type: 'unsupported',
      originalType: 'interactive.nfm_reply',
    });
  });

  it('keeps a button reply without its reply object as unsupported', () => {
    const result = parsed(inboundEnvelope({ type: 'interactive', interactive: { type: 'button_reply' } }));
    expect(result.inbound[0]?.content).toEqual({
      type: 'unsupported',
      originalType: 'interactive.button_reply',
    });
  });

  it('maps a reaction, and a removed reaction to an empty emoji', () => {
    const added = parsed(
      inboundEnvelope({ type: 'reaction', reaction: { message_id: 'wamid.OUT2', emoji: '👍' } }),
    );
    const removed = parsed(inboundEnvelope({ type: 'reaction', reaction: { message_id: 'wamid.OUT2' } }));
    expect(added.inbound[0]?.content).toEqual({ type: 'reaction', emoji: '👍', toWamid: 'wamid.OUT2' });
    expect(removed.inbound[0]?.content).toEqual({ type: 'reaction', emoji: '', toWamid: 'wamid.OUT2' });
  });

  it.each([
    ['sticker', { sticker: { id: 's1', mime_type: 'image/webp', animated: false } }],
    ['audio', { audio: { id: 'a1', mime_type: 'audio/ogg', voice: true } }],
    ['video', { video: { id: 'v1', mime_type: 'video/mp4' } }],
    ['document', { document: { id: 'd1', mime_type: 'application/pdf', filename: 'a.pdf' } }],
    ['location', { location: { latitude: 1.5, longitude: 2.5 } }],
    ['contacts', { contacts: [{ name: { formatted_name: 'Bob' } }] }],
    ['order', { order: { catalog_id: '1', product_items: [] } }],
    ['unknown', {}],
    ['unsupported', { errors: [{ code: 131051, title: 'Message type unknown' }] }],
    ['a_type_meta_adds_next_year', { a_type_meta_adds_next_year: { anything: true } }],
  ])('keeps a %s message as unsupported rather than dropping it', (type, content) => {
    const result = parsed(inboundEnvelope({ type, ...content }));
    expect(result.inbound).toHaveLength(1);
    expect(result.inbound[0]?.content).toEqual({ type: 'unsupported', originalType: type });
  });

  it('ignores a system notice (a changed number): it is not the contact writing', () => {
    const result = parsed(
      inboundEnvelope({ type: 'system', system: { body: 'changed number', type: 'user_changed_number' } }),
    );
    expect(result.inbound).toEqual([]);
    expect(result.ignored).toEqual([
      { field: 'messages', reason: 'messages[0] is a system notice, not a message from the contact' },
    ]);
  });

  it('takes the business-scoped user id, and finds the profile by it when the phone number is withheld', () => {
    const result = parsed(
      envelope(
        change(
          'messages',
          messagesValue({
            contacts: [
              { profile: { name: 'Someone else' }, wa_id: '15550009999' },
              { profile: { name: 'Grace' }, user_id: 'US.13491208655302741918' },
            ],
            messages: [
              {
                from_user_id: 'US.13491208655302741918',
                id: 'wamid.IN2',
                timestamp: '1750000001',
                type: 'text',
                text: { body: 'hi' },
              },
            ],
          }),
        ),
      ),
    );
    expect(result.inbound[0]).toMatchObject({
      fromWaId: null,
      fromUserId: 'US.13491208655302741918',
      profileName: 'Grace',
    });
  });

  it('leaves the profile name null when no contact matches the sender', () => {
    const result = parsed(
      inboundEnvelope({ type: 'text', text: { body: 'x' } }, [
        { profile: { name: 'Other' }, wa_id: '15550009999' },
      ]),
    );
    expect(result.inbound[0]?.profileName).toBeNull();
  });

  it('ignores, with a reason, a message it cannot rely on, and keeps its siblings', () => {
    const result = parsed(
      envelope(
        change(
          'messages',
          messagesValue({
            messages: [
              { from: USER, id: 'wamid.BAD1', timestamp: 'yesterday', type: 'text', text: { body: 'a' } },
              { from: USER, timestamp: '1750000000', type: 'text', text: { body: 'b' } },
              { from: USER, id: 'wamid.BAD3', timestamp: '1750000000', type: 'text' },
              { id: 'wamid.BAD4', timestamp: '1750000000', type: 'text', text: { body: 'd' } },
              { from: USER, id: 'wamid.OK', timestamp: '1750000000', type: 'text', text: { body: 'e' } },
            ],
          }),
        ),
      ),
    );
    expect(result.inbound.map((m) => m.wamid)).toEqual(['wamid.OK']);
    expect(result.ignored).toHaveLength(4);
    expect(result.ignored.map((i) => i.field)).toEqual(['messages', 'messages', 'messages', 'messages']);
    expect(result.ignored[0]?.reason).toMatch(/messages\[0\].*timestamp/);
    expect(result.ignored[1]?.reason).toMatch(/messages\[1\].*id/);
    expect(result.ignored[2]?.reason).toMatch(/messages\[2\].*text/);
    expect(result.ignored[3]?.reason).toMatch(/messages\[3\].*sender/);
  });
});

describe('parseWebhook: statuses', () => {
  it('maps a failed status with its error and our correlation id', () => {
    const result = parsed(
      envelope(
        change(
          'messages',
          messagesValue({
            statuses: [
              {
                id: 'wamid.OUT3',
                status: 'failed',
                timestamp: '1750000100',
                recipient_id: USER,
                biz_opaque_callback_data: 'msg-42',
                errors: [
                  {
                    code: 131047,
                    title: 'Re-engagement message',
                    message: 'Re-engagement message',
                    error_data: { details: 'Message failed to send because more than 24 hours have passed' },
                  },
                  { code: 1, title: 'second error is not used' },
                ],
              },
            ],
          }),
        ),
      ),
    );
    expect(result.statuses).toEqual([
      {
        phoneNumberId: PHONE_NUMBER_ID,
        wamid: 'wamid.OUT3',
        status: 'failed',
        timestamp: new Date(1_750_000_100_000),
        correlationId: 'msg-42',
        error: { code: 131047, title: 'Re-engagement message' },
      },
    ]);
  });

  it('maps sent, delivered and read receipts with pricing and conversation blocks present', () => {
    const statuses = ['sent', 'delivered', 'read'].map((status, i) => ({
      id: 'wamid.OUT4',
      status,
      timestamp: String(1750000200 + i),
      recipient_id: USER,
      conversation: { id: 'conv-1', origin: { type: 'service' } },
      pricing: { billable: true, pricing_model: 'PMP', category: 'service' },
    }));
    const result = parsed(envelope(change('messages', messagesValue({ statuses }))));
    expect(result.statuses.map((s) => [s.status, s.correlationId, s.error])).toEqual([
      ['sent', null, null],
      ['delivered', null, null],
      ['read', null, null],
    ]);
  });

  it('ignores statuses that are not delivery receipts, with a reason', () => {
    const result = parsed(
      envelope(
        change(
          'messages',
          messagesValue({
            statuses: [
              { id: 'wamid.OUT5', status: 'deleted', timestamp: '1750000300', recipient_id: USER },
              { id: 'wamid.OUT6', status: 'warning', timestamp: '1750000300', recipient_id: USER },
            ],
          }),
        ),
      ),
    );
    expect(result.statuses).toEqual([]);
    expect(result.ignored).toEqual([
      { field: 'messages', reason: expect.stringMatching(/deleted.*wamid\.OUT5/) as unknown },
      { field: 'messages', reason: expect.stringMatching(/warning.*wamid\.OUT6/) as unknown },
    ]);
  });

  it('reports value-level errors with the phone number they concern', () => {
    const result = parsed(
      envelope(
        change(
          'messages',
          messagesValue({
            errors: [{ code: 131000, title: 'Something went wrong', message: 'Something went wrong' }],
          }),
        ),
      ),
    );
    expect(result.errors).toEqual([
      {
        phoneNumberId: PHONE_NUMBER_ID,
        code: 131000,
        title: 'Something went wrong',
        message: 'Something went wrong',
      },
    ]);
  });
});

describe('parseWebhook: several entries and changes', () => {
  it('extracts everything, in document order, whatever order the events happened in', () => {
    const result = parsed({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: WABA_ID,
          time: 1750000500,
          changes: [
            change(
              'messages',
              messagesValue({
                statuses: [{ id: 'wamid.OUT7', status: 'read', timestamp: '1750000400', recipient_id: USER }],
              }),
            ),
            change(
              'messages',
              messagesValue(
                {
                  contacts: [{ profile: { name: 'Ada' }, wa_id: USER }],
                  messages: [
                    {
                      from: USER,
                      id: 'wamid.IN9',
                      timestamp: '1750000450',
                      type: 'text',
                      text: { body: 'later' },
                    },
                    {
                      from: USER,
                      id: 'wamid.IN8',
                      timestamp: '1750000350',
                      type: 'text',
                      text: { body: 'earlier' },
                    },
                  ],
                },
                '555000333',
              ),
            ),
          ],
        },
        {
          id: '777000444',
          changes: [
            change(
              'messages',
              messagesValue({
                statuses: [
                  { id: 'wamid.OUT7', status: 'delivered', timestamp: '1750000390', recipient_id: USER },
                ],
              }),
            ),
            change('account_update', { event: 'VERIFIED_ACCOUNT' }),
          ],
        },
      ],
    });
    expect(result.statuses.map((s) => `${s.wamid}:${s.status}`)).toEqual([
      'wamid.OUT7:read',
      'wamid.OUT7:delivered',
    ]);
    expect(result.inbound.map((m) => [m.wamid, m.phoneNumberId])).toEqual([
      ['wamid.IN9', '555000333'],
      ['wamid.IN8', '555000333'],
    ]);
    expect(result.ignored).toEqual([{ field: 'account_update', reason: expect.any(String) as unknown }]);
  });

  it('accepts an envelope with no entries', () => {
    expect(parsed({ object: 'whatsapp_business_account', entry: [] })).toEqual({
      inbound: [],
      statuses: [],
      templateStatusUpdates: [],
      errors: [],
      ignored: [],
    });
  });

  it('ignores a messages change without metadata instead of rejecting the whole body', () => {
    const result = parsed(
      envelope(
        change('messages', { messaging_product: 'whatsapp', messages: [] }),
        change(
          'messages',
          messagesValue({
            messages: [{ from: USER, id: 'wamid.IN10', timestamp: '1', type: 'text', text: { body: 'ok' } }],
          }),
        ),
      ),
    );
    expect(result.inbound.map((m) => m.wamid)).toEqual(['wamid.IN10']);
    expect(result.ignored).toEqual([
      { field: 'messages', reason: expect.stringMatching(/metadata/) as unknown },
    ]);
  });
});

describe('parseWebhook: template status updates', () => {
  it('maps an approval and a rejection with its reason', () => {
    const result = parsed(
      envelope(
        change('message_template_status_update', {
          event: 'APPROVED',
          message_template_id: 1234567890,
          message_template_name: 'resume_conversation',
          message_template_language: 'en_US',
          reason: 'NONE',
        }),
        change('message_template_status_update', {
          event: 'REJECTED',
          message_template_id: 1234567891,
          message_template_name: 'opt_in_request',
          message_template_language: 'de',
          reason: 'INVALID_FORMAT',
        }),
      ),
    );
    expect(result.templateStatusUpdates).toEqual([
      {
        wabaId: WABA_ID,
        templateName: 'resume_conversation',
        language: 'en_US',
        event: 'APPROVED',
        templateId: '1234567890',
      },
      {
        wabaId: WABA_ID,
        templateName: 'opt_in_request',
        language: 'de',
        event: 'REJECTED',
        reason: 'INVALID_FORMAT',
        templateId: '1234567891',
      },
    ]);
  });

  it('passes an event it does not know on as is, and ignores a template update missing its name', () => {
    const result = parsed(
      envelope(
        change('message_template_status_update', {
          event: 'PAUSED',
          message_template_name: 'resume_conversation',
          message_template_language: 'en_US',
          other_info: { title: 'FIRST_PAUSE' },
        }),
        change('message_template_status_update', { event: 'DISABLED', message_template_language: 'en_US' }),
      ),
    );
    expect(result.templateStatusUpdates).toEqual([
      { wabaId: WABA_ID, templateName: 'resume_conversation', language: 'en_US', event: 'PAUSED' },
    ]);
    expect(result.ignored).toEqual([
      {
        field: 'message_template_status_update',
        reason: expect.stringMatching(/message_template_name/) as unknown,
      },
    ]);
  });
});

describe('parseWebhook: template category changes and event times', () => {
  it('maps template_category_update to a CATEGORY_CHANGED event with the new category', () => {
    const result = parsed(
      envelope(
        change('template_category_update', {
          message_template_id: 987,
          message_template_name: 'opt_in_request',
          message_template_language: 'en',
          previous_category: 'UTILITY',
          new_category: 'MARKETING',
        }),
      ),
    );
    expect(result.templateStatusUpdates).toEqual([
      {
        wabaId: WABA_ID,
        templateName: 'opt_in_request',
        language: 'en',
        event: 'CATEGORY_CHANGED',
        newCategory: 'MARKETING',
        templateId: '987',
      },
    ]);
  });

  it("keeps the entry's time, so a later identical event is told apart from a redelivery", () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: WABA_ID,
          time: 1_763_700_000,
          changes: [
            change('message_template_status_update', {
              event: 'PAUSED',
              message_template_name: 'opt_in_request',
              message_template_language: 'en',
            }),
          ],
        },
      ],
    };
    expect(parsed(body).templateStatusUpdates[0]?.at).toEqual(new Date(1_763_700_000_000));
  });

  it('ignores a category change without its new category', () => {
    const result = parsed(
      envelope(
        change('template_category_update', { message_template_name: 'x', message_template_language: 'en' }),
      ),
    );
    expect(result.templateStatusUpdates).toEqual([]);
    expect(result.ignored).toMatchObject([{ field: 'template_category_update' }]);
  });
});

describe('parseWebhook: what is not a WhatsApp webhook', () => {
  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [{ object: 'whatsapp_business_account', entry: [] }]],
    ['an empty object', {}],
    ['another object type', { object: 'page', entry: [] }],
    ['entry not an array', { object: 'whatsapp_business_account', entry: {} }],
    ['an entry without changes', { object: 'whatsapp_business_account', entry: [{ id: WABA_ID }] }],
    ['an entry without id', { object: 'whatsapp_business_account', entry: [{ changes: [] }] }],
    [
      'a change without field',
      { object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: [{ value: {} }] }] },
    ],
  ])('answers an error, without throwing, for %s', (_name, body) => {
    const result = parseWebhook(body);
    expect(result).toEqual({ error: expect.any(String) as unknown });
  });

  it('never throws on hostile values inside a valid envelope', () => {
    const values = [
      null,
      'x',
      1,
      [],
      { metadata: null },
      { metadata: { phone_number_id: 5 } },
      { messages: 'no' },
    ];
    for (const value of values) {
      for (const field of ['messages', 'message_template_status_update', 'statuses']) {
        expect(() => parseWebhook(envelope(change(field, value)))).not.toThrow();
        const result = parseWebhook(envelope(change(field, value)));
        expect('error' in result).toBe(false);
      }
    }
    const weird = envelope(
      change(
        'messages',
        messagesValue({
          contacts: [null, 'x', { wa_id: 5 }],
          messages: [null, 7, { __proto__: { id: 'x' } }],
          statuses: [{ id: 'wamid.X', status: 'read', timestamp: '99999999999999999999' }],
          errors: [{ code: 'not a number' }],
        }),
      ),
    );
    const result = parsed(weird);
    expect(result.inbound).toEqual([]);
    expect(result.statuses).toEqual([]);
    expect(result.ignored).toHaveLength(5);
  });
});
