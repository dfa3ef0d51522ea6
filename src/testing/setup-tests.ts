import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// findBy*/waitFor give up after this long: generous so a busy 2-core CI machine does not fail a test
// whose answer is merely slow (they still return as soon as the element appears).
configure({ asyncUtilTimeout: 5000 });
