/**
 * The generator's own view of a text: paragraphs of sentences. It is deliberately independent of
 * src/analyze, so the ground truth of the corpus does not inherit the pipeline's sentence splits.
 */

/** One sentence of a document; `paragraphStart` marks the first sentence of a paragraph. */
export interface DocSentence {
  text: string;
  paragraphStart: boolean;
}

/** A document as the perturbation operations see it. */
export type Doc = DocSentence[];

/** Abbreviations after which a full stop never ends a sentence ("Mr. Lind", "Dr. Oyelaran"). */
const TITLES = new Set("mr mrs ms dr prof gen col lt capt sgt gov sen rep rev st messrs".split(" "));

/** Abbreviations that end a sentence only when a usual sentence opener follows. */
const ABBREVIATIONS = new Set(
  "inc corp co ltd bros jr sr no vs etc jan feb mar apr jun jul aug sep sept oct nov dec pct approx".split(" "),
);

/** Words that commonly open a sentence; after "U.S." or "Inc." they signal a real boundary. */
const OPENERS = new Set(
  (
    "the a an he she it they we i this that these those there but and in on at for if its his her their " +
    "however meanwhile also after before when while last earlier later analysts officials"
  ).split(" "),
);

const BOUNDARY = /[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g;

function lastWord(text: string): string {
  const match = /([A-Za-z.]+)[.!?]["'\u201d\u2019)\]]*$/.exec(text.trimEnd());
  return match?.[1] ?? "";
}

function firstWord(text: string): string {
  return /^["'\u201c\u2018(]?([A-Za-z]+)/.exec(text)?.[1]?.toLowerCase() ?? "";
}

/** Whether a candidate boundary between `before` and `after` really ends a sentence. */
function endsSentence(before: string, after: string): boolean {
  const word = lastWord(before);
  if (!before.trimEnd().endsWith(".") && !/[.]["'\u201d\u2019)\]]+$/.test(before.trimEnd())) return true;
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (TITLES.has(bare)) return false;
  // A single capital ("J. Smith") is an initial.
  if (/^[A-Z]$/.test(word.replace(/\.$/, ""))) return false;
  const abbreviated = bare.includes(".") || ABBREVIATIONS.has(bare);
  return !abbreviated || OPENERS.has(firstWord(after));
}

/** Split one paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, " ").trim();
  if (text === "") return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    const after = text.slice(match.index + match[0].length);
    if (!endsSentence(text.slice(start, end), after)) continue;
    sentences.push(text.slice(start, end));
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start));
  return sentences;
}

/** Parse a text whose paragraphs are separated by line breaks. */
export function parseDoc(text: string): Doc {
  const doc: Doc = [];
  for (const paragraph of text.split(/\n+/)) {
    splitSentences(paragraph).forEach((sentence, index) => doc.push({ text: sentence, paragraphStart: index === 0 }));
  }
  return doc;
}

/** Render a document: sentences joined by spaces, paragraphs by a blank line. */
export function renderDoc(doc: Doc): string {
  let text = "";
  doc.forEach((sentence, index) => {
    if (index > 0) text += sentence.paragraphStart ? "\n\n" : " ";
    text += sentence.text;
  });
  return text;
}
