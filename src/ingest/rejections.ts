/** Rejections: a location, a code from the error table and a reason that does not repeat the location. */
import { WiretraceError, type ErrorCode } from "../errors/index.js";
import type { Rejection } from "./corpus-types.js";
import { formatBytes } from "./limits.js";

/** Reasons for the codes the single-article reader throws, whose messages start with the path. */
const REASONS: Partial<Record<ErrorCode, string>> = {
  INPUT_EMPTY: "empty: there is no text",
  INPUT_BINARY: "looks like a binary file, not text, HTML, a feed or JSON Lines",
  INPUT_NO_ARTICLE: "HTML, but no article text could be extracted from it",
  INPUT_NOT_FOUND: "no such file or directory",
};

export function rejection(location: string, code: ErrorCode, reason: string): Rejection {
  return { ok: false, location, reason, code };
}

/** The rejection for an input over the size limit, with its size when known. */
export function tooLarge(location: string, size: number | undefined, maxBytes: number): Rejection {
  const limit = `the ${formatBytes(maxBytes)} limit for one input`;
  return rejection(location, "INPUT_TOO_LARGE", size === undefined ? `over ${limit}` : `${formatBytes(size)}, over ${limit}`);
}

/** Any failure while reading one input, as a rejection: ours keep their code, file-system errors are mapped. */
export function rejectionFromError(location: string, error: unknown): Rejection {
  if (error instanceof WiretraceError) {
    return rejection(location, error.code, REASONS[error.code] ?? withoutLocation(error.message, location));
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (errno === "ENOENT" || errno === "ENOTDIR") return rejection(location, "INPUT_NOT_FOUND", REASONS.INPUT_NOT_FOUND!);
  if (errno === "EACCES" || errno === "EPERM") return rejection(location, "INPUT_UNREADABLE", "permission denied");
  if (errno === "EISDIR") return rejection(location, "INPUT_UNREADABLE", "it is a directory");
  const message = error instanceof Error ? error.message : String(error);
  return rejection(location, "INPUT_UNREADABLE", errno ? `${errno}: ${message}` : message);
}

function withoutLocation(message: string, location: string): string {
  if (message.startsWith(`${location}: `)) return message.slice(location.length + 2);
  if (message.startsWith(`${location} `)) return message.slice(location.length + 1);
  return message;
}
