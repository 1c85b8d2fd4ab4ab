/**
 * A wake-up for one waiting loop. Firing while nobody waits is remembered, so a wake-up that arrives
 * while the loop is busy is not lost; many fires before the next wait collapse into one.
 */
export class Signal {
  private pending = false;
  private release: (() => void) | undefined;

  fire(): void {
    const release = this.release;
    if (release) {
      this.release = undefined;
      release();
    } else {
      this.pending = true;
    }
  }

  /** Resolves on the next fire (or a remembered one), or after `timeoutMs` when given. */
  wait(timeoutMs?: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => this.fire(), timeoutMs);
      this.release = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
