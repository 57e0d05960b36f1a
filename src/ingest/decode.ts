/**
 * Bytes to text: BOM-marked UTF-8/UTF-16, plain UTF-8, else windows-1252 (a superset of Latin-1
 * for printable text), plus the binary-file check that runs on the decoded characters.
 */

/** How much of the start of a file the binary check looks at. */
const BINARY_SAMPLE_CHARS = 8192;

/** Share of control characters above which a file is taken for binary; real text has almost none. */
const MAX_CONTROL_SHARE = 0.1;

/** Decodes file bytes, honouring a byte-order mark and falling back to windows-1252 for non-UTF-8. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // The UTF-8 decoder drops a leading UTF-8 BOM by itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** True when the start of the text holds a NUL or many other control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, BINARY_SAMPLE_CHARS);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    const isLayout = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
    if ((code < 0x20 && !isLayout) || code === 0x7f) controls++;
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}
