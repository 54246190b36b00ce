// WCAG contrast, and which colour scheme suits a background: the overlay draws on the user's page,
// which may be light or dark whatever the system setting says.
import { CATEGORY_TOKENS, TOKENS, type Scheme } from './tokens';

export type Rgba = [r: number, g: number, b: number, a: number];

/** `#rgb`, `#rrggbb`, and numeric `rgb()`/`rgba()` (what getComputedStyle returns); undefined for anything else. */
export function parseColor(css: string): Rgba | undefined {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s)?.[1];
  if (!fn) return undefined;
  const parts = fn.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some(Number.isNaN)) return undefined;
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** Relative luminance (WCAG 2.x). */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string | Rgba, b: string | Rgba): number {
  const [la, lb] = [a, b].map((c) => luminance(typeof c === 'string' ? parseColor(c)! : c)).sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** The scheme whose underline colours stand out most on this background (the weakest one decides). */
export function schemeFor(background: Rgba): Scheme {
  const weakest = (s: Scheme) => Math.min(...CATEGORY_TOKENS.map((t) => contrast(TOKENS[s][t], background)));
  return weakest('dark') > weakest('light') ? 'dark' : 'light';
}

/** The colour actually behind an element: the first ancestor with an opaque-enough background. */
export function backgroundBehind(el: Element): Rgba {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = parseColor(getComputedStyle(e).backgroundColor);
    if (c && c[3] >= 0.5) return c;
  }
  // Nothing painted: the canvas, which is dark only when the page opted into a dark colour scheme.
  const dark = getComputedStyle(el.ownerDocument.documentElement).colorScheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
}
