import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSystemMediaStore } from '../../../shared/adapters/media/filesystem-media-store.js';
import { InvalidMediaKeyError, type MediaStore } from '../../../shared/ports/media-store.js';
import { InMemoryMediaStore } from '../../fakes/in-memory-media-store.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

const UNSAFE_TENANT_IDS = [
  '',
  '.',
  '..',
  '../evil',
  'a/b',
  'a\\b',
  '/etc',
  '.hidden',
  'a\0b',
  'x'.repeat(129),
];
const MALFORMED_KEYS = (sha: string) => [
  '',
  sha,
  `../${sha}`,
  `../../outside/${sha}`,
  `tenant-a/../../outside/${sha}`,
  `tenant-a/${sha}/../../../outside/${sha}`,
  `/outside/${sha}`,
  `tenant-a/${sha}.json`,
  `tenant-a/${sha.toUpperCase()}`,
  `tenant-a\\..\\..\\outside\\${sha}`,
  `tenant-a/../tenant-b/${sha}`,
];

let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'media-store-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

// The fake answers like the real store, so tests written against either mean the same thing.
describe.each([
  ['FileSystemMediaStore', (): MediaStore => new FileSystemMediaStore(path.join(workDir, 'data', 'media'))],
  ['InMemoryMediaStore', (): MediaStore => new InMemoryMediaStore()],
] as const)('%s', (_name, makeStore) => {
  let store: MediaStore;
  beforeEach(() => {
    store = makeStore();
  });

  it('gives back what was put, under `<tenantId>/<sha256>`, until it is deleted', async () => {
    const stored = await store.put('tenant-a', PNG, 'image/png');
    expect(stored).toEqual({
      storageKey: `tenant-a/${sha256(PNG)}`,
      sha256Hex: sha256(PNG),
      size: PNG.byteLength,
      mimeType: 'image/png',
    });
    expect(await store.get(stored.storageKey)).toEqual({ bytes: PNG, mimeType: 'image/png' });

    await store.delete(stored.storageKey);
    expect(await store.get(stored.storageKey)).toBeNull();
    await expect(store.delete(stored.storageKey)).resolves.toBeUndefined();
  });

  it('answers null for a well-formed key with nothing behind it', async () => {
    expect(await store.get(`tenant-a/${sha256(JPEG)}`)).toBeNull();
  });

  it('gives the same key to the same bytes, and the mime type stored last', async () => {
    const first = await store.put('tenant-a', JPEG, 'image/jpeg');
    const second = await store.put('tenant-a', Uint8Array.from(JPEG), 'image/jpg');
    expect(second.storageKey).toBe(first.storageKey);
    expect(await store.get(first.storageKey)).toEqual({ bytes: JPEG, mimeType: 'image/jpg' });
  });

  it('keeps tenants apart: same bytes, two keys, deleting one leaves the other', async () => {
    const a = await store.put('tenant-a', PNG, 'image/png');
    const b = await store.put('tenant-b', PNG, 'image/png');
    expect(a.storageKey).not.toBe(b.storageKey);
    expect(a.sha256Hex).toBe(b.sha256Hex);

    await store.delete(a.storageKey);
    expect(await store.get(a.storageKey)).toBeNull();
    expect(await store.get(b.storageKey)).toEqual({ bytes: PNG, mimeType: 'image/png' });
  });

  it('is not changed by the caller reusing its buffer', async () => {
    const buffer = Uint8Array.from(PNG);
    const stored = await store.put('tenant-a', buffer, 'image/png');
    buffer.fill(0);
    const got = await store.get(stored.storageKey);
    expect(got?.bytes).toEqual(PNG);
    got!.bytes.fill(0);
    expect((await store.get(stored.storageKey))?.bytes).toEqual(PNG);
  });

  it.each(UNSAFE_TENANT_IDS)('refuses to put for tenant id %j', async (tenantId) => {
    await expect(store.put(tenantId, PNG, 'image/png')).rejects.toThrow(InvalidMediaKeyError);
  });

  it('answers get with null, and refuses delete, for keys it could never have given', async () => {
    const sha = sha256(PNG);
    await store.put('tenant-a', PNG, 'image/png');
    await store.put('tenant-b', PNG, 'image/png');
    for (const key of MALFORMED_KEYS(sha)) {
      expect(await store.get(key), key).toBeNull();
      await expect(store.delete(key), key).rejects.toThrow(InvalidMediaKeyError);
    }
    expect(await store.get(`tenant-b/${sha}`)).not.toBeNull();
  });

  it('stores many puts of the same bytes at once as one intact file', async () => {
    const bytes = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) % 251);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => store.put('tenant-a', bytes, 'image/jpeg')),
    );
    expect(new Set(results.map((r) => r.storageKey))).toEqual(new Set([`tenant-a/${sha256(bytes)}`]));
    const got = await store.get(results[0]!.storageKey);
    expect(got && sha256(got.bytes)).toBe(sha256(bytes));
  });
});

describe('FileSystemMediaStore on disk', () => {
  const rootOf = () => path.join(workDir, 'data', 'media');

  it('creates its directories, one per tenant, and leaves no temporary files', async () => {
    const store = new FileSystemMediaStore(rootOf());
    const png = await store.put('tenant-a', PNG, 'image/png');
    await store.put('tenant-a', PNG, 'image/png');
    const jpeg = await store.put('tenant-b', JPEG, 'image/jpeg');

    expect((await readdir(rootOf())).sort()).toEqual(['tenant-a', 'tenant-b']);
    expect((await readdir(path.join(rootOf(), 'tenant-a'))).sort()).toEqual([
      png.sha256Hex,
      `${png.sha256Hex}.json`,
    ]);
    expect(await readFile(path.join(rootOf(), 'tenant-b', jpeg.sha256Hex))).toEqual(Buffer.from(JPEG));
    expect(
      JSON.parse(await readFile(path.join(rootOf(), 'tenant-b', `${jpeg.sha256Hex}.json`), 'utf8')),
    ).toEqual({ mimeType: 'image/jpeg' });
  });

  it('writes one file for concurrent puts of the same bytes, with no temporary file left over', async () => {
    const store = new FileSystemMediaStore(rootOf());
    const bytes = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 7) % 253);
    await Promise.all(Array.from({ length: 25 }, () => store.put('tenant-a', bytes, 'image/png')));
    expect((await readdir(path.join(rootOf(), 'tenant-a'))).sort()).toEqual([
      sha256(bytes),
      `${sha256(bytes)}.json`,
    ]);
    expect(sha256(await readFile(path.join(rootOf(), 'tenant-a', sha256(bytes))))).toBe(sha256(bytes));
  });

  it('never reads or deletes outside its root, even where a traversal would land on a real file', async () => {
    const sha = sha256(PNG);
    const outside = path.join(workDir, 'outside');
    await mkdir(outside, { recursive: true });
    await writeFile(path.join(outside, sha), 'secret');
    await writeFile(path.join(outside, `${sha}.json`), JSON.stringify({ mimeType: 'text/plain' }));
    const store = new FileSystemMediaStore(rootOf());
    await store.put('tenant-a', PNG, 'image/png');

    for (const key of MALFORMED_KEYS(sha)) {
      expect(await store.get(key), key).toBeNull();
      await expect(store.delete(key), key).rejects.toThrow(InvalidMediaKeyError);
    }
    for (const tenantId of UNSAFE_TENANT_IDS) {
      await expect(store.put(tenantId, PNG, 'image/png'), tenantId).rejects.toThrow(InvalidMediaKeyError);
    }
    expect((await readdir(outside)).sort()).toEqual([sha, `${sha}.json`]);
    expect(await readFile(path.join(outside, sha), 'utf8')).toBe('secret');
    expect((await readdir(workDir)).sort()).toEqual(['data', 'outside']);
    expect(await readdir(rootOf())).toEqual(['tenant-a']);
  });

  it('finds what another instance on the same root stored', async () => {
    const stored = await new FileSystemMediaStore(rootOf()).put('tenant-a', JPEG, 'image/jpeg');
    expect(await new FileSystemMediaStore(rootOf()).get(stored.storageKey)).toEqual({
      bytes: JPEG,
      mimeType: 'image/jpeg',
    });
  });
});

describe('InMemoryMediaStore helpers', () => {
  it('counts distinct files and asserts what is stored', async () => {
    const store = new InMemoryMediaStore();
    await store.put('tenant-a', PNG, 'image/png');
    await store.put('tenant-a', PNG, 'image/png');
    await store.put('tenant-b', PNG, 'image/png');
    expect(store.count()).toBe(2);
    expect(store.puts).toHaveLength(3);
    expect(store.expectStored(sha256(PNG), 'tenant-b')).toEqual({ bytes: PNG, mimeType: 'image/png' });
    store.expectNotStored(sha256(JPEG));
    expect(() => store.expectStored(sha256(JPEG))).toThrow();
  });

  it('fails the next puts when told to', async () => {
    const store = new InMemoryMediaStore();
    store.failNext();
    await expect(store.put('tenant-a', PNG, 'image/png')).rejects.toThrow('media store unavailable');
    await expect(store.put('tenant-a', PNG, 'image/png')).resolves.toMatchObject({ size: PNG.byteLength });
  });
});
