import { describe, expect, it } from 'vitest';
import { parseEventGridSmsEvents } from '../../../shared/adapters/sms-acs/event-grid-sms.js';

const received = {
  id: 'ev-1',
  topic: '/subscriptions/x/resourceGroups/y/providers/microsoft.communication/communicationservices/z',
  subject: '/phonenumber/18005550199',
  eventType: 'Microsoft.Communication.SMSReceived',
  eventTime: '2026-11-21T10:00:01Z',
  dataVersion: '1.0',
  metadataVersion: '1',
  data: {
    messageId: 'Incoming_20261121100000a1b2',
    from: '+14155550123',
    to: '+18005550199',
    message: 'STOP',
    receivedTimestamp: '2026-11-21T10:00:00Z',
  },
};

const report = {
  id: 'ev-2',
  eventType: 'Microsoft.Communication.SMSDeliveryReportReceived',
  eventTime: '2026-11-21T10:00:05Z',
  data: {
    messageId: 'Outgoing_20261121100000c3d4_noam',
    from: '+18005550199',
    to: '+14155550123',
    deliveryStatus: 'Failed',
    deliveryStatusDetails: 'No route to destination',
    deliveryAttempts: [{ timestamp: '2026-11-21T10:00:02Z', segmentsSucceeded: 0, segmentsFailed: 1 }],
    receivedTimestamp: '2026-11-21T10:00:04Z',
    tag: 'f1d2c3b4-0000-4000-8000-000000000001',
  },
};

describe('Event Grid SMS events', () => {
  it('the subscription validation handshake', () => {
    expect(
      parseEventGridSmsEvents([
        {
          id: 'v',
          eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
          data: { validationCode: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6', validationUrl: 'https://x' },
        },
      ]),
    ).toEqual({ kind: 'validation', validationCode: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' });
  });

  it('inbound SMS and delivery reports, other events ignored', () => {
    const parsed = parseEventGridSmsEvents([
      received,
      report,
      { id: 'ev-3', eventType: 'Microsoft.Communication.ChatMessageReceived', data: {} },
    ]);
    expect(parsed).toEqual({
      kind: 'events',
      inbound: [
        {
          messageId: 'Incoming_20261121100000a1b2',
          from: '+14155550123',
          to: '+18005550199',
          body: 'STOP',
          receivedAt: new Date('2026-11-21T10:00:00Z'),
        },
      ],
      deliveryReports: [
        {
          messageId: 'Outgoing_20261121100000c3d4_noam',
          from: '+18005550199',
          to: '+14155550123',
          deliveryStatus: 'Failed',
          details: 'No route to destination',
          receivedAt: new Date('2026-11-21T10:00:04Z'),
          tag: 'f1d2c3b4-0000-4000-8000-000000000001',
        },
      ],
      ignored: [
        { id: 'ev-3', eventType: 'Microsoft.Communication.ChatMessageReceived', reason: 'not an SMS event' },
      ],
    });
  });

  it('CloudEvents (`type`) and a single event object are read too', () => {
    const { eventType, ...rest } = received;
    const parsed = parseEventGridSmsEvents({ ...rest, type: eventType, specversion: '1.0' });
    expect(parsed).toMatchObject({ kind: 'events', inbound: [{ body: 'STOP' }] });
  });

  it('a malformed SMS event is ignored, not fatal', () => {
    const parsed = parseEventGridSmsEvents([{ ...received, data: { messageId: 'x' } }, report]);
    expect(parsed).toMatchObject({
      kind: 'events',
      inbound: [],
      deliveryReports: [{ deliveryStatus: 'Failed' }],
      ignored: [{ id: 'ev-1', reason: 'malformed data' }],
    });
  });

  it.each([
    ['not events', { hello: 'world' }],
    ['an empty array', []],
    ['a string', 'x'],
    [
      'a validation without code',
      [{ eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent', data: {} }],
    ],
  ])('%s is invalid', (_case, body) => {
    expect(parseEventGridSmsEvents(body)).toMatchObject({ kind: 'invalid' });
  });
});
