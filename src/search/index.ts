/**
 * The first index below `count` at which `isBefore` turns false, for a test that holds up to some
 * index and fails from there on, as "comes before X" does on a sorted list; `count` when it never
 * fails. Found by halving, so reading a long list for each of many items stays cheap.
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
