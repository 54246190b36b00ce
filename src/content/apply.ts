// Writing into the user's editor: only through the editor's own input path (execCommand insertText
// and delete, which keep its undo history and fire the events it listens to), one edit at a time,
// last first. Three things the browser gets wrong on its own are handled here:
// - Replacing a range that starts a block and ends before a space and a formatted element drops
//   that space ("We still need tosend", in bold). So a replacement is typed first, at the start of
//   the old words (where it takes their formatting), and the old words are deleted after it.
// - Every execCommand is its own undo step. One action must be one Ctrl+Z: the steps of an apply
//   are recorded, and the next Ctrl+Z (or Edit → Undo) on the unchanged draft undoes all of them.
// - A suggestion with a [[slot]] selects the slot after applying, so typing replaces it.
import type { Edit } from '../core/types';
import { applyEdits as applyTextEdits } from '../engine/apply';
import type { ApplyResult } from '../platform/messages';
import { rangeFor, type TextMap } from './text-map';
import { t } from '../i18n';

const SLOT = /\[\[[^[\]\n]*\]\]/;

export function applyEdits(editor: HTMLElement, edits: readonly Edit[], analysedText: string, read: () => TextMap): ApplyResult {
  let map = read();
  // Refuse when the draft changed since it was analysed: offsets would point at other words.
  if (map.text !== analysedText) return { ok: false, error: t('applyRefused') };
  for (const e of edits) if (e.start < 0 || e.end > map.text.length || e.start > e.end) return { ok: false, error: t('applyRefused') };
  editor.focus();
  const doc = editor.ownerDocument;
  let steps = 0;
  const undoAll = () => {
    for (; steps > 0; steps--) doc.execCommand('undo', false);
  };
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const e of sorted) {
    const range = rangeFor(map, e.start, e.end);
    // The DOM string of a range has no line breaks between blocks; compare without white space.
    if (!range || squash(range.toString()) !== squash(map.text.slice(e.start, e.end))) {
      undoAll();
      return { ok: false, error: t('applyRefused') };
    }
    if (e.text && e.start < e.end) {
      // Type the new words in front of the old ones, then delete the old ones behind them.
      steps += command(editor, rangeFor(map, e.start, e.start)!, e.text);
      map = read();
      const old = rangeFor(map, e.start + e.text.length, e.end + e.text.length);
      if (!old) {
        undoAll();
        return { ok: false, error: t('applyRefused') };
      }
      steps += command(editor, old, '');
    } else {
      steps += command(editor, range, e.text);
    }
    map = read();
  }
  // Whatever the editor did, the result must be exactly the suggestion; otherwise put the draft back.
  if (map.text !== applyTextEdits(analysedText, edits)) {
    undoAll();
    return { ok: false, error: t('applyRefused') };
  }
  if (steps > 1) undoGroups.set(editor, { steps, text: map.text, read });
  selectFirstSlot(editor, map, edits);
  return { ok: true };
}

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '');

/** Run one editing command on a range; returns the number of undo steps it added (0 or 1). */
function command(editor: HTMLElement, range: Range, text: string): number {
  const doc = editor.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return 0;
  sel.removeAllRanges();
  sel.addRange(range);
  if (text === '' && range.collapsed) return 0;
  const done = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  if (done) return 1;
  // Fallback for editors where execCommand is unavailable: ask the editor first, then edit the range.
  const event = new InputEvent('beforeinput', { inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true, targetRanges: [new StaticRange(range)] });
  if (!editor.dispatchEvent(event)) return 0;
  range.deleteContents();
  if (text) range.insertNode(doc.createTextNode(text));
  editor.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true }));
  return 0;
}

/** Select the first [[slot]] the edits wrote, so the next keystrokes replace it. */
function selectFirstSlot(editor: HTMLElement, map: TextMap, edits: readonly Edit[]): void {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const m = SLOT.exec(e.text);
    if (m) {
      const at = e.start + shift + m.index;
      const range = rangeFor(map, at, at + m[0].length);
      const sel = editor.ownerDocument.getSelection();
      if (range && sel) {
        sel.removeAllRanges();
        sel.addRange(range);
      }
      return;
    }
    shift += e.text.length - (e.end - e.start);
  }
}

// ---- One action, one undo ---------------------------------------------------------------------

interface UndoGroup {
  steps: number;
  /** The draft right after the apply: the group holds only while the draft is still exactly this. */
  text: string;
  read: () => TextMap;
}

const undoGroups = new WeakMap<HTMLElement, UndoGroup>();
const redoGroups = new WeakMap<HTMLElement, UndoGroup>();

/**
 * Call on every keydown and beforeinput of the editor: an undo (Ctrl/Cmd+Z, Edit → Undo) right
 * after a multi-step apply undoes all its steps; the redo that follows redoes all of them.
 */
export function groupUndo(editor: HTMLElement, e: KeyboardEvent | InputEvent): void {
  const kind = undoKind(e);
  if (!kind) return;
  const groups = kind === 'undo' ? undoGroups : redoGroups;
  const group = groups.get(editor);
  groups.delete(editor);
  if (!group || group.read().text !== group.text) return;
  if (e instanceof InputEvent && !e.cancelable) return;
  e.preventDefault();
  const doc = editor.ownerDocument;
  for (let i = 0; i < group.steps; i++) doc.execCommand(kind, false);
  (kind === 'undo' ? redoGroups : undoGroups).set(editor, { ...group, text: group.read().text });
}

function undoKind(e: KeyboardEvent | InputEvent): 'undo' | 'redo' | undefined {
  if (e instanceof InputEvent) return e.inputType === 'historyUndo' ? 'undo' : e.inputType === 'historyRedo' ? 'redo' : undefined;
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}
