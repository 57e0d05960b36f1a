/**
 * The derivation graph's boxes, edges and time axis (inline SVG). The web UI's stylesheet starts
 * with the same rules (scripts/build-web.mjs).
 */
export const GRAPH_STYLE = `.graph svg { display: block; }
.graph .box { fill: var(--node); stroke: var(--node-line); stroke-width: 1; }
.graph .root .box { stroke: var(--root-line); stroke-width: 2.5; }
.graph .outlet { fill: var(--fg); font-size: 12px; font-weight: 600; }
.graph .when { fill: var(--muted); font-size: 11px; }
.graph .edge { stroke: var(--edge); fill: none; }
.graph .arrowhead { fill: var(--edge); }
.graph .conf { fill: var(--muted); font-size: 10px; }
.graph .axis { stroke: var(--muted); stroke-width: 1; }
.graph .tick { fill: var(--muted); font-size: 10px; }
`;

/** The story page's stylesheet, a constant so the page's Content-Security-Policy can allow exactly it by hash. */
export const STORY_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1b; --muted: #595959; --rule: #d0d0d0; --panel: #f6f6f4;
  --node: #eef3fb; --node-line: #3d5a80; --root-line: #1b1b1b; --edge: #3d5a80; --alert: #b3261e;
  --link: #0b57d0; --focus: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #151515; --fg: #ececec; --muted: #b0b0b0; --rule: #3a3a3a; --panel: #1f1f1f;
    --node: #1d2b40; --node-line: #8ab4f8; --root-line: #ececec; --edge: #8ab4f8; --alert: #ff8a80;
    --link: #8ab4f8; --focus: #8ab4f8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
body > header, body > section { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
h1 { font-size: 1.35rem; margin: 1.25rem 0 0.25rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.meta, .note, .reasons, .none { color: var(--muted); font-size: 0.9rem; }
.graph { overflow-x: auto; border: 1px solid var(--rule); border-radius: 0.3rem; background: var(--panel); }
.graph a:focus .box, .graph a:hover .box { stroke: var(--focus); stroke-width: 3; }
${GRAPH_STYLE}.members { padding-left: 0; list-style: none; }
.members li { margin: 0 0 0.9rem; padding: 0.35rem 0.6rem; border-left: 3px solid var(--rule); }
.members li:target { background: var(--panel); border-left-color: var(--focus); }
.members .title { font-weight: 600; }
.members code { overflow-wrap: anywhere; }
.disagreements li { color: var(--alert); margin-bottom: 0.4rem; }
.disagreements li span { color: var(--fg); }
table.facts { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
table.facts th, table.facts td { text-align: left; vertical-align: top; padding: 0.25rem 0.75rem 0.25rem 0; border-bottom: 1px solid var(--rule); }
table.facts th { font-weight: 500; color: var(--muted); }
@media (max-width: 640px) { body { font-size: 15px; } table.facts td:first-child, table.facts th:first-child { display: none; } }
`;
