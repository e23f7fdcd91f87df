import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The suite Stryker runs against each mutant: the ordinary one without the tests whose gateway or
// client runs outside the test process (a mutant is only active in the process Stryker started, so
// they cannot kill one, yet every mutant they cover would run them: seconds to a minute each).
// Browser tests (GraphiQL, the example app), the client package built and installed, the cluster,
// Redis-backed replicas, the upload-memory child, `npm run check`'s schema script. Leaving tests out
// can only lower the score.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // One module graph for all files of a run: a mutant's run imports the instrumented code once,
      // not once per test file (the suite passes this way; 110 s in one worker against 200 s).
      isolate: false,
      exclude: [
        'test/graphiql.test.ts',
        'test/web-browser.test.ts',
        'test/back-office.e2e.test.ts',
        'test/client-package.test.ts',
        'test/cluster.test.ts',
        'test/live-redis.test.ts',
        'test/schema-check.test.ts',
        'test/upload-memory.test.ts',
        '**/node_modules/**',
        '.stryker-tmp/**',
      ],
    },
  }),
);
