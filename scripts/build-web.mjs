// Bundles the browser UI (src/web) into dist/web: one ES module script and the stylesheet, which
// the server serves as /assets/app.js and /assets/app.css. No network and no runtime build step.
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist", "web");

try {
  // dist/web holds only this build's output, so nothing stale is ever served.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, "src", "web", "app.ts")],
    outfile: join(outDir, "app.js"),
    bundle: true,
    format: "esm",
    // "browser" makes any import of a node: module a build error rather than a broken page.
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: false,
    legalComments: "none",
    logLevel: "silent",
  });
  await copyFile(join(root, "src", "web", "app.css"), join(outDir, "app.css"));
} catch (error) {
  const first = error?.errors?.[0];
  const where = first?.location ? ` (${first.location.file}:${first.location.line})` : "";
  const message = first ? `${first.text}${where}` : String(error?.message ?? error).split("\n")[0];
  console.error(`build-web: ${message}`);
  process.exit(1);
}
