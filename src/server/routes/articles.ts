/**
 * Articles: ingest one (answered at once) or many (a JSON Lines body, or a URL to fetch, run as a
 * job), read one back, and rank its likely sources as `wiretrace sources` does.
 */
import type { FastifyReply } from "fastify";
import type { ItemOutcome } from "../../corpus/index.js";
import { createError } from "../../errors/index.js";
import { collectArticles, jsonLinesItems, normalisePublished, type IngestItem } from "../../ingest/index.js";
import type { ErrorBody } from "../http-errors.js";
import { statusFor } from "../http-errors.js";
import type { JobControl } from "../jobs.js";
import { startJob, type ApiRoute, type ServerContext } from "../route.js";

export const JSON_LINES_TYPES = ["application/x-ndjson", "application/jsonl"];

interface ArticleRequest {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  outlet?: string;
  byline?: string;
  published?: string;
}

export function articleRoutes(context: ServerContext): ApiRoute[] {
  return [
    {
      method: "POST",
      url: "/api/articles",
      operationId: "addArticles",
      tag: "articles",
      summary: "Store one article, or start a job that stores many",
      description:
        "A JSON object with `text` or `html` is stored at once (201). A JSON object with only `url`, or a JSON Lines body " +
        "(`application/x-ndjson`, one article object per line, as `wiretrace ingest` reads), starts a job (202) to poll at /api/jobs/{id}.",
      body: { "application/json": "ArticleRequest", "application/x-ndjson": "JsonLines" },
      responses: {
        201: { description: "Stored (or already stored: status duplicate)", schema: "AddOutcome" },
        202: { description: "A job was started; poll the Location", schema: "Job" },
        400: { description: "The body is not an article", schema: "Error" },
        401: { description: "The server has a token and the request did not send it", schema: "Error" },
        413: { description: "The body is over the size limit", schema: "Error" },
        415: { description: "The body is neither JSON nor JSON Lines", schema: "Error" },
        422: { description: "The text is empty or HTML without an article", schema: "Error" },
      },
      write: true,
      bodyLimit: context.limits.batchBytes,
      async handler(request, reply) {
        if (Buffer.isBuffer(request.body)) return startJob(context, reply, "ingest", (control) => ingestJsonLines(context, request.body as Buffer, control));
        const body = request.body as ArticleRequest;
        if (body.text === undefined && body.html === undefined && body.url !== undefined) {
          const url = body.url;
          const metadata = metadataOf(body);
          return startJob(context, reply, "ingest", (control) => ingestItems(context, collectArticles([url], { fetch: context.fetch }), control, metadata));
        }
        return addOne(context, body, reply);
      },
    },
    {
      method: "GET",
      url: "/api/articles/:id",
      operationId: "getArticle",
      tag: "articles",
      summary: "A stored article: its text, metadata and versions",
      params: "IdParams",
      responses: { 200: { description: "The article", schema: "ArticleView" }, 404: { description: "No such article", schema: "Error" } },
      async handler(request) {
        const { id } = request.params as { id: number };
        const article = await context.store.getArticle(id);
        if (!article) throw createError("ARTICLE_NOT_FOUND", { id });
        return { article, versions: await context.store.versions(id) };
      },
    },
    {
      method: "GET",
      url: "/api/articles/:id/sources",
      operationId: "getArticleSources",
      tag: "articles",
      summary: "The stored articles this one most likely derives from, ranked, with what it changed",
      params: "IdParams",
      query: "SourcesQuery",
      responses: { 200: { description: "Ranked sources (wiretrace/sources@1)", schema: "SourcesDocument" }, 404: { description: "No such article", schema: "Error" } },
      async handler(request, reply) {
        const { id } = request.params as { id: number };
        const { limit, verify } = request.query as { limit: number; verify: boolean };
        const generation = await context.store.latestArticleId();
        const json = await context.cache.json(`sources:${id}:${limit}:${verify}:${generation}`, () => rankSources(context, id, limit, verify));
        return reply.type("application/json; charset=utf-8").send(json);
      },
    },
  ];
}

async function rankSources(context: ServerContext, id: number, limit: number, verify: boolean): Promise<unknown> {
  const [{ findSources, storedTarget }, { sourcesDocument }] = await Promise.all([import("../../corpus/index.js"), import("../../present/index.js")]);
  const target = await storedTarget(context.store, id);
  if (!target) throw createError("ARTICLE_NOT_FOUND", { id });
  const matches = await findSources(context.store, target, { limit, verify, compare: context.compare });
  const { article } = target;
  return sourcesDocument(
    {
      id,
      origin: article.origin,
      ...(article.title ? { title: article.title } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.published ? { published: article.published } : {}),
    },
    matches,
  );
}

/** One article from a JSON object, read by the same rules as a JSON Lines line. */
async function addOne(context: ServerContext, body: ArticleRequest, reply: FastifyReply): Promise<unknown> {
  const items = jsonLinesItems(bytesOf(Buffer.from(JSON.stringify(body))), "request", context.limits.jsonBytes);
  const first = await items.next();
  const item = first.done ? undefined : first.value;
  if (!item) throw createError("REQUEST_INVALID", { reason: "the request body holds no article" });
  if (!item.ok) return reply.status(statusFor(item.code)).send({ error: { code: item.code, message: item.reason } } satisfies ErrorBody);
  let outcome: ItemOutcome | undefined;
  const { ingestArticles } = await import("../../corpus/index.js");
  await ingestArticles(context.store, [item], { onItem: (each) => (outcome = each) });
  if (!outcome || outcome.status === "rejected") {
    throw createError("INPUT_UNREADABLE", { path: "request", reason: outcome?.status === "rejected" ? outcome.rejection.reason : "nothing was stored" });
  }
  // A duplicate is recognised by its hash before anything is written, so its story is read back.
  const storyId = outcome.storyId ?? (await context.store.getArticle(outcome.id))?.storyId;
  return reply.status(201).send({ status: outcome.status, id: outcome.id, ...(storyId ? { storyId } : {}) });
}

async function ingestJsonLines(context: ServerContext, body: Buffer, control: JobControl): Promise<unknown> {
  control.progress(0, countLines(body));
  return ingestItems(context, jsonLinesItems(bytesOf(body), "request", context.limits.jsonBytes), control, {});
}

/** Ingests items until they run out or the server shuts down, reporting progress after each. */
async function ingestItems(
  context: ServerContext,
  items: AsyncIterable<IngestItem>,
  control: JobControl,
  metadata: Partial<Record<"title" | "outlet" | "byline" | "published", string>>,
): Promise<unknown> {
  const { ingestArticles } = await import("../../corpus/index.js");
  let done = 0;
  async function* untilStopped(): AsyncGenerator<IngestItem> {
    for await (const item of items) {
      if (control.signal.aborted) return;
      yield item.ok ? { ok: true, article: { ...item.article, ...metadata } } : item;
    }
  }
  return ingestArticles(context.store, untilStopped(), { onItem: () => control.progress(++done) });
}

/** Metadata a request gives for a fetched page, overriding what the page says about itself. */
function metadataOf(body: ArticleRequest): Partial<Record<"title" | "outlet" | "byline" | "published", string>> {
  const published = body.published === undefined ? undefined : normalisePublished(body.published);
  if (body.published !== undefined && published === undefined) {
    throw createError("REQUEST_INVALID", { reason: `"published" is not a date: ${JSON.stringify(body.published)}` });
  }
  const { title, outlet, byline } = body;
  return Object.fromEntries(Object.entries({ title, outlet, byline, published }).filter(([, value]) => value !== undefined));
}

function countLines(body: Buffer): number {
  return body.toString("utf8").split("\n").filter((line) => line.trim() !== "").length;
}

async function* bytesOf(buffer: Buffer): AsyncGenerator<Uint8Array> {
  yield buffer;
}
