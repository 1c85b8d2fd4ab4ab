import { describe, expect, it } from 'vitest';
import { AppReadiness } from '../../../bot/readiness.js';

const healthy = { ping: async () => undefined };

describe('AppReadiness', () => {
  it('is not ready before the database is connected', async () => {
    expect(await new AppReadiness().check()).toMatchObject({ ready: false, code: 'database_unavailable' });
  });

  it('is not ready while migrations run', async () => {
    const readiness = new AppReadiness();
    readiness.databaseConnected(healthy);
    expect(await readiness.check()).toMatchObject({ ready: false, code: 'starting' });
  });

  it('is ready once started and the ping answers', async () => {
    const readiness = new AppReadiness();
    readiness.databaseConnected(healthy);
    readiness.markStarted();
    expect(await readiness.check()).toEqual({ ready: true });
  });

  it('reports a failing ping as database_unavailable', async () => {
    const readiness = new AppReadiness();
    readiness.databaseConnected({ ping: () => Promise.reject(new Error('connection lost')) });
    readiness.markStarted();
    expect(await readiness.check()).toMatchObject({ ready: false, code: 'database_unavailable' });
  });

  it('gives up on a ping that hangs after the timeout', async () => {
    const readiness = new AppReadiness(50);
    readiness.databaseConnected({ ping: () => new Promise(() => undefined) });
    readiness.markStarted();
    const started = Date.now();
    const state = await readiness.check();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(state).toEqual({
      ready: false,
      code: 'database_unavailable',
      message: 'The database did not answer within 50 ms.',
    });
  });

  it('says shutting_down once shutdown began, whatever the database does', async () => {
    const readiness = new AppReadiness();
    readiness.databaseConnected(healthy);
    readiness.markStarted();
    readiness.beginShutdown();
    expect(await readiness.check()).toMatchObject({ ready: false, code: 'shutting_down' });
  });
});
