// @ts-nocheck
import { useUploadDocumentMutation } from '@algoreg/graphql-client/hooks';
import { type FormEvent, useState } from 'react';

/** Uploads a file to the customer: urql sends a variable holding a File as a multipart request. */
export function UploadForm({ customerExternalId }: { customerExternalId: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [displayName, setDisplayName] = useState('');
  const [result, upload] = useUploadDocumentMutation();
  const errors = result.data?.uploadDocument.errors ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const sent = await upload({ input: { customerExternalId, displayName: displayName || null, file } });
    if (sent.data?.uploadDocument.document) {
      setFile(null);
      setDisplayName('');
      (event.target as HTMLFormElement).reset();
    }
  }

  return (
    <form className="upload" onSubmit={submit} aria-label="Upload a document">
      <input type="file" name="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <input
        type="text"
        name="displayName"
        placeholder="Display name (optional)"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <button type="submit" disabled={!file || result.fetching}>
        {result.fetching ? 'Uploading…' : 'Upload'}
      </button>
      {result.error && <p className="error">{result.error.message}</p>}
      {errors.map((e) => (
        <p key={e.code} className="error">
          {e.field ? `${e.field}: ` : ''}
          {e.message}
        </p>
      ))}
    </form>
  );
}
