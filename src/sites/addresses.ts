// Addresses as mail pages show them ("Anna Berg <anna@acme.com>", a chip's label, typed text).
export function addressesIn(text: string): string[] {
  return text.match(/[^\s<>(),;:"]+@[^\s<>(),;:"]+\.[a-z]{2,}/gi) ?? [];
}
