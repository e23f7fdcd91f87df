import { type Document, documentSearch, EPOCH_DIGITS, epochDate } from './document.ts';
import { idLike, int, list, obj, optId, optObj, slow, strings, text, withFastPath } from './fast.ts';

/**
 * One-pass reader of Search documents (see fast.ts): a customer 360 reads a customer's documents
 * on every request, and a lookup by id reads them 500 at a time. It mirrors `documentSearch` in
 * document.ts field by field and gives up on anything that schema would have to judge.
 */

/** `epoch`: a finite number or a string of decimal digits, as a Date; null when absent or not a time. */
function epoch(v: unknown): Date | null {
  if (v === undefined || v === null) return null;
  if (!Number.isFinite(v) && !(typeof v === 'string' && EPOCH_DIGITS.test(v))) slow();
  return epochDate(v as number | string);
}

function origin(v: unknown): Document['origin'] {
  const o = optObj(v);
  return o ? { type: optId(o.type), value: text(o.value) } : null;
}

function document(v: unknown): Document {
  const d = obj(v);
  const lastRevisionId = optId(d.last_revision_id);
  const lastRevisionAgentId = int(d.last_revision_agent_id);
  const lastRevisionCreatedAt = epoch(d.last_revision_created_at);
  return {
    id: idLike(d.id),
    customerExternalId: optId(d.customer_external_id),
    displayName: text(d.display_name),
    fileName: text(d.file_name),
    mimeType: text(d.file_mime),
    size: int(d.file_size),
    source: text(d.file_source),
    fileType: text(d.file_type),
    fileUrl: text(d.file_url),
    tags: [...new Set([...strings(d.tag_codes), ...strings(d.tags)])],
    origin: origin(d.origin),
    lastRevision:
      lastRevisionId === null && lastRevisionCreatedAt === null
        ? null
        : { id: lastRevisionId, agentId: lastRevisionAgentId, createdAt: lastRevisionCreatedAt },
    createdAt: epoch(d.created_at),
  };
}

withFastPath(documentSearch, (v) => {
  const s = obj(v);
  return { documents: list(s.documents, document), total: int(s.total) };
});
