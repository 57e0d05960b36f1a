/** A real server on a loopback port over an in-memory store, and an OpenAPI check of its answers. */
import { Ajv2020 } from "ajv/dist/2020.js";
import { ingestArticles } from "../corpus/index.js";
import { collectArticles } from "../ingest/index.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { startServer, type RunningServer, type ServeOptions } from "./server.js";

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface TestServer {
  url: string;
  store: Store;
  server: RunningServer;
  request(method: string, path: string, init?: { json?: unknown; body?: string; headers?: Record<string, string> }): Promise<Answer>;
  close(): Promise<void>;
}

/** The bundled example corpus: 12 articles, 4 stories (see examples/corpus.md). */
export const EXAMPLE_CORPUS = new URL("../../examples/corpus/", import.meta.url).pathname;

export async function startTestServer(options: Partial<ServeOptions> = {}): Promise<TestServer> {
  const store = await openSqliteStore(":memory:");
  const server = await startServer({ store, port: 0, logLevel: "silent", ...options });
  return {
    url: server.url,
    store,
    server,
    async request(method, path, init = {}) {
      const headers: Record<string, string> = { ...(init.json !== undefined ? { "content-type": "application/json" } : {}), ...init.headers };
      const response = await fetch(new URL(path, server.url), {
        method,
        headers,
        ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : init.body !== undefined ? { body: init.body } : {}),
      });
      const text = await response.text();
      const isJson = (response.headers.get("content-type") ?? "").includes("json");
      return { status: response.status, headers: response.headers, body: isJson && text ? JSON.parse(text) : undefined, text };
    },
    async close() {
      await server.close();
      await store.close();
    },
  };
}

export async function seedExampleCorpus(store: Store): Promise<void> {
  const summary = await ingestArticles(store, collectArticles([EXAMPLE_CORPUS]));
  if (summary.added !== 12) throw new Error(`expected the 12 example articles, stored ${summary.added}`);
}

/**
 * Checks an answer against the response schema the OpenAPI document gives for its operation and
 * status; returns the problems, none when it conforms.
 */
export function createResponseCheck(document: object): (method: string, pathTemplate: string, answer: Answer) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema(document, "openapi");
  return (method, pathTemplate, answer) => {
    const pointer = ["paths", pathTemplate, method.toLowerCase(), "responses", String(answer.status), "content", "application/json", "schema"]
      .map((part) => encodeURIComponent(part.replace(/~/g, "~0").replace(/\//g, "~1")))
      .join("/");
    const validate = ajv.compile({ $ref: `openapi#/${pointer}` });
    return validate(answer.body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "body"} ${error.message ?? "is invalid"}`);
  };
}
