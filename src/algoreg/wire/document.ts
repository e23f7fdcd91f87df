import { z } from 'zod';
import { idLike, optIdLike, optInt, optString, stringList } from './common.ts';

/** Customer Document JSON as Algoreg sends it (API.md §4). */

/** An epoch timestamp. The unit is not documented: readers tell seconds from ms by magnitude. */
const epoch = z
  .union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)])
  .transform(Number)
  .nullish();

/**
 * `DocumentOrigin`: `{type: CustomerDocumentOriginType, value}`. The origin types are not
 * published (API.md §8); a number or a string is read, as text.
 */
export const documentOrigin = z.object({
  type: optIdLike,
  value: optString,
});

/**
 * `CustomerDocument`. The documented list stops after `origin`; tags are assumed to come back as
 * `tag_codes` (the name Upload document takes), and `tags` is read too.
 */
export const customerDocument = z
  .object({
    id: idLike,
    customer_external_id: optIdLike,
    display_name: optString,
    file_name: optString,
    file_mime: optString,
    file_size: optInt,
    file_source: optString,
    file_type: optString,
    file_url: optString,
    created_at: epoch,
    last_revision_id: optIdLike,
    last_revision_agent_id: optInt,
    last_revision_created_at: epoch,
    origin: documentOrigin.nullish(),
    tag_codes: stringList,
    tags: stringList,
  })
  .transform(({ tags, tag_codes, ...d }) => ({
    ...d,
    tag_codes: [...new Set([...(tag_codes ?? []), ...(tags ?? [])])],
  }));

/** Search documents: `documents` is documented, `total` is assumed (it may be missing). */
export const documentSearch = z.object({
  documents: z
    .array(customerDocument)
    .nullish()
    .transform((v) => v ?? []),
  total: optInt,
});

export type WireDocument = z.output<typeof customerDocument>;
export type WireDocumentSearch = z.output<typeof documentSearch>;

/** `filters` of Search documents (API.md §4.3). Times are epoch seconds (unit assumed). */
export interface DocumentFilters {
  customer_external_id?: string;
  display_name?: string;
  file_name?: string;
  file_types?: string[];
  min_created_at?: number;
  max_created_at?: number;
  tags?: string[];
}

export interface SearchDocumentsBody {
  filters: DocumentFilters;
  limit: number;
  offset: number;
}

export interface DocumentOriginBody {
  type: string;
  value?: string;
}

/**
 * Body of Upload document (API.md §4.5) without its `internal` part, which is streamed. `file_type`
 * is not among the documented upload fields; it is assumed to be accepted like on Update document.
 */
export interface UploadDocumentMeta {
  customer_external_id: string;
  display_name: string;
  file_name: string;
  file_type?: string;
  tag_codes?: string[];
  origin?: DocumentOriginBody;
  /** An upload by reference instead of bytes. */
  external?: { file_url: string; file_size: number };
}

/** Body of Update document (assumed: `{display_name, file_type, tag_codes, origin}`). */
export interface UpdateDocumentBody {
  display_name?: string;
  file_type?: string;
  tag_codes?: string[];
  origin?: DocumentOriginBody;
}
