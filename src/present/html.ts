import { createHash } from "node:crypto";
import type { CompareReport, ReportDocument, ReportSentence } from "../report/types.js";
import { classToken, escapeHtml } from "./escape.js";
import { pageStart } from "./page.js";
import { REPORT_SCRIPT, REPORT_STYLE } from "./html-assets.js";
import { coversWholeSentence, marksInSentence, segmentText, strongestSeverity, type SentenceMark } from "./marks.js";
import {
  KIND_LEGEND,
  SEVERITIES,
  countBySeverity,
  formatPercent,
  formatScore,
  numberFindings,
  sentenceLabel,
  sentencesByIndex,
  sentenceUses,
  type NumberedFinding,
  type SentenceUse,
} from "./model.js";

/** The two original texts; when given, their line breaks between sentences become paragraph breaks. */
export interface HtmlOptions {
  source?: string;
  rewrite?: string;
}

type Side = "source" | "rewrite";

/** Longest span text quoted in the findings list before it is shortened. */
const QUOTE_LIMIT = 80;

/**
 * Renders a compare report as one self-contained HTML page: the verdict, the findings, and the two
 * texts side by side with every sentence coloured by how it was used and linked to its counterpart.
 * All report text is escaped, and a Content-Security-Policy allows only the page's own inline style
 * and script (by hash) and no network access at all.
 */
export function renderHtml(report: CompareReport, options: HtmlOptions = {}): string {
  const numbered = numberFindings(report.findings);
  const title = report.rewrite.title ?? report.source.title;
  return [
    ...pageStart({ title: title ? `wiretrace: ${title}` : "wiretrace compare report", contentSecurityPolicy: contentSecurityPolicy(), style: REPORT_STYLE }),
    verdictHtml(report),
    // The texts side by side come first: they are the evidence; the numbered list follows them.
    legendHtml(),
    '<main class="texts">',
    documentHtml(report, "source", numbered, options.source),
    documentHtml(report, "rewrite", numbered, options.rewrite),
    "</main>",
    findingsHtml(report, numbered),
    `<script>${REPORT_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** No default source, so no fetch, image, font or frame can load; only our own style and script run. */
function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256Source(REPORT_STYLE)}`,
    `script-src ${sha256Source(REPORT_SCRIPT)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

function verdictHtml(report: CompareReport): string {
  const v = report.verdict;
  const drift = report.findings.filter((finding) => finding.type !== "omitted");
  const counts = countBySeverity(drift);
  const countHtml =
    drift.length === 0
      ? '<span class="none">none</span>'
      : SEVERITIES.map((s) => `<span class="badge sev-${s}">${counts[s]} ${s}</span>`).join(" ");
  const rows: Array<[string, string]> = [
    ["Relation", `<strong>${escapeHtml(v.relation)}</strong>`],
    ["Faithful", `${v.faithful ? '<span class="yes">yes</span>' : '<span class="no">no</span>'} · faithfulness ${escapeHtml(formatScore(v.faithfulness))}`],
    ["Derived", `${escapeHtml(formatPercent(v.derivedShare))} of the rewrite draws on the source`],
    ["Verbatim", `${escapeHtml(formatPercent(v.verbatimShare))} of the rewrite is copied word for word`],
    ["Drift", countHtml],
    ["Omitted", `${report.omitted.length} of ${report.source.sentences.length} source sentences`],
  ];
  return [
    '<header class="verdict">',
    "<h1>wiretrace compare report</h1>",
    "<table>",
    ...rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`),
    "</table>",
    "</header>",
  ].join("\n");
}

function findingsHtml(report: CompareReport, numbered: NumberedFinding[]): string {
  if (numbered.length === 0) return '<section class="findings"><h2>Findings</h2><p class="none">No findings.</p></section>';
  const sentences = { source: sentencesByIndex(report.source), rewrite: sentencesByIndex(report.rewrite) };
  const items = numbered.map(({ number, finding }) => {
    const where = (["rewrite", "source"] as const).flatMap((side) => {
      const span = finding[side];
      if (!span) return [];
      const sentence = sentences[side].get(span.sentence);
      const placed = sentence !== undefined && marksInSentence([{ number, finding }], side, sentence).length > 0;
      const target = placed ? `finding-${number}-${side}` : sentenceId(side, span.sentence);
      const label = `${side === "rewrite" ? "in the rewrite" : "in the source"}, ${sentenceLabel(side, span.sentence)}`;
      return [`<a href="#${escapeHtml(target)}">${escapeHtml(label)}: “${escapeHtml(shorten(span.text))}”</a>`];
    });
    const severity = classToken(finding.severity);
    return [
      `<li class="finding" id="finding-${number}">`,
      `<span class="badge sev-${severity}">${escapeHtml(finding.severity)}</span><span class="ftype">${escapeHtml(finding.type)}</span>`,
      `<p class="msg">${escapeHtml(finding.message)}</p>`,
      where.length > 0 ? `<p class="where">${where.join(" · ")}</p>` : "",
      "</li>",
    ].join("");
  });
  return ['<section class="findings">', "<h2>Findings</h2>", "<ol>", ...items, "</ol>", "</section>"].join("\n");
}

function legendHtml(): string {
  const keys = KIND_LEGEND.map(([kind, meaning]) => `<span class="sent k-${kind}">${kind}</span>${escapeHtml(meaning)}`);
  return `<section class="legend" aria-label="Legend"><p>${keys.join(" &nbsp; ")}</p><p>Hover over or tab to a sentence to see its counterpart in the other text.</p></section>`;
}

function documentHtml(report: CompareReport, side: Side, numbered: NumberedFinding[], originalText: string | undefined): string {
  const document: ReportDocument = report[side];
  const links = sentenceUses(report, side);
  const meta = [document.byline, document.published].filter((part): part is string => Boolean(part));
  const paragraphs = paragraphsOf(document.sentences, originalText).map(
    (paragraph) => `<p>${paragraph.map((sentence) => sentenceHtml(side, sentence, links.get(sentence.index), numbered)).join(" ")}</p>`,
  );
  return [
    `<section class="column" aria-labelledby="heading-${side}">`,
    `<h2 id="heading-${side}">${side === "source" ? "Source" : "Rewrite"}${document.title ? `: ${escapeHtml(document.title)}` : ""}</h2>`,
    meta.length > 0 ? `<p class="meta">${meta.map((part) => escapeHtml(part)).join(" · ")}</p>` : "",
    `<div class="doc" id="doc-${side}">`,
    ...paragraphs,
    "</div>",
    "</section>",
  ]
    .filter(Boolean)
    .join("\n");
}

function sentenceId(side: Side, index: number): string {
  return sentenceLabel(side, index);
}

function sentenceHtml(side: Side, sentence: ReportSentence, use: SentenceUse | undefined, numbered: NumberedFinding[]): string {
  const other: Side = side === "source" ? "rewrite" : "source";
  const classes = ["sent", ...(use?.kind ? [`k-${classToken(use.kind)}`] : [])].join(" ");
  const linkIds = (use?.counterparts ?? []).map((i) => sentenceId(other, i)).join(" ");
  const title = use?.description ?? sentenceLabel(side, sentence.index);
  const body = markedSentenceHtml(sentence.text, marksInSentence(numbered, side, sentence), side, numbered);
  return (
    `<span class="${classes}" id="${escapeHtml(sentenceId(side, sentence.index))}" tabindex="0"` +
    `${linkIds ? ` data-links="${escapeHtml(linkIds)}"` : ""} title="${escapeHtml(title)}">` +
    `<span class="sn" aria-hidden="true">${escapeHtml(sentenceLabel(side, sentence.index))}</span>${body}</span>`
  );
}

/**
 * The sentence text with each finding span in a <mark>; overlapping spans are cut into segments so
 * the markup never nests. An empty anchor opens each span (the findings list links to it) and a
 * numbered link to the finding closes it.
 */
function markedSentenceHtml(text: string, marks: SentenceMark[], side: Side, numbered: NumberedFinding[]): string {
  const byNumber = new Map(numbered.map((item) => [item.number, item.finding]));
  return segmentText(text, marks)
    .map((segment) => {
      const opening = marks
        .filter((m) => m.start === segment.start)
        .map((m) => `<span class="anchor" id="finding-${m.finding}-${side}"></span>`)
        .join("");
      const closing = marks
        .filter((m) => m.end === segment.end)
        .map((m) => `<a class="ref" href="#finding-${m.finding}" aria-label="finding ${m.finding}">${m.finding}</a>`)
        .join("");
      if (segment.marks.length === 0) return opening + escapeHtml(segment.text) + closing;
      const severity = strongestSeverity(segment.marks.map((m) => m.severity));
      const tooltip = segment.marks
        .map((m) => {
          const finding = byNumber.get(m.finding)!;
          return `${m.finding}. ${finding.severity} · ${finding.type}: ${finding.message}`;
        })
        .join("\n");
      const ids = segment.marks.map((m) => m.finding).join(" ");
      // A span over the whole sentence is underlined, not filled, so the sentence's kind stays visible.
      const whole = segment.marks.every((m) => coversWholeSentence(m, text)) ? " whole" : "";
      return `${opening}<mark class="sev-${classToken(severity)}${whole}" data-findings="${ids}" title="${escapeHtml(tooltip)}">${escapeHtml(segment.text)}</mark>${closing}`;
    })
    .join("");
}

/** Groups sentences into paragraphs wherever the original text has a line break between them. */
function paragraphsOf(sentences: ReportSentence[], originalText: string | undefined): ReportSentence[][] {
  const paragraphs: ReportSentence[][] = [];
  let current: ReportSentence[] = [];
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    const gap = previous && originalText !== undefined && previous.end <= sentence.start ? originalText.slice(previous.end, sentence.start) : "";
    if (gap.includes("\n") && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    current.push(sentence);
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE_LIMIT ? flat : `${flat.slice(0, QUOTE_LIMIT - 1)}…`;
}
