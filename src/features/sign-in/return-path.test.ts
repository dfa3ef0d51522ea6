import { describe, expect, it } from 'vitest';
import { returnPath } from './forms/sign-in-form.ts';

const fallback = '/users';

describe('where signing in leads (the ?from= of the sign-in screen)', () => {
  it('goes back to a page of this console, query and hash included', () => {
    expect(returnPath('/users/42/tokens', fallback)).toBe('/users/42/tokens');
    expect(returnPath('/users?q=ada&sort=name', fallback)).toBe('/users?q=ada&sort=name');
    expect(returnPath('/audit#top', fallback)).toBe('/audit#top');
  });

  it('never leads off the console, nor into a script', () => {
    for (const from of [
      'javascript:window.__pwned=1',
      'JavaScript:alert(1)',
      'data:text/html,<script>window.__pwned=1</script>',
      'https://evil.example.com/users',
      '//evil.example.com/users',
      '/\\evil.example.com',
      '\\\\evil.example.com',
      '/\t/evil.example.com',
      '/\n/evil.example.com',
      ' /users',
      'users',
      '',
    ]) {
      expect(returnPath(from, fallback), JSON.stringify(from)).toBe(fallback);
    }
    expect(returnPath(null, fallback)).toBe(fallback);
  });

  it('does not loop back to the sign-in screen', () => {
    expect(returnPath('/sign-in', fallback)).toBe(fallback);
    expect(returnPath('/sign-in?from=%2Fusers', fallback)).toBe(fallback);
  });
});
