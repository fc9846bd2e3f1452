/**
 * Hostile input (issue #13 §3), shared by the specs that push it through every field that reaches the
 * server and render it on every page that shows it. A payload that runs sets `window.__pwned`; the specs
 * check that flag and fail on any dialog (alert, confirm, prompt).
 */
export type HostileInput = { name: string; value: string };

const long = (n: number, unit = 'a') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const HOSTILE_TEXT: HostileInput[] = [
  { name: 'script tag', value: '<script>window.__pwned=1;alert(1)</script>' },
  { name: 'img onerror', value: '<img src=x onerror="window.__pwned=1;alert(1)">' },
  { name: 'svg onload', value: '<svg onload="window.__pwned=1">' },
  { name: 'iframe srcdoc', value: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' },
  { name: 'attribute breaker (double)', value: '" onmouseover="window.__pwned=1" x="' },
  { name: 'attribute breaker (single)', value: "' onfocus='window.__pwned=1' autofocus='" },
  { name: 'closing tags', value: '</textarea></title></style><b>bold</b>' },
  { name: 'html entities', value: '&lt;script&gt;&amp;&quot;&#39;' },
  { name: 'template injection', value: '{{constructor.constructor("window.__pwned=1")()}} ${7*7}' },
  { name: 'javascript url', value: 'javascript:window.__pwned=1' },
  { name: 'markdown link', value: '[click](javascript:window.__pwned=1)' },
  { name: 'RTL override', value: 'admin\u202Etxt.exe' },
  { name: 'RTL Arabic and Hebrew', value: 'مرحبا بالعالم שלום עולם' },
  { name: 'zero-width characters', value: 'a\u200Bd\u200Cm\u200Di\uFEFFn' },
  { name: 'combining marks (zalgo)', value: 'Z\u0351\u0364\u0367a\u0350\u0357l\u0346\u0313g\u0342o\u0345' },
  { name: 'emoji', value: '🚀👩‍💻🏳️‍🌈 deploy' },
  { name: 'CJK', value: '管理者ユーザー 관리자' },
  { name: 'unbroken long word', value: long(300, 'W') },
  { name: '10,000 characters', value: long(10_000, 'lorem ipsum ') },
  { name: 'newlines and tabs', value: 'line one\nline two\tcolumn' },
  { name: 'NUL and control characters', value: 'nul\u0000bell\u0007esc\u001B' },
  { name: 'lone surrogate', value: 'broken \uD800 pair' },
  { name: 'unbalanced quotes', value: 'name:"unterminated' },
  { name: 'SQL-ish', value: "'; DROP TABLE users; --" },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'CSV formula =', value: '=HYPERLINK("http://evil.example","click")' },
  { name: 'CSV formula +', value: '+cmd|" /C calc"!A0' },
  { name: 'CSV formula -', value: '-2+3+cmd|" /C calc"!A0' },
  { name: 'CSV formula @', value: '@SUM(1+1)*cmd|" /C calc"!A0' },
  { name: 'CSV formula tab/CR', value: '\t=1+1' },
  { name: 'prototype keys', value: '__proto__' },
  { name: 'only spaces', value: '     ' },
];

/** Avatar and icon URLs: only http(s) and data:image may render as an image. */
export const HOSTILE_URLS: { value: string; renders: boolean }[] = [
  { value: 'javascript:window.__pwned=1', renders: false },
  { value: 'JaVaScRiPt:window.__pwned=1', renders: false },
  { value: ' javascript:window.__pwned=1', renders: false },
  { value: 'data:text/html,<script>window.__pwned=1</script>', renders: false },
  { value: 'vbscript:msgbox(1)', renders: false },
  // (Absolute https URLs are covered by src/lib/imageUrl.test.ts: the test browser has no internet, and an
  // avatar that fails to load shows its letter.)
  {
    value:
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    renders: true,
  },
  { value: '/favicon.svg', renders: true },
];

/** Filter queries a user can type: bad dates, unbalanced quotes, odd keys. */
export const HOSTILE_FILTERS: string[] = [
  'last_seen_before:"2024-13-45T99:99:99Z"',
  'created_after:yesterday',
  'name:"unterminated',
  'status:"active',
  '"""',
  'owner:a/b/c status:sleeping',
  '<script>window.__pwned=1</script>',
  ':::',
  long(2_000, 'x '),
  'role:"a\u202Eb"',
];

/** CSV cells that a spreadsheet would run as formulas. */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'];
