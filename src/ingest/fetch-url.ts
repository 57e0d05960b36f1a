/** HTTP(S) inputs: a GET with a time limit, the body as a ByteSource, a failure as its reason. */
import { ByteSource } from "./byte-source.js";

/** Past this a stalled server costs one rejection, not a hung ingest. */
const FETCH_TIMEOUT_MS = 30_000;

export interface OpenedUrl {
  source: ByteSource;
  /** The address after redirects. */
  url: string;
  contentType: string;
  /** From Content-Length, when the server sends it. */
  size?: number;
}

/** True for the targets that are fetched rather than read from disk. */
export function isHttpUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

/**
 * Requests a URL and hands back its body unread, or why it could not: a network error, a
 * timeout or a status other than 2xx ("HTTP 404 Not Found").
 */
export async function openUrl(url: string, fetchImpl: typeof fetch): Promise<OpenedUrl | { failed: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8" },
    });
  } catch (error) {
    return { failed: networkReason(error) };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { failed: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}` };
  }
  const length = Number(response.headers.get("content-length"));
  return {
    source: new ByteSource(response.body ?? emptyBody()),
    url: response.url || url,
    contentType: response.headers.get("content-type") ?? "",
    size: Number.isFinite(length) && length > 0 ? length : undefined,
  };
}

function networkReason(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

async function* emptyBody(): AsyncGenerator<Uint8Array> {}
