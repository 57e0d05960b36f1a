/**
 * The web UI: one HTML shell for every page (the bundled script reads the path and draws the
 * page) and the two assets esbuild bundled at build time. Nothing comes from the network.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";

/** Same relative path from src/server/ and dist/server/: both sit two levels below the repo root. */
const ASSETS_DIR = new URL("../../dist/web/", import.meta.url);
export const PAGE_PATHS = ["/", "/compare", "/stories", "/stories/:id", "/articles/:id"];

const SHELL = [
  "<!doctype html>",
  '<html lang="en">',
  "<head>",
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  "<title>wiretrace</title>",
  // No favicon request: the page asks the server for nothing but its own script and style.
  '<link rel="icon" href="data:,">',
  '<link rel="stylesheet" href="/assets/app.css">',
  '<script type="module" src="/assets/app.js"></script>',
  "</head>",
  "<body>",
  '<div id="app"></div>',
  "<noscript>wiretrace's pages need JavaScript.</noscript>",
  "</body>",
  "</html>",
  "",
].join("\n");

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/** Reads the built assets once; a missing build is reported on each page rather than crashing the API. */
function loadAssets(): Map<string, Asset> | null {
  try {
    return new Map(
      [
        ["app.js", "text/javascript; charset=utf-8"],
        ["app.css", "text/css; charset=utf-8"],
      ].map(([name, type]) => {
        const body = readFileSync(new URL(name!, ASSETS_DIR));
        return [name!, { body, type: type!, etag: `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"` }];
      }),
    );
  } catch {
    return null;
  }
}

export function registerPages(app: FastifyInstance): void {
  const assets = loadAssets();
  for (const path of PAGE_PATHS) {
    app.get(path, async (_request, reply) => {
      if (!assets) return reply.status(503).type("text/plain; charset=utf-8").send("The web UI is not built: run npm run build, then start the server again.\n");
      return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(SHELL);
    });
  }
  app.get("/assets/:name", async (request, reply) => {
    const asset = assets?.get((request.params as { name: string }).name);
    if (!asset) return reply.callNotFound();
    if (request.headers["if-none-match"] === asset.etag) return reply.status(304).send();
    return reply.type(asset.type).header("etag", asset.etag).header("cache-control", "no-cache").send(asset.body);
  });
}
