/**
 * Accessibility checks shared by the E2E specs: axe (WCAG 2.0/2.1 A and AA) in light and dark, with a
 * screenshot of each scheme for people to look at, and the keyboard focus ring.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** An axe violation, as AxeBuilder reports it (axe-core itself is not a direct dependency). */
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until no CSS transition or animation is running (a fading dialog has low contrast mid-fade). */
export async function settle(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Saves a screenshot under e2e/screenshots/ (git-ignored) for a person to look at. Skipped in CI, where
 * nobody opens them (~0.2–0.4 s each): `SCREENSHOTS=1` takes them there too.
 */
export async function snap(page: Page, name: string) {
  if (process.env.CI && !process.env.SCREENSHOTS) return;
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** A file name for a scan's subject: `dialog “Create user”` → `dialog-create-user`. */
const slug = (what: string) =>
  what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The rules whose outcome depends on colours: the only ones a second colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * An axe scan of the page as it stands, violations only. AxeBuilder's legacy mode runs axe in the page
 * itself: the default mode opens a blank page per scan to merge per-frame results, which the app (no
 * iframes) does not need and which cost ~1 s a scan here. axe-core's source (~540 KB) is evaluated once per
 * document: later scans hand AxeBuilder a no-op source, since `window.axe` is already there.
 */
export async function axeScan(page: Page, opts: { scope?: string[]; rules?: string[] } = {}) {
  const loaded = await page.evaluate(() => 'axe' in window);
  let axe = new AxeBuilder({ page, ...(loaded ? { axeSource: 'void 0' } : {}) })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] });
  axe = opts.rules ? axe.withRules(opts.rules) : axe.withTags(TAGS);
  for (const s of opts.scope ?? []) axe = axe.include(s);
  return (await axe.analyze()).violations;
}

/** One line per serious or critical violation: `<prefix>: rule (impact) — help: targets (why)`. */
export function serious(violations: Result[], prefix: string): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const nodes = v.nodes.map((n) => {
        const detail = n.failureSummary?.split('\n')[1]?.trim() ?? '';
        return `${n.target.join(' ')}${detail ? ` (${detail})` : ''}`;
      });
      return `${prefix}: ${v.id} (${v.impact}) — ${v.help}: ${nodes.join('; ')}`;
    });
}

/**
 * Runs axe in light (every WCAG 2.0/2.1 A and AA rule) and in dark (the colour rules: the others read
 * markup, which the scheme does not change), on `scope` (a CSS selector), else on the open dialogs when
 * there are any, else on the whole page. Returns one line per serious or critical violation
 * (`[scheme] what: rule — help: targets (why)`).
 */
export async function axeViolations(page: Page, what: string, scope?: string): Promise<string[]> {
  const out: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-mui-color-scheme', colorScheme);
    await settle(page);
    const dialogs = await page.locator('[role="dialog"]:visible, [role="alertdialog"]:visible').count();
    const t0 = Date.now();
    const violations = await axeScan(page, {
      scope: scope ? [scope] : dialogs > 0 ? ['[role="dialog"]', '[role="alertdialog"]'] : undefined,
      rules: colorScheme === 'dark' ? COLOUR_RULES : undefined,
    });
    if (process.env.A11Y_TIMING) console.log(`axe ${what} ${colorScheme}: ${Date.now() - t0} ms`);
    out.push(...serious(violations, `[${colorScheme}] ${what}`));
    await snap(page, `a11y-${slug(what)}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return out;
}

/** Fails the test (softly: the test goes on and lists every violation) on serious or critical violations. */
export async function expectNoSeriousViolations(page: Page, what: string, scope?: string) {
  expect.soft(await axeViolations(page, what, scope), `axe: ${what}`).toEqual([]);
}

/**
 * Where the keyboard focus is and whether it shows: the focused element's accessible name (roughly: its
 * aria-label, aria-labelledby, label or text), whether a focus indicator is drawn, and the dialog it is in.
 * A focus indicator is a solid outline of at least 2px on the element itself (the theme's `:focus-visible`
 * ring), on the control around it that MUI marks `Mui-focusVisible` (a checkbox's box, for one), or the 2px
 * outline drawn around a focused outlined text field or select.
 */
export async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { name: '(nothing)', visible: false, dialog: null as string | null };
    const ring = (x: Element | null) => {
      if (!x) return false;
      const st = getComputedStyle(x);
      return st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2 && st.visibility !== 'hidden';
    };
    const shown = (x: HTMLElement) => getComputedStyle(x).opacity !== '0' && x.offsetWidth > 0;
    // An outlined field's outline is a <fieldset> beside its control (MUI's and components/Field's alike).
    const field = el.parentElement?.querySelector(':scope > fieldset');
    const visible =
      (el.matches(':focus-visible') && shown(el) && ring(el)) ||
      ring(el.closest('.Mui-focusVisible')) ||
      (field ? parseFloat(getComputedStyle(field).borderWidth) >= 2 : false);
    const byIds = (ids: string | null) =>
      ids
        ?.split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const input = el as HTMLInputElement;
    const name = (
      el.getAttribute('aria-label') ??
      byIds(el.getAttribute('aria-labelledby')) ??
      (input.labels?.[0]?.textContent || el.textContent || el.tagName.toLowerCase())
    ).trim();
    const dialog = el.closest('[role="dialog"], [role="alertdialog"]');
    return {
      name,
      /** Its role attribute, else its tag (a, button, input). */
      role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
      visible,
      dialog: dialog
        ? (byIds(dialog.getAttribute('aria-labelledby')) ?? dialog.getAttribute('aria-label') ?? '')
        : null,
    };
  });
}
