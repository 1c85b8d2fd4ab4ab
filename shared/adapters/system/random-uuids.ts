import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../ports/id-generator.js';

export const randomUuids: IdGenerator = { newId: () => randomUUID() };
