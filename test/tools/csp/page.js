// The strict-CSP test page's script (served from 'self'): collects violation reports, mounts
// every widget from the built library, and records what each one fired.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
);
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));

const copy = new URL(location.href).searchParams.get('copies') === '2';
const first = await import('/dist/occupation-widgets.js');
// A second copy of the library under another URL (a CMS plugin and a theme each bundling it).
const second = copy ? await import('/copy2/occupation-widgets.js') : first;
second.configure({ endpoint: '/public/data/', location: 'CA' });

const WIDGETS = [
  ['occupation-profile', { code: '29-2072.00' }],
  ['occupation-profile', { code: '31-9092.00', variant: 'card' }],
  ['wage-table', { code: '29-2072.00' }],
  ['employment-outlook', { code: '29-2072.00' }],
  ['education-summary', { code: '31-9092.00' }],
  ['education-chart', { code: '31-9092.00' }],
  ['occupation-programs', { code: '31-9092.00' }],
  ['occupation-tasks', { code: '29-2072.00' }],
  ['occupation-ratings', { code: '31-9092.00', kind: 'skills' }],
  ['occupation-interests', { code: '31-9092.00' }],
  ['technology-skills', { code: '29-2072.00' }],
  ['related-occupations', { code: '29-2072.00' }],
  ['occupation-attribution', {}],
];
window.__events = [];
for (const [tag, attrs] of WIDGETS) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const record = (e) => window.__events.push({ tag, type: e.type, kind: e.detail?.kind ?? null });
  el.addEventListener('occupation-load', record, { once: true });
  el.addEventListener('occupation-error', record, { once: true });
  document.body.append(el);
}
window.__ready = true;
