// Where the records live: storage.local on this computer only (never sync: they are private).
import { storage } from '#imports';
import { prune, type EmailRecord } from '../records';

export const recordsItem = storage.defineItem<EmailRecord[]>('local:records', { fallback: [] });

export async function loadRecords(now = Date.now()): Promise<EmailRecord[]> {
  const all = await recordsItem.getValue();
  const kept = prune(Array.isArray(all) ? all : [], now);
  if (kept.length !== all.length) await recordsItem.setValue(kept);
  return kept;
}

export async function addRecord(record: EmailRecord, now = Date.now()): Promise<void> {
  await recordsItem.setValue(prune([...(await loadRecords(now)), record], now));
}

export async function clearRecords(): Promise<void> {
  await recordsItem.setValue([]);
}
