/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyMeta, securityHeaders } from './scripts/content-security-policy.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  // The dev server stays without the policy (its hot reloading runs inline scripts); preview is hardened.
  preview: { headers: securityHeaders },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    // CI has two cores; the fuzz suites and RTL flows can exceed the 5 s default there.
    testTimeout: 30_000,
  },
});
