import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { type DefinitionNode, Kind, parse, visit } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Config } from './config.ts';

/**
 * GraphiQL as a small HTML page plus separate, versioned, cacheable assets. The assets are those of
 * @graphql-yoga/render-graphiql (GraphiQL and its Monaco workers, no CDN), but served as files under
 * `/graphiql/<content hash>/` with `Cache-Control: immutable` and gzip, instead of 9 MB inlined in
 * every page load: a second load transfers the page only.
 *
 * That package is one 9 MB module of string constants: imported, its source and its strings would
 * stay in the heap of every process for good (~37 MiB), GraphiQL on or off, and V8 sizes the old
 * generation by what is live. So it is read once, on the first visit, by a short-lived worker
 * thread that hands back the assets as bytes (plain and gzipped, ~12 MB outside the heap) and exits.
 */

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  gzipped: Uint8Array<ArrayBuffer>;
}

interface Assets {
  /** Content hash of all the assets, in their path. */
  version: string;
  files: Map<string, Asset>;
}

/**
 * Run as the worker's source (eval): imports the package, encodes, hashes, replies. Built-ins come
 * from process.getBuiltinModule, so the source runs as CommonJS or as a module (a worker inherits
 * `--input-type`).
 */
const WORKER = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { createHash } = process.getBuiltinModule('node:crypto');
const { gzipSync } = process.getBuiltinModule('node:zlib');
import(workerData).then((m) => {
  const text = 'text/javascript; charset=utf-8';
  const dataUrl = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(m.favicon);
  const favicon = dataUrl
    ? { type: dataUrl[1], body: dataUrl[2] ? Buffer.from(dataUrl[3], 'base64') : Buffer.from(decodeURIComponent(dataUrl[3])) }
    : { type: 'text/plain', body: Buffer.alloc(0) };
  const files = [
    ['graphiql.js', text, Buffer.from(m.js)],
    ['graphiql.css', 'text/css; charset=utf-8', Buffer.from(m.css)],
    ['editor.worker.js', text, Buffer.from(m.editorWorkerService)],
    ['json.worker.js', text, Buffer.from(m.jsonWorker)],
    ['graphql.worker.js', text, Buffer.from(m.graphqlWorker)],
    ['favicon', favicon.type, favicon.body],
  ];
  const hash = createHash('sha256');
  for (const [, , body] of files) hash.update(body);
  parentPort.postMessage({
    version: hash.digest('hex').slice(0, 16),
    files: files.map(([name, type, body]) => [name, { type, body, gzipped: gzipSync(body) }]),
  });
});
`;

let loading: Promise<Assets> | undefined;

/** The assets, read by a worker on first use (and again after a failed read). */
function graphiqlAssets(): Promise<Assets> {
  loading ??= new Promise<Assets>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: import.meta.resolve('@graphql-yoga/render-graphiql/graphiql'),
    });
    worker.once('message', (m: { version: string; files: [string, Asset][] }) =>
      resolve({ version: m.version, files: new Map(m.files) }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`GraphiQL's assets could not be read (worker exited ${code})`)),
    );
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Where the assets are served; the content hash in the path changes whenever they do. */
function assetBase(version: string): string {
  return `/graphiql/${version}/`;
}

/** Serves the GraphiQL assets (only while GraphiQL is on). */
export async function graphiqlAssetRoute(
  request: Request,
  deps: { config: Config },
): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/graphiql/')) return undefined;
  if (!deps.config.graphiql) return new Response('Not found', { status: 404 });
  const { version, files } = await graphiqlAssets();
  const base = assetBase(version);
  const asset = pathname.startsWith(base) ? files.get(pathname.slice(base.length)) : undefined;
  if (!asset) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: `"${version}"`,
    vary: 'accept-encoding',
  };
  if (request.headers.get('if-none-match') === headers.etag)
    return new Response(null, { status: 304, headers });
  let body = asset.body;
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    body = asset.gzipped;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  return new Response(request.method === 'HEAD' ? null : body, { headers });
}

/** The GraphiQL page: a few kilobytes that load the versioned assets. */
export async function renderGraphiQLPage(opts: GraphiQLOptions | undefined): Promise<string> {
  const assets = assetBase((await graphiqlAssets()).version);
  // `<` escaped so that no string in the options can close the script element.
  const options = JSON.stringify(opts ?? {}).replace(/</g, '\\u003c');
  const base = JSON.stringify(assets);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(opts?.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${assets}favicon" />
    <link rel="stylesheet" href="${assets}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script src="${assets}graphiql.js"></script>
    <script>
      const base = ${base};
      const workers = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => base + workers[label] };
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${options});
    </script>
  </body>
</html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export interface ExampleTab {
  /** The operation's name, or `Welcome` for the first tab. */
  name: string;
  /** The operation with its leading note and the fragments it uses, and nothing else. */
  query: string;
  /** JSON text of the example variables. */
  variables: string;
}

const OPERATIONS_DIR = new URL('../schema/operations/', import.meta.url);

const WELCOME = `# The Algoreg GraphQL gateway: one typed graph over
# Algoreg's AML/KYC API. Each tab is an example: press ▶.
# extensions.upstream in each answer says what it cost.
query Welcome {
  customers(first: 3) {
    totalCount
    edges {
      node {
        externalId
        displayName
        overallRisk
      }
    }
  }
}
`;

/**
 * One tab per example operation of `schema/operations/`, each holding only its operation (with the
 * comment above it) and the fragments it uses, and the example variables of
 * `schema/operations/examples.json` (operations whose variables all have defaults need none).
 */
export function exampleTabs(): ExampleTab[] {
  let files: string[];
  try {
    files = readdirSync(OPERATIONS_DIR)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
  } catch {
    return [];
  }
  const examples = readExamples();
  const operations: { name: string; text: string; spreads: Set<string> }[] = [];
  const fragments = new Map<string, { text: string; spreads: Set<string> }>();
  for (const file of files) {
    const source = readFileSync(new URL(file, OPERATIONS_DIR), 'utf8');
    const document = parse(source);
    let previousEnd = 0;
    for (const definition of document.definitions) {
      const loc = definition.loc;
      if (!loc) continue;
      const text = leadingComment(source.slice(previousEnd, loc.start)) + source.slice(loc.start, loc.end);
      previousEnd = loc.end;
      const spreads = spreadsOf(definition);
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, { text, spreads });
      else if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
        operations.push({ name: definition.name.value, text, spreads });
    }
  }
  const tabs: ExampleTab[] = [{ name: 'Welcome', query: WELCOME, variables: '{}' }];
  for (const op of operations) {
    if (examples.hidden.includes(op.name)) continue;
    const used = new Set<string>();
    const visitSpreads = (names: Set<string>) => {
      for (const name of names) {
        if (used.has(name)) continue;
        used.add(name);
        visitSpreads(fragments.get(name)?.spreads ?? new Set());
      }
    };
    visitSpreads(op.spreads);
    const parts = [op.text, ...[...used].map((name) => fragments.get(name)?.text ?? '')];
    tabs.push({
      name: op.name,
      query: `${parts.join('\n\n').trim()}\n`,
      variables: JSON.stringify(examples.variables[op.name] ?? {}, null, 2),
    });
  }
  return tabs;
}

interface Examples {
  /** Example variables by operation name. */
  variables: Record<string, unknown>;
  /** Operations kept out of GraphiQL (e.g. benchmark variants of another tab). */
  hidden: string[];
}

function readExamples(): Examples {
  try {
    const raw = JSON.parse(
      readFileSync(new URL('examples.json', OPERATIONS_DIR), 'utf8'),
    ) as Partial<Examples>;
    return { variables: raw.variables ?? {}, hidden: raw.hidden ?? [] };
  } catch {
    return { variables: {}, hidden: [] };
  }
}

/** The comment lines directly above a definition (its note), without blank-line-separated ones. */
function leadingComment(between: string): string {
  const lines = between.split('\n');
  const kept: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('#')) kept.unshift(line);
    else if (line === '' && kept.length === 0) continue;
    else break;
  }
  return kept.length ? `${kept.join('\n')}\n` : '';
}

function spreadsOf(definition: DefinitionNode): Set<string> {
  const names = new Set<string>();
  visit(definition, {
    FragmentSpread(node) {
      names.add(node.name.value);
    },
  });
  return names;
}
