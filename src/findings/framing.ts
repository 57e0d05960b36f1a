import type { Term } from "../align/index.js";

/**
 * Words a summary uses to talk about the text it summarises rather than about what happened in it:
 * the text and its parts ("this document", "the second half"), the people taking part ("the
 * speakers") and what a text or a speaker does with a topic ("discusses", "explains"). "The second
 * half of the document discusses the exhibition" claims no more than "the exhibition"; such words
 * are never invented content. Nouns a news story uses for things that happen ("group", "meeting",
 * "email", "member") stay out: "at a meeting with donors" can be an invented detail.
 */
const FRAMING_NOUNS = new Set([
  "document", "text", "article", "summary", "passage", "transcript", "conversation", "dialogue", "dialog",
  "discussion", "podcast", "episode", "speaker", "participant", "half", "part", "section", "topic",
]);

const FRAMING_VERBS = new Set([
  "discuss", "explain", "describe", "mention", "outline", "cover", "present", "detail", "highlight",
  "address", "talk", "speak", "note", "examine", "explore", "delve", "illustrate", "clarify", "define",
  "elaborate", "specify", "demonstrate", "showcase", "articulate", "express", "introduce", "summarize",
  "summarise", "focus", "touch", "review", "emphasize", "emphasise", "underscore", "stress", "debate",
  "deliberate", "converse",
]);

/** True for a word that frames the summary ("the speakers discuss") rather than carrying a claim. */
export function isFraming(term: Term): boolean {
  const lemma = term.lemma.toLowerCase();
  if (term.wordClass === "noun") return FRAMING_NOUNS.has(lemma);
  if (term.wordClass === "verb") return FRAMING_VERBS.has(lemma);
  return false;
}
