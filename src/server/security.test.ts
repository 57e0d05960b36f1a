import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/index.js";
import { isLoopback, startServer } from "./server.js";
import { startTestServer, type TestServer } from "./test-server.test-data.js";

const ARTICLE = { text: "The Quellan ferry resumed on Friday after a three-day storm, the harbour office said." };
let api: TestServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("the token", () => {
  it("refuses a write without the token", async () => {
    api = await startTestServer({ token: "s3cret" });
    const { status, body } = await api.request("POST", "/api/articles", { json: ARTICLE });
    expect(status).toBe(401);
    expect(body).toMatchObject({ error: { code: "UNAUTHORIZED" } });
  });

  it("refuses a write with the wrong token", async () => {
    api = await startTestServer({ token: "s3cret" });
    const { status } = await api.request("POST", "/api/articles", { json: ARTICLE, headers: { authorization: "Bearer guess" } });
    expect(status).toBe(401);
  });

  it("accepts a write with the token", async () => {
    api = await startTestServer({ token: "s3cret" });
    const { status } = await api.request("POST", "/api/articles", { json: ARTICLE, headers: { authorization: "Bearer s3cret" } });
    expect(status).toBe(201);
  });

  it("lets reads through without it", async () => {
    api = await startTestServer({ token: "s3cret" });
    expect((await api.request("GET", "/api/stories")).status).toBe(200);
  });

  it("is required to listen on an address other than loopback", async () => {
    const store = await openSqliteStore(":memory:");
    await expect(startServer({ store, host: "0.0.0.0", port: 0, logLevel: "silent" })).rejects.toThrow(/needs|token/);
    await store.close();
  });
});

describe("isLoopback", () => {
  it.each(["127.0.0.1", "127.8.0.1", "::1", "localhost"])("counts %s as loopback", (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  it.each(["0.0.0.0", "192.168.1.10", "::", "example.org"])("does not count %s", (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

describe("limits", () => {
  it("answers 413 with the limit for a body over it", async () => {
    api = await startTestServer({ jsonBytes: 1024 });
    const { status, body } = await api.request("POST", "/api/compare", { json: { source: { text: "a".repeat(2000) }, rewrite: { text: "b" } } });
    expect(status).toBe(413);
    expect(body).toMatchObject({ error: { code: "REQUEST_TOO_LARGE", message: expect.stringContaining("1.0 KB") } });
  });
});
