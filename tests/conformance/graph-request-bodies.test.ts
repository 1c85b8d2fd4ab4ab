import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { GraphMediaGateway } from '../../shared/adapters/whatsapp-cloud/graph/graph-media-gateway.js';
import { GraphWhatsAppGateway } from '../../shared/adapters/whatsapp-cloud/graph/graph-whatsapp-gateway.js';
import { mediaMetadataOf } from '../../shared/adapters/whatsapp-cloud/graph/media-answers.js';
import {
  markReadBody,
  messageBody,
  type GraphMessageBody,
} from '../../shared/adapters/whatsapp-cloud/graph/message-bodies.js';
import { templatePageOf } from '../../shared/adapters/whatsapp-cloud/graph/template-answers.js';
import type { OutboundContent } from '../../shared/ports/whatsapp-gateway.js';
import { fixturePath } from '../support/conformance-fixtures.js';

/**
 * Every body the Graph client builds, against Meta's OpenAPI spec (the relaxed copy, see docs/testing.md).
 * Two known faults of the spec are handled here, each asserted so that a fixed spec tells us to drop it:
 * - the template button `index` pattern is `^[2-6, 11-14]$`, a character class that rejects "0" (Meta's own
 *   example sends "0"); it is replaced by `^[0-9]$` (indexes 0-9, as the description says);
 * - the message schemas do not list `biz_opaque_callback_data` (only the calls API does), and Text/Image/
 *   InteractiveMessage forbid unevaluated properties: the field is checked against the calls API's definition
 *   and the rest of the body against the message schema.
 */
const META = 'whatsapp/meta-openapi';
const BROKEN_INDEX_PATTERN = '^[2-6, 11-14]$';
const SPEC_ID = 'meta-business-messaging.json';

type Json = Record<string, unknown>;

function readJson(...parts: string[]): Json {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as Json;
}

const spec = readJson(META, 'business-messaging-api_v23.0.relaxed.json');
const schemas = (spec.components as { schemas: Record<string, Json> }).schemas;

function indexPatterns(): { holder: Json; pattern: unknown }[] {
  const component = schemas.TemplateComponent as { properties: { index: Json } };
  const button = schemas.ButtonComponent as { allOf: { properties?: { index?: Json } }[] };
  return [component.properties.index, button.allOf[1]!.properties!.index!].map((holder) => ({
    holder,
    pattern: holder.pattern,
  }));
}

const ajv = new Ajv2020({ strict: false, discriminator: false, allErrors: true, validateFormats: false });
const patchedSpec = structuredClone(spec);
{
  const patchedSchemas = (patchedSpec.components as { schemas: Record<string, Json> }).schemas;
  (patchedSchemas.TemplateComponent as { properties: { index: Json } }).properties.index.pattern = '^[0-9]$';
  (
    patchedSchemas.ButtonComponent as { allOf: { properties: { index: Json } }[] }
  ).allOf[1]!.properties.index.pattern = '^[0-9]$';
}
ajv.addSchema({ $id: SPEC_ID, components: patchedSpec.components });

function schema(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name} in Meta's spec`);
  return validate;
}

function errorsOf(name: string, data: unknown): ErrorObject[] {
  const validate = schema(name);
  return validate(data) ? [] : (validate.errors ?? []);
}

function expectValid(name: string, data: unknown): void {
  expect(errorsOf(name, data), `${name}: ${JSON.stringify(data)}`).toEqual([]);
}

const CALLBACK_DATA = ajv.compile({
  $ref: `${SPEC_ID}#/components/schemas/CallRequestPayload/properties/biz_opaque_callback_data`,
});

const SCHEMA_OF_TYPE: Record<GraphMessageBody['type'], string> = {
  text: 'TextMessage',
  image: 'ImageMessage',
  template: 'TemplateMessage',
  interactive: 'InteractiveMessage',
};

/** ajv runs without discriminators: resolve the template components' by hand, as Graph would. */
function expectTemplateComponentsValid(body: GraphMessageBody): void {
  if (body.type !== 'template') return;
  for (const component of body.template.components ?? []) {
    if (component.type === 'body') {
      expectValid('BodyComponent', component);
      for (const parameter of component.parameters) expectValid('TextParameter', parameter);
    } else {
      expectValid('ButtonComponent', component);
      for (const parameter of component.parameters) expectValid('ButtonPayloadParameter', parameter);
    }
  }
}

function expectBodyConforms(body: GraphMessageBody): void {
  const { biz_opaque_callback_data: callbackData, ...rest } = body;
  expect(CALLBACK_DATA(callbackData), 'biz_opaque_callback_data').toBe(true);
  expectValid('Message', rest);
  expectValid(SCHEMA_OF_TYPE[body.type], rest);
  expectTemplateComponentsValid(body);
}

const request = (content: OutboundContent) => ({
  phoneNumberId: '106540352242922',
  to: '4915112345678',
  correlationId: '0b7e3f7c-8a55-4c1e-9a3b-2f1d1f1a9c01',
  content,
});

const BODIES: [string, OutboundContent][] = [
  ['text', { type: 'text', body: 'Hello from Teams' }],
  [
    'text reply',
    { type: 'text', body: 'Yes, tomorrow', replyToWamid: 'wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFDNB' },
  ],
  ['image with caption', { type: 'image', mediaId: '1479537139650973', caption: 'The invoice' }],
  ['image without caption', { type: 'image', mediaId: '1479537139650973' }],
  [
    'template with params and quick replies',
    {
      type: 'template',
      name: 'opt_in_request',
      language: 'de',
      bodyParams: ['Anna', 'ACME GmbH'],
      quickReplyPayloads: ['OPT_IN_YES', 'OPT_IN_NO', 'OPT_IN_LATER'],
    },
  ],
  ['template without params', { type: 'template', name: 'hello_world', language: 'en_US', bodyParams: [] }],
  [
    'interactive reply buttons',
    {
      type: 'buttons',
      body: 'Did this solve it?',
      buttons: [
        { id: 'SOLVED', title: 'Yes' },
        { id: 'NOT_SOLVED', title: 'No' },
        { id: 'AGENT', title: 'Talk to someone' },
      ],
    },
  ],
];

describe("Graph request bodies against Meta's OpenAPI spec", () => {
  it('the send-message operation takes the Message schema, and the spec still has the faults handled here', () => {
    const operation = (spec.paths as Record<string, Record<string, Json>>)[
      '/{Version}/{Phone-Number-ID}/messages'
    ]!.post as { requestBody: { content: { 'application/json': { schema: Json } } } };
    expect(operation.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Message',
    });
    expect(indexPatterns().map((p) => p.pattern)).toEqual([BROKEN_INDEX_PATTERN, BROKEN_INDEX_PATTERN]);
    // Unpatched, the pattern rejects the first button's index that Meta's own example sends.
    expect(new RegExp(BROKEN_INDEX_PATTERN).test('0')).toBe(false);
    // The message schemas do not know biz_opaque_callback_data.
    const text = messageBody(request({ type: 'text', body: 'Hi' }));
    expect(errorsOf('TextMessage', text).map((e) => e.message)).toContain(
      'must NOT have unevaluated properties',
    );
  });

  it.each(BODIES)('%s', (_name, content) => {
    expectBodyConforms(messageBody(request(content)));
  });

  it('the validator bites: bodies WhatsApp would refuse fail it', () => {
    type ButtonsJson = Json & { interactive: { action: { buttons: { reply: Json }[] } } };
    const plain = <T>(content: OutboundContent): T => {
      const { biz_opaque_callback_data: _, ...rest } = messageBody(request(content));
      return structuredClone(rest) as T;
    };
    const four = plain<ButtonsJson>(BODIES[6]![1]);
    four.interactive.action.buttons.push({ reply: { id: 'MORE', title: 'More' } });
    expect(errorsOf('InteractiveMessage', four)).not.toEqual([]);
    const longTitle = plain<ButtonsJson>(BODIES[6]![1]);
    longTitle.interactive.action.buttons[0]!.reply.title = 'x'.repeat(21);
    expect(errorsOf('InteractiveMessage', longTitle)).not.toEqual([]);
    const text = plain<Json>(BODIES[0]![1]);
    expect(errorsOf('TextMessage', { ...text, text: undefined })).not.toEqual([]);
    expect(
      errorsOf('TextMessage', { ...text, text: { body: 'Hi', preview_url: false, extra: 1 } }),
    ).not.toEqual([]);
  });

  it('mark read', () => {
    expectValid('MarkMessageRequestPayload', markReadBody('wamid.HBgLNDkxNTExMjM0NTY3OBUCABIYFDNB'));
  });

  it("Meta's examples of the same shapes pass the same validator", () => {
    const example = (name: string) => readJson(META, 'send-message-examples', `${name}.json`);
    for (const name of ['send-text-message', 'send-reply-to-text-message']) {
      expectValid('Message', example(name));
      expectValid('TextMessage', example(name));
    }
    for (const name of ['send-image-message-by-id', 'send-reply-to-image-message-by-id'])
      expectValid('ImageMessage', example(name));
    expectValid('InteractiveMessage', example('send-reply-button'));
    expectValid('MarkMessageRequestPayload', example('send-typing-indicator-and-read-receipt'));
    // Meta's template examples leave out language.policy, which the spec requires (our bodies send it).
    for (const name of ['send-message-template-interactive', 'send-sample-text-message']) {
      const errors = errorsOf('TemplateMessage', example(name));
      expect(errors.map((e) => [e.instancePath, e.params])).toEqual([
        ['/template/language', { missingProperty: 'policy' }],
      ]);
    }
  });
});

describe("Graph's send answer against Meta's OpenAPI spec", () => {
  const answer = {
    messaging_product: 'whatsapp',
    contacts: [{ input: '4915112345678', wa_id: '4915112345678' }],
    messages: [{ id: 'wamid.HBgLNDkxNTExMjM0NTY3OBUCABIRGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA' }],
  };

  async function wamidFrom(body: unknown): Promise<string> {
    const gateway = new GraphWhatsAppGateway({
      accessToken: 'token',
      fetch: async () => Response.json(body),
    });
    return (await gateway.send(request({ type: 'text', body: 'Hi' }))).wamid;
  }

  it('the answer we read the wamid from is a MessageResponsePayload', async () => {
    expectValid('MessageResponsePayload', answer);
    expect(await wamidFrom(answer)).toBe(answer.messages[0]!.id);
  });

  it("the gateway reads the wamid from each of the spec's own send answers", async () => {
    const operation = (spec.paths as Record<string, Record<string, Json>>)[
      '/{Version}/{Phone-Number-ID}/messages'
    ]!.post as {
      responses: { 200: { content: { 'application/json': { examples: Record<string, Json> } } } };
    };
    const examples = Object.entries(operation.responses[200].content['application/json'].examples)
      .map(([name, { value }]) => [name, value] as [string, { messages?: { id: string }[] }])
      .filter(([, value]) => value.messages);
    expect(examples.length).toBeGreaterThan(10);
    for (const [name, value] of examples) {
      expectValid('MessageResponsePayload', value);
      expect(await wamidFrom(value), name).toBe(value.messages![0]!.id);
    }
  });
});

describe("Graph's media and template answers against Meta's OpenAPI spec", () => {
  type Operation = {
    requestBody?: { content: Record<string, { schema: Json }> };
    responses: { 200: { content: { 'application/json': { schema: Json; examples: Record<string, Json> } } } };
  };
  const operation = (path: string, method: 'get' | 'post') =>
    (spec.paths as Record<string, Record<string, Operation>>)[path]![method]!;
  const answerOf = (op: Operation) => op.responses[200].content['application/json'];
  const examplesOf = (op: Operation) =>
    Object.values(answerOf(op).examples).map((example) => (example as { value: Json }).value);
  /** The answer schemas are inline (no $ref): compiled on their own. */
  const answerValidator = (op: Operation) => ajv.compile(answerOf(op).schema);

  const upload = operation('/{Version}/{Phone-Number-ID}/media', 'post');
  const lookup = operation('/{Version}/{Media-ID}', 'get');
  const templates = operation('/{Version}/{WABA-ID}/message_templates', 'get');

  it("the upload sends the spec's multipart fields, and reads the id of each of the spec's answers", async () => {
    const multipart = upload.requestBody!.content['multipart/form-data']!.schema as {
      properties: Record<string, unknown>;
    };
    let sentForm: FormData | undefined;
    let answer: Json = {};
    const gateway = new GraphMediaGateway({
      accessToken: 'token',
      fetch: async (_url, init) => {
        sentForm = init?.body as FormData;
        return Response.json(answer);
      },
    });
    const examples = examplesOf(upload);
    expect(examples.length).toBeGreaterThan(0);
    const validate = answerValidator(upload);
    for (const example of [...examples, { id: '1479537139650973' }]) {
      expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      answer = example;
      const { mediaId } = await gateway.upload('106540352242922', {
        bytes: new Uint8Array([1, 2, 3]),
        mimeType: 'image/jpeg',
      });
      expect(mediaId).toBe(example.id);
    }
    for (const field of Object.keys(multipart.properties)) expect(sentForm?.has(field), field).toBe(true);
    expect(sentForm?.get('messaging_product')).toBe('whatsapp');
  });

  it('the media lookup answer is read as the spec has it (file_size a string)', () => {
    const validate = answerValidator(lookup);
    const [example] = examplesOf(lookup);
    expect(validate(example)).toBe(true);
    expect((answerOf(lookup).schema as { properties: { file_size: Json } }).properties.file_size.type).toBe(
      'string',
    );
    const answer = {
      ...example,
      url: 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1',
      sha256: 'SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=',
    };
    expect(validate(answer)).toBe(true);
    expect(mediaMetadataOf(answer)).toEqual({
      url: answer.url,
      mimeType: example!.mime_type,
      sha256: answer.sha256,
      fileSize: Number(example!.file_size),
    });
    // The spec's placeholder is no URL: nothing is fetched from it.
    expect(mediaMetadataOf(example)).toBeUndefined();
  });

  it("the template list reads the spec's example page, and the answers the tests fake are valid pages", () => {
    const validate = answerValidator(templates);
    const [example] = examplesOf(templates);
    expect(validate(example)).toBe(true);
    const page = templatePageOf(example);
    expect(page.skipped).toBe(0);
    expect(page.next).toBeUndefined();
    expect(page.templates.map((t) => [t.id, t.name, t.language, t.status, t.category])).toEqual(
      ((example as { data: Json[] }).data ?? []).map((t) => [t.id, t.name, t.language, t.status, t.category]),
    );
    expect(page.templates[0]!.components.length).toBeGreaterThan(0);
    const faked = {
      data: [
        {
          id: '1',
          name: 'opt_in_request',
          language: 'de',
          status: 'APPROVED',
          category: 'UTILITY',
          components: [{ type: 'BODY', text: 'Hallo {{1}}' }],
        },
      ],
      paging: {
        cursors: { before: 'QVFI', after: 'QVFIUa' },
        next: 'https://graph.facebook.com/v23.0/102290129340398/message_templates?after=QVFIUa',
      },
    };
    expect(validate(faked), JSON.stringify(validate.errors)).toBe(true);
    expect(templatePageOf(faked).next).toBe(faked.paging.next);
    // The inline schemas require nothing, but they do check types.
    expect(validate({ data: [{ name: 1 }] })).toBe(false);
    expect(answerValidator(lookup)({ file_size: 303833 })).toBe(false);
  });
});
