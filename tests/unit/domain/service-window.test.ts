import { describe, expect, it } from 'vitest';
import { afterInbound, isWindowOpen, windowEndsAt } from '../../../shared/domain/window/service-window.js';
import { T0, at, hours } from '../../builders/consent-builder.js';

describe('customer-service window', () => {
  it.each([
    ['no inbound message ever', null, 0, false],
    ['right after the contact wrote', T0, 0, true],
    ['23 h 59 min later', T0, hours(24) - 60_000, true],
    ['exactly 24 h later', T0, hours(24), false],
    ['two days later', T0, hours(48), false],
  ])('%s -> open=%s', (_label, lastInbound, elapsed, open) => {
    expect(isWindowOpen(lastInbound, at(elapsed))).toBe(open);
  });

  it('ends 24 h after the last inbound message', () => {
    expect(windowEndsAt(T0)).toEqual(at(hours(24)));
    expect(windowEndsAt(null)).toBeNull();
  });

  it('follows the newest inbound timestamp even when webhooks arrive out of order', () => {
    const newer = at(hours(5));
    expect(afterInbound(null, T0)).toEqual(T0);
    expect(afterInbound(T0, newer)).toEqual(newer);
    expect(afterInbound(newer, T0)).toEqual(newer);
  });
});
