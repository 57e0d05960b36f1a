/** `wiretrace sources` output: the ranked sources as a terminal table or a JSON document. */
import pc from "picocolors";
import type { SourceMatch } from "../corpus/index.js";
import type { Finding } from "../report/types.js";
import { formatPercent, formatScore } from "./model.js";
import { SOURCES_SCHEMA_ID, type SourceEntry, type SourcesDocument } from "./sources-types.js";

export { SOURCES_SCHEMA_ID, type SourceEntry, type SourcesDocument } from "./sources-types.js";

/** Findings shown per source: enough to judge it, few enough to scan. */
const TOP_FINDINGS = 3;
const QUOTE_LENGTH = 70;

/** The plain-data form of a sources answer, for JSON and for the HTTP API. */
export function sourcesDocument(article: SourcesDocument["article"], matches: SourceMatch[]): SourcesDocument {
  return { schema: SOURCES_SCHEMA_ID, article, sources: matches.map(sourceEntry) };
}

function sourceEntry(match: SourceMatch, index: number): SourceEntry {
  const { article, verification } = match;
  return {
    rank: index + 1,
    id: article.id,
    ...optional({ outlet: article.outlet, title: article.title, url: article.url, published: article.published }),
    candidate: { coverage: round(match.coverage), jaccard: round(match.jaccard), score: round(match.score) },
    ...(verification
      ? {
          relation: verification.relation,
          derivedShare: round(verification.derivedShare),
          verbatimShare: round(verification.verbatimShare),
          faithfulness: round(verification.faithfulness),
          faithful: verification.faithful,
          findings: verification.findings.slice(0, TOP_FINDINGS),
        }
      : {}),
  };
}

/** Ranked sources for a terminal: one block per source, its top findings under it. */
export function renderSourcesTerminal(document: SourcesDocument, options: { color: boolean }): string {
  const c = pc.createColors(options.color);
  const heading = `Sources of ${document.article.title ? `"${document.article.title}"` : document.article.origin}`;
  if (document.sources.length === 0) return `${c.bold(heading)}\n  no stored article looks like a source of it\n`;
  const blocks = document.sources.map((entry) => {
    const name = [entry.outlet, entry.published?.slice(0, 16).replace("T", " ")].filter(Boolean).join(", ");
    const title = entry.title ? ` "${entry.title}"` : "";
    const head = `${c.bold(`${entry.rank}.`)} #${entry.id}${title}${name ? c.dim(` (${name})`) : ""}`;
    const evidence =
      entry.derivedShare === undefined
        ? `words covered ${formatPercent(entry.candidate.coverage)}, shared phrases ${formatPercent(entry.candidate.jaccard)}`
        : `${entry.relation}, derived ${formatPercent(entry.derivedShare)}, verbatim ${formatPercent(entry.verbatimShare ?? 0)}, faithfulness ${formatScore(entry.faithfulness ?? 0)}${entry.faithful ? "" : c.yellow(" (drift)")}`;
    const findings = (entry.findings ?? []).map((finding) => `     ${severityTag(c, finding)} ${finding.type}: ${finding.message}${quoteOf(finding)}`);
    return [head, `   ${evidence}`, ...findings].join("\n");
  });
  return `${c.bold(heading)}\n${blocks.join("\n")}\n`;
}

function severityTag(c: ReturnType<typeof pc.createColors>, finding: Finding): string {
  const paint = finding.severity === "high" ? c.red : finding.severity === "medium" ? c.yellow : c.dim;
  return paint(finding.severity.padEnd(6));
}

/** The rewrite's words a finding is about, shortened to stay on one line. */
function quoteOf(finding: Finding): string {
  const text = finding.rewrite?.text.replace(/\s+/g, " ").trim();
  if (!text) return "";
  return ` ("${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text}")`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== "")) as Partial<Record<keyof T, string>>;
}
