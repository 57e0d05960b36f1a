import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./test-server.test-data.js";

let api: TestServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("the web UI's pages", () => {
  it("serve a shell that loads only the server's own script", async () => {
    api = await startTestServer();
    const { text } = await api.request("GET", "/stories/3");
    expect(text).toContain('<script type="module" src="/assets/app.js"></script>');
  });

  it("carry a Content-Security-Policy that forbids inline and foreign scripts", async () => {
    api = await startTestServer();
    const { headers } = await api.request("GET", "/compare");
    expect(headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(headers.get("content-security-policy")).not.toContain("unsafe-inline");
  });
});

describe("the web UI's assets", () => {
  it("serve the bundled script as JavaScript", async () => {
    api = await startTestServer();
    const { status, headers } = await api.request("GET", "/assets/app.js");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/javascript");
  });

  it("answer 404 for an asset that was not built", async () => {
    api = await startTestServer();
    expect((await api.request("GET", "/assets/secrets.json")).status).toBe(404);
  });
});
