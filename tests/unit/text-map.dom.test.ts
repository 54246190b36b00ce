// The editor's plain text and its map back to the DOM: what the engine sees, and where an offset lands.
import { describe, expect, it } from 'vitest';
import { buildTextMap, rangeFor } from '../../src/content/text-map';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('buildTextMap', () => {
  it('turns divs, paragraphs and <br> into line breaks, &nbsp; into spaces, and keeps inline text together', () => {
    const el = editor('<div>Hi <b>Tom</b>,</div><div><br></div><div>Send the&nbsp;file <a href="x">here</a>.<br>Thanks</div><p>Mia</p>');
    expect(buildTextMap(el).text).toBe('Hi Tom,\n\nSend the file here.\nThanks\nMia');
  });

  it('skips images and excluded regions (quote, signature)', () => {
    const el = editor('<div>Body<img src="x.png" alt="logo"> text</div><div class="sig">MIA JONES</div><blockquote>quoted</blockquote>');
    const map = buildTextMap(el, (n) => n.nodeType === 1 && (n as Element).matches('.sig, blockquote'));
    expect(map.text).toBe('Body text');
  });

  it('maps every offset back to the DOM: a range over any span reads the same text', () => {
    const el = editor('<div>Per my <i>last</i> email,</div><div><br></div><div>send it&nbsp;ASAP!!!</div>');
    const map = buildTextMap(el);
    for (const word of ['Per my last email', 'last', 'ASAP', '!!!', 'send it']) {
      const start = map.text.indexOf(word);
      const range = rangeFor(map, start, start + word.length)!;
      expect(range.toString().replace(/\u00a0/g, ' ')).toBe(word);
    }
  });

  it('an empty range sits at the offset, for insertions', () => {
    const el = editor('<div>Hello</div><div>World</div>');
    const map = buildTextMap(el);
    const at = map.text.indexOf('World');
    const range = rangeFor(map, at, at)!;
    expect(range.collapsed).toBe(true);
    expect(range.startContainer.textContent).toBe('World');
    expect(range.startOffset).toBe(0);
  });
});
