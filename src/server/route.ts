/**
 * One description per API route, read twice: Fastify registers it (validating params, query and
 * body against its schemas) and the OpenAPI document is generated from it, so the document lists
 * exactly the routes the server answers.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AnswerCache } from "./answer-cache.js";
import type { CompareThread } from "./compare-thread.js";
import type { JobControl, JobRegistry } from "./jobs.js";
import type { Store } from "../store/index.js";

export interface ApiResponse {
  description: string;
  /** Component schema name; absent for bodies that are not JSON. */
  schema?: string;
  /** Defaults to application/json. */
  contentType?: string;
}

export interface ApiRoute {
  method: "GET" | "POST";
  /** Fastify form: `/api/articles/:id`. */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Component names of the path parameters' and query's object schemas. */
  params?: string;
  query?: string;
  /** Request body schema per content type: a component name. */
  body?: Record<string, string>;
  responses: Record<number, ApiResponse>;
  /** Changes the store: needs the token when the server has one. */
  write?: boolean;
  bodyLimit?: number;
  handler(request: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

/** What every route may use: one store, one compare worker, one cache, one job queue for the process. */
export interface ServerContext {
  store: Store;
  /** Every compare runs here, on the compare worker, so the event loop stays free for other requests. */
  compare: CompareThread["compare"];
  cache: AnswerCache;
  jobs: JobRegistry;
  /** Fetch used to ingest URLs; refuses private networks unless the server allows them. */
  fetch: typeof fetch;
  limits: { jsonBytes: number; batchBytes: number };
  version: string;
}

/** Starts long work as a job and answers 202 with the job and where to poll it. */
export function startJob(context: ServerContext, reply: FastifyReply, kind: string, work: (control: JobControl) => Promise<unknown>): FastifyReply {
  const job = context.jobs.start(kind, work);
  return reply.status(202).header("location", `/api/jobs/${job.id}`).send({ job });
}

