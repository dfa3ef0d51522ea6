import { describe, expect, it } from 'vitest';
import { describeRestriction, platformsText, restrictionOfParams } from './token-restriction.ts';

const sentence = (params: Parameters<typeof restrictionOfParams>[0]) => describeRestriction(restrictionOfParams(params));

describe('the restriction sentence', () => {
  it('says a token without restrictions is valid everywhere, naming the app and URL when given', () => {
    expect(sentence({})).toBe('Valid on all platforms.');
    expect(sentence({ appid: 'com.example.app' })).toBe('Valid on all platforms for the app com.example.app.');
    expect(sentence({ appid: 'com.example.app', url: 'https://app.example.com/' })).toBe(
      'Valid on all platforms for the app com.example.app; in browsers only under https://app.example.com/.',
    );
  });

  it('names what Android and the browser check (the issue’s own example)', () => {
    expect(sentence({ package: 'com.example.app', javascript: true, url: 'https://app.example.com/' })).toBe(
      'Valid only in Android apps with package com.example.app and in browsers under https://app.example.com/.',
    );
  });

  it('uses the package / bundle ID over the App ID on Android / iOS, and the App ID as setAppName elsewhere', () => {
    expect(sentence({ appid: 'com.example.chat', android: true, ios: true, bundle: 'com.example.ios', python: true })).toBe(
      'Valid only in Android apps with package com.example.chat, in iOS apps with bundle ID com.example.ios, and in Python apps with app name com.example.chat.',
    );
    expect(sentence({ appid: 'com.example.cli', cpp: true })).toBe('Valid only in C++ apps with app name com.example.cli.');
  });

  it('treats a package as Android and a bundle as iOS even with no box ticked, as the contract does', () => {
    const restriction = restrictionOfParams({ bundle: 'com.example.ios' });
    expect(restriction).toMatchObject({ allPlatforms: false, platforms: ['ios'] });
    expect(describeRestriction(restriction)).toBe('Valid only in iOS apps with bundle ID com.example.ios.');
  });

  it('describes an issued token from the inventory the same way', () => {
    const issued = { allPlatforms: false, platforms: ['javascript'] as const, appid: null, url: 'https://Chat.example.com/', package: null, bundle: null };
    expect(describeRestriction(issued)).toBe('Valid only in browsers under https://Chat.example.com/.');
    expect(platformsText(issued)).toBe('JavaScript');
    expect(platformsText({ allPlatforms: true, platforms: ['android', 'ios', 'javascript', 'python', 'cpp'] })).toBe('All platforms');
  });
});
