import { z } from 'zod';
import * as admin from './admin.js';
import * as common from './common.js';
import * as contacts from './contacts.js';
import * as events from './events.js';
import * as media from './media.js';
import * as messages from './messages.js';
import * as outlook from './outlook.js';
import { API_ROUTES, type ApiRoute } from './routes.js';
import * as readMarkers from './read-markers.js';
import * as search from './search.js';
import * as sms from './sms.js';
import * as templates from './templates.js';
import * as threads from './threads.js';
import * as users from './users.js';

export const OPENAPI_PATH = '/api/openapi.json';

type JsonSchema = Record<string, unknown>;
type Registry = ReturnType<typeof z.registry<{ id: string }>>;

const COMPONENT = (id: string) => `#/components/schemas/${id}`;

/** The id a schema carries in its metadata (`.meta({ id })`), if any. */
function idOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema) as { id?: unknown } | undefined;
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

/** Every schema of the contract that has a name (`.meta({ id })`): each becomes a component. */
function namedSchemas(): z.ZodType[] {
  const modules = [
    admin,
    common,
    contacts,
    events,
    media,
    messages,
    outlook,
    readMarkers,
    search,
    sms,
    templates,
    threads,
    users,
  ];
  return modules.flatMap((module) =>
    Object.values(module).filter((value): value is z.ZodType => value instanceof z.ZodType && !!idOf(value)),
  );
}

/** Converts named schemas to components, nested named schemas as `$ref`s between them. */
function components(io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry: Registry = z.registry<{ id: string }>();
  for (const schema of namedSchemas()) {
    const id = idOf(schema);
    if (id && !registry.has(schema)) registry.add(schema, { id });
  }
  const converted = z.toJSONSchema(registry, { io, uri: COMPONENT, unrepresentable: 'any' }).schemas;
  return Object.fromEntries(
    Object.entries(converted).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

/** A schema used in an operation: a reference to its component when it has one, else inline. */
function use(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = idOf(schema);
  if (id) return { $ref: COMPONENT(id) };
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parametersOf(route: ApiRoute): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [location, object] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!object) continue;
    for (const [name, field] of Object.entries(object.shape)) {
      list.push({
        name,
        in: location,
        required: location === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: use(field as z.ZodType, 'input'),
      });
    }
  }
  return list;
}

const ERROR_TEXT: Readonly<Record<number, string>> = {
  400: 'Invalid input; the message names the field',
  401: 'Missing or invalid access token',
  403: 'Read-only access (former participant, compliance), WhatsApp not enabled or not licensed, or an admin route for a non-admin',
  404: 'Not found, or not visible to the caller',
  409: 'A rule of the conversation refuses it; the message says why',
  413: 'The body is too large',
  415: 'Not multipart/form-data',
  429: "Over the caller's send limit; Retry-After says in how many seconds to try again",
  500: 'Server error',
  501: 'Not set up in this deployment (outlook_not_configured)',
  503: 'A service this needs cannot be reached, or the server is starting',
};

function operation(name: string, route: ApiRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  if (route.binary)
    responses[String(route.status)] = {
      description: 'The picture',
      content: { 'image/*': { schema: { type: 'string', format: 'binary' } } },
    };
  else if (route.stream)
    responses[String(route.status)] = {
      description: 'A stream of Server-Sent Events; each `data:` is one of these, as JSON',
      content: { 'text/event-stream': { schema: use(route.stream, 'output') } },
    };
  else if (route.response)
    responses[String(route.status)] = {
      description: 'Success',
      content: { 'application/json': { schema: use(route.response, 'output') } },
    };
  else responses[String(route.status)] = { description: 'Done' };
  for (const status of [...route.errors, 401, 500])
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? 'Error',
      content: { 'application/json': { schema: { $ref: COMPONENT('ErrorBody') } } },
    };
  const parameters = [
    ...parametersOf(route),
    {
      name: 'Accept-Language',
      in: 'header',
      required: false,
      description: 'Language of error messages and notices (en, es, fr, de, pt-BR, ja)',
      schema: { type: 'string' },
    },
    ...(route.stream
      ? [
          {
            name: 'Last-Event-ID',
            in: 'header',
            required: false,
            description: 'Resume after this event (a reconnect sends the last id it received)',
            schema: { type: 'string', pattern: '^[0-9]{1,15}$' },
          },
        ]
      : []),
  ];
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.tag],
    parameters,
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              [route.multipart ? 'multipart/form-data' : 'application/json']: {
                schema: use(route.body, 'input'),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of `/api/v1`, built from the same zod schemas the server and client use. */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): JsonSchema {
  const routes = Object.entries(API_ROUTES) as [string, ApiRoute][];
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, route] of routes) (paths[route.path] ??= {})[route.method] = operation(name, route);
  // Request bodies are described as clients send them (defaults optional), everything else as answered.
  const inputs = components('input');
  const schemas = components('output');
  for (const [, r] of routes) {
    const id = r.body && idOf(r.body);
    if (id && inputs[id]) schemas[id] = inputs[id];
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'MultiLine Messaging connector API',
      version: options.version ?? '1.0.0',
      description:
        'The API the Teams tab uses. Every error answers `{error:{code,message}}` with the message in the language of Accept-Language.',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas,
    },
  };
}
