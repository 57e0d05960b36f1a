/**
 * The stylesheet and script inlined into the HTML report. Kept as constants so the report's
 * Content-Security-Policy can allow exactly these bytes by hash and nothing else.
 */

/**
 * How a finding's span is marked in a text, by severity (a whole-sentence finding is underlined, not
 * filled). The web UI's stylesheet starts with the same rules (scripts/build-web.mjs).
 */
export const MARK_STYLE = `mark { background: none; color: inherit; border-radius: 0.15rem; padding: 0 0.05rem; }
mark.sev-high { background: var(--high-bg); color: var(--high-fg); }
mark.sev-medium { background: var(--medium-bg); color: var(--medium-fg); }
mark.sev-low { text-decoration: underline 2px var(--low-line); text-underline-offset: 0.2em; }
mark.whole { background: none; color: inherit; text-decoration: underline 3px; text-underline-offset: 0.25em; }
mark.whole.sev-high { text-decoration-color: var(--high-bg); }
mark.whole.sev-medium { text-decoration-color: var(--medium-bg); }
mark.whole.sev-low { text-decoration-color: var(--low-line); }
`;

export const REPORT_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1b; --muted: #595959; --rule: #d0d0d0; --panel: #f6f6f4;
  --verbatim: #dde8f6; --paraphrase: #dff0df; --altered: #fbe9c6; --unsupported: #f5dbe6; --omitted: #ececec;
  --high-bg: #b3261e; --high-fg: #ffffff; --medium-bg: #f2b705; --medium-fg: #1b1b1b; --low-line: #595959;
  --link: #0b57d0; --focus: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #151515; --fg: #ececec; --muted: #b0b0b0; --rule: #3a3a3a; --panel: #1f1f1f;
    --verbatim: #1d3250; --paraphrase: #1d3a25; --altered: #4a3b12; --unsupported: #4c1f34; --omitted: #2b2b2b;
    --high-bg: #ff8a80; --high-fg: #1b1b1b; --medium-bg: #ffd54f; --medium-fg: #1b1b1b; --low-line: #b0b0b0;
    --link: #8ab4f8; --focus: #8ab4f8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 Georgia, "Times New Roman", serif; }
body > header, body > section, body > main { max-width: 1280px; margin: 0 auto; padding: 0 1.25rem; }
h1, h2, h3, .label, .badge, .ftype, .legend, .sn, .meta, .where, table { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.35rem; margin: 1.25rem 0 0.5rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.verdict table { border-collapse: collapse; font-size: 0.95rem; }
.verdict th { text-align: left; font-weight: 500; color: var(--muted); padding: 0.15rem 1.5rem 0.15rem 0; }
.verdict td { padding: 0.15rem 0; }
.yes { color: #1e6b34; font-weight: 700; }
.no { color: var(--high-bg); font-weight: 700; }
@media (prefers-color-scheme: dark) { .yes { color: #81c995; } }
.badge { display: inline-block; min-width: 4.5em; text-align: center; border-radius: 0.25rem; padding: 0 0.4rem; font-size: 0.8rem; font-weight: 600; }
.badge.sev-high { background: var(--high-bg); color: var(--high-fg); }
.badge.sev-medium { background: var(--medium-bg); color: var(--medium-fg); }
.badge.sev-low { border: 1px solid var(--low-line); color: var(--fg); }
.findings ol { padding-left: 1.75rem; margin: 0; }
.finding { margin: 0 0 0.75rem; padding: 0.1rem 0.5rem; border-radius: 0.25rem; }
.finding:target { background: var(--panel); outline: 2px solid var(--focus); }
.ftype { font-size: 0.85rem; color: var(--muted); margin-left: 0.35rem; }
.msg { margin: 0.15rem 0; }
.where { font-size: 0.85rem; margin: 0; color: var(--muted); }
.none { color: var(--muted); }
.legend { font-size: 0.85rem; color: var(--muted); margin-top: 1rem; }
.legend span.sent { padding: 0 0.35rem; color: var(--fg); margin-right: 0.35rem; }
.texts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; padding-bottom: 3rem; }
.meta { font-size: 0.85rem; color: var(--muted); margin: -0.25rem 0 0.5rem; }
.doc { overflow-wrap: anywhere; position: relative; max-height: 78vh; overflow-y: auto; padding: 0.25rem 0.75rem 0.25rem 0; border-top: 1px solid var(--rule); }
.doc p { margin: 0.6rem 0; }
.sent { border-radius: 0.2rem; padding: 0.05rem 0.1rem; -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: default; }
.k-verbatim { background: var(--verbatim); }
.k-paraphrase { background: var(--paraphrase); }
.k-altered { background: var(--altered); }
.k-unsupported { background: var(--unsupported); }
.k-omitted { background: var(--omitted); color: var(--muted); text-decoration: underline dashed var(--low-line); text-underline-offset: 0.25em; }
.sent.active, .sent.linked { outline: 2px solid var(--focus); outline-offset: 1px; }
.sent.linked { box-shadow: 0 0 0 4px var(--panel); }
.sn { font-size: 0.7rem; color: var(--muted); vertical-align: super; margin-right: 0.15rem; }
${MARK_STYLE}mark.current { outline: 3px solid var(--focus); }
.ref { font-family: system-ui, sans-serif; font-size: 0.7rem; vertical-align: super; margin-left: 0.1rem; }
@media (max-width: 800px) {
  body { font-size: 16px; }
  .texts { grid-template-columns: 1fr; }
  .doc { max-height: none; overflow: visible; }
}
`;

export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  var linked = function (el) {
    return (el.getAttribute("data-links") || "").split(" ").map(byId).filter(Boolean);
  };
  var light = function (el, on) {
    el.classList.toggle("active", on);
    linked(el).forEach(function (other) { other.classList.toggle("linked", on); });
  };
  // When the columns scroll on their own, bring a linked sentence into view in its column.
  var reveal = function (el) {
    var doc = el.closest(".doc");
    if (!doc || doc.scrollHeight <= doc.clientHeight) return;
    var top = el.offsetTop;
    if (top < doc.scrollTop || top + el.offsetHeight > doc.scrollTop + doc.clientHeight) {
      doc.scrollTop = top - doc.clientHeight / 3;
    }
  };
  document.querySelectorAll(".sent[data-links]").forEach(function (el) {
    el.addEventListener("mouseenter", function () { light(el, true); });
    el.addEventListener("mouseleave", function () { light(el, document.activeElement === el); });
    el.addEventListener("focus", function () { light(el, true); linked(el).forEach(reveal); });
    el.addEventListener("blur", function () { light(el, false); });
  });
  var showFinding = function () {
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    var match = /^#finding-(\\d+)/.exec(location.hash);
    if (!match) return;
    document.querySelectorAll("mark[data-findings]").forEach(function (m) {
      if (m.getAttribute("data-findings").split(" ").indexOf(match[1]) >= 0) m.classList.add("current");
    });
  };
  window.addEventListener("hashchange", showFinding);
  showFinding();
})();
`;
