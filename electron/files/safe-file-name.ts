/**
 * A name another machine sent, made safe to create in the Downloads folder: no folders (so no
 * path traversal), no characters any of Windows, macOS or Linux refuse, no device names, no
 * hidden files, and short enough for every file system. The extension is kept where it can be.
 */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_BYTES = 200;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

function shorten(text: string, maxBytes: number): string {
  let out = '';
  for (const char of text) {
    if (byteLength(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}

export function safeFileName(sent: string): string {
  // Only the last path segment counts, whichever separator the sender's system uses.
  const last = sent.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    // Control characters, bidi overrides (which disguise extensions) and characters Windows refuses.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const dot = cleaned.lastIndexOf('.');
  const stem = dot > 0 ? cleaned.slice(0, dot) : cleaned;
  const extension = dot > 0 ? cleaned.slice(dot) : '';
  const safeStem = WINDOWS_DEVICES.test(stem) ? `_${stem}` : stem;
  const keptExtension = byteLength(extension) <= 20 ? extension : '';
  const name = shorten(safeStem, MAX_BYTES - byteLength(keptExtension)) + keptExtension;
  return name && name !== keptExtension ? name : `file${keptExtension}`;
}

/** "report.pdf", then "report (1).pdf", "report (2).pdf" … for the n-th name already taken. */
export function numberedName(name: string, n: number): string {
  if (n === 0) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}
