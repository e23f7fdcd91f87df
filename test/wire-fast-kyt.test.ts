import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFast } from '../src/algoreg/wire/fast.ts';
import { transaction, transactionHistory, transactionPage } from '../src/algoreg/wire/kyt.ts';
import { exactAmounts } from '../src/algoreg/wire/kyt-amount.ts';
import '../src/algoreg/wire/kyt-fast.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/server.ts';
import { agrees, altered, askSandbox } from './wire-fast.ts';

/**
 * The one-pass readers of wire/kyt-fast.ts against their zod schemas, on the answers the sandbox
 * gives (read over HTTP and rewritten with `exactAmounts` before parsing, as http.ts reads them)
 * and on copies altered one value at a time: a fast path answers exactly what the schema answers,
 * and gives up exactly where the schema refuses.
 */

let sandbox: Sandbox;
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let pages: any[];
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let singles: any[];
// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
let histories: any[];
/** The first page's text with its amounts written as JSON numbers, as API.md documents them. */
let numericPageText: string;

async function algoreg(method: string, path: string, body?: unknown) {
  const res = await askSandbox(sandbox.url, method, path, body, exactAmounts);
  expect(res.status).toBe(200);
  return { text: res.text, json: JSON.parse(res.json) };
}

/** A side the seed never writes: an unknown customer with a device, an institution and a method. */
const side = (externalId: string) => ({
  external_id: externalId,
  full_name: 'Wire Example',
  account_type: 'F',
  domicile_code: 'BEL',
  device: { '2fa': false, '3ds': true, ip: '192.0.2.1', session_duration: 12.5, session_id: 42 },
  payment_institution: { external_id: 'BANK-X', code: 'XBANKBEBB', name: 'X', country: 'BEL' },
  payment_method: { type: 'card', code: 'VISA', country: 'BEL' },
});

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
  pages = [];
  for (let offset = 0; ; offset += 100) {
    const page = await algoreg('POST', '/api/v1/kyt/transactions', { limit: 100, offset });
    if (offset === 0)
      numericPageText = page.text.replace(/"(amount|converted_amount)":"([^"]*)"/g, '"$1":$2');
    pages.push(page.json);
    if (page.json.data.length < 100) break;
  }
  // Answers of Create and Update transaction: a crypto hash spelt as the guide spells it, review
  // groups as a `"A;B"` string, no converted amount.
  const created = (
    await algoreg('POST', '/api/v1/kyt/transaction', {
      external_id: 'PAY-WIRE-FAST',
      date: '2026-03-02T10:15:00Z',
      amount: 1.5e-7,
      currency: 'BTC',
      from: side('EXT-WIRE-A'),
      to: side('EXT-WIRE-B'),
      crypto: { blockchain: 'bitcoin', txhash: '0xabc' },
      fields: { channel: 'web', nested: [1, { a: null }] },
      review_groups: ' a ; b;;',
      tags: ['wire'],
    })
  ).json;
  const updated = (
    await algoreg('POST', `/api/v1/kyt/transaction/${created.id}`, { state: 'blocked', comment: 'Held.' })
  ).json;
  singles = [created, updated];
  histories = [];
  const ids = [created.id, ...pages[0].data.slice(0, 40).map((t: { id: string }) => t.id)];
  for (const id of ids) {
    singles.push((await algoreg('GET', `/api/v1/kyt/transaction/${id}`)).json);
    histories.push((await algoreg('GET', `/api/v1/kyt/transaction/${id}/full_history`)).json);
  }
});
afterAll(() => sandbox.close());

/**
 * `altered` copies as JSON.parse gives them: an item deleted from a list leaves a hole, which no
 * JSON text holds (zod's `every` skips it, the readers give up on it); written out, it is a null.
 */
function* asJson(copies: Generator<unknown>): Generator<unknown> {
  for (const copy of copies) yield JSON.parse(JSON.stringify(copy));
}

// biome-ignore lint/suspicious/noExplicitAny: Algoreg JSON, read by the test
const all = (): any[] => [...pages.flatMap((p) => p.data), ...singles];

describe('one-pass readers of KYT transactions', () => {
  it('read every page, every transaction and every history exactly as their schemas do', () => {
    const transactions = all();
    expect(transactions.length).toBeGreaterThan(2000);
    // Every shape the readers have a branch for occurs among the real answers.
    expect(transactions.filter((t) => t.crypto?.tx_hash).length).toBeGreaterThan(10);
    expect(transactions.filter((t) => t.from?.device).length).toBeGreaterThan(100);
    expect(transactions.filter((t) => t.to?.payment_method).length).toBeGreaterThan(0);
    expect(new Set(transactions.map((t) => t.state))).toEqual(new Set(['allowed', 'delayed', 'blocked']));
    expect(pages.map((p) => agrees(transactionPage, p))).not.toContain('slow');
    expect(singles.map((t) => agrees(transaction, t))).not.toContain('slow');
    expect(histories.filter((h) => h.history_items.length > 1).length).toBeGreaterThan(0);
    expect(histories.map((h) => agrees(transactionHistory, h))).not.toContain('slow');
  });

  it('read amounts Algoreg sends as JSON numbers, once http.ts has rewritten them, digit for digit', () => {
    expect(numericPageText).toMatch(/"amount":\d/);
    const data = JSON.parse(exactAmounts(numericPageText));
    expect(agrees(transactionPage, data)).toBe('fast');
    expect(readFast(transactionPage, data)).toStrictEqual(readFast(transactionPage, pages[0]));
  });

  it('answer the same or give up when any value is missing, null, empty or of another type', () => {
    const counts = { fast: 0, slow: 0 };
    const transactions = all();
    const sample = [
      ...singles.slice(0, 3),
      ...transactions.filter((t) => t.crypto).slice(0, 2),
      ...transactions.filter((t) => t.from?.device).slice(0, 2),
    ];
    const paths = [
      ['*'],
      ...['from', 'to'].flatMap((s) => [
        [s, '*'],
        [s, 'device', '*'],
        [s, 'payment_institution', '*'],
        [s, 'payment_method', '*'],
      ]),
      ['crypto', '*'],
      ['rules', '0', '*'],
      ['rules', '1'],
      ['customers', '0'],
      ['review_groups', '0'],
      ['search_vector', '0'],
      ['tags', '0'],
    ];
    for (const t of sample)
      for (const copy of asJson(altered(t, paths))) counts[agrees(transaction, copy)] += 1;

    const page = { ...pages[0], data: pages[0].data.slice(0, 3) };
    for (const copy of asJson(altered(page, [['*'], ['data', '0'], ['data', '1', '*']])))
      counts[agrees(transactionPage, copy)] += 1;

    for (const h of histories.slice(0, 3))
      for (const copy of asJson(
        altered(h, [['*'], ['history_items', '*'], ['history_items', '0', '*'], ['transaction', '*']]),
      ))
        counts[agrees(transactionHistory, copy)] += 1;

    // Values the odd ones above do not reach: amounts in every form a number literal takes, review
    // groups and states in their other spellings, either hash spelling, an unscored state.
    const t = sample[0];
    for (const [key, values] of [
      ['amount', ['1.5E-7', ' 0012.50 ', '-0', '1e500', '12,5', 1e21, 0.1, -0, Number.MAX_SAFE_INTEGER + 2]],
      ['converted_amount', [1.5e-7, '  ', { value: 1 }, [1]]],
      ['review_groups', ['a; b;;c', ';', ' ', ['a ', ' ', 'b'], ['a', null]]],
      [
        'state',
        ['DELAYED ', 'unknown', 5, true, { status: 'Blocked' }, { name: 5, code: 'allowed' }, { x: 1 }, []],
      ],
      ['score', [95, 50, 49.9, '50', -1]],
      [
        'crypto',
        [
          { txhash: '0xab' },
          { blockchain: '', tx_hash: '' },
          { tx_hash: '0x1', txhash: 5 },
          { tx_hash: '0x1', txhash: '0x2' },
        ],
      ],
      [
        'from',
        [
          { account_type: { code: 'F' } },
          { account_type: { value: ' n ' } },
          { account_type: 5 },
          { device: [] },
        ],
      ],
      ['rules', [[null], [{}], 'x']],
      ['id', [12, -1.5, true, null]],
    ] as const)
      for (const value of values) {
        const copy = { ...structuredClone(t), state: key === 'score' ? undefined : t.state, [key]: value };
        counts[agrees(transaction, copy)] += 1;
      }
    for (const value of [[null], [{}, null], 'x', {}])
      counts[agrees(transactionPage, { data: value, total: 1 })] += 1;
    // History items out of order, some without a revision number: sorted as the schema sorts them.
    const h = histories.find((x) => x.history_items.length > 1);
    for (const items of [
      [...h.history_items].reverse(),
      [{ revision_number: 3 }, {}, { revision_number: -1, state: { status: 'blocked' } }],
      [null],
    ])
      counts[agrees(transactionHistory, { ...h, history_items: items })] += 1;
    for (const value of [undefined, null, {}, 'x'])
      counts[agrees(transactionHistory, { history_items: [], transaction: value })] += 1;

    // Both outcomes occur: the alterations reach values the readers accept and values they refuse.
    expect(counts.fast).toBeGreaterThan(1500);
    expect(counts.slow).toBeGreaterThan(400);
  });
});
