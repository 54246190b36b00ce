// The message being replied to, as clean text: from the compose's quoted part, or from the open
// conversation above it. @mozilla/readability strips quoting chrome, signatures' layout and markup.
import { Readability } from '@mozilla/readability';

const cache = new Map<string, string>();

export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  const hit = cache.get(html);
  if (hit !== undefined) return hit;
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  const fallback = doc.body.innerText || doc.body.textContent || '';
  let text = fallback;
  try {
    const article = new Readability(doc, { charThreshold: 0, keepClasses: false }).parse();
    if (article?.textContent && article.textContent.trim().length > 0) text = article.textContent;
  } catch {
    // Readability gives up on some fragments; the plain text is good enough then.
  }
  const clean = text
    .split('\n')
    .filter((l) => !/^\s*(?:On .{4,120} wrote:|From:|Sent:|To:|Cc:|Subject:|Date:)/.test(l))
    .join('\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, 8000);
  if (cache.size > 50) cache.clear();
  cache.set(html, clean);
  return clean;
}
