// The embed builder: a web editor picks an occupation and options, sees the widget live and copies
// a snippet that works pasted into any page. The preview uses the library's source; the snippet
// loads the CDN build from where the site hosts it (by default this server's /occupation-widgets/).
import '../src/index.ts';
import { SECTIONS } from '../src/elements/occupation-profile/sections.ts';
import { embedAttributes, embedSnippet, type EmbedChoices } from './embed-snippet.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = (id: string) => $<HTMLInputElement>(id);
const defaults = { script: new URL('/occupation-widgets/occupation-widgets.js', location.href).href, endpoint: new URL('/data/', location.href).href };
input('script').value = defaults.script;
input('endpoint').value = defaults.endpoint;
for (const id of SECTIONS) {
  $('sections').insertAdjacentHTML('beforeend', `<label><input type="checkbox" name="section" value="${id}" checked /> ${id}</label>`);
}

let byTitle = new Map<string, string>();
async function loadLists(endpoint: string): Promise<void> {
  const [search, index] = await Promise.all(
    ['search-index.json', 'index.json'].map((f) => fetch(new URL(f, endpoint)).then((r) => r.json())),
  );
  const occupations = (search as { occupations: [string, string][] }).occupations;
  byTitle = new Map(occupations.map(([code, title]) => [title, code]));
  $('titles').replaceChildren(...occupations.map(([, title]) => Object.assign(document.createElement('option'), { value: title })));
  const areas = (index as { areas: { code: string; name: string }[] }).areas;
  $('location').replaceChildren(...areas.map((a) => Object.assign(document.createElement('option'), { value: a.code, textContent: a.name })));
  $<HTMLSelectElement>('location').value = 'CA';
}

function choices(): EmbedChoices | null {
  const code = byTitle.get(input('occupation').value.trim());
  $('code').textContent = code ? `O*NET-SOC ${code}` : 'Pick a title from the list.';
  if (!code) return null;
  const sections = [...document.querySelectorAll<HTMLInputElement>('[name=section]:checked')].map((c) => c.value);
  return {
    script: input('script').value,
    endpoint: input('endpoint').value,
    code,
    location: $<HTMLSelectElement>('location').value,
    variant: (document.querySelector<HTMLInputElement>('[name=variant]:checked')!.value as 'full' | 'card'),
    sections,
    allSections: sections.length === SECTIONS.length,
    lang: $<HTMLSelectElement>('lang').value as 'en' | 'es',
    headingLevel: Math.min(6, Math.max(0, Number(input('heading-level').value) || 0)),
    accent: input('default-accent').checked ? '' : input('accent').value,
  };
}

function update(): void {
  const c = choices();
  if (!c) return;
  $<HTMLTextAreaElement>('snippet').value = embedSnippet(c);
  const el = document.createElement('occupation-profile');
  for (const [name, value] of embedAttributes(c)) el.setAttribute(name, value);
  $('preview').replaceChildren(el);
}

$('choices').addEventListener('input', update);
$('choices').addEventListener('change', update);
input('accent').addEventListener('input', () => (input('default-accent').checked = false));
$('copy').addEventListener('click', async () => {
  await navigator.clipboard.writeText($<HTMLTextAreaElement>('snippet').value);
  $('copied').textContent = 'Copied.';
});
await loadLists(defaults.endpoint);
update();
