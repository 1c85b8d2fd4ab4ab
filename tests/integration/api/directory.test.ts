import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAM, ALICE, ApiHarness, BETTY, BOB, CAROL, CORA, TENANT_A, TENANT_B } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

const ids = (list: { users: { userId: string }[] }) => list.users.map((u) => u.userId);

describe('GET /api/v1/users (people picker)', () => {
  it("lists the caller's licensed colleagues by name to any user, filtered by a part of the name", async () => {
    const alice = api.as(TENANT_A, ALICE);
    const everyone = await alice.searchDirectory();
    expect(ids(everyone).sort()).toEqual([ADAM, ALICE, BOB, CAROL, CORA].sort());
    expect(everyone.users.map((u) => u.displayName)).toEqual(
      [...everyone.users.map((u) => u.displayName)].sort(),
    );
    expect(everyone.users.find((u) => u.userId === BOB)).toEqual({
      userId: BOB,
      displayName: 'Bob Chen',
      email: expect.toSatisfy((v: unknown) => v === null || typeof v === 'string') as unknown,
    });
    expect(ids(await alice.searchDirectory({ query: 'chen' }))).toEqual([BOB]);
    expect(ids(await alice.searchDirectory({ query: '  CAROL ' }))).toEqual([CAROL]);
    expect(ids(await alice.searchDirectory({ query: 'nobody here' }))).toEqual([]);
    expect(ids(await alice.searchDirectory({ limit: 2 }))).toHaveLength(2);
  });

  it('never shows another organization’s users, nor those without the licence', async () => {
    expect(ids(await api.as(TENANT_B, BETTY).searchDirectory())).toEqual(
      expect.not.arrayContaining([BOB, CAROL]),
    );
    const admin = api.as(TENANT_A, ADAM, { roles: ['Admin'] });
    await admin.revokeLicence(CAROL);
    expect(ids(await api.as(TENANT_A, ALICE).searchDirectory())).not.toContain(CAROL);
    await admin.grantLicence(CAROL);
    expect(ids(await api.as(TENANT_A, ALICE).searchDirectory())).toContain(CAROL);
  });

  it('refuses a limit out of range with 400', async () => {
    const response = await api.fetchAs(TENANT_A, ALICE, '/api/v1/users?limit=500');
    expect(response.status).toBe(400);
  });
});
