// POST /documents from the explorer: the dry run (preview) and the write, with the token.
import type { AddedDocument, RefusedDocument } from '@common/ingest-report';
import { ingestToken } from './ingest-token';

export type Posted =
  { ok: true; document: AddedDocument } | { ok: false; status: number; message: string };

export async function postDocument(file: File, dryRun: boolean): Promise<Posted> {
  const token = ingestToken();
  if (!token) return { ok: false, status: 401, message: '' };
  const body = new FormData();
  body.set('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(`/documents${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (err) {
    return { ok: false, status: 0, message: err instanceof Error ? err.message : String(err) };
  }
  const json = (await res.json().catch(() => null)) as AddedDocument | RefusedDocument | null;
  if (res.ok && json && 'document' in json) return { ok: true, document: json };
  const message = json && 'errors' in json ? (json.errors[0]?.message ?? '') : res.statusText;
  return { ok: false, status: res.status, message };
}
