import type { Clock } from '../../shared/ports/clock.js';

/** Real time, moved forward by hand: retries a few seconds out still happen, and a test can jump a day. */
export class ShiftedClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceHours(hours: number): Date {
    this.offsetMs += hours * 3_600_000;
    return this.now();
  }
}
