/**
 * A fetch for URLs a user hands the server: it refuses to connect to loopback, private-network,
 * link-local and other non-public addresses, so a request cannot make the server reach the machine
 * it runs on or the network behind it. The check runs where the connection is made, on the
 * addresses actually connected to, so it covers every redirect hop and a name that resolves to a
 * public address once and a private one the next time.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { Agent, buildConnector, fetch as undiciFetch } from "undici";

/** Every address of a host name, as node:dns lookup with `all: true` gives them. */
export type HostLookup = (hostname: string) => Promise<LookupAddress[]>;

export interface GuardedFetchOptions {
  /** Allow every address (the server's --allow-private-fetch). */
  allowPrivate?: boolean;
  /** Non-public addresses allowed all the same, e.g. one intranet host ("10.0.0.7"). */
  allowAddresses?: readonly string[];
  /** Resolves host names; node:dns lookup when not given (tests map invented names). */
  lookup?: HostLookup;
}

/** Why a target was refused; its message is the reason a person reads. */
export class RefusedTargetError extends Error {
  override name = "RefusedTargetError";
}

const ALLOW_HINT = "start the server with --allow-private-fetch to allow it";

/** ipaddr.js range names as a person says them; any other non-unicast range is named as ipaddr.js names it. */
const RANGE_NAMES: Record<string, string> = {
  loopback: "loopback",
  private: "private-network",
  linkLocal: "link-local",
  uniqueLocal: "unique-local",
  carrierGradeNat: "carrier-grade NAT",
  multicast: "multicast",
  unspecified: "unspecified",
  broadcast: "broadcast",
  reserved: "reserved",
};

/**
 * A fetch (usable as CollectOptions.fetch) that refuses non-http(s) URLs and, unless
 * `allowPrivate`, any connection to an address outside the public unicast ranges (IPv4 and IPv6,
 * IPv4-mapped IPv6 included). A refusal rejects like a network error: a TypeError whose `cause`
 * is a RefusedTargetError saying which address and why.
 */
export function createGuardedFetch(options: GuardedFetchOptions = {}): typeof fetch {
  const refusal = addressPolicy(options);
  const connectGuarded = buildConnector({ lookup: guardedLookup(options.lookup ?? systemLookup, refusal) });
  const dispatcher = new Agent({
    // net.connect skips the lookup for a literal IP address (the same isIP test), so it is checked here.
    connect: (connectOptions, callback) => {
      const hostname = connectOptions.hostname.replace(/^\[(.*)\]$/, "$1");
      const refused = isIP(hostname) !== 0 ? refusal(hostname) : null;
      if (refused) callback(refused, null);
      else connectGuarded(connectOptions, callback);
    },
  });

  const guardedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw fetchFailed(new RefusedTargetError(`refused: ${url.protocol.slice(0, -1)} URLs are not fetched, only http and https`));
    }
    // undici 7 has its own Request and Response classes, with the same shape as the global ones.
    return (await undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher })) as unknown as Response;
  };
  return guardedFetch as typeof fetch;
}

/** The refusal for one address under the options, or null when it may be connected to. */
function addressPolicy(options: GuardedFetchOptions): (address: string) => RefusedTargetError | null {
  const allowed = new Set((options.allowAddresses ?? []).map(normalized));
  return (address) => {
    if (options.allowPrivate || allowed.has(normalized(address))) return null;
    return refusalFor(address);
  };
}

/**
 * Why an address is not fetched from, or null for a public unicast address. IPv4-mapped IPv6
 * addresses are judged as the IPv4 address they carry.
 */
export function refusalFor(address: string): RefusedTargetError | null {
  if (!ipaddr.isValid(address)) return new RefusedTargetError(`refused: ${address} is not an address this check understands (${ALLOW_HINT})`);
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range === "unicast") return null;
  const shown = parsed.toString() === address ? address : `${address} (${parsed.toString()})`;
  const kind = RANGE_NAMES[range] ?? `non-public (${range})`;
  const article = /^[aeiou]/.test(kind) ? "an" : "a";
  return new RefusedTargetError(`refused: ${shown} is ${article} ${kind} address (${ALLOW_HINT})`);
}

function normalized(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.process(address).toNormalizedString() : address;
}

/** net.connect's lookup: every address of the name is checked, and one refused refuses the host. */
function guardedLookup(resolve: HostLookup, refusal: (address: string) => RefusedTargetError | null): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refused = addresses.map((entry) => refusal(entry.address)).find((error) => error !== null);
        if (refused) return callback(refused, "", 0);
        const family = lookupOptions.family === "IPv4" ? 4 : lookupOptions.family === "IPv6" ? 6 : lookupOptions.family;
        const usable = family ? addresses.filter((entry) => entry.family === family) : addresses;
        if (usable.length === 0) {
          return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "", 0);
        }
        if (lookupOptions.all) return callback(null, usable);
        return callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

function systemLookup(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}

/** The shape fetch gives network errors, so callers treat a refusal like one. */
function fetchFailed(cause: Error): TypeError {
  return new TypeError("fetch failed", { cause });
}
