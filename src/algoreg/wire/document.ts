import { z } from 'zod';
import { idLike, int, list, optId, strings, text } from './common.ts';

/** Customer Document JSON as Algoreg sends it (API.md §4), mapped once to camelCase DTOs. */

/**
 * An epoch timestamp, as a Date (null when absent or not a time). The unit is not documented
 * (API.md §4): a value below 1e11 is read as seconds, a larger one as milliseconds (1e11 s is the
 * year 5138, 1e11 ms is 1973).
 */
export function epochDate(v: number | string | null | undefined): Date | null {
  if (v == null) return null;
  const n = Number(v);
  const date = new Date(n < 1e11 ? n * 1000 : n);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** What an epoch given as a string may be: decimal digits. */
export const EPOCH_DIGITS = /^\d+(\.\d+)?$/;

const epoch = z
  .union([z.number(), z.string().regex(EPOCH_DIGITS)])
  .nullish()
  .transform(epochDate);

/**
 * `DocumentOrigin`: `{type: CustomerDocumentOriginType, value}`. The origin types are not
 * published (API.md §8); a number or a string is read, as text.
 */
const documentOrigin = z.object({ type: optId, value: text });

/**
 * `CustomerDocument`. The documented list stops after `origin`; tags are assumed to come back as
 * `tag_codes` (the name Upload document takes), and `tags` is read too.
 */
export const customerDocument = z
  .object({
    id: idLike,
    customer_external_id: optId,
    display_name: text,
    file_name: text,
    file_mime: text,
    file_size: int,
    file_source: text,
    file_type: text,
    file_url: text,
    created_at: epoch,
    last_revision_id: optId,
    last_revision_agent_id: int,
    last_revision_created_at: epoch,
    origin: documentOrigin.nullish(),
    tag_codes: strings,
    tags: strings,
  })
  .transform((d) => ({
    /** Algoreg's id of the document. */
    id: d.id,
    customerExternalId: d.customer_external_id,
    displayName: d.display_name,
    fileName: d.file_name,
    mimeType: d.file_mime,
    /** Bytes. */
    size: d.file_size,
    /** `internal` (uploaded bytes) or `external` (a URL reference). */
    source: d.file_source,
    /** Kind of document as the tenant codes it (`id_card`, …). */
    fileType: d.file_type,
    /** For a document uploaded by reference, its URL. */
    fileUrl: d.file_url,
    tags: [...new Set([...d.tag_codes, ...d.tags])],
    origin: d.origin ?? null,
    lastRevision:
      d.last_revision_id === null && d.last_revision_created_at === null
        ? null
        : {
            id: d.last_revision_id,
            /** 0 or null for API changes. */
            agentId: d.last_revision_agent_id,
            createdAt: d.last_revision_created_at,
          },
    createdAt: d.created_at,
  }));

/** Search documents: `documents` is documented, `total` is assumed (it may be missing). */
export const documentSearch = z.object({ documents: list(customerDocument), total: int });

/** A customer document, as the client's calls return it. */
export type Document = z.output<typeof customerDocument>;
