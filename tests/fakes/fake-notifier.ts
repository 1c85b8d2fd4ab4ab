import { expect } from 'vitest';
import type { Notifier, TeamsNotice } from '../../shared/ports/notifier.js';

/** Stands in for the Teams bot: records every notice delivered. */
export class FakeNotifier implements Notifier {
  readonly notices: TeamsNotice[] = [];
  private failuresLeft = 0;

  async notify(notice: TeamsNotice): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('Teams is unreachable');
    }
    this.notices.push(notice);
  }

  failNext(times = 1): void {
    this.failuresLeft = times;
  }

  codesFor(userId: string): string[] {
    return this.notices.filter((n) => n.userId === userId).map((n) => n.code);
  }

  expectNotified(userId: string, code: string): TeamsNotice {
    const found = this.notices.find((n) => n.userId === userId && n.code === code);
    expect(
      found,
      `${userId} notified of ${code}; got ${JSON.stringify(this.codesFor(userId))}`,
    ).toBeDefined();
    return found!;
  }
}
