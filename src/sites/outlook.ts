import type { SiteAdapter } from './types';
import { addressesIn } from './addresses';

// Outlook on the web. Class names there are hashed and change with every release: never rely on them.
export const outlook: SiteAdapter = {
  id: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  editorSelectors: ['div[role="textbox"][aria-label^="Message body"]', '[contenteditable="true"][aria-label^="Message body"]', 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]'],
  quoteSelectors: ['#divRplyFwdMsg', 'blockquote'],
  quoteStartSelectors: ['#appendonsend', '#divRplyFwdMsg', 'hr[tabindex="-1"]'],
  signatureSelectors: ['#Signature', '[id^="Signature"]'],
  subjectSelectors: ['[aria-label="Add a subject"]', 'input[aria-label^="Subject"]'],
  composeSelectors: ['[role="dialog"]', '[role="main"]', 'form'],
  threadMessageSelectors: ['[aria-label="Message body"][role="document"]', 'div[role="document"]'],
  readRecipients: readOutlookRecipients,
  // The account menu ("Me control") shows the signed-in address.
  readOwnAddress: (doc) => addressesIn(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent ?? '')[0],
};

/**
 * To and Cc of an Outlook compose. Each field is a role="group" whose id ends in _TO or _CC (the
 * prefix is random per compose; the suffix does not change with the UI language). A resolved
 * recipient is a chip (class _EType_RECIPIENT_ENTITY) whose aria-label is the address even when it
 * shows a display name; an address not yet resolved is plain text in the field.
 */
function readOutlookRecipients(compose: ParentNode): string[] {
  const out: string[] = [];
  for (const suffix of ['_TO', '_CC']) {
    const group = [...compose.querySelectorAll('[role="group"][id]')].find((g) => g.id.endsWith(suffix));
    if (!group) continue;
    const chips = [...group.querySelectorAll('._EType_RECIPIENT_ENTITY')];
    for (const chip of chips) out.push(...addressesIn(`${chip.getAttribute('aria-label') ?? ''} ${chip.getAttribute('title') ?? ''}`));
    const typed = group.cloneNode(true) as Element;
    for (const chip of typed.querySelectorAll('._EType_RECIPIENT_ENTITY')) chip.remove();
    out.push(...addressesIn(typed.textContent ?? ''));
  }
  return out;
}
