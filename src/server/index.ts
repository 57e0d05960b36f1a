/**
 * `wiretrace serve`: the HTTP API (described by its OpenAPI document at /openapi.json) and the web
 * UI in front of the compare engine and the store.
 */
export { startServer, isLoopback, DEFAULT_PORT, type RunningServer, type ServeOptions } from "./server.js";
export { buildApp, type AppOptions } from "./app.js";
