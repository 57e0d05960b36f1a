/**
 * JSON Lines at the byte level, shared by the corpus reader, its counter and the batch of pairs.
 * Kept free of the article readers' imports so the batch's main thread stays small.
 */

export type Line = { number: number; bytes: Uint8Array } | { number: number; overLimit: true };

/**
 * Splits a byte stream on "\n" (dropping a "\r" before it), numbering lines from 1. Bytes of a
 * line past the limit are dropped as they arrive, so one enormous line never fills memory.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let overLimit = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    const line: Line = overLimit ? { number, overLimit: true } : { number, bytes: trimCarriageReturn(join(parts, partBytes)) };
    parts = [];
    partBytes = 0;
    overLimit = false;
    return line;
  };
  const keep = (piece: Uint8Array) => {
    if (overLimit) return;
    partBytes += piece.length;
    // The "\r" of a "\r\n" line end is not content, so allow it one byte over.
    if (partBytes > maxLineBytes + 1) {
      overLimit = true;
      parts = [];
      return;
    }
    if (piece.length > 0) parts.push(piece);
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
      keep(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copy: a stream may reuse the chunk's memory for the next read.
    if (start < chunk.length) keep(chunk.slice(start));
  }
  if (partBytes > 0 || overLimit) yield finish();
}

/**
 * Lines holding anything but spaces, tabs and a carriage return, counted without decoding: native
 * search finds each line's end, and only a line's leading blanks are looked at byte by byte.
 */
export async function countContentLines(chunks: AsyncIterable<Uint8Array>): Promise<number> {
  let lines = 0;
  let hasContent = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end >= 0; end = chunk.indexOf(0x0a, start)) {
      if (hasContent || holdsContent(chunk, start, end)) lines++;
      hasContent = false;
      start = end + 1;
    }
    hasContent ||= holdsContent(chunk, start, chunk.length);
  }
  return hasContent ? lines + 1 : lines;
}

function holdsContent(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return true;
  }
  return false;
}

function join(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

function trimCarriageReturn(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
}
