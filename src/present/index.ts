export { renderTerminal, type TerminalOptions } from "./terminal.js";
export { renderHtml, type HtmlOptions } from "./html.js";
export { renderJson } from "./json.js";
export { renderSourcesTerminal, sourcesDocument, SOURCES_SCHEMA_ID, type SourceEntry, type SourcesDocument } from "./sources.js";
