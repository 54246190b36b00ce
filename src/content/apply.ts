// Writing into the user's editor: only through the editor's own input path (execCommand insertText,
// which keeps its undo history and fires the events it listens to), one edit at a time, last first.
import type { Edit } from '../core/types';
import { applyEdits as applyTextEdits } from '../engine/apply';
import type { ApplyResult } from '../platform/messages';
import { rangeFor, type TextMap } from './text-map';
import { t } from '../i18n';

export function applyEdits(editor: HTMLElement, edits: readonly Edit[], analysedText: string, read: () => TextMap): ApplyResult {
  let map = read();
  // Refuse when the draft changed since it was analysed: offsets would point at other words.
  if (map.text !== analysedText) return { ok: false, error: t('applyRefused') };
  for (const e of edits) if (e.start < 0 || e.end > map.text.length || e.start > e.end) return { ok: false, error: t('applyRefused') };
  editor.focus();
  const merged = mergeWithinOneNode(map, edits);
  const sorted = [...(merged ?? edits)].sort((a, b) => b.start - a.start);
  for (const e of sorted) {
    const range = rangeFor(map, e.start, e.end);
    if (!range) return { ok: false, error: t('applyRefused') };
    // The DOM string of a range has no line breaks between blocks; compare without white space.
    const squash = (t: string) => t.replace(/[\s\u00a0]+/g, '');
    if (squash(range.toString()) !== squash(map.text.slice(e.start, e.end))) return { ok: false, error: t('applyRefused') };
    insert(editor, range, e.text);
    map = read();
  }
  return { ok: true };
}

/**
 * Several edits inside one text node become one edit, so one Ctrl+Z undoes the whole suggestion.
 * Only within one node: text between the edits is rewritten unchanged, and one node has one format.
 */
function mergeWithinOneNode(map: TextMap, edits: readonly Edit[]): Edit[] | undefined {
  if (edits.length < 2) return undefined;
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  const range = rangeFor(map, start, end);
  if (!range || range.startContainer !== range.endContainer || range.startContainer.nodeType !== 3) return undefined;
  const shifted = edits.map((e) => ({ ...e, start: e.start - start, end: e.end - start }));
  return [{ start, end, text: applyTextEdits(map.text.slice(start, end), shifted) }];
}

function insert(editor: HTMLElement, range: Range, text: string): void {
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
  const done = text === '' ? editor.ownerDocument.execCommand('delete', false) : editor.ownerDocument.execCommand('insertText', false, text);
  if (done) return;
  // Fallback for editors where execCommand is unavailable: ask the editor first, then edit the range.
  const event = new InputEvent('beforeinput', { inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true, targetRanges: [new StaticRange(range)] });
  if (!editor.dispatchEvent(event)) return;
  range.deleteContents();
  if (text) range.insertNode(editor.ownerDocument.createTextNode(text));
  editor.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true }));
}

