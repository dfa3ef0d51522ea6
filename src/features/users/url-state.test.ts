import { describe, expect, it } from 'vitest';
import { changeDirectoryState, defaultDirectoryState, parseDirectorySearch, toDirectorySearch } from './url-state.ts';

const parse = (query: string) => parseDirectorySearch(new URLSearchParams(query));

describe('directory URL state', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(defaultDirectoryState);
  });

  it('reads every parameter', () => {
    expect(parse('q=ada&active=inactive&sort=name&order=desc&cursor=abc&size=100&platform=ios&token=expiringSoon&presence=online')).toEqual({
      q: 'ada',
      active: 'inactive',
      sort: 'name',
      order: 'desc',
      cursor: 'abc',
      size: 100,
      platform: 'ios',
      token: 'expiringSoon',
      presence: 'online',
    });
  });

  it('reads the presence filter and the recently-active sort, falling back to "any"', () => {
    expect(parse('presence=dormant30d&sort=lastSeen&order=desc')).toMatchObject({ presence: 'dormant30d', sort: 'lastSeen', order: 'desc' });
    expect(parse('presence=sometimes').presence).toBe('any');
    expect(toDirectorySearch({ ...defaultDirectoryState, presence: 'seen24h' }).toString()).toBe('presence=seen24h');
  });

  it('falls back to "any" for an unknown token platform or state', () => {
    expect(parse('platform=symbian&token=soonish')).toEqual(defaultDirectoryState);
    expect(parse('platform=cpp&token=none')).toMatchObject({ platform: 'cpp', token: 'none' });
  });

  it('falls back per parameter when a value is malformed, keeping the good ones', () => {
    expect(parse('q=%20ada%20&active=maybe&sort=email&order=sideways&size=33')).toEqual({
      ...defaultDirectoryState,
      q: 'ada',
    });
    expect(parse('size=abc&cursor=').size).toBe(50);
    expect(parse('cursor=').cursor).toBeUndefined();
  });

  it('cuts an over-long search to the contract limit instead of failing', () => {
    expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(128);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(toDirectorySearch(defaultDirectoryState).toString()).toBe('');
    const state = {
      ...defaultDirectoryState,
      q: 'ada lovelace',
      sort: 'address' as const,
      order: 'desc' as const,
      size: 25,
      platform: 'javascript' as const,
      token: 'none' as const,
    };
    expect(parseDirectorySearch(toDirectorySearch(state))).toEqual(state);
  });

  it('drops the cursor on any change but paging', () => {
    const onPage2 = { ...defaultDirectoryState, cursor: 'c2' };
    expect(changeDirectoryState(onPage2, { q: 'x' }).cursor).toBeUndefined();
    expect(changeDirectoryState(onPage2, { sort: 'name' }).cursor).toBeUndefined();
    expect(changeDirectoryState(onPage2, { platform: 'android' }).cursor).toBeUndefined();
    expect(changeDirectoryState(onPage2, { cursor: 'c3' }).cursor).toBe('c3');
  });
});
