/**
 * A value built on first use, then kept. Building a zod schema costs time (about a
 * tenth of a millisecond for each part), and most uses need few of them: a module
 * holding schemas exports them through this, so importing it builds nothing.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
