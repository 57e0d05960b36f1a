/**
 * Codes in angle brackets with no space inside, as wire copy writes a ticker after a company's
 * name: "Cable and Wireless Plc <CAWL.L>", "Heck's Inc <HEX>". They are identifiers, not words:
 * a dot inside one ends no sentence and no name is read from one.
 */
const BRACKETED_CODE = /<[^\s<>]+>/g;

/** The spans of a text's bracketed codes, in order. */
export function bracketedCodes(text: string): { start: number; end: number }[] {
  return [...text.matchAll(BRACKETED_CODE)].map((code) => ({ start: code.index, end: code.index + code[0].length }));
}
