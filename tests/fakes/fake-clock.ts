import type { Clock } from '../../shared/ports/clock.js';

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2026-03-02T09:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current = new Date(this.current.getTime() + ms);
    return this.now();
  }

  advanceHours(hours: number): Date {
    return this.advance(hours * 60 * 60 * 1000);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }
}
