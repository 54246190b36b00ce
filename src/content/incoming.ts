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
  const full = clean(plainText(doc.body));
  let text = full;
  try {
    // Readability keeps the message and drops the chrome around it (buttons, layout tables). On a bare
    // quote it sometimes keeps only the header block: then the whole quote is the better text.
    const article = new Readability(doc, { charThreshold: 0 }).parse();
    if (article?.content) {
      const holder = document.implementation.createHTMLDocument('');
      holder.body.innerHTML = article.content;
      const main = clean(plainText(holder.body));
      if (main.length >= full.length * 0.6) text = main;
    }
  } catch {
    // Readability gives up on some fragments; the plain text is good enough then.
  }
  if (cache.size > 50) cache.clear();
  cache.set(html, text);
  return text;
}

/** Drop reply headers ("On … wrote:", From:/Sent:/To: lines) and extra white space. */
function clean(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^\s*(?:On .{4,200} wrote:\s*$|From:|Sent:|To:|Cc:|Subject:|Date:)/.test(l))
    .join('\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\n[ ]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, 8000);
}

/** Text with the line breaks a reader sees: <br> and block ends become newlines (textContent drops them). */
function plainText(root: HTMLElement): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push((n as Text).data);
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'BR') out.push('\n');
      else if (el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') {
        for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
        if (/^(?:DIV|P|LI|TR|H[1-6]|BLOCKQUOTE|TABLE|UL|OL|PRE|SECTION|ARTICLE)$/.test(el.tagName)) out.push('\n');
      }
    }
  };
  walk(root);
  return out.join('');
}
