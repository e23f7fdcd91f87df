// @ts-nocheck
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import './src/runtime.ts';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everyone: our code would otherwise get the ESM build and Yoga the CJS one.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
