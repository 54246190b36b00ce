// WCAG contrast of every colour token, against backgrounds the coach meets: the mail sites' light and
// dark compose and page colours, and the extension's own surfaces. Underlines and other marks need
// 3:1 (WCAG 1.4.11), text 4.5:1 (1.4.3).
import { describe, expect, it } from 'vitest';
import { CATEGORY_TOKENS, TOKENS, type Scheme } from '../../src/ui/tokens';
import { contrast, parseColor, schemeFor } from '../../src/ui/contrast';

/** Compose and page backgrounds of Gmail and Outlook on the web, light and dark themes, and pure white/black. */
const PAGES: Record<Scheme, string[]> = {
  light: ['#ffffff', '#f6f8fc', '#f2f6fc', '#faf9f8', '#f3f2f1', '#eaf1fb'],
  dark: ['#000000', '#121212', '#1f1f1f', '#202124', '#292827', '#2d2d30', '#303134', '#323130'],
};

const SCHEMES = ['light', 'dark'] as const;

describe('underline colours', () => {
  for (const scheme of SCHEMES) {
    for (const token of CATEGORY_TOKENS) {
      it(`${token} (${scheme}: ${TOKENS[scheme][token]}) reaches 3:1 on every ${scheme} page background`, () => {
        for (const bg of PAGES[scheme]) expect(contrast(TOKENS[scheme][token], bg), bg).toBeGreaterThanOrEqual(3);
      });
    }
    it(`the ${scheme} scheme is picked for ${scheme} pages`, () => {
      for (const bg of PAGES[scheme]) expect(schemeFor(parseColor(bg)!), bg).toBe(scheme);
    });
  }

  it('a mid-grey page gets whichever scheme stands out more, and that one still reaches 3:1', () => {
    for (const bg of ['#777777', '#8a8a8a', '#5a5a5a', '#9e9e9e']) {
      const scheme = schemeFor(parseColor(bg)!);
      const weakest = Math.min(...CATEGORY_TOKENS.map((t) => contrast(TOKENS[scheme][t], bg)));
      const other = Math.min(...CATEGORY_TOKENS.map((t) => contrast(TOKENS[scheme === 'light' ? 'dark' : 'light'][t], bg)));
      expect(weakest, bg).toBeGreaterThanOrEqual(other);
    }
  });
});

describe('the extension’s own surfaces', () => {
  for (const scheme of SCHEMES) {
    const c = TOKENS[scheme];
    it(`${scheme}: text reaches 4.5:1 on the page and on cards`, () => {
      for (const surface of [c.bg, c.card]) {
        for (const text of [c.fg, c.muted, c.weak, c.excellent, c.good, c.fair]) expect(contrast(text, surface), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(c['accent-fg'], c.accent)).toBeGreaterThanOrEqual(4.5);
      for (const tint of [c.ins, c.del, c.mark]) expect(contrast(c.fg, tint), `text on ${tint}`).toBeGreaterThanOrEqual(4.5);
    });
    it(`${scheme}: category marks and focus rings reach 3:1 on cards`, () => {
      for (const mark of [c.empathy, c.clarity, c.professionalism, c.accent]) {
        for (const surface of [c.bg, c.card]) expect(contrast(mark, surface), `${mark} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('contrast()', () => {
  it('matches WCAG’s reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('rgb(255, 255, 255)', 'rgba(0, 0, 0, 1)')).toBeCloseTo(21, 5);
  });

  it('reads the colours getComputedStyle returns and refuses others', () => {
    expect(parseColor('rgba(32, 33, 36, 0.5)')).toEqual([32, 33, 36, 0.5]);
    expect(parseColor('rgb(32 33 36 / 0.5)')).toEqual([32, 33, 36, 0.5]);
    expect(parseColor('oklch(0.5 0.1 20)')).toBeUndefined();
  });
});
