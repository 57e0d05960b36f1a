/**
 * The Fastify application: security headers, body limits, the token check on writes, the API
 * routes with their schemas, the web UI, and errors as JSON.
 */
import { timingSafeEqual } from "node:crypto";
import helmet from "@fastify/helmet";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { createError } from "../errors/index.js";
import { errorBody, installErrorHandling } from "./http-errors.js";
import { openApiDocument } from "./openapi.js";
import { registerPages } from "./pages.js";
import type { ApiRoute, ServerContext } from "./route.js";
import { articleRoutes, JSON_LINES_TYPES } from "./routes/articles.js";
import { compareRoutes } from "./routes/compare.js";
import { serviceRoutes } from "./routes/service.js";
import { storyRoutes } from "./routes/stories.js";
import { componentSchemas } from "./schemas.js";

export interface AppOptions {
  /** When set, every write route needs `Authorization: Bearer TOKEN`. */
  token?: string;
  /** pino level for the request log; "silent" for none. */
  logLevel?: string;
}

/** Scripts and styles only from this server: article text can never run as code here. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Builds the application without listening, so tests and `serve` share everything but the socket. */
export async function buildApp(context: ServerContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? "info", stream: process.stderr },
    bodyLimit: context.limits.jsonBytes,
    requestTimeout: 120_000,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Served over plain HTTP on loopback: HSTS would mean nothing there.
    strictTransportSecurity: false,
  });
  // Bodies are JSON or JSON Lines; plain text would slip past the JSON schemas as a string.
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser(JSON_LINES_TYPES, { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  const schemas = componentSchemas();
  const routes: ApiRoute[] = [...compareRoutes(context), ...articleRoutes(context), ...storyRoutes(context)];
  routes.push(...serviceRoutes(context, () => openApiDocument(routes, schemas, context.version)));
  const limits = new Map(routes.map((route) => [route.url, route.bodyLimit ?? context.limits.jsonBytes]));
  installErrorHandling(app, (url) => limits.get(url.split("?")[0] ?? url) ?? context.limits.jsonBytes);

  const checkToken = tokenCheck(options.token);
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      ...(route.write && checkToken ? { onRequest: checkToken } : {}),
      schema: {
        ...(route.params ? { params: schemas[route.params] } : {}),
        ...(route.query ? { querystring: schemas[route.query] } : {}),
        ...(route.body ? { body: bodySchemas(route.body, schemas) } : {}),
      },
      handler: route.handler,
    });
  }
  registerPages(app);
  return app;
}

/** JSON bodies are validated against their schema; JSON Lines bodies arrive as bytes and are checked line by line. */
function bodySchemas(body: Record<string, string>, schemas: Record<string, object>): object {
  const content = Object.fromEntries(
    Object.entries(body).map(([type, name]) => [type, { schema: type === "application/json" ? schemas[name] : {} }]),
  );
  return { content };
}

function tokenCheck(token: string | undefined): ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | null {
  if (!token) return null;
  const expected = Buffer.from(`Bearer ${token}`);
  return async (request, reply) => {
    const sent = Buffer.from(request.headers.authorization ?? "");
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      await reply.status(401).header("www-authenticate", "Bearer").send(errorBody(createError("UNAUTHORIZED")));
    }
  };
}
