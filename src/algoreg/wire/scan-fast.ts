import { idLike, int, list, obj, optId, slow, text, withFastPath } from './fast.ts';
import { type AlertRevision, type AlertSummary, alertSearch, readAlertState, readLooseInt } from './scan.ts';

/**
 * One-pass reader of Search alerts and Get customer alerts (see fast.ts): the alert queue reads
 * 50–100 alerts per page, a customer 360 ten. It mirrors `alertSearch` in scan.ts field by field
 * and gives up on anything that schema would have to judge.
 */

/** `z.union([z.number(), z.string()]).nullish()`. */
function numberOrText(v: unknown): number | string | null | undefined {
  if (v === undefined || v === null || typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return slow();
}

function revision(v: unknown): AlertRevision | null {
  if (v === undefined || v === null) return null;
  const r = obj(v);
  const state = readLooseInt(r.state);
  return {
    id: optId(r.id),
    agentId: optId(r.agent_id),
    comment: text(r.comment),
    createdAt: text(r.created_at),
    customerRevisionId: optId(r.customer_revision_id),
    profileDate: numberOrText(r.profile_date),
    revisionNumber: readLooseInt(r.revision_number),
    score: readLooseInt(r.score),
    state: readAlertState(state),
    rawState: state,
    topCategory: text(r.top_category),
  };
}

function alert(v: unknown): AlertSummary {
  const a = obj(v);
  return {
    id: idLike(a.id),
    createdAt: text(a.created_at),
    customerExternalId: text(a.customer_external_id),
    profileNumber: optId(a.profile_number),
    assigneeId: int(a.assigned_to_member_id),
    lastRevision: revision(a.last_revision),
  };
}

withFastPath(alertSearch, (v) => {
  const s = obj(v);
  return { alerts: list(s.data, alert), total: int(s.total) };
});
