import { describe, expect, it } from 'vitest';
import {
  applyReceipt,
  type DeliveryRecord,
  type MessageStatus,
  type Receipt,
} from '../../../shared/domain/messaging/delivery-status.js';
import { T0, at } from '../../builders/consent-builder.js';

const record = (status: MessageStatus, changes: Partial<DeliveryRecord> = {}): DeliveryRecord => ({
  status,
  queuedAt: null,
  sendingAt: T0,
  sentAt: status === 'sent' || status === 'delivered' || status === 'read' ? at(1000) : null,
  deliveredAt: status === 'delivered' || status === 'read' ? at(2000) : null,
  readAt: status === 'read' ? at(3000) : null,
  failedAt: null,
  failureCode: null,
  failureTitle: null,
  ...changes,
});
const sent = (ms: number): Receipt => ({ status: 'sent', at: at(ms) });
const delivered = (ms: number): Receipt => ({ status: 'delivered', at: at(ms) });
const read = (ms: number): Receipt => ({ status: 'read', at: at(ms) });
const failed = (ms: number, code = 131049): Receipt => ({
  status: 'failed',
  at: at(ms),
  code,
  title: 'Not delivered',
});

function replay(start: DeliveryRecord, receipts: Receipt[]): DeliveryRecord {
  return receipts.reduce((current, receipt) => applyReceipt(current, receipt) ?? current, start);
}

describe('receipts move forward only', () => {
  it.each([
    ['sending', sent(1000), 'sent'],
    ['sending', delivered(2000), 'delivered'],
    ['sending', read(3000), 'read'],
    ['sent', delivered(2000), 'delivered'],
    ['sent', read(3000), 'read'],
    ['delivered', read(3000), 'read'],
    ['sending', failed(1000), 'failed'],
    ['sent', failed(1000), 'failed'],
    ['failed', delivered(5000), 'delivered'],
    ['failed', read(5000), 'read'],
  ] as const)('%s + %s receipt -> %s', (from, receipt, to) => {
    expect(applyReceipt(record(from), receipt)?.status).toBe(to);
  });

  it.each([
    ['delivered', sent(1000)],
    ['read', delivered(2000)],
    ['read', sent(1000)],
    ['delivered', failed(9000)],
    ['read', failed(9000)],
    ['failed', failed(9000)],
  ] as const)('%s ignores a late %s receipt', (from, receipt) => {
    expect(applyReceipt(record(from), receipt)).toBeNull();
  });

  it('a sent receipt after failure keeps the failure', () => {
    const failure = record('failed', {
      sentAt: null,
      failedAt: at(500),
      failureCode: 131049,
      failureTitle: 'x',
    });
    const next = applyReceipt(failure, sent(100));
    expect(next?.status).toBe('failed');
    expect(next?.sentAt).toEqual(at(100));
  });

  it('read without delivered fills the delivered and sent times', () => {
    const next = applyReceipt(record('sending'), read(3000))!;
    expect(next).toMatchObject({ status: 'read', readAt: at(3000), deliveredAt: at(3000), sentAt: at(3000) });
  });

  it('a late true delivered receipt corrects the implied delivered time without moving back', () => {
    const next = replay(record('sending'), [read(3000), delivered(2000)]);
    expect(next).toMatchObject({ status: 'read', deliveredAt: at(2000), readAt: at(3000) });
  });

  it('keeps failure code and title', () => {
    const next = applyReceipt(record('sent'), failed(1500, 131026))!;
    expect(next).toMatchObject({
      status: 'failed',
      failureCode: 131026,
      failureTitle: 'Not delivered',
      failedAt: at(1500),
    });
  });

  it('inbound messages take no receipts', () => {
    expect(applyReceipt(record('received'), read(1))).toBeNull();
  });

  it('duplicates change nothing', () => {
    const once = applyReceipt(record('sending'), delivered(2000))!;
    expect(applyReceipt(once, delivered(2000))).toBeNull();
  });

  it('every order of the same receipts ends in the same record', () => {
    const receipts = [sent(1000), delivered(2000), read(3000)];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    const results = orders.map((order) =>
      replay(
        record('sending'),
        order.map((i) => receipts[i]!),
      ),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toMatchObject({
      status: 'read',
      sentAt: at(1000),
      deliveredAt: at(2000),
      readAt: at(3000),
    });
  });
});
