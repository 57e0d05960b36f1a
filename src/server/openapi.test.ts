import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.test-data.js";

let api: TestServer;
let document: { openapi: string; paths: Record<string, Record<string, { operationId: string }>> };

beforeAll(async () => {
  api = await startTestServer();
  document = (await api.request("GET", "/openapi.json")).body as typeof document;
});
afterAll(async () => {
  await api.close();
});

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(document.openapi).toBe("3.1.0");
    expect(await new Validator().validate(document)).toEqual({ valid: true });
  });

  it("describes every route of the API, with path parameters in braces", () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        "POST /api/compare",
        "POST /api/compare/batch",
        "POST /api/articles",
        "GET /api/articles/{id}",
        "GET /api/articles/{id}/sources",
        "GET /api/stories",
        "GET /api/stories/{id}",
        "GET /api/jobs/{id}",
        "GET /api/health",
        "GET /api/examples",
        "GET /openapi.json",
      ].sort(),
    );
  });

  it("gives every operation a unique operationId", () => {
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
