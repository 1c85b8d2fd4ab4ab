import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import { ApiHarness } from './api-harness.js';

let api: ApiHarness;
beforeAll(async () => {
  api = await ApiHarness.start();
});
afterAll(() => api?.stop());

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, object> };
}

describe('GET /api/openapi.json', () => {
  it('serves an OpenAPI 3.1 document listing every route, without authentication', async () => {
    const response = await fetch(new URL('/api/openapi.json', api.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    const expected = Object.entries(API_ROUTES).map(
      ([name, route]) => `${route.method.toUpperCase()} ${route.path} ${name}`,
    );
    expect(operations.sort()).toEqual(expected.sort());
    expect(operations).toHaveLength(36);

    // Every schema is valid JSON Schema 2020-12, and every $ref points at a component.
    const ajv = new Ajv2020.default({ strict: false, validateFormats: false });
    for (const [id, schema] of Object.entries(document.components.schemas))
      ajv.addSchema(schema, `#/components/schemas/${id}`);
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const target = /"#\/components\/schemas\/([A-Za-z]+)"/.exec(ref.slice(7))?.[1];
      expect(target && document.components.schemas[target], ref).toBeTruthy();
    }
  });

  it('describes what the routes answer: a real answer validates against its schema', async () => {
    const document = (await (await fetch(new URL('/api/openapi.json', api.url))).json()) as OpenApiDocument;
    const ajv = new Ajv2020.default({ strict: false, validateFormats: false });
    const wrapped = { $id: 'doc', components: document.components };
    ajv.addSchema(wrapped);
    const validate = ajv.compile({ $ref: 'doc#/components/schemas/ThreadList' });
    const answer = await api.as('tenant-contoso', 'user-alice').listThreads();
    expect(validate(answer), JSON.stringify(validate.errors)).toBe(true);
    const errorBody = ajv.compile({ $ref: 'doc#/components/schemas/ErrorBody' });
    const unauthorized = await (await fetch(new URL('/api/v1/threads', api.url))).json();
    expect(errorBody(unauthorized)).toBe(true);
    // An error with params (the field it names) validates too.
    const invalid = await (
      await api.fetchAs('tenant-contoso', 'user-alice', '/api/v1/threads', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ contactId: 42 }),
      })
    ).json();
    expect(invalid).toMatchObject({ error: { code: 'invalid_request', params: { field: 'contactId' } } });
    expect(errorBody(invalid), JSON.stringify(errorBody.errors)).toBe(true);
  });
});
