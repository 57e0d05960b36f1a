import { createError } from "../errors/index.js";
import { openStoreFor } from "./store-option.js";

export interface ServeCommandOptions {
  db?: string;
  host: string;
  port: string;
  token?: string;
  allowPrivateFetch: boolean;
  logLevel: string;
}

/**
 * `wiretrace serve`: the API and web UI until SIGINT or SIGTERM, then a clean stop: requests in
 * flight finish, a running ingest job stops between articles, and the store is closed.
 */
export async function runServe(options: ServeCommandOptions): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw createError("USAGE", { reason: `--port takes a port number from 0 to 65535, not "${options.port}"` });
  const token = options.token ?? process.env.WIRETRACE_TOKEN;
  const { startServer } = await import("../server/index.js");
  const { defaultStorePath } = await import("../store/index.js");
  const store = await openStoreFor(options.db);
  let server;
  try {
    server = await startServer({ store, host: options.host, port, allowPrivateFetch: options.allowPrivateFetch, logLevel: options.logLevel, warmCompare: true, ...(token ? { token } : {}) });
  } catch (error) {
    await store.close();
    throw listenError(error, options.host, port);
  }
  process.stdout.write(`wiretrace serving ${server.url} (store: ${options.db ?? defaultStorePath()})\n`);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  process.stderr.write("wiretrace: stopping: finishing requests in flight\n");
  await running.close();
  await store.close();
  return 0;
}

/** A busy port or an address the machine lacks is a usage problem, said in one line. */
function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE") return createError("USAGE", { reason: `port ${port} on ${host} is in use: pick another with --port (0 picks a free one)` });
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return createError("USAGE", { reason: `cannot listen on ${host}: this machine has no such address` });
  if (code === "EACCES") return createError("USAGE", { reason: `not allowed to listen on port ${port}: pick one above 1023` });
  return error;
}
