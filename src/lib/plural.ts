const n = (x: number) => x.toLocaleString('en-US');

/**
 * "1 group", "3 groups", "1,204 memberships": the one way this app counts things. Pass `many` for
 * irregular plurals ("1 person", "2 people").
 */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}
