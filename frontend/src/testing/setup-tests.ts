// first: the API client takes the (mock) fetch when it is created
import { resetApi } from './mock-api';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setClockOffset } from '@/lib/clock';
import i18n from '@/lib/i18n';
import { TEST_NOW } from './test-clock';

// Today and the time of day are pinned (AMM_TEST_NOW, Berlin time): only Date is faked, timers run as usual.
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(TEST_NOW);

// A busy machine (both cores taken by a build) renders Mantine's forms slowly: findBy… and waitFor wait up to
// 15 s instead of Testing Library's 1 s. A passing test does not wait longer for it; only a failing one does.
configure({ asyncUtilTimeout: 15_000 });

// Mantine needs these browser APIs, which jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => undefined;
Object.defineProperty(document, 'fonts', {
  value: { addEventListener: () => undefined, removeEventListener: () => undefined },
});

beforeEach(async () => {
  vi.setSystemTime(TEST_NOW);
  setClockOffset(0);
  resetApi();
  window.localStorage.clear();
  await i18n.changeLanguage('de');
  // the staff screens' and the public pages' texts, which the app loads with a staff session or such a page
  await i18n.loadNamespaces(['translation', 'pages']);
});

afterEach(() => cleanup());
