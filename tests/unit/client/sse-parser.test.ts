import { describe, expect, it } from 'vitest';
import { SseParser, type SseMessage } from '../../../shared/client/sse-parser.js';

function parse(chunks: readonly string[]) {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const retries: number[] = [];
  const parser = new SseParser({
    onMessage: (m) => messages.push(m),
    onComment: (c) => comments.push(c),
    onRetry: (ms) => retries.push(ms),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { messages, comments, retries };
}

describe('SseParser', () => {
  it('reads id, event and data, joins data lines, and dispatches at a blank line', () => {
    const { messages } = parse(['id: 7\nevent: message.created\ndata: {"a":1,\ndata: "b":2}\n\n']);
    expect(messages).toEqual([{ id: '7', event: 'message.created', data: '{"a":1,\n"b":2}' }]);
  });

  it('accepts CR, LF and CRLF line ends, also split across chunks, and events split anywhere', () => {
    const text = 'id: 1\r\ndata: one\r\n\r\nid: 2\rdata: two\r\rid: 3\ndata: three\n\n';
    for (let size = 1; size <= text.length; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(parse(chunks).messages.map((m) => [m.id, m.data])).toEqual([
        ['1', 'one'],
        ['2', 'two'],
        ['3', 'three'],
      ]);
    }
  });

  it('reports comments (heartbeats) and retry hints, and ignores events without data and unknown fields', () => {
    const { messages, comments, retries } = parse([
      'retry: 2000\n: connected\n\n',
      ': keep-alive\n\n',
      'event: nothing\n\n',
      'retry: soon\nfoo: bar\ndata:no space\n\n',
    ]);
    expect(retries).toEqual([2000]);
    expect(comments).toEqual(['connected', 'keep-alive']);
    expect(messages).toEqual([{ id: undefined, event: 'message', data: 'no space' }]);
  });
});
