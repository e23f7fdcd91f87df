/**
 * The Node lines this project runs on (package.json `engines`, `.nvmrc`). Imported first by every
 * entry point, so a script started under an unsupported Node stops at once with a clear message
 * instead of failing later in some dependency. `npm` scripts run the Node pinned as a dev
 * dependency (`node_modules/.bin/node`), whatever the machine has installed.
 */
// @ts-nocheck

export const SUPPORTED_NODE_MAJORS: readonly number[] = [24, 26];

/** The reason a Node version is not supported, or undefined when it is. */
export function unsupportedNode(version: string): string | undefined {
  const major = Number(version.split('.')[0]);
  if (SUPPORTED_NODE_MAJORS.includes(major)) return undefined;
  return (
    `Node ${version} is not supported: this project runs on Node ${SUPPORTED_NODE_MAJORS.join(' or ')}. ` +
    'Run it through npm (`npm start`, `npm test`), which uses the Node that `npm ci` installs in node_modules/.bin.'
  );
}

const reason = unsupportedNode(process.versions.node);
if (reason) {
  console.error(reason);
  process.exit(1);
}
