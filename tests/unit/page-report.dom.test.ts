// The page report a user copies from the popup when the coach can't read an editor: structure only,
// never the email's words (text, field values, labels, titles, links).
import { describe, expect, it } from 'vitest';
import { describe as token, pageReport } from '../../src/content/page-report';
import { gmail } from '../../src/sites/gmail';

const SECRET_WORDS = ['Confidential', 'merger', 'Anna', 'anna@example.org', 'Quarterly', 'layoffs', 'Tallinn', 'salary'];

function page(): Element {
  document.body.innerHTML = `
    <div class="nH" role="main">
      <div class="aoI" role="dialog" aria-label="Confidential merger">
        <input name="subjectbox" value="Quarterly layoffs" placeholder="Subject" title="Quarterly layoffs">
        <div class="M9">
          <div id=":b7" class="Xq Zz" contenteditable="true" aria-label="Message to anna@example.org" data-note="salary">
            <div>Hi Anna, the merger is confidential.</div>
            <a href="mailto:anna@example.org" title="Tallinn office">anna@example.org</a>
            <img alt="salary table" src="https://example.org/salary.png">
          </div>
        </div>
      </div>
    </div>`;
  return document.querySelector('input[name="subjectbox"]')!;
}

describe('page report', () => {
  it('describes tags, ids, classes, roles and editing attributes around the editor', () => {
    const report = pageReport(page(), gmail, 'no-match', '1.2.3');
    expect(report).toContain('site: gmail');
    expect(report).toContain('reason: no-match');
    expect(report).toContain('div.aoI[role=dialog]');
    expect(report).toContain('input[name=subjectbox]  <- recognised');
    expect(report).toContain('div#:b7.Xq.Zz[contenteditable=true]');
    expect(report).toContain('div.nH[role=main]');
  });

  it('never holds the words of the email: text, values, labels, titles, links, alt text or other attributes', () => {
    const report = pageReport(page(), gmail, 'no-match');
    for (const w of SECRET_WORDS) expect(report.toLowerCase(), w).not.toContain(w.toLowerCase());
    expect(report).not.toMatch(/@|https?:|mailto/);
  });

  it('trims long attribute values, so no long text can hide in a class or id', () => {
    const el = document.createElement('div');
    el.id = 'x'.repeat(200);
    expect(token(el).length).toBeLessThan(80);
  });
});
