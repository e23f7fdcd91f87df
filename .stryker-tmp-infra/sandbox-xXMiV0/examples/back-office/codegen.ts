// @ts-nocheck
import { fileURLToPath } from 'node:url';
import { gatewayCodegenConfig } from '@algoreg/graphql-client/codegen';

// This page's own operations (`graphql(…)` calls in src/), typed against the gateway's schema as
// any team's would be: `npx graphql-codegen --config codegen.ts`, or the repository's `npm run generate`.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default gatewayCodegenConfig({
  documents: [here('src/**/*.tsx'), `!${here('src/gql/**')}`],
  output: `${here('src/gql')}/`,
});
