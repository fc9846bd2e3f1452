/** Issue #17 §4: the optimistic + undo helper, alone and through a real hook against the mock server. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { primaryDb } from '../mock/state';
import { signInAs } from '../test/render';
import { edit, useReversibleMutation } from './reversible';
import { useSetUserStatus } from './userMutations';
import { fetchUser, userKeys, type UsersResponse } from './users';

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
const mount = <T,>(qc: QueryClient, h: () => T) =>
  renderHook(h, {
    wrapper: ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={qc}>{children}</QueryClientProvider>
    ),
  });
const hook = <T,>(qc: QueryClient, h: () => T) => mount(qc, h).result;

/** A counter in the cache, and a mutation that sets it; the server answer is held until `answer`. */
function counter(qc: QueryClient) {
  qc.setQueryData(['n', 'a'], 1);
  qc.setQueryData(['n', 'b'], 10);
  const sent: number[] = [];
  let answer: (ok: boolean) => void = () => undefined;
  const { result, unmount } = mount(qc, () =>
    useReversibleMutation({
      mutationFn: (to: number) => {
        sent.push(to);
        return new Promise<number>((resolve, reject) => {
          answer = (ok) => (ok ? resolve(to) : reject(new Error('Fault 500: internal error.')));
        });
      },
      optimistic: (to) => [edit(['n'], (old: number) => old + to)],
      settled: () => Promise.resolve(),
      inverse: (to) => -to,
    }),
  );
  return { result, unmount, sent, answer: (ok: boolean) => answer(ok) };
}

describe('useReversibleMutation', () => {
  it('shows the change at once and puts the cache back when the server refuses', async () => {
    const qc = client();
    const c = counter(qc);
    let failed: unknown;
    act(() => void c.result.current.mutateAsync(5).catch((e: unknown) => (failed = e)));
    // Every query under the key changed before the server answered.
    await waitFor(() => expect(qc.getQueryData(['n', 'a'])).toBe(6));
    expect(qc.getQueryData(['n', 'b'])).toBe(15);
    act(() => c.answer(false));
    await waitFor(() => expect(failed).toBeInstanceOf(Error));
    expect(qc.getQueryData(['n', 'a'])).toBe(1);
    expect(qc.getQueryData(['n', 'b'])).toBe(10);
    expect(c.result.current.error?.message).toBe('Fault 500: internal error.');
  });

  it('Undo sends the inverse through the same optimistic path, after the component is gone', async () => {
    const qc = client();
    const c = counter(qc);
    let done: Promise<number> = Promise.resolve(0);
    act(() => void (done = c.result.current.mutateAsync(5)));
    await waitFor(() => expect(c.sent).toEqual([5]));
    act(() => c.answer(true));
    const d = await done;
    const undo = c.result.current.undoFor(5, d);
    c.unmount();
    let undone: Promise<number> = Promise.resolve(0);
    act(() => void (undone = undo()));
    await waitFor(() => expect(c.sent).toEqual([5, -5]));
    expect(qc.getQueryData(['n', 'a'])).toBe(1);
    act(() => c.answer(true));
    expect(await undone).toBe(-5);
  });

  it('an Undo the server refuses puts the changed state back and rejects with its error', async () => {
    const qc = client();
    const c = counter(qc);
    let done: Promise<number> = Promise.resolve(0);
    act(() => void (done = c.result.current.mutateAsync(5)));
    await waitFor(() => expect(c.sent).toHaveLength(1));
    act(() => c.answer(true));
    const undo = c.result.current.undoFor(5, await done);
    let undone: Promise<unknown> = Promise.resolve();
    act(() => void (undone = undo().catch((e: unknown) => e)));
    await waitFor(() => expect(qc.getQueryData(['n', 'a'])).toBe(1));
    act(() => c.answer(false));
    expect(await undone).toBeInstanceOf(Error);
    expect(qc.getQueryData(['n', 'a'])).toBe(6);
  });
});

describe('useSetUserStatus against the mock server', () => {
  it('suspends alice in every cached list at once, and its Undo activates her on the server', async () => {
    await signInAs('admin');
    const qc = client();
    const alice = await fetchUser('alice');
    const list = { filter: '', page: 1, pageSize: 25 };
    qc.setQueryData<UsersResponse>(userKeys.list(list), { users: [alice], count: 1 });
    const status = hook(qc, () => useSetUserStatus());
    const v = { user: alice, status: 'suspended' as const };
    let done: Promise<typeof alice> = Promise.resolve(alice);
    act(() => void (done = status.current.mutateAsync(v)));
    await waitFor(() =>
      expect(qc.getQueryData<UsersResponse>(userKeys.list(list))?.users[0]?.status).toBe('suspended'),
    );
    const suspended = await done;
    expect(primaryDb().userByUsername('alice')?.status).toBe('suspended');
    await act(() => status.current.undoFor(v, suspended)());
    expect(primaryDb().userByUsername('alice')?.status).toBe('active');
    expect(qc.getQueryData<typeof alice>(userKeys.detail(alice.id))?.status).toBe('active');
  });
});
