// @ts-nocheck
import { readKytState, statusOfScore } from '../../src/algoreg/wire/kyt.ts';
import { plainDecimal } from '../../src/algoreg/wire/kyt-amount.ts';
import { mapLimit, type Upstream } from './algoreg.ts';
import { accountType, dateTime, displayName, globalId, type Json, pageInfo, riskLevel } from './shape.ts';

export interface TransactionReviewVariables {
  /** Rows per list (delayed, blocked). */
  first: number;
}

const LISTS = ['delayed', 'blocked'] as const;

export const searchTransactions = (api: Upstream, state: string, first: number) =>
  api.call('searchTransactions', { body: { state, limit: first, offset: 0 } });

export const customerDetail = (api: Upstream, externalId: string) =>
  api.call('getCustomer', { params: { customer_external_id: externalId } });

/** The sides of a search answer's rows that are customers: the ones to load. */
export const customerIds = (search: Json): string[] =>
  ((search.data ?? []) as Json[]).flatMap((t) =>
    [t.from?.external_id, t.to?.external_id].filter((id) => id && (t.customers ?? []).includes(id)),
  );

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
const decimal = (v: unknown) => (v === null || v === undefined || v === '' ? null : plainDecimal(String(v)));
const upper = (s: string | null) => (s ? s.toUpperCase() : null);

function mode(r: Json): string {
  if (r.active === false) return 'DRY_RUN';
  return r.use_weight === true || (r.use_weight == null && (r.weight ?? 0) > 0) ? 'WEIGHTED' : 'MAXIMUM';
}

function side(t: Json, p: Json | undefined, details: ReadonlyMap<string, Json | null>) {
  if (!p) return null;
  const externalId = text(p.external_id);
  const detail = externalId && (t.customers ?? []).includes(externalId) ? details.get(externalId) : null;
  return {
    externalId,
    fullName: text(p.full_name),
    accountType: accountType(p.account_type),
    domicileCode: text(p.domicile_code),
    customer: detail
      ? {
          id: globalId('Customer', detail.customer.external_id),
          externalId: detail.customer.external_id,
          displayName: displayName(detail.customer),
          overallRisk: riskLevel(detail),
        }
      : null,
  };
}

/** One list of the page from its search answer and the customers' details (by external id). */
function page(search: Json, details: ReadonlyMap<string, Json | null>, first: number) {
  const rows: Json[] = search.data ?? [];
  return {
    totalCount: search.total ?? null,
    pageInfo: pageInfo(0, rows.length, first, search.total),
    edges: rows.map((t) => {
      const score = typeof t.score === 'number' ? t.score : null;
      return {
        node: {
          id: globalId('Transaction', String(t.id)),
          transactionId: String(t.id),
          externalId: text(t.external_id),
          date: dateTime(t.date),
          amount: decimal(t.amount),
          currency: text(t.currency),
          convertedAmount: decimal(t.converted_amount),
          convertedCurrency: text(t.converted_currency),
          score,
          status: upper(readKytState(t.state).status ?? statusOfScore(score)),
          scoreStatus: upper(statusOfScore(score)),
          rules: ((t.rules ?? []) as Json[]).map((r) => ({
            code: text(r.code),
            score: typeof r.score === 'number' ? r.score : null,
            mode: mode(r),
          })),
          from: side(t, t.from, details),
          to: side(t, t.to, details),
        },
      };
    }),
  };
}

/** The review page's JSON from both searches and the customers' details. */
export function transactionReview(
  searches: readonly Json[],
  details: ReadonlyMap<string, Json | null>,
  first: number,
) {
  return Object.fromEntries(LISTS.map((list, i) => [list, page(searches[i], details, first)]));
}

/** Both searches at once, then each distinct customer's detail at once under the cap: 2 round trips. */
export async function transactionReviewDirect(api: Upstream, vars: TransactionReviewVariables) {
  const searches = await Promise.all(LISTS.map((state) => searchTransactions(api, state, vars.first)));
  const ids = [...new Set(searches.flatMap(customerIds))];
  const details = await mapLimit(ids, api.concurrency, (id) => customerDetail(api, id));
  return transactionReview(searches, new Map(ids.map((id, i) => [id, details[i]])), vars.first);
}
