import { readFileSync } from "node:fs";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Windows-1252 bytes 0x80-0x9F (curly quotes, dashes, ellipsis...); the other bytes equal their
 * Latin-1 code points. Written out because Node's TextDecoder("windows-1252") decodes these as
 * C1 control characters (it treats the label as plain Latin-1). Undefined bytes stay as is.
 */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/**
 * Bytes to text: UTF-8 when valid (BOM dropped), else Windows-1252 (the Clough-Stevenson answers
 * were typed in Word), so no byte is lost or replaced.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** Read a file as text with {@link decodeText}. */
export function readText(file: string): string {
  return decodeText(readFileSync(file));
}
