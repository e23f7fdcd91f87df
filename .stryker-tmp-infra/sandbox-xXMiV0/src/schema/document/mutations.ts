// @ts-nocheck
import type {
  DocumentOriginInput as DocumentOriginValue,
  UpdateDocumentInput as UpdateDocumentCall,
  UploadDocumentInput as UploadDocumentCall,
} from '../../algoreg/document.ts';
import type { Document as DocumentDto } from '../../algoreg/wire/document.ts';
import { builder } from '../../builder.ts';
import { type CheckedFile, checkSize, checkUpload, fileNameFromUrl, sanitizeFileName } from '../../files.ts';
import { Customer } from '../customer.ts';
import { type DomainError, ErrorInterface, Issues, NotFoundError, writeOutcome } from '../errors.ts';
import { Document, documentIdOf, MAX_LIST_VALUES } from './document.ts';

const DocumentOriginInput = builder.inputType('DocumentOriginInput', {
  description: 'Where a document came from (Algoreg `DocumentOrigin`).',
  fields: (t) => ({
    type: t.string({ required: true, description: 'Origin type, as your tenant codes it.' }),
    value: t.string({ description: 'Detail of the origin.' }),
  }),
});

const UploadDocumentInput = builder.inputType('UploadDocumentInput', {
  description:
    'A document to attach to a customer: a `file` sent with the GraphQL multipart request spec, or an `externalUrl` (with `fileSize`) where Algoreg can fetch it.',
  fields: (t) => ({
    customerExternalId: t.string({ required: true, description: 'External id of the customer.' }),
    displayName: t.string({ description: 'Title shown to analysts; the file name when omitted.' }),
    file: t.field({
      type: 'File',
      description:
        'The file (at most `MAX_UPLOAD_BYTES`, 20 MB by default; PDF, PNG, JPEG, HEIC or TIFF by default, recognised from its first bytes).',
    }),
    fileName: t.string({
      description:
        "Name to store; the upload's own name (or the URL's last segment) when omitted. Sanitised.",
    }),
    externalUrl: t.string({ description: 'Instead of `file`: an http(s) URL of the file.' }),
    fileSize: t.int({ description: 'With `externalUrl`: the size of the file in bytes.' }),
    fileType: t.string({ description: 'Kind of document, e.g. `id_card`, `proof_of_address`.' }),
    tags: t.stringList({ description: 'Tag codes.' }),
    origin: t.field({ type: DocumentOriginInput, description: 'Where the document came from.' }),
  }),
});

const UpdateDocumentInput = builder.inputType('UpdateDocumentInput', {
  description:
    "Changes to a document's description. Omitted fields keep their value; the file cannot change.",
  fields: (t) => ({
    id: t.id({ required: true, description: "The document's `id` (or Algoreg's `documentId`)." }),
    displayName: t.string({ description: 'New title.' }),
    fileType: t.string({ description: 'New kind of document.' }),
    tags: t.stringList({ description: 'Replaces the tag codes.' }),
    origin: t.field({ type: DocumentOriginInput, description: 'New origin.' }),
  }),
});

const DeleteDocumentInput = builder.inputType('DeleteDocumentInput', {
  description: 'The document to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: "The document's `id` (or Algoreg's `documentId`)." }),
  }),
});

interface DocumentPayload {
  document: DocumentDto | null;
  errors: DomainError[];
}

const documentPayload = (name: 'UploadDocumentPayload' | 'UpdateDocumentPayload', description: string) =>
  builder.objectRef<DocumentPayload>(name).implement({
    description,
    fields: (t) => ({
      document: t.expose('document', {
        type: Document,
        nullable: true,
        description: 'The document as Algoreg holds it now; null when `errors` is not empty.',
      }),
      errors: t.expose('errors', {
        type: [ErrorInterface],
        description: 'Why nothing was done: NotFoundError, RejectedError.',
      }),
    }),
  });

const UploadDocumentPayload = documentPayload('UploadDocumentPayload', 'The outcome of an upload.');
const UpdateDocumentPayload = documentPayload('UpdateDocumentPayload', 'The outcome of an update.');

interface DeletePayload {
  deletedId: string | null;
  errors: DomainError[];
}

const DeleteDocumentPayload = builder.objectRef<DeletePayload>('DeleteDocumentPayload').implement({
  description: 'The outcome of a deletion.',
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', {
      nullable: true,
      description: 'The id given, when the document was deleted.',
    }),
    errors: t.expose('errors', {
      type: [ErrorInterface],
      description: 'Why nothing was done: NotFoundError.',
    }),
  }),
});

const MAX_DISPLAY_NAME = 255;

/** Tags and origin as Upload and Update send them, checked; tags trimmed and deduplicated. */
function checkTagsAndOrigin(
  issues: Issues,
  tags: string[] | null | undefined,
  origin: { type: string; value?: string | null } | null | undefined,
): { tags?: string[]; origin?: DocumentOriginValue } {
  const out: { tags?: string[]; origin?: DocumentOriginValue } = {};
  if (tags) {
    if (tags.length > MAX_LIST_VALUES) issues.add('input.tags', `at most ${MAX_LIST_VALUES} tags`);
    tags.forEach((tag, i) => {
      if (!tag.trim()) issues.add(`input.tags[${i}]`, 'must not be empty');
    });
    out.tags = [...new Set(tags.map((x) => x.trim()))];
  }
  if (origin) {
    if (!origin.type.trim()) issues.add('input.origin.type', 'must not be empty');
    out.origin = origin;
  }
  return out;
}

/** Where the file of an upload is: its checked bytes, or a reference Algoreg fetches. */
type Content = { bytes: CheckedFile } | { external: { url: string; size: number } };

/** Every check of an upload, before any upstream call. Reads only the file's first bytes. */
async function prepareUpload(
  input: typeof UploadDocumentInput.$inferInput,
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
): Promise<UploadDocumentCall> {
  const issues = new Issues();
  if (!input.customerExternalId.trim()) issues.add('input.customerExternalId', 'must not be empty');
  if (input.displayName != null && input.displayName.length > MAX_DISPLAY_NAME) {
    issues.add('input.displayName', `at most ${MAX_DISPLAY_NAME} characters`);
  }
  const extra = checkTagsAndOrigin(issues, input.tags, input.origin);
  const { file, externalUrl } = input;
  if (!file && externalUrl == null)
    issues.add('input.file', 'give a file, or an externalUrl with its fileSize');
  if (file && externalUrl != null)
    issues.add('input.externalUrl', 'give either a file or an externalUrl, not both');
  const rules = { maxBytes: limits.maxBytes, maxBytesSetting: 'MAX_UPLOAD_BYTES' };

  let fileName = '';
  let content: Content | undefined;
  if (file && externalUrl == null) {
    const checked = await checkUpload(file, {
      ...rules,
      field: 'input.file',
      allowedMimes: limits.mimeAllowlist,
      name: input.fileName,
      fallbackName: 'document',
    });
    for (const issue of checked.issues ?? []) issues.add(issue.field, issue.message);
    if (checked.file) {
      fileName = checked.file.name;
      content = { bytes: checked.file };
    }
  } else if (externalUrl != null && !file) {
    let url: URL | undefined;
    try {
      url = new URL(externalUrl);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      issues.add('input.externalUrl', 'must be an absolute http(s) URL');
    }
    const size = input.fileSize;
    if (size == null) issues.add('input.fileSize', 'is required with externalUrl');
    else {
      const wrong = checkSize(size, { ...rules, field: 'input.fileSize' });
      if (wrong) issues.add(wrong.field, wrong.message);
    }
    if (url) {
      fileName =
        input.fileName == null
          ? fileNameFromUrl(url, 'document')
          : sanitizeFileName(input.fileName) || 'document';
      content = { external: { url: url.href, size: size ?? 0 } };
    }
  }
  issues.throwIfAny();
  if (!content) throw new Error('unreachable: an upload without issues has content');

  return {
    customerExternalId: input.customerExternalId,
    displayName: input.displayName?.trim() || fileName,
    fileName,
    ...(input.fileType != null ? { fileType: input.fileType } : {}),
    ...extra,
    ...content,
  };
}

const customerNotFound = (externalId: string) =>
  new NotFoundError(`No customer with external id "${externalId}".`, 'input.customerExternalId');

const documentNotFound = () => new NotFoundError('No document with this id.', 'input.id');

builder.mutationFields((t) => ({
  uploadDocument: t.field({
    type: UploadDocumentPayload,
    authScopes: { scope: 'write:documents' },
    description:
      'Attach a document to a customer (Algoreg Upload document). Send `input.file` with the GraphQL multipart request spec. Size, type (from the first bytes) and name are checked before anything is sent; the file is sent to Algoreg once, never retried.',
    args: { input: t.arg({ type: UploadDocumentInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<DocumentPayload> => {
      const upload = await prepareUpload(input, ctx.config.uploads);
      // Algoreg would refuse an unknown customer, but only after receiving the whole file.
      const customer = await Customer.getDataloader(ctx).load(input.customerExternalId);
      if (!customer) return { document: null, errors: [customerNotFound(input.customerExternalId)] };
      try {
        return { document: await ctx.algoreg.document.upload(upload), errors: [] };
      } catch (error) {
        const outcome = writeOutcome(error, {
          notFound: () => customerNotFound(input.customerExternalId),
          refused: 'Algoreg refused the document.',
          field: 'input',
        });
        return { document: null, errors: [outcome] };
      }
    },
  }),

  updateDocument: t.field({
    type: UpdateDocumentPayload,
    authScopes: { scope: 'write:documents' },
    description: "Change a document's title, kind, tags or origin (Algoreg Update document). Never retried.",
    args: { input: t.arg({ type: UpdateDocumentInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<DocumentPayload> => {
      const documentId = documentIdOf(String(input.id), 'input.id');
      const issues = new Issues();
      if (input.displayName != null) {
        if (!input.displayName.trim()) issues.add('input.displayName', 'must not be empty');
        if (input.displayName.length > MAX_DISPLAY_NAME) {
          issues.add('input.displayName', `at most ${MAX_DISPLAY_NAME} characters`);
        }
      }
      const change: UpdateDocumentCall = {
        ...(input.displayName != null ? { displayName: input.displayName.trim() } : {}),
        ...(input.fileType != null ? { fileType: input.fileType } : {}),
        ...checkTagsAndOrigin(issues, input.tags, input.origin),
      };
      if (Object.keys(change).length === 0) {
        issues.add('input', 'give at least one of displayName, fileType, tags, origin');
      }
      issues.throwIfAny();
      try {
        const document = await ctx.algoreg.document.update(documentId, change);
        return document ? { document, errors: [] } : { document: null, errors: [documentNotFound()] };
      } catch (error) {
        return {
          document: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the change.', field: 'input' })],
        };
      }
    },
  }),

  deleteDocument: t.field({
    type: DeleteDocumentPayload,
    authScopes: { scope: 'write:documents' },
    description: 'Delete a document (Algoreg Delete document). Never retried.',
    args: { input: t.arg({ type: DeleteDocumentInput, required: true }) },
    resolve: async (_, { input }, ctx): Promise<DeletePayload> => {
      const documentId = documentIdOf(String(input.id), 'input.id');
      const deleted = await ctx.algoreg.document.delete(documentId);
      return deleted
        ? { deletedId: String(input.id), errors: [] }
        : { deletedId: null, errors: [documentNotFound()] };
    },
  }),
}));
