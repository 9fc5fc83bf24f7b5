/*
 * Copyright 2026 The Azure ML for Backstage Authors
 * SPDX-License-Identifier: Apache-2.0
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ENTITIES[c]);
}

/** Hidden form fields carrying request parameters through a POST. */
export function hiddenFields(params: Record<string, string>): string {
  return Object.entries(params)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(
          value,
        )}">`,
    )
    .join('\n');
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f2f2f2; color: #1b1b1b; }
main { max-width: 44rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 4px; }
h1 { font-size: 1.5rem; margin-top: 0; }
ul { list-style: none; padding: 0; }
li { margin: 0 0 1rem; }
button { width: 100%; text-align: left; padding: .75rem 1rem; font: inherit; background: #fff;
  border: 1px solid #8a8886; border-radius: 4px; cursor: pointer; }
button:hover, button:focus { border-color: #0067b8; outline: 2px solid #0067b8; }
.upn, .job, .story { display: block; color: #4a4a4a; }
.suggested { font-weight: bold; color: #0067b8; }
.error { border-left: 4px solid #a80000; padding-left: 1rem; }
code { word-break: break-all; }
`;

/** A complete, small HTML page. */
export function htmlPage(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A restrictive policy for the emulator's pages; scripts only by nonce. */
export function contentSecurityPolicy(scriptNonce?: string): string {
  const script = scriptNonce ? `'nonce-${scriptNonce}'` : "'none'";
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${script}; base-uri 'none'; frame-ancestors 'none'`;
}
