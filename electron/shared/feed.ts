// How an author looks in a drawn feed post, on screen and on paper alike.

// A calm, platform-neutral palette: the colour follows the name, so the same
// author always looks the same.
const PALETTE = ['#2f6f8f', '#8a4f7d', '#3d7a4f', '#a0522d', '#5a5f9e', '#8c6d1f'];

export function avatarColour(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [...(parts[0] ?? '?')].slice(0, 1);
  return letters.join('').toLocaleUpperCase('sv');
}
