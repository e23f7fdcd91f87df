import type { AttachmentUpload } from '../../algoreg/chat.ts';
import { sanitizeFileName, sniffMime } from '../document.ts';
import type { Issues } from '../errors.ts';

/*
 * Attachment checks: the same as a document upload's (size, type recognised from the first bytes,
 * sanitised name), built on the document module's helpers and kept in this one file so that it can
 * be swapped for src/files.ts once the document checks move there.
 */

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/heic': 'heic',
  'image/tiff': 'tiff',
};
const EXTENSIONS_OF: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/heic': ['heic', 'heif'],
  'image/tiff': ['tif', 'tiff'],
};

/** The first bytes of a file (the multipart parser's File has no `slice`). */
async function firstBytes(file: File, n: number): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let got = 0;
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    parts.push(Buffer.from(chunk.subarray(0, n - got)));
    got += parts[parts.length - 1]?.length ?? 0;
    if (got >= n) break;
  }
  return Buffer.concat(parts);
}

/** One attached file, checked: its safe name and its bytes; null (with issues added) when refused. */
async function checkAttachmentFile(
  file: File,
  at: string,
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
  issues: Issues,
): Promise<AttachmentUpload | null> {
  const limitText = `${limits.maxBytes} bytes (MAX_UPLOAD_BYTES)`;
  if (file.size === 0 || file.size > limits.maxBytes) {
    issues.add(
      at,
      file.size === 0 ? 'is empty' : `is ${file.size} bytes; the largest file accepted is ${limitText}`,
    );
    return null;
  }
  const mime = sniffMime(await firstBytes(file, 64));
  if (!mime || !limits.mimeAllowlist.includes(mime)) {
    issues.add(
      at,
      `${mime ? `is ${mime}, which` : 'is of a type that'} is not accepted; accepted: ${limits.mimeAllowlist.join(', ')} (recognised from the content, not the name)`,
    );
    return null;
  }
  // The name's extension must tell the truth about the content (Algoreg types files by name).
  const clean = sanitizeFileName(file.name);
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(clean)?.[1]?.toLowerCase();
  const fits = ext !== undefined && (EXTENSIONS_OF[mime] ?? [EXTENSION[mime]]).includes(ext);
  const name = fits ? clean : `${clean || 'attachment'}.${EXTENSION[mime] ?? 'bin'}`;
  return {
    name,
    bytes: { size: file.size, open: () => file.stream() as unknown as AsyncIterable<Uint8Array> },
  };
}

/** Files of one message (the GraphQL multipart spec allows 5 per request). */
export const MAX_ATTACHMENTS = 5;

export async function checkAttachments(
  files: readonly File[],
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
  issues: Issues,
): Promise<AttachmentUpload[]> {
  if (files.length > MAX_ATTACHMENTS) issues.add('input.attachments', `at most ${MAX_ATTACHMENTS} files`);
  const total = files.reduce((n, f) => n + f.size, 0);
  // Sent base64-encoded in one JSON body: the whole message is held to the limit of one file.
  if (files.length > 1 && total > limits.maxBytes) {
    issues.add(
      'input.attachments',
      `are ${total} bytes together; at most ${limits.maxBytes} bytes (MAX_UPLOAD_BYTES)`,
    );
  }
  const checked = await Promise.all(
    files.map((f, i) => checkAttachmentFile(f, `input.attachments[${i}]`, limits, issues)),
  );
  return checked.filter((a) => a !== null);
}
