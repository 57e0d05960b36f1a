/**
 * One input's bytes, read once from the start as a stream (a file or a response body), with a
 * look at the opening bytes first so the reader can be chosen before the rest is read.
 */

export class ByteSource {
  private readonly iterator: AsyncIterator<Uint8Array | string>;
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;
  private finished = false;

  constructor(chunks: AsyncIterable<Uint8Array | string>) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  /** Up to the first `size` bytes (fewer when the input is shorter); they are kept for the reads that follow. */
  async head(size: number): Promise<Uint8Array> {
    while (this.bufferedBytes < size) {
      const chunk = await this.pull();
      if (!chunk) break;
      this.buffered.push(chunk);
      this.bufferedBytes += chunk.length;
    }
    return concat(this.buffered).subarray(0, size);
  }

  /** Every byte from the start, chunk by chunk; can be read once. */
  async *chunks(): AsyncGenerator<Uint8Array> {
    try {
      const kept = this.buffered;
      this.buffered = [];
      yield* kept;
      for (let chunk = await this.pull(); chunk; chunk = await this.pull()) yield chunk;
    } finally {
      await this.close();
    }
  }

  /** All bytes, or null as soon as they pass `limit` (the rest is never read). */
  async readAll(limit: number): Promise<Uint8Array | null> {
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of this.chunks()) {
      total += chunk.length;
      if (total > limit) return null;
      parts.push(chunk);
    }
    return concat(parts);
  }

  /** Stops reading and releases the file or connection. */
  async close(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.iterator.return?.();
  }

  private async pull(): Promise<Uint8Array | undefined> {
    if (this.finished) return undefined;
    const next = await this.iterator.next();
    if (next.done) {
      this.finished = true;
      return undefined;
    }
    return typeof next.value === "string" ? new TextEncoder().encode(next.value) : next.value;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
