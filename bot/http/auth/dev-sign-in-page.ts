import type { DevUser } from '../../../shared/adapters/identity/dev-users.js';

/**
 * The dev sign-in page: one button per demo user; a click gets a token from POST /dev/token, keeps it in
 * localStorage (`mlm.devAccessToken`) for the tab, and shows the user's profile from GET /api/v1/me.
 * Self-contained: its one script and style carry the nonce the Content-Security-Policy allows.
 */
export function devSignInPage(users: readonly DevUser[], nonce: string): string {
  const byTenant = new Map<string, DevUser[]>();
  for (const user of users) byTenant.set(user.tenantId, [...(byTenant.get(user.tenantId) ?? []), user]);
  const sections = [...byTenant]
    .map(
      ([tenantId, members]) =>
        `<section><h2>${escapeHtml(tenantId)}</h2>${members
          .map(
            (user) =>
              `<button type="button" data-user="${escapeHtml(user.id)}">${escapeHtml(user.displayName)} ` +
              `<small>(${escapeHtml(user.label)})</small></button>`,
          )
          .join('')}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dev sign-in · MultiLine Messaging</title>
<style nonce="${nonce}">
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;padding:0 1rem;color:#242424}
h1{font-size:1.4rem}h2{font-size:1rem;color:#616161;margin:1.2rem 0 .4rem}
button{display:block;width:100%;text-align:left;margin:.3rem 0;padding:.6rem .8rem;font:inherit;border:1px solid #d1d1d1;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:#f5f5f5}small{color:#616161}
.warn{background:#fff4ce;padding:.6rem .8rem;border-radius:4px}
pre{white-space:pre-wrap;word-break:break-all;background:#f5f5f5;padding:.6rem;border-radius:4px}
</style>
</head>
<body>
<h1>Dev sign-in</h1>
<p class="warn">AUTH_MODE=dev: tokens signed by a key this server made at start. Never enable this in production.</p>
${sections}
<h2>Result</h2>
<pre id="result">Choose a user.</pre>
<script nonce="${nonce}">
const result = document.getElementById('result');
for (const button of document.querySelectorAll('button[data-user]')) {
  button.addEventListener('click', async () => {
    result.textContent = 'Signing in…';
    try {
      const res = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: button.dataset.user }),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
      localStorage.setItem('mlm.devAccessToken', body.accessToken);
      const me = await fetch('/api/v1/me', { headers: { authorization: 'Bearer ' + body.accessToken } });
      result.textContent = JSON.stringify(await me.json(), null, 2) + '\\n\\nAccess token (also in localStorage "mlm.devAccessToken"):\\n' + body.accessToken;
    } catch (error) {
      result.textContent = 'Sign-in failed: ' + error.message;
    }
  });
}
</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
