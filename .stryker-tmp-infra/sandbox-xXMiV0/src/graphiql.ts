// @ts-nocheck
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  css,
  editorWorkerService,
  favicon,
  graphqlWorker,
  js,
  jsonWorker,
} from '@graphql-yoga/render-graphiql/graphiql';
import { type DefinitionNode, Kind, parse, visit } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Config } from './config.ts';

/**
 * GraphiQL as a small HTML page plus separate, versioned, cacheable assets. The assets are those of
 * @graphql-yoga/render-graphiql (GraphiQL and its Monaco workers, no CDN), but served as files under
 * `/graphiql/<content hash>/` with `Cache-Control: immutable` and gzip, instead of 9 MB inlined in
 * every page load: a second load transfers the page only.
 */

interface Asset {
  type: string;
  body: Buffer;
  gzipped?: Buffer;
}

const ASSETS = new Map<string, Asset>([
  ['graphiql.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(js) }],
  ['graphiql.css', { type: 'text/css; charset=utf-8', body: Buffer.from(css) }],
  ['editor.worker.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(editorWorkerService) }],
  ['json.worker.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(jsonWorker) }],
  ['graphql.worker.js', { type: 'text/javascript; charset=utf-8', body: Buffer.from(graphqlWorker) }],
  ['favicon', dataUrlAsset(favicon)],
]);

/** The favicon comes as a `data:` URL of ~150 KB: served as a file instead of inlined in the page. */
function dataUrlAsset(url: string): Asset {
  const m = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(url);
  if (!m) return { type: 'text/plain', body: Buffer.alloc(0) };
  const body = m[2] ? Buffer.from(m[3] ?? '', 'base64') : Buffer.from(decodeURIComponent(m[3] ?? ''));
  return { type: m[1] ?? 'application/octet-stream', body };
}

const VERSION = (() => {
  const hash = createHash('sha256');
  for (const asset of ASSETS.values()) hash.update(asset.body);
  return hash.digest('hex').slice(0, 16);
})();

/** Where the assets are served; the content hash in the path changes whenever they do. */
export const GRAPHIQL_ASSET_BASE = `/graphiql/${VERSION}/`;

/** Serves the GraphiQL assets (only while GraphiQL is on). */
export async function graphiqlAssetRoute(
  request: Request,
  deps: { config: Config },
): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/graphiql/')) return undefined;
  const asset = pathname.startsWith(GRAPHIQL_ASSET_BASE)
    ? ASSETS.get(pathname.slice(GRAPHIQL_ASSET_BASE.length))
    : undefined;
  if (!asset || !deps.config.graphiql) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = {
    'content-type': asset.type,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: `"${VERSION}"`,
    vary: 'accept-encoding',
  };
  if (request.headers.get('if-none-match') === headers.etag)
    return new Response(null, { status: 304, headers });
  let body = asset.body;
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
    asset.gzipped ??= gzipSync(asset.body);
    body = asset.gzipped;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers });
}

/** The GraphiQL page: a few kilobytes that load the versioned assets. */
export function renderGraphiQLPage(opts: GraphiQLOptions | undefined): string {
  // `<` escaped so that no string in the options can close the script element.
  const options = JSON.stringify(opts ?? {}).replace(/</g, '\\u003c');
  const base = JSON.stringify(GRAPHIQL_ASSET_BASE);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(opts?.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${GRAPHIQL_ASSET_BASE}favicon" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSET_BASE}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script src="${GRAPHIQL_ASSET_BASE}graphiql.js"></script>
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
