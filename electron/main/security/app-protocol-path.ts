import { normalize, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Maps app://firstline/<path> to a file under root, refusing anything that escapes it. */
export function resolveAppFile(url: string, root: string): { file: string; contentType: string } | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const file = resolve(root, normalize(`.${sep}${pathname}`));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== file) return null;
  const ext = file.slice(file.lastIndexOf('.'));
  const contentType = CONTENT_TYPES[ext];
  return contentType ? { file, contentType } : null;
}
