// The message being replied to, turned into clean text for the engine.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/content/incoming';

describe('htmlToText', () => {
  it('reads a Gmail quote without the attribution line', () => {
    const html =
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 23 Nov 2026 at 10:02, Anna Tamm &lt;anna@example.org&gt; wrote:<br></div><blockquote class="gmail_quote"><div dir="ltr">Hi Mia,<br><br>This is the third time the invoice is wrong. I am really frustrated.<br><br>Anna</div></blockquote></div>';
    const text = htmlToText(html);
    expect(text).toContain('This is the third time the invoice is wrong. I am really frustrated.');
    expect(text).not.toContain('wrote:');
  });

  it('reads an Outlook reply header and body without the header fields', () => {
    const html = '<div id="divRplyFwdMsg"><b>From:</b> Anna<br><b>Sent:</b> Monday<br><b>Subject:</b> Invoice</div><div>Hi Mia,<br><br>I am worried about the deadline.</div>';
    const text = htmlToText(html);
    expect(text).toContain('I am worried about the deadline.');
    expect(text).not.toMatch(/From:|Sent:/);
  });

  it('is empty for nothing', () => {
    expect(htmlToText('')).toBe('');
  });
});

describe('htmlToText on an Outlook quote from #appendonsend onwards', () => {
  it('keeps the message when Readability would keep only the header', () => {
    const html = `<div id="appendonsend"></div><hr tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font><b>From:</b> Anna Tamm &lt;anna@example.org&gt;<br><b>Sent:</b> Monday, November 23, 2026 10:02<br><b>To:</b> Mia Jones<br><b>Subject:</b> Invoice again</font><div>&nbsp;</div></div><div dir="ltr">Hi Mia,<br><br>This is the third time the invoice is wrong. I am really frustrated.<br><br>Anna</div>`;
    const text = htmlToText(html);
    expect(text).toContain('I am really frustrated.');
    expect(text).not.toContain('From:');
  });
});
