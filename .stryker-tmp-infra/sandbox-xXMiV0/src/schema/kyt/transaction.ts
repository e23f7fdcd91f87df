// @ts-nocheck
import { builder } from '../../builder.ts';
import { Customer } from '../customer.ts';
import { badInput } from '../errors.ts';
import { type ConnectionArgs, offsetConnection, offsetPage } from '../pagination.ts';
import { keyedField } from '../prefetch.ts';
import {
  TransactionFilter,
  type TransactionFilterInput,
  TransactionOrder,
  type TransactionOrderInput,
  transactionSearch,
} from './transaction-search.ts';
import { Transaction, TransactionConnection, transactionKey } from './transaction-type.ts';
import './transaction-write.ts';

/** Go!KYT's reads: `transaction(id:)`, `transactions(...)` and `Customer.transactions(...)`. */

builder.queryFields((t) => ({
  transaction: t.field({
    type: Transaction,
    authScopes: { scope: 'read:transactions' },
    nullable: true,
    description: "A transaction by Algoreg's id (or its global `id`); null when Algoreg has none.",
    args: {
      id: t.arg.id({
        required: true,
        description: "Algoreg's transaction id, or the Transaction's global id.",
      }),
    },
    resolve: (_, { id }) => transactionKey(String(id), 'id'),
  }),
  transactions: t.connection(
    {
      type: Transaction,
      authScopes: { scope: 'read:transactions' },
      // Nullable like every root list: a refusal or failure here keeps the query's other fields.
      nullable: true,
      description:
        'Transactions, filtered, ordered and paged (Search transactions): e.g. the review queue of delayed and blocked ones.',
      args: {
        filter: t.arg({ type: TransactionFilter, description: 'Which transactions; all when omitted.' }),
        orderBy: t.arg({ type: TransactionOrder, description: 'Order; newest first when omitted.' }),
      },
      resolve: async (_, args, ctx) => {
        const page = offsetPage(args);
        const search = transactionSearch(args.filter, args.orderBy, 'filter');
        const res = await ctx.algoreg.kyt.search({ ...search, ...page });
        return offsetConnection(res.items, page, res.total);
      },
    },
    TransactionConnection,
  ),
}));

type CustomerTransactionsArgs = ConnectionArgs & {
  filter?: TransactionFilterInput | null;
  orderBy?: TransactionOrderInput | null;
};

/** Starts together with the customer's detail call when the query selects it (prefetch.ts). */
const customerTransactions = keyedField(
  'Customer',
  'transactions',
  async (externalId, args: CustomerTransactionsArgs, ctx) => {
    const page = offsetPage(args);
    if (args.filter?.customer != null) badInput('filter.customer', 'is given by the customer here');
    const search = transactionSearch(args.filter, args.orderBy, 'filter');
    const res = await ctx.algoreg.kyt.search({ ...search, customer: externalId, ...page });
    return offsetConnection(res.items, page, res.total);
  },
);

builder.objectField(Customer, 'transactions', (t) =>
  t.connection(
    {
      type: Transaction,
      authScopes: { scope: 'read:transactions' },
      // Nullable: a failed transaction search must not take the rest of the customer with it.
      nullable: true,
      description:
        'Transactions with this customer on either side, newest first unless ordered otherwise (Search transactions).',
      args: {
        filter: t.arg({
          type: TransactionFilter,
          description: "Which of the customer's transactions (`customer` is implied); all when omitted.",
        }),
        orderBy: t.arg({ type: TransactionOrder, description: 'Order; newest first when omitted.' }),
      },
      resolve: (c, args, ctx) => customerTransactions(c.externalId, args, ctx),
    },
    TransactionConnection,
  ),
);
