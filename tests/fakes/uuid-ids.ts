import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../shared/ports/id-generator.js';

export const uuidIds: IdGenerator = { newId: () => randomUUID() };
