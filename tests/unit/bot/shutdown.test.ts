import { EventEmitter } from 'node:events';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleShutdownSignals } from '../../../bot/shutdown.js';

// A signal name nothing else listens to, so emitting it on `process` is safe inside the test runner.
const SIGNAL = 'SIGUSR2' as NodeJS.Signals;
const logger = pino({ level: 'silent' });
let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function setup(stop: () => Promise<void>, timeoutMs = 1000) {
  const exits = new EventEmitter();
  const codes: number[] = [];
  const exit = (code: number) => {
    codes.push(code);
    exits.emit('exit', code);
  };
  uninstall = handleShutdownSignals({ stop, logger, timeoutMs, exit, signals: [SIGNAL] });
  const nextExit = () => new Promise<number>((resolve) => exits.once('exit', resolve));
  return { codes, nextExit };
}

describe('handleShutdownSignals', () => {
  it('stops and exits 0', async () => {
    const stop = vi.fn(async () => undefined);
    const { nextExit } = setup(stop);
    const exited = nextExit();
    process.emit(SIGNAL, SIGNAL);
    expect(await exited).toBe(0);
    expect(stop).toHaveBeenCalledOnce();
  });

  it('exits 1 when stopping fails', async () => {
    const { nextExit } = setup(() => Promise.reject(new Error('close failed')));
    const exited = nextExit();
    process.emit(SIGNAL, SIGNAL);
    expect(await exited).toBe(1);
  });

  it('exits 1 when stopping hangs past the timeout', async () => {
    const { nextExit } = setup(() => new Promise(() => undefined), 30);
    const exited = nextExit();
    process.emit(SIGNAL, SIGNAL);
    expect(await exited).toBe(1);
  });

  it('a second signal exits 1 at once', async () => {
    const stop = vi.fn(() => new Promise<void>(() => undefined));
    const { nextExit } = setup(stop, 60_000);
    process.emit(SIGNAL, SIGNAL);
    const exited = nextExit();
    process.emit(SIGNAL, SIGNAL);
    expect(await exited).toBe(1);
    expect(stop).toHaveBeenCalledOnce();
  });
});
