/**
 * Every failure leaves the server as `{"error": {"code", "message"}}` with an HTTP status that
 * follows convention. Codes come from the one error table the CLI uses too.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { createError, WiretraceError, type ErrorCode } from "../errors/index.js";
import { formatBytes } from "../ingest/index.js";

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INPUT_NOT_FOUND: 400,
  INPUT_UNREADABLE: 400,
  INPUT_BAD_LINE: 400,
  INPUT_BAD_FEED: 400,
  INPUT_UNSUPPORTED_FORMAT: 415,
  REQUEST_UNSUPPORTED_TYPE: 415,
  USAGE: 400,
  REQUEST_INVALID: 400,
  UNAUTHORIZED: 401,
  ARTICLE_NOT_FOUND: 404,
  STORY_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  REQUEST_TOO_LARGE: 413,
  // The request was well formed but its text cannot be used: empty, binary, not English, no article.
  INPUT_EMPTY: 422,
  INPUT_BINARY: 422,
  INPUT_NO_ARTICLE: 422,
  INPUT_UNSUPPORTED_LANGUAGE: 422,
  INPUT_NOT_PROSE: 422,
  INPUT_FETCH_FAILED: 422,
};

/** The HTTP status for an error code; codes not listed are the server's own failure. */
export function statusFor(code: ErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

export function errorBody(error: WiretraceError): ErrorBody {
  return { error: { code: error.code, message: error.message } };
}

/** Maps Fastify's own failures (validation, body limits, content types) onto wiretrace codes. */
function asWiretraceError(error: FastifyError, bodyLimit: number): WiretraceError {
  if (error instanceof WiretraceError) return error;
  if (error.validation) {
    return createError("REQUEST_INVALID", { reason: `${error.validationContext ?? "request"} ${error.validation[0]?.instancePath ?? ""} ${error.validation[0]?.message ?? "is invalid"}`.replace(/\s+/g, " ").trim() });
  }
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return createError("REQUEST_TOO_LARGE", { limit: formatBytes(bodyLimit) });
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return createError("REQUEST_UNSUPPORTED_TYPE", { reason: "send application/json (or application/x-ndjson to POST /api/articles)" });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return createError("REQUEST_INVALID", { reason: "the request body is empty; send a JSON object" });
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return createError("REQUEST_INVALID", { reason: "the request body is not valid JSON" });
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return createError("REQUEST_INVALID", { reason: `the request body is not valid JSON: ${error.message}` });
  }
  return createError("INTERNAL", { reason: error.message });
}

/**
 * Installs the error and not-found handlers. Unexpected errors are logged with their stack for the
 * operator and answered with one line for the client.
 */
export function installErrorHandling(app: FastifyInstance, bodyLimitFor: (url: string) => number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = asWiretraceError(error, bodyLimitFor(request.url));
    const status = statusFor(known.code);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    void reply.status(status).send(errorBody(known));
  });
  app.setNotFoundHandler((request, reply) => {
    const error = createError("ROUTE_NOT_FOUND", { method: request.method, path: request.url.split("?")[0] ?? request.url });
    void reply.status(404).send(errorBody(error));
  });
}
