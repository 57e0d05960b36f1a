/** POST /api/compare: the CLI's compare over HTTP, answering the same wiretrace/compare@1 report. */
import type { CompareInput } from "../../compare/index.js";
import { createError } from "../../errors/index.js";
import { articleFromString } from "../../ingest/index.js";
import type { ApiRoute, ServerContext } from "../route.js";

type CompareDocument = { text: string; title?: string; published?: string } | { html: string } | { id: number };
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
        const body = request.body as { source: CompareDocument; rewrite: CompareDocument };
        const [source, rewrite] = await Promise.all([compareInput(context, body.source, "source"), compareInput(context, body.rewrite, "rewrite")]);
        const { compare } = await import("../../compare/index.js");
        const report = await compare(source, rewrite, { encoder: await context.encoder() });
        if (!prefersHtml(request.headers.accept)) return report;
        const { renderHtml } = await import("../../present/index.js");
        return reply
          .type("text/html; charset=utf-8")
          .header("content-disposition", 'attachment; filename="wiretrace-report.html"')
          .send(renderHtml(report, { source: source.text, rewrite: rewrite.text }));
      },
    },
  ];
}

/** Only a client that asks for HTML and not for JSON gets the page; everyone else gets the report. */
function prefersHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes("text/html") && !accept.includes("application/json");
}

/** The compare input for one side: text as sent, HTML with its article extracted, or a stored article. */
async function compareInput(context: ServerContext, document: CompareDocument, side: Side): Promise<CompareInput> {
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
