// @ts-nocheck
import { deflateSync } from 'node:zlib';
import { Random } from '../random.ts';
import { mimeOf } from '../routes/document.ts';
import type { Json, Store } from '../store.ts';

/**
 * Seeded customer documents: ID scans and selfies (PNG) for people, registry extracts and
 * statutes (PDF) for firms, proofs of address for both. The bytes are small but real files, made
 * deterministically, so downloads open in a viewer and compare byte for byte between runs.
 */

interface Kind {
  fileType: string;
  displayName: string;
  fileName: string;
  format: 'pdf' | 'png';
}

const PERSON_KINDS: readonly Kind[] = [
  { fileType: 'id_card', displayName: 'ID card', fileName: 'id-card.png', format: 'png' },
  { fileType: 'passport', displayName: 'Passport', fileName: 'passport.png', format: 'png' },
  { fileType: 'selfie', displayName: 'Selfie', fileName: 'selfie.png', format: 'png' },
  {
    fileType: 'proof_of_address',
    displayName: 'Proof of address',
    fileName: 'proof-of-address.pdf',
    format: 'pdf',
  },
];
const FIRM_KINDS: readonly Kind[] = [
  {
    fileType: 'company_registry',
    displayName: 'Company registry extract',
    fileName: 'registry-extract.pdf',
    format: 'pdf',
  },
  {
    fileType: 'articles_of_association',
    displayName: 'Articles of association',
    fileName: 'statutes.pdf',
    format: 'pdf',
  },
  {
    fileType: 'ubo_declaration',
    displayName: 'UBO declaration',
    fileName: 'ubo-declaration.pdf',
    format: 'pdf',
  },
  {
    fileType: 'proof_of_address',
    displayName: 'Proof of address',
    fileName: 'proof-of-address.pdf',
    format: 'pdf',
  },
];
const TAGS = ['kyc', 'onboarding', 'verified', 'to-review', 'renewal'];
const ORIGINS = ['api', 'web', 'vid'];
const END_S = Date.parse('2026-10-31T00:00:00Z') / 1000;

/** Documents for about 40% of the seeded customers, one to three each. */
export function seedDocuments(store: Store, seed: number): void {
  // Its own generator, so the customers' data does not shift when documents change.
  const rng = new Random(seed * 31 + 4);
  let n = 0;
  for (const [externalId, state] of store.customers) {
    if (!rng.chance(0.4)) continue;
    const kinds = state.customer.account_type === 'F' ? FIRM_KINDS : PERSON_KINDS;
    const count = rng.int(1, 3);
    const from = Date.parse(String(state.customer.created_at)) / 1000 || END_S - 86_400 * 365;
    for (let k = 0; k < count; k++) {
      n += 1;
      const kind = rng.pick(kinds);
      const id = `doc-seed-${String(n).padStart(5, '0')}`;
      const bytes =
        kind.format === 'pdf'
          ? pdf([kind.displayName, `Customer ${externalId}`, `Reference ${id}`, 'Algoreg sandbox sample'])
          : png(rng.int(0, 0xffffff), rng.int(0, 0xffffff));
      const createdAt = Math.floor(from + rng.next() * Math.max(0, END_S - from));
      const revised = rng.chance(0.3);
      const originType = rng.pick(ORIGINS);
      const document: Json = {
        id,
        customer_external_id: externalId,
        display_name: kind.displayName,
        file_name: kind.fileName,
        file_mime: mimeOf(kind.fileName),
        file_size: bytes.length,
        file_source: 'internal',
        file_type: kind.fileType,
        file_url: '',
        created_at: createdAt,
        last_revision_id: `rev-seed-${String(n).padStart(5, '0')}`,
        last_revision_agent_id: revised ? rng.pick([11, 12, 13]) : 0,
        last_revision_created_at: revised ? createdAt + rng.int(3_600, 86_400 * 60) : createdAt,
        origin: { type: originType, value: originType === 'vid' ? `ses-${rng.int(10_000, 99_999)}` : '' },
        tag_codes: rng.some(TAGS, 2),
      };
      store.documents.set(id, { document, bytes });
    }
  }
}

/** A one-page PDF 1.4 with the given lines in Helvetica, with a correct cross-reference table. */
export function pdf(lines: readonly string[]): Buffer {
  const pdfText = (s: string) => s.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');
  const text = lines.map((l, i) => `${i === 0 ? '/F1 18 Tf' : '/F1 12 Tf'} (${pdfText(l)}) Tj 0 -24 Td`);
  const content = `BT 72 770 Td ${text.join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 48×32 RGB PNG: two-colour diagonal stripes. */
export function png(a: number, b: number): Buffer {
  const width = 48;
  const height = 32;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const c = Math.floor((x + y) / 8) % 2 === 0 ? a : b;
      raw.writeUIntBE(c, row + 1 + x * 3, 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
