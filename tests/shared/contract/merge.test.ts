import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mergeContracts } from '../../../electron/shared/contract/merge';
import { method, none } from '../../../electron/shared/contract/method';

describe('the contract', () => {
  it('joins its parts and keeps every method of each', () => {
    const merged = mergeContracts(
      { 'a.one': method<string>()(none) },
      { 'b.two': method<number>()(z.strictObject({ n: z.number() })) },
    );
    expect(Object.keys(merged)).toEqual(['a.one', 'b.two']);
    expect(merged['b.two'].input.safeParse({ n: 1 }).success).toBe(true);
  });

  it('refuses a method name declared in two parts, naming it', () => {
    expect(() =>
      mergeContracts({ 'workbook.open': method<string>()(none) }, { 'workbook.open': method<number>()(none) }),
    ).toThrow('The contract declares workbook.open twice.');
  });
});
