import { configure, getConfig } from '@testing-library/react';

/**
 * jsdom answers `getComputedStyle` by running the whole cascade (every emotion rule in the document) for the
 * element, and Testing Library's role queries ask it for every ancestor of every candidate, to skip hidden
 * ones: in a page-sized component test that was a quarter of the test's time (CPU profile of
 * UsersBulkSafety.test.tsx: 10.6 of 42 s in `getComputedStyle`). Within one synchronous stretch of a test
 * nothing can restyle an element unless an event is dispatched, so answers are kept until the next
 * microtask or event: a query walks each ancestor once. `await`ing anything (user-event, findBy, waitFor)
 * starts afresh, and so does every event fired through Testing Library (fireEvent, user-event).
 */
type Memo = {
  real: typeof window.getComputedStyle;
  styles: WeakMap<Element, Map<string | null | undefined, CSSStyleDeclaration>>;
  pending: boolean;
  forget: () => void;
};

export function memoizeComputedStyle() {
  // Test files share their worker's window and Testing Library's config (vite.config.ts: isolate false),
  // while this setup runs once per file: install once, keeping the state on the window.
  const w = window as typeof window & { __computedStyleMemo?: Memo };
  const memo = (w.__computedStyleMemo ??= install());
  const { eventWrapper } = getConfig();
  if (wrappers.has(eventWrapper)) return;
  const wrapper: typeof eventWrapper = (dispatch) => {
    memo.forget();
    try {
      return eventWrapper(dispatch);
    } finally {
      memo.forget();
    }
  };
  wrappers.add(wrapper);
  configure({ eventWrapper: wrapper });
}

/** Event wrappers that forget (by identity; the config may outlive this module's instance or not). */
const wrappers = new WeakSet<object>();

function install(): Memo {
  const memo: Memo = {
    real: window.getComputedStyle.bind(window),
    styles: new WeakMap(),
    pending: false,
    forget: () => {
      memo.styles = new WeakMap();
      memo.pending = false;
    },
  };
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    if (!memo.pending) {
      memo.pending = true;
      queueMicrotask(memo.forget);
    }
    let byPseudo = memo.styles.get(element);
    if (!byPseudo) memo.styles.set(element, (byPseudo = new Map()));
    let style = byPseudo.get(pseudo);
    if (!style) byPseudo.set(pseudo, (style = memo.real(element, pseudo)));
    return style;
  };
  return memo;
}
