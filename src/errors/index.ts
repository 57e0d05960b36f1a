/**
 * One table of error codes. The CLI maps each code to an exit code; later the HTTP layer maps
 * them to statuses. Messages are one line, say what was wrong and, where possible, the fix.
 */
export const errorCodes = {
  INPUT_NOT_FOUND: { exit: 2, template: "cannot read {path}: no such file" },
  INPUT_UNREADABLE: { exit: 2, template: "cannot read {path}: {reason}" },
  INPUT_EMPTY: { exit: 2, template: "{path} is empty: there is no text to compare" },
  INPUT_BINARY: { exit: 2, template: "{path} looks like a binary file, not text or HTML" },
  INPUT_TOO_LARGE: { exit: 2, template: "{path} is {size}, over the {limit} limit for one article" },
  INPUT_NO_ARTICLE: { exit: 2, template: "{path} is HTML but no article text could be extracted from it" },
  INPUT_UNSUPPORTED_LANGUAGE: {
    exit: 2,
    template: "{path} does not look like English text; wiretrace only supports English for now",
  },
  INPUT_NOT_PROSE: { exit: 2, template: "{path} has {length} characters in a row with no space; wiretrace reads prose, not data" },
  INPUT_BAD_LINE: { exit: 2, template: "{path}:{line}: {reason}" },
  PAIR_OUT_OF_MEMORY: { exit: 2, template: "comparing this pair needed more than the {limit} a batch worker may use; compare it on its own" },
  PAIR_CRASHED: { exit: 2, template: "the worker comparing this pair stopped: {reason}" },
  COMPARE_OUT_OF_MEMORY: { exit: 1, template: "comparing these texts needed more than the {limit} the server's compare worker may use; send shorter texts" },
  COMPARE_CRASHED: { exit: 1, template: "the server's compare worker stopped while comparing these texts: {reason}" },
  USAGE: { exit: 2, template: "{reason}" },
  MODEL_LOAD_FAILED: { exit: 3, template: "could not load the sentence encoder: {reason}" },
  INPUT_BAD_FEED: { exit: 2, template: "{path} is not a readable feed: {reason}" },
  INPUT_FETCH_FAILED: { exit: 2, template: "could not fetch {url}: {reason}" },
  INPUT_UNSUPPORTED_FORMAT: { exit: 2, template: "{path}: {reason}" },
  STORE_UNREADABLE: { exit: 2, template: "cannot open the store {path}: {reason}" },
  STORE_TOO_NEW: {
    exit: 2,
    template: "{path} has schema version {found}, newer than the {known} this wiretrace knows; upgrade wiretrace to use it",
  },
  STORE_OUTDATED: {
    exit: 2,
    template: "{path} has schema version {found}, older than the {known} this wiretrace needs; open it once without read-only to upgrade it",
  },
  ARTICLE_NOT_FOUND: { exit: 2, template: "no article with id {id} in the store; wiretrace stories lists what is there" },
  STORY_NOT_FOUND: { exit: 2, template: "no story with id {id} in the store; wiretrace stories lists them" },
  REQUEST_INVALID: { exit: 2, template: "{reason}" },
  REQUEST_TOO_LARGE: { exit: 2, template: "the request body is over the {limit} limit for this route" },
  REQUEST_UNSUPPORTED_TYPE: { exit: 2, template: "{reason}" },
  UNAUTHORIZED: { exit: 2, template: "this server needs its token for writes: send the header Authorization: Bearer TOKEN" },
  ROUTE_NOT_FOUND: { exit: 2, template: "nothing at {method} {path}; /openapi.json lists the API" },
  JOB_NOT_FOUND: { exit: 2, template: "no job with id {id}; jobs are kept in memory until the server restarts" },
  INTERNAL: { exit: 1, template: "the server failed while answering: {reason}" },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** An expected failure with a stable code; the CLI prints `message` alone, never a stack. */
export class WiretraceError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  /** What filled the template, kept so the error can be rebuilt on another thread. */
  readonly params: Record<string, string | number>;
  constructor(code: ErrorCode, params: Record<string, string | number> = {}) {
    super(fill(errorCodes[code].template, params));
    this.name = "WiretraceError";
    this.code = code;
    this.exitCode = errorCodes[code].exit;
    this.params = params;
  }
}

export function createError(code: ErrorCode, params: Record<string, string | number> = {}): WiretraceError {
  return new WiretraceError(code, params);
}

/**
 * An error as it crosses to another thread, which clones an Error without its class or code: a
 * WiretraceError by its code and params, anything else by its message and stack.
 */
export type SerializedError = { code: ErrorCode; params: Record<string, string | number> } | { message: string; stack?: string };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof WiretraceError) return { code: error.code, params: error.params };
  if (error instanceof Error) return { message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { message: String(error) };
}

/** The error again on this thread: the same WiretraceError, or a plain Error with the other thread's stack for the log. */
export function deserializeError(error: SerializedError): Error {
  if ("code" in error) return createError(error.code, error.params);
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
