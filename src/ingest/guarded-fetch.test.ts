import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { LookupAddress } from "node:dns";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGuardedFetch, refusalFor, type HostLookup } from "./guarded-fetch.js";
import { openUrl } from "./fetch-url.js";

const page = "<!doctype html><html><head><title>Ferry fares rise</title></head><body><p>Fares rose 5% in Carrow.</p></body></html>";

/** An HTTP server on one loopback address: `/` answers HTML, `/hop?to=URL` redirects there. */
async function startServer(host: string): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const target = new URL(request.url ?? "/", "http://localhost").searchParams.get("to");
    if (target) response.writeHead(302, { location: target }).end();
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** Resolves invented names from a table, as DNS would. */
function fakeDns(table: Record<string, string>): HostLookup {
  return async (hostname) => {
    const address = table[hostname];
    if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return [{ address, family: address.includes(":") ? 6 : 4 } satisfies LookupAddress];
  };
}

async function reasonFor(url: string, fetchImpl: typeof fetch): Promise<string> {
  const opened = await openUrl(url, fetchImpl);
  if (!("failed" in opened)) {
    await opened.source.readAll(1_000_000);
    return "fetched";
  }
  return opened.failed;
}

// Linux routes all of 127.0.0.0/8 to loopback: the second server stands for another private host.
let first: { server: Server; port: number };
let second: { server: Server; port: number };
beforeAll(async () => {
  first = await startServer("127.0.0.1");
  second = await startServer("127.0.0.2");
});
afterAll(async () => {
  await new Promise((resolve) => first.server.close(resolve));
  await new Promise((resolve) => second.server.close(resolve));
});

describe("createGuardedFetch", () => {
  it("refuses a loopback URL by default, with the reason openUrl reports", async () => {
    expect(await reasonFor(`http://127.0.0.1:${first.port}/`, createGuardedFetch())).toBe(
      "refused: 127.0.0.1 is a loopback address (start the server with --allow-private-fetch to allow it)",
    );
  });

  it("fetches a loopback URL when private targets are allowed, body and all", async () => {
    const opened = await openUrl(`http://127.0.0.1:${first.port}/`, createGuardedFetch({ allowPrivate: true }));
    if ("failed" in opened) throw new Error(opened.failed);
    expect(opened.contentType).toBe("text/html; charset=utf-8");
    expect(new TextDecoder().decode((await opened.source.readAll(1_000_000))!)).toBe(page);
  });

  it("refuses a host name that resolves to a private address", async () => {
    const guarded = createGuardedFetch({ lookup: fakeDns({ "intranet.example": "10.0.0.7" }) });
    expect(await reasonFor("http://intranet.example/", guarded)).toMatch(/^refused: 10\.0\.0\.7 is a private-network address/);
  });

  it("refuses a host name that resolves to an IPv4-mapped loopback address", async () => {
    const guarded = createGuardedFetch({ lookup: fakeDns({ "mapped.example": "::ffff:127.0.0.1" }) });
    expect(await reasonFor("http://mapped.example/", guarded)).toMatch(/^refused: ::ffff:127\.0\.0\.1 \(127\.0\.0\.1\) is a loopback address/);
  });

  it("follows a redirect between allowed hosts (the control for the next test)", async () => {
    const open = createGuardedFetch({ allowPrivate: true });
    expect(await reasonFor(`http://127.0.0.1:${first.port}/hop?to=http://127.0.0.2:${second.port}/`, open)).toBe("fetched");
  });

  it("refuses a redirect from an allowed host to a loopback address", async () => {
    const guarded = createGuardedFetch({ allowAddresses: ["127.0.0.1"] });
    expect(await reasonFor(`http://127.0.0.1:${first.port}/hop?to=http://127.0.0.2:${second.port}/`, guarded)).toMatch(
      /^refused: 127\.0\.0\.2 is a loopback address/,
    );
  });

  it("refuses a redirect to a host name that resolves to a loopback address", async () => {
    const lookup = fakeDns({ "wire.example": "127.0.0.1", "rebound.example": "127.0.0.2" });
    const guarded = createGuardedFetch({ allowAddresses: ["127.0.0.1"], lookup });
    const url = `http://wire.example:${first.port}/hop?to=http://rebound.example:${second.port}/`;
    expect(await reasonFor(url, guarded)).toMatch(/^refused: 127\.0\.0\.2 is a loopback address/);
  });

  it("refuses the IPv6 loopback address", async () => {
    expect(await reasonFor("http://[::1]:8080/", createGuardedFetch())).toMatch(/^refused: ::1 is a loopback address/);
  });

  it("refuses an IPv4-mapped IPv6 private address, naming the IPv4 address", async () => {
    expect(await reasonFor("http://[::ffff:10.0.0.1]:8080/", createGuardedFetch())).toMatch(
      /^refused: ::ffff:a00:1 \(10\.0\.0\.1\) is a private-network address/,
    );
  });

  it("refuses a scheme other than http and https, even with private targets allowed", async () => {
    expect(await reasonFor("data:text/html,<p>hi</p>", createGuardedFetch({ allowPrivate: true }))).toBe(
      "refused: data URLs are not fetched, only http and https",
    );
  });
});

describe("refusalFor", () => {
  it.each([
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
    ["fd12:3456::1", "unique-local"],
    ["224.0.0.1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["192.168.1.1", "private-network"],
  ])("names %s as %s", (address, kind) => {
    expect(refusalFor(address)?.message).toContain(`is ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} address`);
  });

  it("refuses what it cannot parse as an address rather than letting it through", () => {
    expect(refusalFor("wire.example")?.message).toMatch(/^refused: wire\.example is not an address this check understands/);
  });

  it("lets public unicast addresses through", () => {
    expect([refusalFor("93.184.216.34"), refusalFor("2606:4700::1111")]).toEqual([null, null]);
  });
});
