/** One dispatched Server-Sent Event. */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
  /** The `id:` of this event, if it had one. */
  readonly id: string | undefined;
}

export interface SseParserHandlers {
  onMessage(message: SseMessage): void;
  /** A `retry:` line: the server's reconnection delay in ms. */
  onRetry?(ms: number): void;
  /** A comment line (`: keep-alive`). */
  onComment?(text: string): void;
}

/**
 * The event-stream format of the HTML standard, fed chunk by chunk: CR, LF or CRLF line ends, `data:` lines
 * joined with LF, one space after the colon dropped, an event dispatched at a blank line.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;
  private pendingCr = false;

  constructor(private readonly handlers: SseParserHandlers) {}

  push(chunk: string): void {
    let text = chunk;
    // A CR at the end of the last chunk and an LF at the start of this one are one line end.
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const ch = this.buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      this.line(this.buffer.slice(start, i));
      if (ch === '\r') {
        if (i + 1 === this.buffer.length) this.pendingCr = true;
        else if (this.buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return this.handlers.onComment?.(line.slice(1).trimStart());
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    else if (field === 'retry' && /^[0-9]+$/.test(value)) this.handlers.onRetry?.(Number(value));
  }

  private dispatch(): void {
    const { event, data, id } = this;
    this.event = '';
    this.data = [];
    this.id = undefined;
    if (data.length === 0) return;
    this.handlers.onMessage({ event: event || 'message', data: data.join('\n'), id });
  }
}
