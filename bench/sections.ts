// `node bench/sections.ts [--requests=2000] [--rounds=3]`: what each part of the customer 360
// costs the gateway, in CPU per request (8 clients, no added latency, median of the rounds): an
// empty query (`{ __typename }`, the fixed cost of a GraphQL request), the customer detail alone
// (one call), the detail with each of the 360's sections beside it (two calls each), the whole
// CustomerOverview fragment and the benchmark's Customer360Bench. Shows whether the gap to the
// hand-written service is the fixed cost of a request or the cost of each call and its fields.
import '../src/runtime.ts';
import { SANDBOX_CREDENTIALS } from '../src/config.ts';
import { median, option } from './cli.ts';
import { load } from './load.ts';
import { type Service, startBenchServices } from './processes.ts';
import { operationText } from './scenarios/scenario.ts';

const requests = Number(option('requests') ?? 2000);
const rounds = Number(option('rounds') ?? 3);

const customer = (selection: string) => `{ customer(externalId: "C-0015") { externalId ${selection} } }`;
const overview = operationText('customer-overview.graphql');
const queries: [string, string][] = [
  ['empty query ({ __typename })', '{ __typename }'],
  ['customer detail alone', customer('')],
  [
    '+ identity and screening fields',
    customer(
      'id displayName accountType firstName lastName companyName dateOfBirth nationalityCodes domicileCodes reviewGroups overallRisk eddStatus { state rawState nextReviewDate agentName } screening { pep mayBePep mayBeSanctioned pressRisk mayBePressRisk } identityVerification { succeeded failed inProgress }',
    ),
  ],
  ['+ risk factors', customer('risk { level score computedAt factors { name value level contribution } }')],
  ['+ last EDD', customer('lastEdd { state rawState agentName comment revisionNumber nextReviewDate }')],
  [
    '+ press report',
    customer(
      'pressReport { id status completedAt summary articles { title source publishedAt url categories relevance } }',
    ),
  ],
  [
    '+ timeline (10 events)',
    customer('events(first: 10) { totalCount edges { node { id type title createdAt } } }'),
  ],
  [
    '+ alerts (10)',
    customer(
      'alerts(first: 10) { totalCount edges { node { id alertId createdAt profileNumber lastRevision { state score topCategory createdAt } } } }',
    ),
  ],
  [
    '+ documents (10)',
    customer(
      'documents(first: 10) { totalCount edges { node { documentId displayName fileType mimeType size tags createdAt } } }',
    ),
  ],
  ['CustomerOverview (5 calls)', `${overview}\n${customer('...CustomerOverview')}`],
  ['Customer360Bench (7 calls)', operationText('customer-360-bench.graphql')],
];

const services: Service[] = [];
try {
  const { gateway } = await startBenchServices(services, SANDBOX_CREDENTIALS);
  console.log('query | gateway CPU ms/req (median) | rounds | answer bytes');
  for (const [name, query] of queries) {
    const body = JSON.stringify({ query });
    const request = {
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body,
    };
    const answer = await (await fetch(`${gateway.url}/graphql`, { ...request, body })).text();
    if (answer.includes('"errors"')) throw new Error(`${name}: ${answer.slice(0, 300)}`);
    await load({ url: gateway.url, requests: [request], connections: 8, duration: 60, amount: requests / 4 });
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const res = await load({
        url: gateway.url,
        requests: [request],
        connections: 8,
        duration: 120,
        amount: requests,
        pid: gateway.pid,
      });
      if (res.failures) throw new Error(`${name}: ${res.failures} failures`);
      cpu.push(res.cpuMsPerRequest ?? Number.NaN);
    }
    console.log(
      `${name} | ${median(cpu).toFixed(3)} | ${cpu.map((x) => x.toFixed(2)).join(', ')} | ${answer.length}`,
    );
  }
} finally {
  for (const s of services.reverse()) await s.stop();
}
