/**
 * JSON request bodies that carry files as base64 strings (Upload document's `internal.file_data`,
 * a chat message's `attachments[].file`, the ID check's images), streamed instead of built whole:
 * neither the file nor its base64 text is ever held in memory at once.
 */

/** The bytes of a file to send: their size, and a fresh stream of them on each call. */
export interface UploadBytes {
  size: number;
  open: () => AsyncIterable<Uint8Array>;
}

/** A piece of a streamed JSON body: JSON text as is, or bytes written as a base64 string literal. */
export type BodyPiece = string | UploadBytes;

/** A body for `AlgoregHttp`'s `jsonStream`: its exact length, and a fresh stream on each send. */
export interface StreamedBody {
  open: () => AsyncIterable<Uint8Array>;
  length: number;
}

/**
 * A JSON body streamed from pieces: text is sent as is, bytes as a base64 string literal encoded
 * chunk by chunk (in 3-byte groups, so the pieces join into one valid base64 text). The exact
 * length is known up front; `open` gives a fresh stream each time (a resend after a 401).
 */
export function base64JsonBody(pieces: readonly BodyPiece[]): StreamedBody {
  let length = 0;
  for (const p of pieces) {
    length += typeof p === 'string' ? Buffer.byteLength(p) : 2 + 4 * Math.ceil(p.size / 3);
  }
  return { length, open: () => stream(pieces) };
}

/** `{...json, [key]: <the pieces of its value>}`: an object body whose last key holds the files. */
export function withStreamedKey(json: object, key: string, value: readonly BodyPiece[]): BodyPiece[] {
  const text = JSON.stringify(json);
  return [`${text === '{}' ? '{' : `${text.slice(0, -1)},`}${JSON.stringify(key)}:`, ...value, '}'];
}

const QUOTE = Buffer.from('"');

async function* stream(pieces: readonly BodyPiece[]): AsyncGenerator<Buffer> {
  for (const p of pieces) {
    if (typeof p === 'string') {
      yield Buffer.from(p);
      continue;
    }
    yield QUOTE;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of p.open()) {
      const view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const buf = carry.length ? Buffer.concat([carry, view]) : view;
      const whole = buf.length - (buf.length % 3);
      if (whole > 0) yield Buffer.from(buf.subarray(0, whole).toString('base64'), 'latin1');
      carry = Buffer.from(buf.subarray(whole));
    }
    if (carry.length) yield Buffer.from(carry.toString('base64'), 'latin1');
    yield QUOTE;
  }
}
