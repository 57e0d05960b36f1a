import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateReport, type CompareReport } from "../report/index.js";
import type { StoryGraph } from "../stories/index.js";
import { MAX_BATCH_PAIRS } from "./routes/compare.js";
import { createResponseCheck, seedExampleCorpus, startTestServer, type Answer, type TestServer } from "./test-server.test-data.js";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");
const SOURCE = example("source.txt");

let api: TestServer;
let check: (method: string, path: string, answer: Answer) => string[];

beforeAll(async () => {
  api = await startTestServer();
  await seedExampleCorpus(api.store);
  check = createResponseCheck((await api.request("GET", "/openapi.json")).body as object);
}, 60_000);
afterAll(async () => {
  await api.close();
});

/** Requests a route and asserts the answer has the status and the shape the OpenAPI document gives. */
async function call(method: string, template: string, path: string, status: number, init?: Parameters<TestServer["request"]>[2]): Promise<Answer> {
  const answer = await api.request(method, path, init);
  expect(answer.status, answer.text).toBe(status);
  expect(check(method, template, answer)).toEqual([]);
  return answer;
}

/** Resolves once the server has read the whole body of the next request to `path`: its handler runs next. */
function bodyRead(path: string): Promise<void> {
  const server = api.server.app.server;
  return new Promise((resolve) => {
    server.on("request", function onRequest(request: IncomingMessage) {
      if (request.url !== path) return;
      server.off("request", onRequest);
      request.on("end", () => resolve());
    });
  });
}

/** About `length` characters of short English sentences, a few distinct ones over and over. */
function longText(length: number): string {
  const sentences = ["The council approved the budget on Monday.", "Officials said the new school would open next year.", "The mayor thanked residents for their patience."];
  let text = "";
  for (let i = 0; text.length < length; i++) text += sentences[i % sentences.length] + (i % 6 === 5 ? "\n\n" : " ");
  return text;
}

async function storyWithOutlet(outlet: string): Promise<StoryGraph> {
  const { body } = await api.request("GET", "/api/stories");
  for (const story of (body as { stories: Array<{ id: number }> }).stories) {
    const graph = (await api.request("GET", `/api/stories/${story.id}`)).body as StoryGraph;
    if (graph.members.some((member) => member.outlet === outlet)) return graph;
  }
  throw new Error(`no story with ${outlet}`);
}

async function idOf(outlet: string): Promise<number> {
  const graph = await storyWithOutlet(outlet);
  return graph.members.find((member) => member.outlet === outlet)!.id;
}

interface JobView {
  status: string;
  summary?: { added: number; rejected: Array<{ reason: string }>; results: Array<{ id?: string; report?: CompareReport; error?: string }> };
}

async function waitForJob(location: string): Promise<JobView> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { body } = await call("GET", "/api/jobs/{id}", location, 200);
    const { job } = body as { job: JobView };
    if (job.status !== "queued" && job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the job did not finish");
}

describe("GET /api/health", () => {
  it("answers ok with the number of stored articles", async () => {
    const { body } = await call("GET", "/api/health", "/api/health", 200);
    expect(body).toMatchObject({ status: "ok", articles: 12 });
  });
});

describe("GET /api/examples", () => {
  it("offers the bundled example pairs with their texts", async () => {
    const { body } = await call("GET", "/api/examples", "/api/examples", 200);
    const examples = (body as { examples: Array<{ id: string; source: string; rewrite: string }> }).examples;
    expect(examples.map((pair) => pair.id)).toEqual(["drifted", "faithful", "ai"]);
    expect(examples[1]).toMatchObject({ source: SOURCE, rewrite: example("rewrite-faithful.txt") });
  });
});

describe("POST /api/compare", () => {
  it("answers a wiretrace/compare@1 report with the drift planted in the example", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 200, { json: { source: { text: SOURCE }, rewrite: { text: example("rewrite-drifted.txt") } } });
    expect(validateReport(body).errors).toEqual([]);
    expect((body as CompareReport).findings.map((finding) => finding.type)).toContain("number-changed");
  });

  it("finds no drift in the faithful paraphrase", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 200, { json: { source: { text: SOURCE }, rewrite: { text: example("rewrite-faithful.txt") } } });
    expect((body as CompareReport).findings.filter((finding) => finding.type !== "omitted")).toEqual([]);
  });

  it("compares two stored articles named by id", async () => {
    const graph = await storyWithOutlet("Meridian Wire");
    const [wire, rewrite] = ["Meridian Wire", "Trendwave News"].map((outlet) => graph.members.find((member) => member.outlet === outlet)!.id);
    const { body } = await call("POST", "/api/compare", "/api/compare", 200, { json: { source: { id: wire }, rewrite: { id: rewrite } } });
    expect((body as CompareReport).rewrite.title).toBe(graph.members.find((member) => member.id === rewrite)!.title);
  });

  it("extracts the article from HTML", async () => {
    const html = `<html><head><title>Strike</title></head><body><article><h1>Strike</h1><p>${SOURCE.split("\n\n").join("</p><p>")}</p></article></body></html>`;
    const { body } = await call("POST", "/api/compare", "/api/compare", 200, { json: { source: { text: SOURCE }, rewrite: { html } } });
    expect((body as CompareReport).verdict.relation).not.toBe("unrelated");
  });

  it("answers the HTML report as a download when asked for HTML", async () => {
    const answer = await api.request("POST", "/api/compare", {
      json: { source: { text: SOURCE }, rewrite: { text: example("rewrite-ai.txt") } },
      headers: { accept: "text/html" },
    });
    expect(answer.headers.get("content-type")).toContain("text/html");
    expect(answer.headers.get("content-disposition")).toContain("attachment");
    expect(answer.text).toContain("<!doctype html>");
  });

  it("answers other requests while a long compare runs", async () => {
    // Warm first: loading the model would leave the event loop free even to a compare that blocks it.
    await call("POST", "/api/compare", "/api/compare", 200, { json: { source: { text: SOURCE }, rewrite: { text: example("rewrite-faithful.txt") } } });
    const text = longText(200_000);
    const finished: string[] = [];
    const handlerStarts = bodyRead("/api/compare");
    const comparing = api.request("POST", "/api/compare", { json: { source: { text }, rewrite: { text } } }).then((answer) => {
      finished.push("compare");
      return answer;
    });
    // Asked for only once the compare is under way, three in a row: one could slip in while the
    // handler awaits its imports, but had the compare blocked the event loop, the rest would wait for it.
    await handlerStarts;
    for (let i = 0; i < 3; i++) expect((await api.request("GET", "/api/health")).status).toBe(200);
    finished.push("health");
    expect((await comparing).status).toBe(200);
    expect(finished).toEqual(["health", "compare"]);
  });

  it("refuses a request without a rewrite as bad input", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 400, { json: { source: { text: SOURCE } } });
    expect(body).toMatchObject({ error: { code: "REQUEST_INVALID" } });
  });

  it("refuses an empty text as unusable", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 422, { json: { source: { text: "  " }, rewrite: { text: SOURCE } } });
    expect(body).toMatchObject({ error: { code: "INPUT_EMPTY", message: "source is empty: there is no text to compare" } });
  });

  it("refuses text that is not English as unusable", async () => {
    const german = "Der Streik der Hafenarbeiter dauert an. Die Gewerkschaft fordert mehr Lohn und bessere Arbeitszeiten für alle.";
    const { body } = await call("POST", "/api/compare", "/api/compare", 422, { json: { source: { text: SOURCE }, rewrite: { text: german } } });
    expect(body).toMatchObject({ error: { code: "INPUT_UNSUPPORTED_LANGUAGE" } });
  });

  it("refuses a body that is not JSON with 415", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 415, { body: "source and rewrite", headers: { "content-type": "text/plain" } });
    expect(body).toMatchObject({ error: { code: "REQUEST_UNSUPPORTED_TYPE" } });
  });

  it("refuses broken JSON as bad input", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 400, { body: '{"source": ', headers: { "content-type": "application/json" } });
    expect(body).toMatchObject({ error: { code: "REQUEST_INVALID" } });
  });

  it("answers 404 for a stored article that does not exist", async () => {
    const { body } = await call("POST", "/api/compare", "/api/compare", 404, { json: { source: { id: 999 }, rewrite: { text: SOURCE } } });
    expect(body).toMatchObject({ error: { code: "ARTICLE_NOT_FOUND" } });
  });
});

describe("POST /api/compare/batch", () => {
  it("compares each pair as a job and keeps the good lines' reports beside the bad line's error", async () => {
    const lines = [
      JSON.stringify({ id: "faithful", source: SOURCE, rewrite: example("rewrite-faithful.txt") }),
      '{"id": "cut off',
      JSON.stringify({ id: "ai", source: SOURCE, rewrite: example("rewrite-ai.txt") }),
    ].join("\n");
    const answer = await call("POST", "/api/compare/batch", "/api/compare/batch", 202, { body: lines, headers: { "content-type": "application/x-ndjson" } });
    const job = await waitForJob(answer.headers.get("location")!);
    expect(job.summary?.results.map((result) => result.id ?? result.error)).toEqual(["faithful", "not valid JSON", "ai"]);
    expect(job.summary?.results[2]?.report?.findings.map((finding) => finding.type)).toContain("quote-invented");
  }, 60_000);

  it("refuses more pairs than one batch takes, before starting a job", async () => {
    const line = JSON.stringify({ source: "The ferry sailed.", rewrite: "The ferry left." });
    const { body } = await call("POST", "/api/compare/batch", "/api/compare/batch", 400, {
      body: Array.from({ length: MAX_BATCH_PAIRS + 1 }, () => line).join("\n"),
      headers: { "content-type": "application/x-ndjson" },
    });
    expect(body).toMatchObject({ error: { code: "REQUEST_INVALID", message: expect.stringContaining(`at most ${MAX_BATCH_PAIRS} pairs`) } });
  });

  it("refuses a JSON body: a batch is JSON Lines", async () => {
    const { body } = await call("POST", "/api/compare/batch", "/api/compare/batch", 415, { json: { source: SOURCE, rewrite: SOURCE } });
    expect(body).toMatchObject({ error: { code: "REQUEST_UNSUPPORTED_TYPE" } });
  });
});

describe("POST /api/articles", () => {
  const ferry = "Ferries to the island of Quellan resumed on Friday after a three-day storm, the harbour office in Port Ambry said.";

  it("stores one article and answers its id and story", async () => {
    const { body } = await call("POST", "/api/articles", "/api/articles", 201, { json: { text: ferry, outlet: "Ambry Tide" } });
    expect(body).toMatchObject({ status: "added", id: 13, storyId: expect.any(Number) });
  });

  it("answers the same content again as a duplicate of the stored id", async () => {
    const first = (await api.request("POST", "/api/articles", { json: { text: `${ferry} Crossings take an hour.` } })).body as { id: number };
    const { body } = await call("POST", "/api/articles", "/api/articles", 201, { json: { text: `${ferry} Crossings take an hour.`, outlet: "Elsewhere" } });
    expect(body).toEqual({ status: "duplicate", id: first.id, storyId: expect.any(Number) });
  });

  it("runs a JSON Lines body as a job that keeps the good lines and reports the bad one", async () => {
    const lines = [JSON.stringify({ text: "The Quellan lighthouse will be repainted in spring, the island council said on Monday." }), "{not json", ""].join("\n");
    const answer = await call("POST", "/api/articles", "/api/articles", 202, { body: lines, headers: { "content-type": "application/x-ndjson" } });
    const location = answer.headers.get("location")!;
    expect(location).toMatch(/^\/api\/jobs\//);
    const job = await waitForJob(location);
    expect(job).toMatchObject({ status: "done", summary: { added: 1, rejected: [{ reason: expect.stringContaining("not valid JSON") }] } });
  });

  it("refuses to fetch a URL on the server's own machine", async () => {
    const answer = await call("POST", "/api/articles", "/api/articles", 202, { json: { url: `${api.url}api/health` } });
    const job = await waitForJob(answer.headers.get("location")!);
    expect(job.summary?.rejected[0]?.reason).toMatch(/refused.*loopback/);
  });

  it("refuses a published time that is not a date", async () => {
    const { body } = await call("POST", "/api/articles", "/api/articles", 400, { json: { text: ferry, published: "soon" } });
    expect(body).toMatchObject({ error: { code: "INPUT_BAD_LINE" } });
  });

  it("refuses an object with neither text, html nor url", async () => {
    const { body } = await call("POST", "/api/articles", "/api/articles", 400, { json: { title: "Ferries" } });
    expect(body).toMatchObject({ error: { code: "REQUEST_INVALID" } });
  });
});

describe("GET /api/articles/:id", () => {
  it("answers the article with its text and versions", async () => {
    const id = await idOf("The Northern Record");
    const { body } = await call("GET", "/api/articles/{id}", `/api/articles/${id}`, 200);
    expect(body).toMatchObject({ article: { id, outlet: "The Northern Record", text: expect.stringContaining("Corrin Falls") }, versions: [id] });
  });

  it("answers 404 for an id the store does not hold", async () => {
    const { body } = await call("GET", "/api/articles/{id}", "/api/articles/999", 404);
    expect(body).toMatchObject({ error: { code: "ARTICLE_NOT_FOUND" } });
  });

  it("answers 400 for an id that is not a number", async () => {
    const { body } = await api.request("GET", "/api/articles/first");
    expect(body).toMatchObject({ error: { code: "REQUEST_INVALID" } });
  });
});

describe("GET /api/articles/:id/sources", () => {
  it("ranks the agency report first for the near copy, verified by compare", async () => {
    const copy = await idOf("The Ostley Chronicle");
    const { body } = await call("GET", "/api/articles/{id}/sources", `/api/articles/${copy}/sources?limit=3`, 200);
    expect(body).toMatchObject({ schema: "wiretrace/sources@1", article: { id: copy } });
    expect((body as { sources: unknown[] }).sources[0]).toMatchObject({ rank: 1, outlet: "Coastline Press", relation: "copy" });
  });

  it("answers index evidence alone with verify=false", async () => {
    const copy = await idOf("The Ostley Chronicle");
    const { body } = await call("GET", "/api/articles/{id}/sources", `/api/articles/${copy}/sources?verify=false`, 200);
    expect((body as { sources: Array<{ relation?: string }> }).sources[0]?.relation).toBeUndefined();
  });

  it("refuses a limit over 100", async () => {
    const { body } = await api.request("GET", "/api/articles/1/sources?limit=500");
    expect(body).toMatchObject({ error: { code: "REQUEST_INVALID" } });
  });
});

describe("GET /api/stories", () => {
  it("lists stories with the share of members derived from another", async () => {
    const { body } = await call("GET", "/api/stories", "/api/stories?minSize=4", 200);
    const flood = (body as { stories: Array<{ size: number; derivedShare: number; outlets: string[] }> }).stories.find((story) => story.outlets.includes("Valley Radio News"));
    expect(flood).toMatchObject({ size: 5, derivedShare: 0.6 });
  });
});

describe("GET /api/stories/:id", () => {
  it("answers the derivation graph with the rewrite of a rewrite under its real parent", async () => {
    const graph = await storyWithOutlet("The Northern Record");
    await call("GET", "/api/stories/{id}", `/api/stories/${graph.story.id}`, 200);
    const record = graph.members.find((member) => member.outlet === "The Northern Record")!;
    const riverside = graph.members.find((member) => !member.outlet)!;
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: record.id, to: riverside.id }));
  });

  it("answers 404 for a story the store does not hold", async () => {
    const { body } = await call("GET", "/api/stories/{id}", "/api/stories/999", 404);
    expect(body).toMatchObject({ error: { code: "STORY_NOT_FOUND" } });
  });
});

describe("GET /api/jobs/:id", () => {
  it("answers 404 for a job it never started", async () => {
    const { body } = await call("GET", "/api/jobs/{id}", "/api/jobs/no-such-job", 404);
    expect(body).toMatchObject({ error: { code: "JOB_NOT_FOUND" } });
  });
});

describe("anything else", () => {
  it("answers 404 as JSON for a route that does not exist", async () => {
    const { status, body } = await api.request("GET", "/api/nothing-here");
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: { code: "ROUTE_NOT_FOUND" } });
  });
});
