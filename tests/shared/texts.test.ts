import { describe, expect, it } from 'vitest';
import { bilingual, fill } from '../../electron/shared/texts';

// The @ts-expect-error lines are the test of the types: `npm run typecheck` fails if one stops being an error.
describe('bilingual texts', () => {
  it('give each language its words under the same keys', () => {
    const texts = bilingual({
      sv: { hello: 'Hej {name}', nested: { bye: 'Hej då' } },
      en: { hello: 'Hello {name}', nested: { bye: 'Bye' } },
    });
    expect(fill(texts.en.hello, { name: 'Åsa' })).toBe('Hello Åsa');
    expect(texts.sv.nested.bye).toBe('Hej då');
  });

  it('refuse English that misses, adds or misspells a key, and a read of a key Swedish lacks', () => {
    // @ts-expect-error English lacks a key
    bilingual({ sv: { a: 'A', b: 'B' }, en: { a: 'a' } });
    // @ts-expect-error English has a key Swedish lacks
    bilingual({ sv: { a: 'A' }, en: { a: 'a', c: 'c' } });
    // @ts-expect-error a nested key is misspelt
    bilingual({ sv: { n: { title: 'T' } }, en: { n: { titel: 't' } } });
    const texts = bilingual({ sv: { a: 'A' }, en: { a: 'a' } });
    // @ts-expect-error no such key
    expect(texts.sv.b).toBeUndefined();
  });

  it('leave a placeholder without a value as it is', () => {
    expect(fill('{n} of {total}', { n: 2 })).toBe('2 of {total}');
  });
});
