/** Calls to the wiretrace HTTP API from the pages, with errors turned into one readable message. */
import type { CompareReport } from "../report/types.js";
import type { StoryGraph } from "../stories/types.js";
import type { ArticleResponse, CompareDoc, ExamplePair, SourcesResponse, StoriesResponse } from "./api-types.js";

const TOKEN_KEY = "wiretrace-token";

/** An answer the server refused, or a request that never reached it (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The access token a server started with `--token` wants on write routes, kept for this tab only. */
export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled; the token then lasts until the page reloads, which is acceptable.
  }
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, "NETWORK", `Could not reach the wiretrace server (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** The server's `{error: {code, message}}`, or a plain description when the body is not that. */
async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json();
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (error && typeof error.message === "string") {
      return new ApiError(response.status, typeof error.code === "string" ? error.code : "ERROR", error.message);
    }
  } catch {
    // Not JSON: fall through to the status line.
  }
  return new ApiError(response.status, "HTTP_ERROR", `The server answered ${response.status} ${response.statusText}`.trim() + ".");
}

async function getJson<T>(path: string): Promise<T> {
  const response = await request(path, { headers: { Accept: "application/json" } });
  return (await response.json()) as T;
}

function postHeaders(accept: string): Record<string, string> {
  const token = storedToken();
  return { "Content-Type": "application/json", Accept: accept, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
}

export async function compare(source: CompareDoc, rewrite: CompareDoc): Promise<CompareReport> {
  const response = await request("/api/compare", { method: "POST", headers: postHeaders("application/json"), body: JSON.stringify({ source, rewrite }) });
  return (await response.json()) as CompareReport;
}

/** The same comparison as the self-contained HTML report page, for download. */
export async function compareHtml(source: CompareDoc, rewrite: CompareDoc): Promise<Blob> {
  const response = await request("/api/compare", { method: "POST", headers: postHeaders("text/html"), body: JSON.stringify({ source, rewrite }) });
  return response.blob();
}

export function getArticle(id: number): Promise<ArticleResponse> {
  return getJson(`/api/articles/${id}`);
}

export function getSources(id: number, limit = 5): Promise<SourcesResponse> {
  return getJson(`/api/articles/${id}/sources?limit=${limit}&verify=true`);
}

export function getStories(limit: number, offset: number): Promise<StoriesResponse> {
  return getJson(`/api/stories?limit=${limit}&offset=${offset}`);
}

export function getStory(id: number): Promise<StoryGraph> {
  return getJson(`/api/stories/${id}`);
}

export async function getExamples(): Promise<ExamplePair[]> {
  return (await getJson<{ examples: ExamplePair[] }>("/api/examples")).examples;
}
