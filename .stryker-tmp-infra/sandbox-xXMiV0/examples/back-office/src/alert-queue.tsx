// @ts-nocheck
import type { AlertFilter, AlertOrder } from '@algoreg/graphql-client';
import { useAlertQueueQuery } from '@algoreg/graphql-client/hooks';

/** The queue: alerts still to decide, highest score first. A decided alert leaves it. */
export const queueFilter: AlertFilter = { states: ['NEW', 'PENDING_INFORMATION'] };
const queueOrder: AlertOrder = { field: 'SCORE', direction: 'DESC' };

interface Props {
  selected: string | null;
  onOpenCustomer: (externalId: string) => void;
}

export function AlertQueue({ selected, onOpenCustomer }: Props) {
  const [{ data, fetching, error }] = useAlertQueueQuery({
    variables: { first: 15, filter: queueFilter, orderBy: queueOrder },
  });
  const alerts = data?.alerts?.edges ?? [];
  return (
    <section className="panel queue" aria-label="Alert queue">
      <h2>
        Alert queue <span data-testid="queue-total">{data?.alerts?.totalCount ?? '…'}</span> to decide
      </h2>
      {error && <p className="error">{error.message}</p>}
      {fetching && !data && <p>Loading…</p>}
      <table>
        <thead>
          <tr>
            <th>Alert</th>
            <th>State</th>
            <th>Score</th>
            <th>Customer</th>
            <th>Risk</th>
            <th>EDD</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map(({ node }) => (
            <tr key={node.id} data-alert={node.alertId}>
              <td>{node.alertId}</td>
              <td>{node.lastRevision?.state}</td>
              <td>{node.lastRevision?.score}</td>
              <td>
                {node.customer ? (
                  <button
                    type="button"
                    className={node.customer.externalId === selected ? 'link selected' : 'link'}
                    data-customer={node.customer.externalId}
                    onClick={() => node.customer && onOpenCustomer(node.customer.externalId)}
                  >
                    {node.customer.displayName ?? node.customer.externalId}
                  </button>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <span className={`risk risk-${node.customer?.overallRisk ?? 'none'}`}>
                  {node.customer?.overallRisk ?? '—'}
                </span>
              </td>
              <td>{node.customer?.eddStatus?.state ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
