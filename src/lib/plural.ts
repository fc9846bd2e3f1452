/**
 * "1,204": every count the app shows. Whole numbers are grouped here: the page's first `Intl.NumberFormat`
 * (which `toLocaleString` makes too) loads ICU's number data, ~25 ms of a list's first render.
 */
export const formatCount = (x: number) =>
  Number.isSafeInteger(x) ? String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : x.toLocaleString('en-US');
const n = formatCount;

/**
 * "1 group", "3 groups", "1,204 memberships": the one way this app counts things. Pass `many` for
 * irregular plurals ("1 person", "2 people").
 */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

/**
 * The first few names and a count of the rest: "alice, bob and carol", "alice, bob, carol and 12 more".
 * `total` may exceed `names.length` (e.g. "all 140 matching" when only a page of names is known).
 */
export function someNames(names: readonly string[], total: number = names.length, max = 5): string {
  const shown = names.slice(0, total > max ? max - 1 : max);
  const rest = total - shown.length;
  if (rest <= 0) {
    if (shown.length <= 1) return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
  }
  return `${shown.join(', ')} and ${n(rest)} more`;
}
