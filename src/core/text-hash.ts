// A short, stable hash of text (FNV-1a, 32 bits, base 36): the same on every build and machine, no crypto needed.

export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
