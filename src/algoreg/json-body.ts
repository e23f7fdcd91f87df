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

/**
 * `{...json, [key]: <the pieces of its value>}`: an object body whose last key holds the files.
 * `json` has no `key` of its own, so the placeholder `0` is the text's last value: cut off, with the
 * closing brace, it leaves `{…,"key":` (`{"key":` for an empty object).
 */
export function withStreamedKey(json: object, key: string, value: readonly BodyPiece[]): BodyPiece[] {
  const text = JSON.stringify({ ...json, [key]: 0 });
  return [text.slice(0, -2), ...value, '}'];
}

const QUOTE = Buffer.from('"');

/**
 * Bytes encoded per piece: a multiple of 3 (so the pieces join into one base64 text), small enough
 * that only one 64 KiB piece is alive at a time however large the source's chunks are. Yoga's
 * multipart parser hands a buffered file over as one chunk: encoded whole, a 20 MB file briefly
 * cost a 27 MB base64 string and a 27 MB Buffer of it beside the file itself.
 */
const PIECE_BYTES = 3 * 16 * 1024;

/** Base64 text is ASCII: its UTF-8 bytes (`Buffer.from`'s default) are its characters. */
const encode = (bytes: Buffer) => Buffer.from(bytes.toString('base64'));

async function* stream(pieces: readonly BodyPiece[]): AsyncGenerator<Buffer> {
  for (const p of pieces) {
    if (typeof p === 'string') {
      yield Buffer.from(p);
      continue;
    }
    yield QUOTE;
    yield* base64(p.open());
    yield QUOTE;
  }
}

/**
 * The source's bytes as one base64 text, encoded in pieces of 48 KiB. Each chunk first completes
 * the 3-byte group the previous one left open (with none open, that is its own first group), then
 * its whole groups go in pieces, and what is left stays open; the last group is encoded at the end.
 * An empty piece adds nothing to the text.
 */
async function* base64(source: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    let view = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const need = 3 - carry.length;
    // Stryker disable next-line EqualityOperator: with as many bytes as needed, carrying them (<=) leaves a whole group open, encoded by the next chunk or at the end: the same text
    if (view.length < need) {
      carry = Buffer.concat([carry, view]);
      continue;
    }
    yield encode(Buffer.concat([carry, view.subarray(0, need)]));
    view = view.subarray(need);
    const whole = view.length - (view.length % 3);
    // Stryker disable next-line EqualityOperator: at === whole encodes an empty piece, which adds nothing
    for (let at = 0; at < whole; at += PIECE_BYTES)
      yield encode(view.subarray(at, Math.min(whole, at + PIECE_BYTES)));
    carry = Buffer.from(view.subarray(whole));
  }
  yield encode(carry);
}
