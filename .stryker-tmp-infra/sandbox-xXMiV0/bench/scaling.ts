// @ts-nocheck
// How cost grows with the page: the alert queue at 10, 50, 100 and 500 alerts (five pages of 100,
// following the cursor), through the gateway with no added upstream latency, one client.
import { operationText } from './scenarios/scenario.ts';

export interface ScalingRow {
  alerts: number;
  pages: number;
  /** Algoreg calls over all pages, as the sandbox counted them (token calls excluded). */
  calls: number;
  /** Distinct customers per page, summed over the pages (each page is its own request). */
  distinctCustomers: number;
  /** Most round trips one page took. */
  roundTripsPerPage: number;
  /** Median time for all the pages, one after the other, and per alert. */
  ms: number;
  msPerRow: number;
  /** Calls beyond one search per page, per distinct customer (1 = customers only). */
  callsPerCustomer: number;
}

export const SCALING_SIZES: readonly { alerts: number; pageSize: number }[] = [
  { alerts: 10, pageSize: 10 },
  { alerts: 50, pageSize: 50 },
  { alerts: 100, pageSize: 100 },
  { alerts: 500, pageSize: 100 },
];

interface Page {
  data?: {
    alerts?: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { customer?: { id: string } | null } }[];
    };
  };
  errors?: unknown[];
  extensions?: { upstream?: { roundTrips: number } };
}

export interface ScalingDeps {
  gatewayUrl: string;
  /** Fresh sandbox counters, with no call in flight. */
  reset(): Promise<void>;
  /** Calls the sandbox counted since the reset, token calls excluded. */
  calls(): Promise<number>;
}

export async function measureScaling(deps: ScalingDeps, repetitions: number): Promise<ScalingRow[]> {
  const query = operationText('alert-queue.graphql');
  const page = async (first: number, after: string | null): Promise<Page> => {
    const res = await fetch(`${deps.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables: { first, after } }),
    });
    const body = (await res.json()) as Page;
    if (!res.ok || body.errors)
      throw new Error(`scaling: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  /** Every page of one size, one after the other. */
  const walk = async (alerts: number, pageSize: number) => {
    const pages: Page[] = [];
    let after: string | null = null;
    for (let seen = 0; seen < alerts; seen += pageSize) {
      const p = await page(Math.min(pageSize, alerts - seen), after);
      pages.push(p);
      after = p.data?.alerts?.pageInfo.endCursor ?? null;
    }
    return pages;
  };

  const rows: ScalingRow[] = [];
  for (const { alerts, pageSize } of SCALING_SIZES) {
    await walk(alerts, pageSize); // warm-up (compiles the query for this size)
    await deps.reset();
    const pages = await walk(alerts, pageSize);
    const calls = await deps.calls();
    const rowsSeen = pages.reduce((n, p) => n + (p.data?.alerts?.edges.length ?? 0), 0);
    if (rowsSeen !== alerts) throw new Error(`scaling: expected ${alerts} alerts, got ${rowsSeen}`);
    const distinctCustomers = pages.reduce(
      (n, p) =>
        n + new Set(p.data?.alerts?.edges.flatMap((e) => (e.node.customer ? [e.node.customer.id] : []))).size,
      0,
    );
    const times: number[] = [];
    for (let i = 0; i < repetitions; i++) {
      const t0 = performance.now();
      await walk(alerts, pageSize);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)] as number;
    rows.push({
      alerts,
      pages: pages.length,
      calls,
      distinctCustomers,
      roundTripsPerPage: Math.max(...pages.map((p) => p.extensions?.upstream?.roundTrips ?? Number.NaN)),
      ms,
      msPerRow: ms / alerts,
      callsPerCustomer: (calls - pages.length) / distinctCustomers,
    });
  }
  return rows;
}

export function scalingMarkdown(rows: readonly ScalingRow[]): string {
  const lines = [
    '| alerts | pages | upstream calls | distinct customers (per page, summed) | calls − one search per page | round trips per page | ms (all pages, c1, median) | ms per alert |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.alerts} | ${r.pages} | ${r.calls} | ${r.distinctCustomers} | ${r.calls - r.pages} | ${r.roundTripsPerPage} | ${r.ms.toFixed(1)} | ${r.msPerRow.toFixed(3)} |`,
    ),
  ];
  return lines.join('\n');
}

/** A small two-panel chart: upstream calls against distinct customers, and ms per alert. */
export function scalingSvg(rows: readonly ScalingRow[]): string {
  const W = 640;
  const H = 240;
  const panel = (x0: number, title: string, series: { label: string; color: string; values: number[] }[]) => {
    const w = 260;
    const h = 150;
    const top = 50;
    const max = Math.max(...series.flatMap((s) => s.values)) * 1.15 || 1;
    const xs = rows.map((_, i) => x0 + 30 + (i * (w - 40)) / Math.max(1, rows.length - 1));
    const y = (v: number) => top + h - (v / max) * h;
    const out = [
      `<text x="${x0 + w / 2}" y="22" text-anchor="middle" font-weight="bold">${title}</text>`,
      `<line x1="${x0 + 20}" y1="${top + h}" x2="${x0 + w}" y2="${top + h}" stroke="#888"/>`,
      `<line x1="${x0 + 20}" y1="${top}" x2="${x0 + 20}" y2="${top + h}" stroke="#888"/>`,
      `<text x="${x0 + 16}" y="${top + 4}" text-anchor="end" font-size="10">${fmt(max)}</text>`,
      `<text x="${x0 + 16}" y="${top + h}" text-anchor="end" font-size="10">0</text>`,
      ...rows.map(
        (r, i) =>
          `<text x="${xs[i]}" y="${top + h + 14}" text-anchor="middle" font-size="10">${r.alerts}</text>`,
      ),
      `<text x="${x0 + w / 2}" y="${top + h + 30}" text-anchor="middle" font-size="10">alerts</text>`,
    ];
    series.forEach((s, k) => {
      const pts = s.values.map((v, i) => `${xs[i]?.toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      out.push(`<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
      for (const [i, v] of s.values.entries()) {
        out.push(
          `<circle cx="${xs[i]?.toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${s.label}: ${fmt(v)}</title></circle>`,
        );
      }
      out.push(`<text x="${x0 + 30 + k * 110}" y="38" font-size="10" fill="${s.color}">■ ${s.label}</text>`);
    });
    return out.join('\n  ');
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
  <rect width="${W}" height="${H}" fill="white"/>
  ${panel(20, 'Upstream calls', [
    { label: 'calls', color: '#1f77b4', values: rows.map((r) => r.calls) },
    { label: 'distinct customers', color: '#ff7f0e', values: rows.map((r) => r.distinctCustomers) },
  ])}
  ${panel(350, 'Gateway time per alert (ms, c1)', [
    { label: 'ms per alert', color: '#2ca02c', values: rows.map((r) => r.msPerRow) },
  ])}
</svg>
`;
}

const fmt = (v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(2));
