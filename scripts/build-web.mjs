// Bundles the browser UI (src/web) into dist/web: one ES module script and the stylesheet, which
// the server serves as /assets/app.js and /assets/app.css. No network and no runtime build step.
// Runs after tsc: the stylesheet starts with the finding marks and graph rules the HTML report and
// story page use, read from their compiled modules so the three never drift apart.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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
  const { MARK_STYLE } = await import(pathToFileURL(join(root, "dist", "present", "html-assets.js")).href);
  const { GRAPH_STYLE } = await import(pathToFileURL(join(root, "dist", "stories", "html-style.js")).href);
  const own = await readFile(join(root, "src", "web", "app.css"), "utf8");
  await writeFile(join(outDir, "app.css"), `${MARK_STYLE}${GRAPH_STYLE}${own}`);
} catch (error) {
  const first = error?.errors?.[0];
  const where = first?.location ? ` (${first.location.file}:${first.location.line})` : "";
  const message = first ? `${first.text}${where}` : String(error?.message ?? error).split("\n")[0];
  console.error(`build-web: ${message}`);
  process.exit(1);
}
