import type { SiteAdapter } from './types';
import { addressesIn } from './addresses';

// Outlook on the web. Class names there are hashed and change with every release: never rely on them.
// Labels are translated ("Message body" is "Nachrichtentext" in German): the editor is found by
// structure first (the child of #editorParent_N, in every language and in every draft tab), by
// aria-multiline only as a fallback, never by a label.
// Add-ins that set the body and forwarded mail prefix ids with x_ (#x_Signature, #x_divRplyFwdMsg),
// sometimes more than once, so ids are matched by their end.
export const outlook: SiteAdapter = {
  id: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  editorSelectors: ['[id^="editorParent_"] > [contenteditable="true"]', 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]'],
  quoteSelectors: ['[id$="divRplyFwdMsg"]', 'blockquote', '.x_gmail_quote', '.x_gmail_attr'],
  quoteStartSelectors: ['[id$="appendonsend"]', '[id$="divRplyFwdMsg"]', 'hr[tabindex="-1"]'],
  signatureSelectors: ['[id^="Signature"]', '[id^="x_Signature"]', '[id^="x_x_Signature"]'],
  subjectSelectors: ['[aria-label="Add a subject"]', 'input[aria-label^="Subject"]', 'input[maxlength="255"]'],
  composeSelectors: ['[role="dialog"]', '[role="main"]', 'form'],
  threadMessageSelectors: ['[aria-label="Message body"][role="document"]', 'div[role="document"]'],
  readRecipients: readOutlookRecipients,
  // The account menu ("Me control") shows the signed-in address.
  readOwnAddress: (doc) => addressesIn(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent ?? '')[0],
  composeHints: ['[id^="editorParent_"]', '[id^="docking_InitVisiblePart_"]'],
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
