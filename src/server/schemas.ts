/**
 * JSON Schemas of the HTTP API's requests and answers. Request schemas are what Fastify validates
 * against; all of them, with the answers', make up the OpenAPI document's components. They use
 * the keywords draft-07 and 2020-12 share, so Fastify's validator and OpenAPI 3.1 read them alike.
 */
import { readFileSync } from "node:fs";

const text = { type: "string" } as const;
const share = { type: "number", minimum: 0, maximum: 1 } as const;
const id = { type: "integer", minimum: 1 } as const;
const time = { type: "string", description: "ISO 8601" } as const;

/** Same relative path from src/server/ and dist/server/: both sit two levels below the repo root. */
const COMPARE_SCHEMA_URL = new URL("../../docs/compare.schema.json", import.meta.url);

export const compareDocument = {
  description: "A text to compare: plain text, an HTML page (its article is extracted), or a stored article by id.",
  oneOf: [
    {
      type: "object",
      required: ["text"],
      properties: { text, title: text, published: { ...time, description: "Date the text was published; resolves 'Tuesday' and 'next week'." } },
      additionalProperties: false,
    },
    { type: "object", required: ["html"], properties: { html: text }, additionalProperties: false },
    { type: "object", required: ["id"], properties: { id }, additionalProperties: false },
  ],
} as const;

export const compareRequest = {
  type: "object",
  required: ["source", "rewrite"],
  properties: { source: compareDocument, rewrite: compareDocument },
  additionalProperties: false,
} as const;

export const articleRequest = {
  type: "object",
  description: "One article: its text or HTML, or a URL to fetch. Metadata fields override what is found in the page.",
  anyOf: [{ required: ["text"] }, { required: ["html"] }, { required: ["url"] }],
  properties: { text, html: text, url: { type: "string", format: "uri" }, title: text, outlet: text, byline: text, published: time },
  additionalProperties: false,
} as const;

export const idParams = { type: "object", required: ["id"], properties: { id }, additionalProperties: false } as const;
export const jobParams = { type: "object", required: ["id"], properties: { id: text }, additionalProperties: false } as const;

export const sourcesQuery = {
  type: "object",
  properties: {
    limit: { type: "integer", minimum: 1, maximum: 100, default: 5 },
    verify: { type: "boolean", default: true, description: "Run compare against each candidate (slower, more exact)." },
  },
  additionalProperties: false,
} as const;

export const storiesQuery = {
  type: "object",
  properties: {
    limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
    offset: { type: "integer", minimum: 0, default: 0 },
    minSize: { type: "integer", minimum: 1, default: 1 },
  },
  additionalProperties: false,
} as const;

const errorBody = {
  type: "object",
  required: ["error"],
  properties: {
    error: { type: "object", required: ["code", "message"], properties: { code: text, message: text } },
  },
} as const;

const health = {
  type: "object",
  required: ["status", "version", "articles"],
  properties: { status: { const: "ok" }, version: text, articles: { type: "integer", minimum: 0 } },
} as const;

const addOutcome = {
  type: "object",
  required: ["status", "id"],
  properties: { status: { enum: ["added", "new-version", "duplicate"] }, id, storyId: id },
} as const;

const job = {
  type: "object",
  required: ["id", "kind", "status", "progress", "createdAt"],
  properties: {
    id: text,
    kind: text,
    status: { enum: ["queued", "running", "done", "failed", "cancelled"] },
    progress: {
      type: "object",
      required: ["done", "total"],
      properties: { done: { type: "integer", minimum: 0 }, total: { type: ["integer", "null"], minimum: 0 } },
    },
    summary: {
      description: "Once done: what an ingest stored and rejected, or a compare batch's report or error per line.",
      anyOf: [
        {
          type: "object",
          required: ["added", "duplicates", "newVersions", "rejected"],
          properties: {
            added: { type: "integer" },
            duplicates: { type: "integer" },
            newVersions: { type: "integer" },
            rejected: { type: "array", items: { type: "object", required: ["location", "reason"], properties: { location: text, reason: text } } },
          },
        },
        {
          type: "object",
          required: ["compared", "failed", "results"],
          properties: {
            compared: { type: "integer" },
            failed: { type: "integer" },
            results: {
              type: "array",
              items: {
                type: "object",
                required: ["line"],
                properties: { line: id, id: text, report: { $ref: "#/components/schemas/CompareReport" }, error: text },
              },
            },
          },
        },
      ],
    },
    error: errorBody.properties.error,
    createdAt: time,
    startedAt: time,
    finishedAt: time,
  },
} as const;

const strings = { type: "array", items: text } as const;
const ids = { type: "array", items: id } as const;

const storedArticle = {
  type: "object",
  required: ["id", "version", "cues", "ingestedAt", "text", "origin", "contentHash"],
  properties: {
    id,
    version: id,
    previousId: id,
    url: text,
    outlet: text,
    title: text,
    byline: text,
    published: time,
    dateline: text,
    cues: strings,
    ingestedAt: time,
    storyId: id,
    origin: text,
    contentHash: text,
    text,
  },
} as const;

const articleView = {
  type: "object",
  required: ["article", "versions"],
  properties: { article: storedArticle, versions: { ...ids, description: "Every version at the article's URL, oldest first." } },
} as const;

const finding = { type: "object", required: ["type", "severity"], properties: { type: text, severity: { enum: ["high", "medium", "low"] } } } as const;

const sourcesDocument = {
  type: "object",
  required: ["schema", "article", "sources"],
  properties: {
    schema: { const: "wiretrace/sources@1" },
    article: { type: "object", required: ["origin"], properties: { id, origin: text, title: text, outlet: text, published: time } },
    sources: {
      type: "array",
      items: {
        type: "object",
        required: ["rank", "id", "candidate"],
        properties: {
          rank: id,
          id,
          outlet: text,
          title: text,
          url: text,
          published: time,
          candidate: { type: "object", required: ["coverage", "jaccard", "score"], properties: { coverage: share, jaccard: share, score: { type: "number" } } },
          relation: text,
          derivedShare: share,
          verbatimShare: share,
          faithfulness: share,
          faithful: { type: "boolean" },
          findings: { type: "array", items: finding },
        },
      },
    },
  },
} as const;

const storySummary = {
  type: "object",
  required: ["id", "headline", "size", "outlets", "firstSeen", "lastSeen"],
  properties: { id, headline: text, size: id, outlets: strings, firstSeen: time, lastSeen: time },
} as const;

const storyList = {
  type: "object",
  required: ["stories"],
  properties: {
    stories: {
      type: "array",
      items: {
        allOf: [storySummary, { type: "object", required: ["derivedShare"], properties: { derivedShare: { ...share, description: "Share of members that derive from another member." } } }],
      },
    },
  },
} as const;

const storyGraph = {
  type: "object",
  required: ["story", "members", "edges", "roots", "facts", "disagreements"],
  properties: {
    story: storySummary,
    members: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "ingestedAt", "cues"],
        properties: { id, outlet: text, title: text, published: time, ingestedAt: time, url: text, cues: strings, dateline: text },
      },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        description: "`to` derives from `from`.",
        required: ["from", "to", "confidence", "containment", "reasons"],
        properties: { from: id, to: id, confidence: share, containment: share, reasons: strings },
      },
    },
    roots: ids,
    facts: {
      type: "array",
      items: {
        type: "object",
        required: ["kind", "slot", "value", "text", "members"],
        properties: { kind: { enum: ["number", "date", "quote", "claim", "entity"] }, slot: text, value: text, text, members: ids },
      },
    },
    disagreements: {
      type: "array",
      items: {
        type: "object",
        required: ["kind", "slot", "message", "variants"],
        properties: {
          kind: { enum: ["number", "date", "quote-speaker", "added-claim"] },
          slot: text,
          message: text,
          variants: { type: "array", items: { type: "object", required: ["text", "members"], properties: { text, members: ids } } },
        },
      },
    },
  },
} as const;

const exampleList = {
  type: "object",
  required: ["examples"],
  properties: {
    examples: {
      type: "array",
      items: { type: "object", required: ["id", "title", "description", "source", "rewrite"], properties: { id: text, title: text, description: text, source: text, rewrite: text } },
    },
  },
} as const;

/** The wiretrace/compare@1 schema as published in docs/, read once. */
function compareReport(): object {
  const { $schema: _dialect, ...schema } = JSON.parse(readFileSync(COMPARE_SCHEMA_URL, "utf8")) as Record<string, unknown>;
  return schema;
}

/** Named schemas for the OpenAPI document's components. */
export function componentSchemas(): Record<string, object> {
  return {
    Error: errorBody,
    Health: health,
    CompareDocument: compareDocument,
    CompareRequest: compareRequest,
    CompareReport: compareReport(),
    ArticleRequest: articleRequest,
    JsonLines: { type: "string", description: "JSON Lines: one JSON object per line; blank lines are skipped." },
    IdParams: idParams,
    JobParams: jobParams,
    SourcesQuery: sourcesQuery,
    StoriesQuery: storiesQuery,
    AddOutcome: addOutcome,
    Job: { type: "object", required: ["job"], properties: { job } },
    ArticleView: articleView,
    SourcesDocument: sourcesDocument,
    StoryList: storyList,
    StoryGraph: storyGraph,
    ExampleList: exampleList,
  };
}
