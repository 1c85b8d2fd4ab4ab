/** A small seeded generator (mulberry32): the same seed gives the same chaos and ids. */
export class Random {
  private state: number;

  constructor(seed: number = Math.floor(Math.random() * 2 ** 32)) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max). */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  /** `count` random digits, the first not 0. */
  digits(count: number): string {
    let out = String(1 + this.int(9));
    while (out.length < count) out += String(this.int(10));
    return out;
  }

  bytes(count: number): Buffer {
    const buffer = Buffer.alloc(count);
    for (let i = 0; i < count; i++) buffer[i] = this.int(256);
    return buffer;
  }

  /** URL-safe base64 characters, for fbtrace ids and media tokens. */
  token(bytes: number): string {
    return this.bytes(bytes).toString('base64url');
  }
}
