// @ts-nocheck
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The suite Stryker runs against each mutant: the ordinary one without the browser test (GraphiQL's
// page in Chromium: none of the mutated modules, seconds per run) and the upload-memory test (its
// gateway runs in a child process, whose coverage Stryker cannot see).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // One module graph for all files of a run: a mutant's run imports the instrumented code once,
      // not once per test file (the suite passes this way; 110 s in one worker against 200 s).
      isolate: false,
      exclude: [
        'test/graphiql.test.ts',
        'test/upload-memory.test.ts',
        '**/node_modules/**',
        '.stryker-tmp/**',
      ],
    },
  }),
);
