/** Starting and stopping the server: one store, one compare worker and one job queue for the process. */
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import ipaddr from "ipaddr.js";
import { createError } from "../errors/index.js";
import { createGuardedFetch } from "../ingest/guarded-fetch.js";
import type { Store } from "../store/index.js";
import { WORKER_HEAP_LIMITS } from "../worker/heap-limit.js";
import { createAnswerCache, DEFAULT_CACHE_BYTES } from "./answer-cache.js";
import { buildApp } from "./app.js";
import { createCompareThread } from "./compare-thread.js";
import { createJobRegistry } from "./jobs.js";
import type { ServerContext } from "./route.js";

export interface ServeOptions {
  store: Store;
  /** Default 127.0.0.1; any address that is not loopback needs a token. */
  host?: string;
  /** Default 4477; 0 picks a free port. */
  port?: number;
  token?: string;
  /** Let URL ingest fetch from loopback and private networks (refused by default). */
  allowPrivateFetch?: boolean;
  logLevel?: string;
  /** Start the compare worker and its model at once, as `wiretrace serve` does, rather than with the first compare. */
  warmCompare?: boolean;
  /** The compare worker's script; the built one by default. A test gives a stand-in that crashes. */
  compareWorker?: URL;
  /** Largest JSON body (a compare request, one article), in bytes. */
  jsonBytes?: number;
  /** Largest JSON Lines body for POST /api/articles, in bytes. */
  batchBytes?: number;
  cacheBytes?: number;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  /** Stops taking requests, lets the ones in flight finish, stops jobs between items, then ends the compare worker. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4477;
const DEFAULT_JSON_BYTES = 4 * 1024 * 1024;
const DEFAULT_BATCH_BYTES = 64 * 1024 * 1024;
/** Same relative path from src/server/ and dist/server/. */
const PACKAGE_JSON = new URL("../../package.json", import.meta.url);
/** The built script, from dist/server/ and from src/server/ alike (tests run the sources; npm test builds first). */
const COMPARE_WORKER = new URL("../../dist/server/compare-worker.js", import.meta.url);

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopback(host) && !options.token) {
    throw createError("USAGE", { reason: `listening on ${host} lets other machines in: give a token with --token or WIRETRACE_TOKEN` });
  }
  const jobs = createJobRegistry();
  const compareThread = createCompareThread({ script: options.compareWorker ?? COMPARE_WORKER, resourceLimits: WORKER_HEAP_LIMITS });
  const context: ServerContext = {
    store: options.store,
    compare: compareThread.compare,
    cache: createAnswerCache(options.cacheBytes ?? DEFAULT_CACHE_BYTES),
    jobs,
    fetch: createGuardedFetch({ allowPrivate: options.allowPrivateFetch ?? false }),
    limits: { jsonBytes: options.jsonBytes ?? DEFAULT_JSON_BYTES, batchBytes: options.batchBytes ?? DEFAULT_BATCH_BYTES },
    version: packageVersion(),
  };
  const app = await buildApp(context, { ...(options.token ? { token: options.token } : {}), ...(options.logLevel ? { logLevel: options.logLevel } : {}) });
  let closing = false;
  // A keep-alive connection that goes idle after close began would hold the process open until it
  // times out: answers sent while closing ask the client to drop the connection.
  app.addHook("onSend", async (_request, reply) => {
    if (closing) void reply.header("connection", "close");
  });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  if (options.warmCompare) compareThread.warm();
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
    app,
    async close() {
      closing = true;
      try {
        await Promise.all([app.close(), jobs.drain()]);
      } finally {
        // Only now: a request or a job still finishing may be waiting on a compare.
        await compareThread.stop();
      }
    },
  };
}

export function isLoopback(host: string): boolean {
  if (host === "localhost") return true;
  return ipaddr.isValid(host) && ipaddr.process(host).range() === "loopback";
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version: string }).version;
}
