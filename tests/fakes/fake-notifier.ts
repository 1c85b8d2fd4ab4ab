import { expect } from 'vitest';
import type { AdminAlert, Notifier, TeamsNotice } from '../../shared/ports/notifier.js';

/** Stands in for the Teams bot: records every notice delivered. */
export class FakeNotifier implements Notifier {
  readonly notices: TeamsNotice[] = [];
  readonly alerts: AdminAlert[] = [];
  private failuresLeft = 0;

  async alert(alert: AdminAlert): Promise<void> {
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('Teams is unreachable');
    }
    this.alerts.push(alert);
  }

  expectAlerted(userId: string, code: string): AdminAlert {
    const found = this.alerts.find((a) => a.userId === userId && a.code === code);
    expect(
      found,
      `${userId} alerted of ${code}; got ${JSON.stringify(this.alerts.map((a) => [a.userId, a.code]))}`,
    ).toBeDefined();
    return found!;
  }

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
