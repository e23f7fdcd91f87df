// @ts-nocheck
import {
  ID_CHECK_LIMITS,
  type IdCheckInput,
  type IdCheckResult,
  type ImageBytes,
  PNG_SIGNATURE,
} from '../../algoreg/wire/vid.ts';
import { builder } from '../../builder.ts';
import { type DomainError, ErrorInterface, Issues, writeOutcome } from '../errors.ts';
import { toDate } from '../scalars.ts';

const CheckIdentityDocumentInput = builder.inputType('CheckIdentityDocumentInput', {
  description: `Images of an identity document, sent with the GraphQL multipart request spec. PNG only, at most ${ID_CHECK_LIMITS.imageBytes} bytes (1 MB) an image and ${ID_CHECK_LIMITS.totalBytes} bytes (5 MB) in all; at least one side.`,
  fields: (t) => ({
    front: t.field({ type: 'File', description: 'The front of the document (PNG).' }),
    back: t.field({ type: 'File', description: 'The back of the document (PNG).' }),
    faces: t.field({
      type: ['File'],
      description: 'Photos of the person (PNG), to match against the document photo.',
    }),
    watchlistCheck: t.boolean({
      description: "Also screen the person against Algoreg's watchlist of high-risk profiles.",
    }),
  }),
});

type Extracted = IdCheckResult['extracted'];

const IdentityDocumentData = builder.objectRef<Extracted>('IdentityDocumentData').implement({
  description: 'What Algoreg read on the document. Identity data: the gateway never logs it.',
  fields: (t) => ({
    documentType: t.exposeString('documentType', {
      nullable: true,
      description: 'Kind of document, as Algoreg names it (e.g. `ID_CARD`, `PASSPORT`).',
    }),
    documentNumber: t.exposeString('documentNumber', { nullable: true, description: 'Document number.' }),
    firstName: t.exposeString('firstName', { nullable: true, description: 'First name(s).' }),
    lastName: t.exposeString('lastName', { nullable: true, description: 'Last name.' }),
    birthDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Date of birth; null when not read as a full date.',
      resolve: (d) => toDate(d.birthDate),
    }),
    sex: t.exposeString('sex', { nullable: true, description: 'Sex, as printed.' }),
    nationality: t.exposeString('nationality', {
      nullable: true,
      description: 'Nationality, as a country code.',
    }),
    issuingCountry: t.exposeString('issuingCountry', {
      nullable: true,
      description: 'Country that issued the document.',
    }),
    expiryDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Expiry date; null when not read as a full date.',
      resolve: (d) => toDate(d.expiryDate),
    }),
  }),
});

const IdentityCheckControl = builder
  .objectRef<IdCheckResult['controls'][number]>('IdentityCheckControl')
  .implement({
    description: 'One control Algoreg ran on the images (field names assumed).',
    fields: (t) => ({
      code: t.exposeString('code', { nullable: true, description: 'Control code, e.g. `mrz_checksum`.' }),
      label: t.exposeString('label', { nullable: true, description: 'What the control checks.' }),
      result: t.exposeString('result', {
        nullable: true,
        description: 'Outcome, as Algoreg words it (`OK`, `KO`…).',
      }),
      passed: t.boolean({
        nullable: true,
        description: 'True for `OK`, false for `KO`; null for anything else.',
        resolve: (c) => (c.result === 'OK' ? true : c.result === 'KO' ? false : null),
      }),
    }),
  });

const IdentityWatchlistMatch = builder
  .objectRef<IdCheckResult['watchlistMatches'][number]>('IdentityWatchlistMatch')
  .implement({
    description: 'A watchlist profile the person may be (with `watchlistCheck`; field names assumed).',
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true, description: 'Name on the profile.' }),
      score: t.exposeFloat('score', { nullable: true, description: 'How well it matches, 0–100.' }),
      listName: t.exposeString('listName', { nullable: true, description: 'The list it comes from.' }),
    }),
  });

const IdentityDocumentCheck = builder.objectRef<IdCheckResult>('IdentityDocumentCheck').implement({
  description: 'The outcome of a transactional ID check.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      nullable: true,
      description: "Algoreg's overall score of the document (`algoreg_score`).",
    }),
    facematchScore: t.exposeFloat('facematchScore', {
      nullable: true,
      description: 'How well the face photos match the document photo; null without `faces`.',
    }),
    document: t.expose('extracted', {
      type: IdentityDocumentData,
      description: 'What was read on the document.',
    }),
    extractedInfo: t.field({
      type: 'JSON',
      description: 'Everything Algoreg extracted (`extracted_info`), as it sent it.',
      resolve: (r) => r.extractedInfo,
    }),
    controls: t.expose('controls', { type: [IdentityCheckControl], description: 'The controls run.' }),
    watchlistMatches: t.expose('watchlistMatches', {
      type: [IdentityWatchlistMatch],
      description: 'Watchlist profiles matched; empty without `watchlistCheck`.',
    }),
  }),
});

interface CheckPayload {
  result: IdCheckResult | null;
  errors: DomainError[];
}

const CheckIdentityDocumentPayload = builder
  .objectRef<CheckPayload>('CheckIdentityDocumentPayload')
  .implement({
    description: 'The outcome of an ID check.',
    fields: (t) => ({
      result: t.field({
        type: IdentityDocumentCheck,
        nullable: true,
        description: 'Scores and extracted fields; null when `errors` is not empty.',
        resolve: (p) => p.result,
      }),
      errors: t.field({
        type: [ErrorInterface],
        description: 'RejectedError when Algoreg refused the images.',
        resolve: (p) => p.errors,
      }),
    }),
  });

interface ImagesArg {
  front?: File | null;
  back?: File | null;
  faces?: File[] | null;
}

/**
 * Algoreg's image rules, checked before anything is sent: PNG (from the first bytes, never the
 * declared type), at most 1 MB an image and 5 MB in all, at least one side. Kept in this one
 * function so it can move onto the shared file checks (src/files.ts) later.
 */
export async function checkIdImages(input: ImagesArg, issues: Issues): Promise<IdCheckInput> {
  const named: [string, File][] = [];
  if (input.front) named.push(['input.front', input.front]);
  if (input.back) named.push(['input.back', input.back]);
  if (!named.length) issues.add('input.front', 'give the front or the back of the document (or both)');
  (input.faces ?? []).forEach((f, i) => {
    named.push([`input.faces[${i}]`, f]);
  });
  let total = 0;
  for (const [field, file] of named) {
    total += file.size;
    if (file.size === 0) issues.add(field, 'is empty');
    else if (file.size > ID_CHECK_LIMITS.imageBytes) {
      issues.add(
        field,
        `is ${file.size} bytes; an image may be at most ${ID_CHECK_LIMITS.imageBytes} bytes (1 MB)`,
      );
    } else if (!(await isPng(file))) issues.add(field, 'must be a PNG image (recognised from its content)');
  }
  if (total > ID_CHECK_LIMITS.totalBytes) {
    issues.add(
      'input',
      `the images total ${total} bytes; at most ${ID_CHECK_LIMITS.totalBytes} bytes (5 MB)`,
    );
  }
  const bytes = (file: File): ImageBytes => ({
    size: file.size,
    open: () => file.stream() as unknown as AsyncIterable<Uint8Array>,
  });
  return {
    front: input.front ? bytes(input.front) : undefined,
    back: input.back ? bytes(input.back) : undefined,
    faces: (input.faces ?? []).map(bytes),
  };
}

async function isPng(file: File): Promise<boolean> {
  const head: number[] = [];
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    head.push(...chunk.subarray(0, PNG_SIGNATURE.length - head.length));
    if (head.length >= PNG_SIGNATURE.length) break;
  }
  return PNG_SIGNATURE.every((b, i) => head[i] === b);
}

builder.mutationField('checkIdentityDocument', (t) =>
  t.field({
    type: CheckIdentityDocumentPayload,
    authScopes: { scope: 'vid' },
    description:
      'Verify an identity document from its images in one call (Transactional ID check): scores, extracted fields, face match. The images are checked (PNG, sizes, a side given) before anything is sent, streamed to Algoreg once and never retried, and never logged.',
    args: {
      input: t.arg({ type: CheckIdentityDocumentInput, required: true, description: 'The images.' }),
    },
    resolve: async (_, { input }, ctx): Promise<CheckPayload> => {
      const issues = new Issues();
      const images = await checkIdImages(input, issues);
      issues.throwIfAny();
      const request: IdCheckInput = { ...images, watchlistCheck: input.watchlistCheck ?? undefined };
      try {
        return { result: await ctx.algoreg.vid.checkIdentityDocument(request), errors: [] };
      } catch (error) {
        return {
          result: null,
          errors: [writeOutcome(error, { refused: 'Algoreg refused the images.', field: 'input' })],
        };
      }
    },
  }),
);
