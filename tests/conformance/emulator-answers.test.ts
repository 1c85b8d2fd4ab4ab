import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_DEFAULTS, escapeNonAscii, signature } from '../../emulator/index.js';
import {
  ALICE,
  PNG,
  startHarness,
  template,
  text,
  VERSION,
  wamidOf,
  type Harness,
} from '../integration/emulator/harness.js';
import { fixturePath } from '../support/conformance-fixtures.js';

/** The emulator's answers and webhooks against what Meta wrote: its OpenAPI spec, webhook examples, signature vector. */
const META = 'whatsapp/meta-openapi';
const SPEC_ID = 'meta-business-messaging.json';

type Json = Record<string, unknown>;

function readJson(...parts: string[]): Json {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as Json;
}

const spec = readJson(META, 'business-messaging-api_v23.0.relaxed.json');
const ajv = new Ajv2020({ strict: false, discriminator: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: SPEC_ID, components: spec.components, paths: spec.paths });

function answerSchema(path: string, method: string): ValidateFunction {
  const pointer = `${SPEC_ID}#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/200/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  if (!validate) throw new Error(`no answer schema for ${method} ${path}`);
  return validate;
}

function expectValid(validate: ValidateFunction, data: unknown): void {
  expect(validate(data) ? [] : validate.errors, JSON.stringify(data)).toEqual([]);
}

/** The structure of a JSON value: every key and the type of every leaf, arrays by their first item. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return [shapeOf(value[0])];
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.stop());

describe("the emulator's Graph answers against Meta's OpenAPI spec", () => {
  const sendAnswer = answerSchema('/{Version}/{Phone-Number-ID}/messages', 'post');

  it('send answers are MessageResponsePayloads', async () => {
    h.emulator.control.userSends(ALICE, { type: 'text', body: 'Hi' });
    const answers = [
      await h.send(text(ALICE, 'Hello')),
      await h.send(template(ALICE, 'mlm_opt_in_request', ['Contoso'], ['YES', 'NO'])),
      await h.send({
        to: ALICE,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Pick' },
          action: { buttons: [{ type: 'reply', reply: { id: 'A', title: 'A' } }] },
        },
      }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as Json;
      expectValid(sendAnswer, body);
      expect(body).toEqual({
        messaging_product: 'whatsapp',
        contacts: [{ input: expect.any(String), wa_id: expect.any(String) }],
        messages: [expect.objectContaining({ id: expect.stringMatching(/^wamid\./) })],
      });
    }
  });

  it('media upload, media info and the template list match their answer schemas', async () => {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', 'image/png');
    form.set('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'p.png');
    const uploaded = (await (
      await h.graph(`/${VERSION}/${EMULATOR_DEFAULTS.phoneNumberId}/media`, { method: 'POST', body: form })
    ).json()) as { id: string };
    expectValid(answerSchema('/{Version}/{Phone-Number-ID}/media', 'post'), uploaded);
    const info = (await (await h.graph(`/${VERSION}/${uploaded.id}`)).json()) as Json;
    expectValid(answerSchema('/{Version}/{Media-ID}', 'get'), info);
    expect(Object.keys(info).sort()).toEqual([
      'file_size',
      'id',
      'messaging_product',
      'mime_type',
      'sha256',
      'url',
    ]);
    const list = (await (
      await h.graph(`/${VERSION}/${EMULATOR_DEFAULTS.wabaId}/message_templates?limit=2`)
    ).json()) as Json;
    expectValid(answerSchema('/{Version}/{WABA-ID}/message_templates', 'get'), list);
  });
});

describe("the emulator's webhooks against Meta's examples", () => {
  const example = (name: string) => readJson(META, 'webhook-examples', `${name}.json`);

  it('inbound text, image, reaction, unsupported, button and interactive replies have the shape of the examples', async () => {
    h.emulator.control.reset();
    const { control } = h.emulator;
    control.userSends(ALICE, { type: 'text', body: 'Hello' });
    control.userSends(ALICE, {
      type: 'image',
      dataBase64: PNG.toString('base64'),
      mimeType: 'image/png',
      caption: 'c',
    });
    const tpl = await wamidOf(
      await h.send(template(ALICE, 'mlm_opt_in_request', ['Contoso'], ['YES', 'NO'])),
    );
    const buttons = await wamidOf(
      await h.send({
        to: ALICE,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Pick' },
          action: { buttons: [{ type: 'reply', reply: { id: 'A', title: 'A' } }] },
        },
      }),
    );
    await h.drain();
    control.userSends(ALICE, { type: 'reaction', toWamid: tpl, emoji: '👍' });
    control.userSends(ALICE, { type: 'unsupported' });
    control.tap(ALICE, tpl, 0);
    control.tap(ALICE, buttons, 0);
    await h.drain();

    const inbound = h.receiver.received.filter((r) => r.parsed.inbound.length > 0).map((r) => r.body as Json);
    const ofType = (type: string) =>
      inbound.find((body) => JSON.stringify(body).includes(`"type":"${type}"`)) ?? { missing: type };
    const pairs: [string, string][] = [
      ['text', 'text-message'],
      ['image', 'image-message'],
      ['reaction', 'reaction-message'],
      ['unsupported', 'unsupported-message'],
      ['button', 'button-message'],
      ['button_reply', 'interactive-button-reply-message'],
    ];
    for (const [type, name] of pairs) expect(shapeOf(ofType(type)), name).toEqual(shapeOf(example(name)));
  });
});

describe("the webhook signature against Meta's vector", () => {
  it('escapes non-ASCII as Meta does and signs the escaped bytes', () => {
    const vector = readJson('whatsapp', 'signature-vector.json') as Record<string, string>;
    const escaped = escapeNonAscii(vector.body_unescaped!);
    expect(escaped).toBe(vector.body_as_sent_escaped);
    expect(signature(vector.app_secret!, escaped)).toBe(vector.x_hub_signature_256);
  });
});
