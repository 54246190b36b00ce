// Every colour the coach paints with, in one place: the overlay's underlines, the card in the page,
// and the extension pages (side panel, popup, options). Each token has a light and a dark value;
// tests/unit/contrast.test.ts checks them against light and dark backgrounds (WCAG: 3:1 for marks,
// 4.5:1 for text).

export type Scheme = 'light' | 'dark';

export const TOKENS = {
  light: {
    bg: '#ffffff', fg: '#1d1d1f', muted: '#5f5f6b', line: '#dcdce3', card: '#f7f7f9', accent: '#1f6fd1', 'accent-fg': '#ffffff',
    empathy: '#b4237a', clarity: '#1f6fd1', professionalism: '#b35600',
    excellent: '#1e7d32', good: '#3a7d1e', fair: '#955b00', weak: '#c0262d',
    ins: '#dff3e4', del: '#fbe1e1', mark: '#fff1a8', shadow: 'rgba(0,0,0,.18)',
  },
  dark: {
    bg: '#1c1c20', fg: '#eeeef2', muted: '#a9a9b6', line: '#3a3a42', card: '#26262c', accent: '#6aa5ff', 'accent-fg': '#0b1320',
    empathy: '#f07ab9', clarity: '#7fb2ff', professionalism: '#ffae5c',
    excellent: '#6fd07d', good: '#a4d66f', fair: '#f2bd55', weak: '#ff7b7b',
    ins: '#1f4a2b', del: '#5a2328', mark: '#5b4d0c', shadow: 'rgba(0,0,0,.5)',
  },
} as const satisfies Record<Scheme, Record<string, string>>;

export type Token = keyof (typeof TOKENS)['light'];

/** The underline colour of each category: the marks that must reach 3:1 on the page behind them. */
export const CATEGORY_TOKENS = ['empathy', 'clarity', 'professionalism'] as const;

/** `--name: value;` for every token of a scheme. */
export function cssVariables(scheme: Scheme): string {
  return Object.entries(TOKENS[scheme])
    .map(([name, value]) => `--${name}: ${value};`)
    .join(' ');
}

/** Light values on `selector`, dark ones when the system asks for dark (extension pages). */
export function systemSchemeCss(selector: string): string {
  return `${selector} { color-scheme: light dark; ${cssVariables('light')} }\n@media (prefers-color-scheme: dark) { ${selector} { ${cssVariables('dark')} } }`;
}

/** Values chosen by an attribute (the overlay picks the scheme from the page behind it). */
export function attributeSchemeCss(selector: (scheme: Scheme) => string): string {
  return (['light', 'dark'] as const).map((s) => `${selector(s)} { color-scheme: ${s}; ${cssVariables(s)} }`).join('\n');
}
