import { describe, expect, it } from 'vitest';
import {
  GraphTemplateSource,
  type GraphTemplateSourceOptions,
} from '../../../../shared/adapters/whatsapp-cloud/graph/graph-template-source.js';
import { WhatsAppSendError } from '../../../../shared/ports/whatsapp-gateway.js';
import { graphError, type Reply } from './fake-graph-server.js';
import { TEST_TOKEN, useFakeGraph } from './use-fake-graph.js';

const WABA_ID = '102290129340398';
const FIRST_PAGE = `/v23.0/${WABA_ID}/message_templates?limit=100&fields=id,name,language,status,category,components`;

const kit = useFakeGraph();
const { sleeps, logs } = kit;

function source(options: Partial<GraphTemplateSourceOptions> = {}): GraphTemplateSource {
  return new GraphTemplateSource({ ...kit.clientOptions(), ...options });
}

function template(name: string, extra: Record<string, unknown> = {}) {
  return {
    id: `id-${name}`,
    name,
    language: 'en_US',
    status: 'APPROVED',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: `Hi {{1}}, this is ${name}` }],
    ...extra,
  };
}

/** A page as Graph answers it: cursors always, `next` unless it is the last. */
function page(templates: unknown[], after?: string): Reply {
  const next = after
    ? `${kit.graph.baseUrl}/v23.0/${WABA_ID}/message_templates?limit=100&fields=id,name&after=${after}`
    : undefined;
  return {
    status: 200,
    body: {
      data: templates,
      paging: { cursors: { before: 'QVFI', after: after ?? 'END' }, ...(next ? { next } : {}) },
    },
  };
}

describe('GraphTemplateSource', () => {
  it('GETs {waba-id}/message_templates with the Bearer token and follows paging.next across pages', async () => {
    kit.graph.reply(
      page([template('opt_in_request'), template('resume_conversation')], 'QVFIUa'),
      page(
        [template('order_update', { language: 'de', status: 'PENDING', category: 'MARKETING' })],
        'QVFIUb',
      ),
      page([template('hello_world')]),
    );
    const templates = await source().listTemplates(WABA_ID);
    expect(templates.map((t) => `${t.name}/${t.language}/${t.status}/${t.category}`)).toEqual([
      'opt_in_request/en_US/APPROVED/UTILITY',
      'resume_conversation/en_US/APPROVED/UTILITY',
      'order_update/de/PENDING/MARKETING',
      'hello_world/en_US/APPROVED/UTILITY',
    ]);
    expect(templates[0]).toEqual({
      id: 'id-opt_in_request',
      name: 'opt_in_request',
      language: 'en_US',
      status: 'APPROVED',
      category: 'UTILITY',
      components: [{ type: 'BODY', text: 'Hi {{1}}, this is opt_in_request' }],
    });
    expect(kit.graph.requests.map((r) => r.path)).toEqual([
      FIRST_PAGE,
      `/v23.0/${WABA_ID}/message_templates?limit=100&fields=id,name&after=QVFIUa`,
      `/v23.0/${WABA_ID}/message_templates?limit=100&fields=id,name&after=QVFIUb`,
    ]);
    for (const req of kit.graph.requests) {
      expect(req.method).toBe('GET');
      expect(req.headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    }
  });

  it('uses the token of the business account and the configured page size', async () => {
    kit.graph.reply(page([]));
    expect(
      await source({ accessToken: (id) => `token-of-${id}`, pageSize: 25 }).listTemplates(WABA_ID),
    ).toEqual([]);
    expect(kit.graph.lastRequest().headers.authorization).toBe(`Bearer token-of-${WABA_ID}`);
    expect(kit.graph.lastRequest().path).toContain('?limit=25&');
  });

  it('leaves out entries without a name or language, and reads missing components as none', async () => {
    kit.graph.reply(
      page([
        { language: 'en_US', status: 'APPROVED', category: 'UTILITY' },
        template('no_components', { components: undefined, id: undefined }),
        'junk',
      ]),
    );
    expect(await source().listTemplates(WABA_ID)).toEqual([
      { name: 'no_components', language: 'en_US', status: 'APPROVED', category: 'UTILITY', components: [] },
    ]);
    expect(logs).toEqual([expect.objectContaining({ fields: expect.objectContaining({ skipped: 2 }) })]);
  });

  it('a failing page fails the list with the typed error; a 5xx is retried at once', async () => {
    kit.graph.reply(page([template('a')], 'C1'), graphError(500, 1, 'boom'), page([template('b')]));
    expect((await source().listTemplates(WABA_ID)).map((t) => t.name)).toEqual(['a', 'b']);
    expect(sleeps).toEqual([250]);

    kit.graph.reset();
    kit.graph.reply(graphError(401, 190, 'Error validating access token'));
    const error = await source()
      .listTemplates(WABA_ID)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(WhatsAppSendError);
    expect(error).toMatchObject({ code: 190, retryable: false });
  });

  it('does not follow a next page off Graph’s origin (the token would go with it)', async () => {
    kit.graph.reply({
      status: 200,
      body: {
        data: [template('a')],
        paging: { next: 'https://evil.example/v23.0/x/message_templates?after=1' },
      },
    });
    await expect(source().listTemplates(WABA_ID)).rejects.toThrow(/not on http:\/\/127\.0\.0\.1/);
    expect(kit.graph.requests).toHaveLength(1);
  });

  it('stops with an error after maxPages rather than answer a partial list', async () => {
    kit.graph.reply(page([template('a')], 'C1'), page([template('b')], 'C2'), page([template('c')]));
    await expect(source({ maxPages: 2 }).listTemplates(WABA_ID)).rejects.toThrow(/more than 2 pages/);
    expect(kit.graph.requests).toHaveLength(2);
  });

  it('never logs the token', async () => {
    kit.graph.reply(graphError(500, 1, 'boom'), graphError(500, 1, 'boom'), graphError(500, 1, 'boom'));
    await expect(source().listTemplates(WABA_ID)).rejects.toBeInstanceOf(WhatsAppSendError);
    expect(logs.length).toBe(3);
    expect(JSON.stringify(logs)).not.toContain(TEST_TOKEN);
  });
});
