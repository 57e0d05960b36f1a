/** POST /api/compare: the CLI's compare over HTTP, answering the same wiretrace/compare@1 report. */
import type { CompareInput } from "../../compare/index.js";
import { parsePairLine } from "../../compare/pairs.js";
import { createError, WiretraceError } from "../../errors/index.js";
import { articleFromString } from "../../ingest/index.js";
import type { CompareReport } from "../../report/types.js";
import type { JobControl } from "../jobs.js";
import type { CompareDoc } from "../api-types.js";
import { startJob, type ApiRoute, type ServerContext } from "../route.js";

/** Reports are kept with the job until it is forgotten: past this many pairs a batch is refused, not held in memory. */
export const MAX_BATCH_PAIRS = 1000;

/** One pair of a batch: its report, or why it could not be compared. */
type BatchResult = { line: number; id: string; report: CompareReport } | { line: number; id?: string; error: string };

type Side = "source" | "rewrite";

export function compareRoutes(context: ServerContext): ApiRoute[] {
  return [
    {
      method: "POST",
      url: "/api/compare",
      operationId: "compare",
      tag: "compare",
      summary: "Align a rewrite to its source and report every claim that drifted",
      description: "Send `Accept: text/html` to receive the self-contained HTML report instead of JSON.",
      body: { "application/json": "CompareRequest" },
      responses: {
        200: { description: "The compare report (or, with Accept: text/html, the HTML report page)", schema: "CompareReport" },
        400: { description: "The body is not a compare request", schema: "Error" },
        404: { description: "A stored article named by id does not exist", schema: "Error" },
        413: { description: "The body is over the size limit", schema: "Error" },
        415: { description: "The body is not JSON", schema: "Error" },
        422: { description: "A text is empty, not English, or HTML without an article", schema: "Error" },
      },
      bodyLimit: context.limits.jsonBytes,
      async handler(request, reply) {
        const body = request.body as { source: CompareDoc; rewrite: CompareDoc };
        const [source, rewrite] = await Promise.all([compareInput(context, body.source, "source"), compareInput(context, body.rewrite, "rewrite")]);
        const report = await context.compare(source, rewrite);
        if (!prefersHtml(request.headers.accept)) return report;
        const { renderHtml } = await import("../../present/index.js");
        return reply
          .type("text/html; charset=utf-8")
          .header("content-disposition", 'attachment; filename="wiretrace-report.html"')
          .send(renderHtml(report, { source: source.text, rewrite: rewrite.text }));
      },
    },
    {
      method: "POST",
      url: "/api/compare/batch",
      operationId: "compareBatch",
      tag: "compare",
      summary: "Compare many pairs as a job",
      description:
        "A JSON Lines body (`application/x-ndjson`), one `{id?, source, rewrite}` per line with both texts as strings, as " +
        "`wiretrace compare --pairs` reads. Starts a job (202); once done its summary holds one report or error per line, in order.",
      body: { "application/x-ndjson": "JsonLines" },
      responses: {
        202: { description: "A job was started; poll the Location", schema: "Job" },
        400: { description: "More pairs than one batch takes", schema: "Error" },
        413: { description: "The body is over the size limit", schema: "Error" },
        415: { description: "The body is not JSON Lines", schema: "Error" },
      },
      bodyLimit: context.limits.batchBytes,
      async handler(request, reply) {
        const body = request.body;
        if (!Buffer.isBuffer(body)) throw createError("REQUEST_UNSUPPORTED_TYPE", { reason: "send the pairs as JSON Lines (Content-Type: application/x-ndjson)" });
        const lines = pairLines(body.toString("utf8"));
        if (lines.length > MAX_BATCH_PAIRS) {
          throw createError("REQUEST_INVALID", { reason: `a batch holds at most ${MAX_BATCH_PAIRS} pairs and this one has ${lines.length}: split it, or use wiretrace compare --pairs` });
        }
        return startJob(context, reply, "compare-batch", (control) => compareBatch(context, lines, control));
      },
    },
  ];
}

/** Compares each line's pair in turn; a bad line, an unusable text or a worker that dies on it costs that line alone. */
async function compareBatch(
  context: ServerContext,
  lines: ReadonlyArray<{ text: string; line: number }>,
  control: JobControl,
): Promise<{ compared: number; failed: number; results: BatchResult[] }> {
  const results: BatchResult[] = [];
  control.progress(0, lines.length);
  for (const { text, line } of lines) {
    if (control.signal.aborted) break;
    const pair = parsePairLine(text, line);
    if ("reason" in pair) {
      results.push({ line, error: pair.reason });
    } else {
      try {
        results.push({ line, id: pair.id, report: await context.compare({ text: pair.source, origin: "source" }, { text: pair.rewrite, origin: "rewrite" }) });
      } catch (error) {
        if (!(error instanceof WiretraceError)) throw error;
        results.push({ line, id: pair.id, error: error.message });
      }
    }
    control.progress(results.length);
  }
  const failed = results.filter((result) => "error" in result).length;
  return { compared: results.length - failed, failed, results };
}

/** The body's non-blank lines with their 1-based numbers. */
function pairLines(body: string): Array<{ text: string; line: number }> {
  return body
    .split("\n")
    .map((text, index) => ({ text, line: index + 1 }))
    .filter(({ text }) => text.trim() !== "");
}

/** Only a client that asks for HTML and not for JSON gets the page; everyone else gets the report. */
function prefersHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes("text/html") && !accept.includes("application/json");
}

/** The compare input for one side: text as sent, HTML with its article extracted, or a stored article. */
async function compareInput(context: ServerContext, document: CompareDoc, side: Side): Promise<CompareInput> {
  if ("id" in document) {
    const article = await context.store.getArticle(document.id);
    if (!article) throw createError("ARTICLE_NOT_FOUND", { id: document.id });
    return { text: article.text, origin: side, title: article.title, published: article.published };
  }
  if ("html" in document) {
    const article = articleFromString(document.html, side);
    return { text: article.text, origin: side, title: article.title, byline: article.byline, published: article.published };
  }
  return { ...document, origin: side };
}
