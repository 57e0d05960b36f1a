/**
 * Speaker labels: a name opening a line and followed by a colon says what comes after it, as in a
 * transcript ("WALLACE: Let's start with the debate.") or a headline ("Pence: Flowers won't be at
 * the debate"). Reporting verbs and quotes are read in quotes.ts; this is the one attribution
 * written with no verb at all.
 */
import { EntityKeyIndex } from "./entity-key-index.js";
import type { AttributionAtom, EntityAtom } from "./types.js";

/** The cue recorded for a label: the colon is all the text writes. */
export const LABEL_CUE = "label";

/**
 * A label at a line's start, after spaces and opening quote marks: one to four capitalised words
 * (at most 40 characters), a colon, then words on the same line.
 */
const LABEL = /(?<=^|\n)[ \t"']*(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}):[ \t]+(?=[^\s])/gu;

/** Capitalised words that label a line's kind rather than its speaker ("NOTE:", "Update:", "Q:"). */
const NOT_SPEAKERS = new Set([
  "note", "editor's note", "editors note", "update", "updated", "correction", "clarification", "photo", "photos",
  "video", "source", "sources", "watch", "read", "read more", "related", "see also", "breaking", "exclusive",
  "analysis", "opinion", "live", "warning", "abstract", "summary", "transcript", "partial transcript", "q", "a",
  "question", "answer", "caption", "credit", "contact", "email", "tel", "phone", "web", "website", "date", "time",
  "location", "where", "when", "what", "why", "how", "who", "tags", "topics", "filed under", "follow", "subscribe",
]);

/** Things a claim may be attributed to by name alone in a headline ("Poll: ...", "Study: ..."). */
const EVIDENCE_LABELS = new Set(["poll", "polls", "survey", "study", "report", "audit", "data", "review", "investigation"]);

/**
 * Each line's speaker label. The label must name a person or organisation the entity finder found
 * there or elsewhere in the text ("WALLACE:" in a transcript that introduces Chris Wallace,
 * "Pence:" over a story about Mike Pence), or a piece of evidence ("Poll:"). Capitals alone are
 * not enough ("WASHINGTON:" may open a dateline); role labels ("Project Manager:") and the kinds
 * of line in NOT_SPEAKERS name no one the text can be checked against.
 */
export function extractSpeakerLabels(text: string, entities: readonly EntityAtom[]): AttributionAtom[] {
  const speakers = entities.filter((e) => e.type === "person" || e.type === "organization");
  const byStart = new Map(speakers.map((e) => [e.start, e]));
  let byKey: EntityKeyIndex | undefined;
  const found: AttributionAtom[] = [];
  for (const match of text.matchAll(LABEL)) {
    const label = match[1]!;
    const start = match.index + match[0].indexOf(label);
    const end = start + label.length;
    const lower = label.toLowerCase();
    if (NOT_SPEAKERS.has(lower)) continue;
    const entity = byStart.get(start);
    const namesSomeone = () => (byKey ??= new EntityKeyIndex(speakers.map((e) => e.key))).matchesAny(lower);
    const speaker = entity?.end === end ? entity.key : EVIDENCE_LABELS.has(lower) || namesSomeone() ? lower : null;
    if (speaker === null) continue;
    found.push({
      kind: "attribution",
      start,
      end: end + 1,
      text: text.slice(start, end + 1),
      speaker,
      speakerSpan: { start, end, text: label },
      cue: LABEL_CUE,
    });
  }
  return found;
}
