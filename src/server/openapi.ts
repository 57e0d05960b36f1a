/** The OpenAPI 3.1 document, generated from the same route descriptions the server registers. */
import type { ApiRoute } from "./route.js";

interface ObjectSchema {
  properties?: Record<string, object & { description?: string }>;
  required?: readonly string[];
}

/** Names of schemas that describe parameters, not bodies: left out of components. */
const PARAMETER_SCHEMAS = /(Params|Query)$/;

export function openApiDocument(routes: readonly ApiRoute[], schemas: Record<string, object>, version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route, schemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "wiretrace",
      version,
      description:
        "Where a news article came from and what it changed on the way. Errors are `{error: {code, message}}`. " +
        "Write routes need `Authorization: Bearer TOKEN` when the server was started with a token.",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => !PARAMETER_SCHEMAS.test(name))),
      securitySchemes: { token: { type: "http", scheme: "bearer" } },
    },
  };
}

function operation(route: ApiRoute, schemas: Record<string, object>): object {
  const parameters = [
    ...parametersOf(route.params, "path", schemas),
    ...parametersOf(route.query, "query", schemas),
  ];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(Object.entries(route.body).map(([type, name]) => [type, { schema: ref(name) }])),
          },
        }
      : {}),
    ...(route.write ? { security: [{ token: [] }, {}] } : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.schema ? { content: { [response.contentType ?? "application/json"]: { schema: ref(response.schema) } } } : {}),
        },
      ]),
    ),
  };
}

function parametersOf(name: string | undefined, where: "path" | "query", schemas: Record<string, object>): object[] {
  if (!name) return [];
  const schema = schemas[name] as ObjectSchema | undefined;
  if (!schema) throw new Error(`no schema named ${name}`);
  return Object.entries(schema.properties ?? {}).map(([parameter, { description, ...valueSchema }]) => ({
    name: parameter,
    in: where,
    required: where === "path" || (schema.required ?? []).includes(parameter),
    ...(description ? { description } : {}),
    schema: valueSchema,
  }));
}

function ref(name: string): object {
  return { $ref: `#/components/schemas/${name}` };
}
