import { fetchUsers, type User } from '../../api/users';
import { walkDone } from '../../lib/listState';

const PAGE = 100;

/** Every user a filter matches, page by page (`limit=100`), reporting progress against `count`. */
export async function collectUsers(
  filter: string,
  onProgress: (fetched: number, total: number) => void,
  signal?: AbortSignal,
): Promise<User[]> {
  const out: User[] = [];
  for (let page = 1; ; page++) {
    const res = await fetchUsers({ filter, page, pageSize: PAGE }, signal);
    out.push(...res.users);
    onProgress(out.length, Math.max(res.count, out.length));
    if (walkDone(out.length, res.users.length, PAGE, res.count)) return out;
  }
}
