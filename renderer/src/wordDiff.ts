// Word-by-word comparison of two agreement versions, for readers who want to see
// what a new version changed without reading both side by side.

export type DiffOp = 'same' | 'add' | 'del';

/** A run of words with one fate; runs are shown with a single space between them. */
export interface DiffToken {
  op: DiffOp;
  text: string;
}

/** One point of the later version against the earlier: kept, reworded, new or dropped. */
export interface ListDiffRow {
  op: 'same' | 'changed' | 'add' | 'del';
  tokens: DiffToken[];
}

interface Step<T> {
  op: DiffOp;
  value: T;
}

/**
 * A longest-common-subsequence walk. Where both a deletion and an addition are
 * possible the deletion comes first, so a replaced word reads "old new".
 */
function lcsSteps<T>(a: readonly T[], b: readonly T[]): Step<T>[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  // suffix[i * cols + j]: length of the common subsequence of a[i..] and b[j..]
  const suffix = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      suffix[i * cols + j] =
        a[i] === b[j]
          ? suffix[(i + 1) * cols + j + 1]! + 1
          : Math.max(suffix[(i + 1) * cols + j]!, suffix[i * cols + j + 1]!);
    }
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      steps.push({ op: 'same', value: a[i]! });
      i++;
      j++;
    } else if (suffix[(i + 1) * cols + j]! >= suffix[i * cols + j + 1]!) steps.push({ op: 'del', value: a[i++]! });
    else steps.push({ op: 'add', value: b[j++]! });
  }
  while (i < a.length) steps.push({ op: 'del', value: a[i++]! });
  while (j < b.length) steps.push({ op: 'add', value: b[j++]! });
  return steps;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** What changed from `before` to `after`, word by word; whitespace differences do not count. */
export function wordDiff(before: string, after: string): DiffToken[] {
  const tokens: DiffToken[] = [];
  for (const { op, value } of lcsSteps(words(before), words(after))) {
    const last = tokens.at(-1);
    if (last && last.op === op) last.text += ` ${value}`;
    else tokens.push({ op, text: value });
  }
  return tokens;
}

/**
 * Compares two lists of points. Identical points match whole; between two
 * matches, removed and added points are paired in order and compared word by
 * word, so an edited point shows as one reworded point, not one gone and one new.
 */
export function listDiff(before: readonly string[], after: readonly string[]): ListDiffRow[] {
  const rows: ListDiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const settle = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) rows.push({ op: 'changed', tokens: wordDiff(removed[k]!, added[k]!) });
    for (const text of added.slice(paired)) rows.push({ op: 'add', tokens: [{ op: 'add', text }] });
    for (const text of removed.slice(paired)) rows.push({ op: 'del', tokens: [{ op: 'del', text }] });
    removed = [];
    added = [];
  };
  for (const { op, value } of lcsSteps(before, after)) {
    if (op === 'del') removed.push(value);
    else if (op === 'add') added.push(value);
    else {
      settle();
      rows.push({ op: 'same', tokens: [{ op: 'same', text: value }] });
    }
  }
  settle();
  return rows;
}
