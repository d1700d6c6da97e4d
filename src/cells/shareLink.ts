/**
 * A cell's code in the URL: `#/<notebook>/<anchor>?cell=<id>&code=<base64url of UTF-8>`.
 * The router ignores the query of a notebook route, so the link opens the right question and
 * the cell with that id picks its code up. Code read from a URL is shown, never run, until the
 * reader presses Run (CodeCell and Exercise enforce that; this module only encodes and decodes).
 */
export const MAX_SHARED_CHARS = 20_000;

export function encodeCode(code: string): string {
  const bytes = new TextEncoder().encode(code);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCode(s: string): string | null {
  try {
    if (s.length > (MAX_SHARED_CHARS * 4) / 3 + 8 || !/^[A-Za-z0-9_-]*$/.test(s)) return null;
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const code = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    return code.length <= MAX_SHARED_CHARS ? code : null;
  } catch {
    return null;
  }
}

export function shareHash(slug: string, anchor: string, cellId: string, code: string): string {
  return `#/${slug}/${anchor}?${new URLSearchParams({ cell: cellId, code: encodeCode(code) })}`;
}

/** The shared code for `cellId` in a location hash, if there is one and it decodes. */
export function sharedCode(hash: string, cellId: string): { code: string } | { invalid: true } | null {
  const q = hash.split('?')[1];
  if (!q) return null;
  const params = new URLSearchParams(q);
  if (params.get('cell') !== cellId) return null;
  const raw = params.get('code');
  if (raw === null) return null;
  const code = decodeCode(raw);
  return code === null ? { invalid: true } : { code };
}
