import { DAY_MS, addMs } from '../shared/time.js';

/** WhatsApp's customer-service window: 24 h from the contact's last message. Business messages never extend it. */
export const SERVICE_WINDOW_MS = DAY_MS;

export function windowEndsAt(lastInboundAt: Date | null): Date | null {
  return lastInboundAt ? addMs(lastInboundAt, SERVICE_WINDOW_MS) : null;
}

export function isWindowOpen(lastInboundAt: Date | null, now: Date): boolean {
  const endsAt = windowEndsAt(lastInboundAt);
  return endsAt !== null && now.getTime() < endsAt.getTime();
}

/** Inbound webhooks arrive out of order: the window follows the newest inbound timestamp seen. */
export function afterInbound(lastInboundAt: Date | null, inboundAt: Date): Date {
  return lastInboundAt && lastInboundAt.getTime() >= inboundAt.getTime() ? lastInboundAt : inboundAt;
}
