/** A stand-in for fetch in tests: fixed responses by URL, a network error for any other. */

export interface FakePage {
  body: string | Uint8Array<ArrayBuffer>;
  status?: number;
  type?: string;
}

export function fakeFetch(pages: Record<string, FakePage>, requested: string[] = []): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    const page = pages[url];
    if (!page) throw new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } });
    return new Response(page.body, { status: page.status ?? 200, headers: { "content-type": page.type ?? "text/html" } });
  }) as typeof fetch;
}

/** Every item of an async stream, in order. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
