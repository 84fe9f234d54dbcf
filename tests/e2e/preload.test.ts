import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

// The page runs the real built preload: what Electron's IPC refuses, the tests refuse too.

const { open } = useApp();

describe('window.samsyn in the page', () => {
  it('refuses a reactive Proxy or a function as an argument, as Electron does', async () => {
    const app = await open();
    const answers = await app.page.evaluate(async () => {
      const attempt = (input: unknown) =>
        window.samsyn.app.setLanguage(input as never).then(
          () => 'sent',
          (error: Error) => error.message,
        );
      return [
        await attempt(new Proxy({ language: 'en' }, {})),
        await attempt({ language: 'en', pick: () => 'en' }),
        await attempt({ language: 'en' }),
      ];
    });
    expect(answers[0]).toMatch(/could not be cloned/);
    expect(answers[1]).toMatch(/could not be cloned/);
    expect(answers[2]).toBe('sent');
    await app.close();
  });
});
