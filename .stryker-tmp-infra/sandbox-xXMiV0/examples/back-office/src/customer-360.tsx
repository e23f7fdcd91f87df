// @ts-nocheck
import { useModifyAlertMutation } from '@algoreg/graphql-client/hooks';
import { useQuery } from 'urql';
import { graphql } from './gql/index.ts';
import { UploadForm } from './upload-form.tsx';

// The page's own operation, typed by its codegen (codegen.ts) against the gateway's schema.
export const BackOfficeCustomerDocument = graphql(`
  query BackOfficeCustomer($externalId: String!) {
    customer(externalId: $externalId) {
      id
      externalId
      displayName
      accountType
      overallRisk
      risk {
        level
        score
        factors {
          name
          level
        }
      }
      eddStatus {
        state
        nextReviewDate
        agentName
      }
      lastEdd {
        state
        comment
        agentName
      }
      stats {
        alerts
        openAlerts
        documents
      }
      alerts(first: 20) {
        totalCount
        edges {
          node {
            id
            alertId
            lastRevision {
              state
              score
              topCategory
            }
          }
        }
      }
      documents(first: 20) {
        totalCount
        edges {
          node {
            id
            documentId
            displayName
            fileName
            mimeType
            size
            downloadUrl
          }
        }
      }
    }
  }
`);

const open = new Set(['UNKNOWN', 'NEW', 'PENDING_INFORMATION']);

export function Customer360({ externalId }: { externalId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: BackOfficeCustomerDocument,
    variables: { externalId },
  });
  const [decision, decide] = useModifyAlertMutation();
  const customer = data?.customer;
  const decisionErrors = decision.data?.modifyAlert.errors ?? [];

  if (error) return <section className="panel error">{error.message}</section>;
  if (!customer)
    return <section className="panel">{fetching ? 'Loading…' : `No customer ${externalId}.`}</section>;
  return (
    <section className="panel customer" aria-label="Customer 360" data-customer-360={customer.externalId}>
      <h2>
        {customer.displayName} <small>{customer.externalId}</small>
      </h2>
      <dl className="facts">
        <dt>Risk</dt>
        <dd data-testid="risk">
          <span className={`risk risk-${customer.overallRisk ?? 'none'}`}>{customer.overallRisk ?? '—'}</span>
          {customer.risk?.score != null && ` (score ${customer.risk.score})`}
        </dd>
        <dt>EDD</dt>
        <dd data-testid="edd">
          {customer.eddStatus?.state ?? '—'}
          {customer.eddStatus?.nextReviewDate && `, next review ${customer.eddStatus.nextReviewDate}`}
        </dd>
        <dt>Last EDD decision</dt>
        <dd>
          {customer.lastEdd ? `${customer.lastEdd.state} by ${customer.lastEdd.agentName ?? '—'}` : '—'}
        </dd>
        <dt>Open alerts</dt>
        <dd data-testid="open-alerts">{customer.stats?.openAlerts ?? '…'}</dd>
        <dt>Documents</dt>
        <dd data-testid="document-count">{customer.stats?.documents ?? '…'}</dd>
      </dl>
      {customer.risk?.factors.length ? (
        <p className="factors">
          {customer.risk.factors.map((f) => (
            <span key={f.name} className={`risk risk-${f.level ?? 'none'}`}>
              {f.name}
            </span>
          ))}
        </p>
      ) : null}

      <h3>Alerts ({customer.alerts?.totalCount ?? 0})</h3>
      <ul className="alerts">
        {customer.alerts?.edges.map(({ node }) => (
          <li key={node.id} data-alert={node.alertId}>
            <span>
              {node.alertId} · {node.lastRevision?.topCategory ?? '—'} · score{' '}
              {node.lastRevision?.score ?? '—'} · <b data-testid="alert-state">{node.lastRevision?.state}</b>
            </span>
            {open.has(node.lastRevision?.state ?? '') && (
              <button
                type="button"
                data-decide={node.alertId}
                disabled={decision.fetching}
                onClick={() =>
                  decide({
                    input: {
                      alertId: node.alertId,
                      state: 'FALSE_POSITIVE',
                      comment: 'Cleared from the back office: not the listed person.',
                    },
                  })
                }
              >
                Mark false positive
              </button>
            )}
          </li>
        ))}
      </ul>
      {decisionErrors.map((e) => (
        <p key={e.code} className="error">
          {e.__typename}: {e.message}
        </p>
      ))}

      <h3>Documents ({customer.documents?.totalCount ?? 0})</h3>
      <ul className="documents">
        {customer.documents?.edges.map(({ node }) => (
          <li key={node.id} data-document={node.fileName ?? node.documentId}>
            <a href={node.downloadUrl}>{node.displayName ?? node.fileName ?? node.documentId}</a>{' '}
            <small>
              {node.mimeType} · {node.size ?? '?'} bytes
            </small>
          </li>
        ))}
      </ul>
      <UploadForm customerExternalId={customer.externalId} />
    </section>
  );
}
