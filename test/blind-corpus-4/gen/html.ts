/** Small helpers the layouts share for HTML and plain text. */
import type { Lang } from './people.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraph breaks become <br><br>, single newlines <br>. */
export function escBr(s: string): string {
  return esc(s).replace(/\n/g, '<br>\n');
}

export function page(body: string, lang: Lang, title = ''): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
${body}
</body>
</html>`;
}

export function dash(v: string | null): string {
  return v ?? '-';
}
