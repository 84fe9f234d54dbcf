type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;

/**
 * Joins the contract's parts into one. A name declared twice is a mistake that
 * spreading would hide (the later one silently wins), so it stops the app at start.
 */
export function mergeContracts<const Parts extends readonly object[]>(
  ...parts: Parts
): UnionToIntersection<Parts[number]> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) throw new Error(`The contract declares ${name} twice.`);
      merged[name] = value;
    }
  }
  return merged as UnionToIntersection<Parts[number]>;
}
