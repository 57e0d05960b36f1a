/**
 * Analysis of one long text: real news (BBC articles end to end) at two lengths, so the bench
 * shows whether analysis time grows with a text's length or faster (session 11 found it grew with
 * the square: 1 MB would have taken minutes, the 10 MB input limit hours).
 */
import { analyze } from "../src/analyze/index.js";

export interface LongTextTiming {
  chars: number;
  sentences: number;
  ms: number;
}

/** Articles joined by blank lines, whole, until the text reaches `length` characters. */
export function newsTextOfLength(articles: readonly { text: string }[], length: number): string {
  let text = "";
  for (const article of articles) {
    if (text.length >= length) break;
    text += `${article.text}\n\n`;
  }
  return text;
}

/** One timed analysis per length, after an untimed 20 KB one (libraries loaded, hot code compiled). */
export function timeLongAnalysis(articles: readonly { text: string }[], lengths: readonly number[]): LongTextTiming[] {
  analyze(newsTextOfLength(articles, 20_000), { referenceDate: null });
  return lengths.map((length) => {
    const text = newsTextOfLength(articles, length);
    const started = performance.now();
    const analysis = analyze(text, { referenceDate: null });
    return { chars: text.length, sentences: analysis.sentences.length, ms: performance.now() - started };
  });
}
