/** The routes about the server itself: health, jobs, and the OpenAPI document. */
import { createError } from "../../errors/index.js";
import { loadExamplePairs } from "../examples.js";
import type { ApiRoute, ServerContext } from "../route.js";

export function serviceRoutes(context: ServerContext, openApi: () => object): ApiRoute[] {
  const examples = loadExamplePairs();
  return [
    {
      method: "GET",
      url: "/api/health",
      operationId: "health",
      tag: "service",
      summary: "Whether the server is up, and how many articles its store holds",
      responses: { 200: { description: "Up", schema: "Health" } },
      async handler() {
        return { status: "ok", version: context.version, articles: await context.store.countArticles() };
      },
    },
    {
      method: "GET",
      url: "/api/examples",
      operationId: "listExamples",
      tag: "service",
      summary: "The bundled example pairs: one wire story and rewrites of it with known drift",
      responses: { 200: { description: "The examples", schema: "ExampleList" } },
      async handler() {
        return { examples };
      },
    },
    {
      method: "GET",
      url: "/api/jobs/:id",
      operationId: "getJob",
      tag: "service",
      summary: "A job's status and progress; its summary once done",
      params: "JobParams",
      responses: { 200: { description: "The job", schema: "Job" }, 404: { description: "No such job", schema: "Error" } },
      async handler(request) {
        const { id } = request.params as { id: string };
        const job = context.jobs.get(id);
        if (!job) throw createError("JOB_NOT_FOUND", { id });
        return { job };
      },
    },
    {
      method: "GET",
      url: "/openapi.json",
      operationId: "openApi",
      tag: "service",
      summary: "This document",
      responses: { 200: { description: "OpenAPI 3.1" } },
      async handler() {
        return openApi();
      },
    },
  ];
}
