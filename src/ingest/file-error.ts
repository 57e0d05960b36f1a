import { createError, WiretraceError } from "../errors/index.js";

/** Maps Node's file-system errors onto the error table; our own errors pass through. */
export function fileError(error: unknown, path: string): WiretraceError {
  if (error instanceof WiretraceError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return createError("INPUT_NOT_FOUND", { path });
  if (code === "EACCES" || code === "EPERM") return createError("INPUT_UNREADABLE", { path, reason: "permission denied" });
  if (code === "EISDIR") return createError("INPUT_UNREADABLE", { path, reason: "it is a directory" });
  return createError("INPUT_UNREADABLE", { path, reason: code ?? String(error) });
}
