import type { Analysis, EntityType, Sentence, Span, Token } from "../analyze/types.js";

/** A name in a sentence, with the key names are matched by (`entityKeysMatch`). */
export interface Name extends Span {
  key: string;
  /** The entity type when the entity finder typed it; "unknown" for a bare run of proper nouns. */
  type: EntityType | "unknown";
}

/**
 * The names of a sentence: its entities, and runs of proper nouns the entity finder left out
 * (it drops an unknown capitalised word at the start of a sentence, the usual subject slot).
 */
export function namesOf(analysis: Analysis, sentence: Sentence): Name[] {
  // Every rewrite sentence's checks read the same source sentences' names.
  let names = namesBySentence.get(sentence);
  if (!names) {
    names = findNames(analysis, sentence);
    namesBySentence.set(sentence, names);
  }
  return names;
}

const namesBySentence = new WeakMap<Sentence, Name[]>();

function findNames(analysis: Analysis, sentence: Sentence): Name[] {
  const entities = sentence.atoms.flatMap((atom) => (atom.kind === "entity" ? [{ start: atom.start, end: atom.end, text: atom.text, key: atom.key, type: atom.type }] : []));
  const inEntity = (token: Token) => entities.some((entity) => token.start < entity.end && entity.start < token.end);
  const inDate = (token: Token) => sentence.atoms.some((atom) => atom.kind === "date" && token.start < atom.end && atom.start < token.end);
  const runs: Name[] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length === 0) return;
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    runs.push({ start, end, text: analysis.text.slice(start, end), key: run.map((token) => token.norm).join(" "), type: "unknown" });
    run = [];
  };
  for (const token of sentence.tokens) {
    if (token.pos === "PROPN" && !inEntity(token) && !inDate(token)) run.push(token);
    else close();
  }
  close();
  return [...entities, ...runs].sort((a, b) => a.start - b.start);
}

