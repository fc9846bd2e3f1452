import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { format } from 'node:util';
import { afterEach, beforeEach } from 'vitest';
import { memoizeComputedStyle } from './computedStyleMemo';
import { forgetEmotionStyles } from './emotionStyles';

// The first render of a lazy route on a loaded 2-core CI machine can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no matchMedia; MUI asks it for breakpoints and the system colour scheme.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('min-width') ? true : false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

memoizeComputedStyle();
beforeEach(forgetEmotionStyles);

// DOM and storage start empty for every test (setup.mock.ts resets the mock server).
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});

/**
 * React's development build (which these tests run) reports its warnings (keys, markup nesting, controlled
 * inputs, updates outside act) on console.error/warn: any such line fails the test that wrote it. The
 * E2E suite runs the production build, so this is where those warnings are caught. A test that provokes a
 * message on purpose takes it with `captureConsole()` (src/test/console.ts).
 */
const consoleProblems: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    consoleProblems.push(`console.${level}: ${format(...args)}`);
    original(...args);
  };
}
afterEach(() => {
  const problems = consoleProblems.splice(0);
  if (problems.length) throw new Error(`The test wrote to the console:\n${problems.join('\n')}`);
});
