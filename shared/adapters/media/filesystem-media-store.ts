import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { InvalidMediaKeyError, type MediaStore, type StoredMedia } from '../../ports/media-store.js';
import { mediaStorageKey, parseMediaStorageKey } from './storage-key.js';

/**
 * Media on the local disk, under `rootDir` (the app passes `${DATA_DIR}/media`).
 *
 * Layout: `<rootDir>/<tenantId>/<sha256hex>` holds the bytes and `<sha256hex>.json` next to it holds
 * `{ "mimeType": ... }`. Every file is written to a temporary name in the same directory, flushed,
 * then renamed into place, so a reader sees a whole file or none, and concurrent puts of the same
 * bytes each rename an identical file over the other. The sidecar is renamed in before the bytes and
 * removed after them: whenever the bytes are there, so is their mime type.
 *
 * Keys are checked against their shape (storage-key.ts) before they touch the disk, and the resolved
 * path must still lie under `rootDir`: no key reads, writes or deletes outside it.
 */
export class FileSystemMediaStore implements MediaStore {
  private readonly root: string;

  constructor(rootDir: string) {
    this.root = path.resolve(rootDir);
  }

  async put(tenantId: string, bytes: Uint8Array, mimeType: string): Promise<StoredMedia> {
    const sha256Hex = createHash('sha256').update(bytes).digest('hex');
    const storageKey = mediaStorageKey(tenantId, sha256Hex);
    const file = this.pathOf(tenantId, sha256Hex);
    await mkdir(path.dirname(file), { recursive: true });
    await writeAtomically(`${file}.json`, JSON.stringify({ mimeType }));
    if (!(await exists(file))) await writeAtomically(file, bytes);
    return { storageKey, sha256Hex, size: bytes.byteLength, mimeType };
  }

  async get(storageKey: string): Promise<{ bytes: Uint8Array; mimeType: string } | null> {
    const key = parseMediaStorageKey(storageKey);
    if (!key) return null;
    const file = this.pathOf(key.tenantId, key.sha256Hex);
    const data = await readIfPresent(file);
    const sidecar = await readIfPresent(`${file}.json`);
    if (!data || !sidecar) return null;
    const { mimeType } = JSON.parse(sidecar.toString('utf8')) as { mimeType: string };
    return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), mimeType };
  }

  async delete(storageKey: string): Promise<void> {
    const key = parseMediaStorageKey(storageKey);
    if (!key) throw new InvalidMediaKeyError(`media store: ${JSON.stringify(storageKey)} is not a media key`);
    const file = this.pathOf(key.tenantId, key.sha256Hex);
    await rm(file, { force: true });
    await rm(`${file}.json`, { force: true });
  }

  private pathOf(tenantId: string, sha256Hex: string): string {
    const file = path.resolve(this.root, tenantId, sha256Hex);
    // The key shapes already forbid it; this keeps a later change to them from opening the way out.
    if (path.dirname(path.dirname(file)) !== this.root)
      throw new InvalidMediaKeyError(`media store: ${tenantId}/${sha256Hex} resolves outside the store`);
    return file;
  }
}

async function writeAtomically(file: string, content: Uint8Array | string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
