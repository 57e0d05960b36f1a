export { renderTerminal, type TerminalOptions } from "./terminal.js";
export { renderHtml, type HtmlOptions } from "./html.js";
export { renderJson } from "./json.js";
