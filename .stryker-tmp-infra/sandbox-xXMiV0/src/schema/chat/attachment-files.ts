// @ts-nocheck
import type { AttachmentUpload } from '../../algoreg/chat.ts';
import { checkUpload } from '../../files.ts';
import type { Issues } from '../errors.ts';

/** Files of one message (the GraphQL multipart spec allows 5 per request). */
export const MAX_ATTACHMENTS = 5;

/**
 * The files of a message, checked like a document upload (src/files.ts: not empty, at most
 * `MAX_UPLOAD_BYTES`, an allowed type recognised from the first bytes, a safe name with the
 * extension of its content). They go base64-encoded in one JSON body, so together they are held
 * to the limit of one file. Refusals are added to `issues`, naming `input.attachments[i]`.
 */
export async function checkAttachments(
  files: readonly File[],
  limits: { maxBytes: number; mimeAllowlist: readonly string[] },
  issues: Issues,
): Promise<AttachmentUpload[]> {
  if (files.length > MAX_ATTACHMENTS) issues.add('input.attachments', `at most ${MAX_ATTACHMENTS} files`);
  const total = files.reduce((n, f) => n + f.size, 0);
  if (files.length > 1 && total > limits.maxBytes) {
    issues.add(
      'input.attachments',
      `are ${total} bytes together; at most ${limits.maxBytes} bytes (MAX_UPLOAD_BYTES)`,
    );
  }
  const checked = await Promise.all(
    files.map((file, i) =>
      checkUpload(file, {
        field: `input.attachments[${i}]`,
        maxBytes: limits.maxBytes,
        maxBytesSetting: 'MAX_UPLOAD_BYTES',
        allowedMimes: limits.mimeAllowlist,
        fallbackName: 'attachment',
      }),
    ),
  );
  const accepted: AttachmentUpload[] = [];
  for (const c of checked) {
    if (c.file) accepted.push({ name: c.file.name, bytes: { size: c.file.size, open: c.file.open } });
    else for (const issue of c.issues) issues.add(issue.field, issue.message);
  }
  return accepted;
}
