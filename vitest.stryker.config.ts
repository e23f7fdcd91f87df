import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The suite Stryker runs against each mutant: the ordinary one without the browser tests (they
// exercise GraphiQL's page in Chromium, none of the mutated modules, and cost seconds per run).
export default mergeConfig(
  base,
  defineConfig({ test: { exclude: ['test/graphiql.test.ts', '**/node_modules/**', '.stryker-tmp/**'] } }),
);
