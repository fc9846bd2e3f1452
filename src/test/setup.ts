import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

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

// DOM and storage start empty for every test (setup.mock.ts resets the mock server).
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});
