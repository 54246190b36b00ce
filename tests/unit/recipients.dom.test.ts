// Recipients read from the Gmail and Outlook fixture pages (the real chip markup), as the content
// script reads them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmail } from '../../src/sites/gmail';
import { outlook } from '../../src/sites/outlook';

function load(name: string): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.innerHTML = readFileSync(resolve('tests/fixtures', name), 'utf8').replace(/^<!doctype html>/i, '').replace(/<(script|link)\b[^>]*>(<\/script>)?/g, '');
  return doc;
}

describe('recipients', () => {
  it('Gmail: To and Cc chips (data-hovercard-id), the typed address, the account and the draft id', () => {
    const doc = load('gmail-recipients.html');
    const compose = doc.querySelector('[role="dialog"]')!;
    expect(gmail.readRecipients!(compose)).toEqual(['anna@acme.com', 'tom@example.org']);
    doc.querySelector<HTMLInputElement>('input[name="cc"]')!.value = 'lisa@globex.com, ';
    expect(gmail.readRecipients!(compose)).toEqual(['anna@acme.com', 'tom@example.org', 'lisa@globex.com']);
    expect(gmail.readDraftId!(compose)).toBe('#msg-a:r-4012889134577');
  });

  it('Gmail: the older compose keeps "Name <address>" in hidden inputs inside .vR chips', () => {
    const doc = load('gmail-recipients.html');
    doc.querySelector('.GS')!.innerHTML =
      '<tbody><tr><td class="eV"><div><div><div class="vR"><span class="vN bfK a3q" email="anna@acme.com"><div class="vT">Anna Berg</div></span><div class="vM" role="button"></div><input type="hidden" name="to" value="Anna Berg <anna@acme.com>"></div><textarea class="vO" name="to"></textarea></div></div></td></tr></tbody>';
    expect(gmail.readRecipients!(doc.querySelector('[role="dialog"]')!)).toEqual(['Anna Berg <anna@acme.com>']);
  });

  it('Outlook: chips in the _TO and _CC groups (aria-label is the address), and the signed-in account', () => {
    const doc = load('outlook-recipients.html');
    const compose = doc.querySelector('[role="main"]')!;
    expect(outlook.readRecipients!(compose)).toEqual(['anna@acme.com', 'tom@example.org']);
    expect(outlook.readOwnAddress!(doc)).toBe('mia@example.org');
  });
});
