/** A stretch of a text and where it starts in it. */
export interface TextPiece {
  offset: number;
  text: string;
}

/**
 * `text` cut into pieces of at most `maxLength` characters, each ending at a line break where the
 * stretch has one, else after a sentence end (". "), else after a space. For the libraries whose
 * time grows with the square of what they are given at once (a date refiner that rereads all the
 * text before each date; a tagger on a sentence with no end), so a long text costs them about
 * its length. A text no longer than `maxLength` is one piece.
 */
export function textPieces(text: string, maxLength: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  while (text.length - start > maxLength) {
    const window = text.slice(start, start + maxLength);
    const cut = [window.lastIndexOf("\n") + 1, window.lastIndexOf(". ") + 2, window.lastIndexOf(" ") + 1].find((end) => end > 1);
    const end = start + (cut ?? maxLength);
    pieces.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  pieces.push({ offset: start, text: text.slice(start) });
  return pieces;
}
