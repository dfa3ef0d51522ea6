import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../../contract/index.ts';
import {
  contradictions,
  defaultIssueTokenValues,
  formFieldOfWirePath,
  issueSummary,
  issueTokenFormSchema,
  toTokenParams,
  valuesForRegenerating,
  type IssueTokenFormValues,
} from './issue-token-form.ts';

const form = (changes: Partial<IssueTokenFormValues>): IssueTokenFormValues => ({ ...defaultIssueTokenValues, ...changes });

/** Field → message for every refusal the form's resolver would show. */
function refusals(values: IssueTokenFormValues): Record<string, string> {
  const checked = issueTokenFormSchema.safeParse(values);
  if (checked.success) return {};
  return Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('form → request', () => {
  it('sends only what was given: trimmed text, ticked flags, parsed numbers', () => {
    expect(toTokenParams(form({ appid: ' com.example.app ' }))).toEqual({ v2: true, appid: 'com.example.app', expiry: 525_600 });
    expect(
      toTokenParams(
        form({
          appid: 'com.example.app',
          expiry: '1440',
          autorefresh: '60',
          device: ' phone ',
          linkto: '42',
          android: true,
          javascript: true,
          url: 'https://app.example.com/',
          package: 'com.example.app',
        }),
      ),
    ).toEqual({
      v2: true,
      appid: 'com.example.app',
      expiry: 1440,
      autorefresh: 60,
      device: 'phone',
      linkto: 42,
      android: true,
      javascript: true,
      url: 'https://app.example.com/',
      package: 'com.example.app',
    });
  });

  it('links by address when the text is not a uid, and leaves auto-refresh 0 out', () => {
    expect(toTokenParams(form({ linkto: 'ada@example.com', autorefresh: '0' }))).toEqual({ v2: true, expiry: 525_600, linkto: 'ada@example.com' });
    expect(toTokenParams(form({ v2: false, appid: 'a.b' })).v2).toBe(false);
  });

  it('starts a regeneration from the device’s current restrictions', () => {
    const token: TokenInfo = {
      device: 'laptop', appid: 'com.example.chat', platforms: ['android', 'javascript'], allPlatforms: false,
      url: 'https://chat.example.com/', package: 'com.example.chat', bundle: null, v2: true,
      expiresAt: 0, autorefreshMinutes: 43_200, linkedTo: null, createdAt: 0, lastLoginAt: null, masked: 'v2.g1…abcd',
    };
    expect(valuesForRegenerating(token)).toEqual(
      form({
        appid: 'com.example.chat', device: 'laptop', autorefresh: '43200', android: true, javascript: true,
        url: 'https://chat.example.com/', package: 'com.example.chat',
      }),
    );
    expect(valuesForRegenerating({ ...token, allPlatforms: true, platforms: ['android', 'ios', 'javascript', 'python', 'cpp'] }).ios).toBe(false);
  });

  it('maps a backend’s field names onto the form', () => {
    expect(formFieldOfWirePath('user.token.linkto')).toBe('linkto');
    expect(formFieldOfWirePath('user.token.bundle')).toBe('bundle');
    expect(formFieldOfWirePath('user.profile.name')).toBeUndefined();
  });
});

describe('contradictions the form refuses', () => {
  it('accepts a consistent token', () => {
    expect(refusals(form({ appid: 'com.example.app' }))).toEqual({});
    expect(refusals(form({ android: true, package: 'com.example.app', javascript: true, url: 'https://a.example.com/' }))).toEqual({});
    expect(refusals(form({ javascript: true }))).toEqual({});
  });

  it('an Android package with Android unticked, an iOS bundle with iOS unticked', () => {
    expect(refusals(form({ package: 'com.example.app' })).package).toMatch(/Android is unticked/);
    expect(refusals(form({ bundle: 'com.example.ios', android: true, appid: 'com.example.app' })).bundle).toMatch(/iOS is unticked/);
    expect(contradictions(form({ package: 'com.example.app', android: true }))).toEqual([]);
  });

  it('a URL prefix on a token that is not valid in browsers', () => {
    expect(refusals(form({ android: true, appid: 'com.example.app', url: 'https://a.example.com/' })).url).toMatch(/JavaScript is unticked/);
    // No platform ticked: valid everywhere, the URL restricting browsers only.
    expect(refusals(form({ appid: 'com.example.app', url: 'https://a.example.com/' }))).toEqual({});
  });

  it('platform flags or a URL without the v2 format, and a v1 token without App ID (the contract’s rules)', () => {
    expect(refusals(form({ v2: false, appid: 'com.a.b', python: true })).v2).toMatch(/need the v2 token format/);
    expect(refusals(form({ v2: false, appid: 'com.a.b', url: 'https://a.example.com/' })).v2).toMatch(/v2/);
    expect(refusals(form({ v2: false })).appid).toMatch(/required for v1/);
  });

  it('an App ID missing where Android or iOS needs it', () => {
    expect(refusals(form({})).appid).toMatch(/App ID is required/);
    expect(refusals(form({ ios: true })).appid).toMatch(/App ID is required/);
    expect(refusals(form({ ios: true, bundle: 'com.example.ios' }))).toEqual({});
  });

  it('bad values, with the contract’s messages', () => {
    const bad = refusals(form({ appid: 'Com.Example', expiry: '', autorefresh: 'soon', url: 'ftp://x', linkto: '0', android: true, javascript: true }));
    expect(bad.appid).toMatch(/lower case/);
    expect(bad.expiry).toMatch(/whole minutes/);
    expect(bad.autorefresh).toMatch(/whole minutes/);
    expect(bad.url).toMatch(/http:\/\/ or https:\/\//);
    expect(bad.linkto).toMatch(/uid or the address/);
    expect(refusals(form({ appid: '123.456' })).appid).toMatch(/start with a letter/);
    expect(refusals(form({ appid: 'a.b', expiry: '0' })).expiry).toMatch(/at least 1 minute/);
  });
});

describe('the sentence above "Issue"', () => {
  it('explains the effect, or the first reason it cannot be issued', () => {
    expect(issueSummary(form({ appid: 'com.example.app' }))).toEqual({ issuable: true, text: 'Valid on all platforms for the app com.example.app.' });
    expect(issueSummary(form({ package: 'com.example.app', android: true, javascript: true, url: 'https://app.example.com/' })).text).toBe(
      'Valid only in Android apps with package com.example.app and in browsers under https://app.example.com/.',
    );
    const blocked = issueSummary(form({ package: 'com.example.app' }));
    expect(blocked.issuable).toBe(false);
    expect(blocked.text).toMatch(/^Cannot be issued yet: An Android package .*\.$/);
  });
});
