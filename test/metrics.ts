/**
 * One sample of a gateway's `/metrics` (Prometheus text), e.g.
 * `algoreg_upstream_calls_total{route="…",status="200"}`; undefined when it has none.
 */
export async function metric(url: string, sample: string): Promise<number | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}
