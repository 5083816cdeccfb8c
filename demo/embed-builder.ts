// The embed builder: a web editor picks an occupation and options, sees the widget live and copies
// a snippet that works pasted into any page. Used by demo/embed.html and by Storybook's
// Guides/Embed builder. The preview uses the library already on the page; the snippet loads the
// CDN build from where the site hosts it.
import { SECTIONS } from '../src/elements/occupation-profile/sections.ts';
import { embedAttributes, embedSnippet, type EmbedChoices } from './embed-snippet.ts';

const FORM = `<style>
  .builder { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 20rem) minmax(0, 1fr); }
  @media (max-width: 50rem) { .builder { grid-template-columns: minmax(0, 1fr); } }
  .builder form label { display: block; margin-block: 0.5rem; }
  .builder form input:not([type='radio'], [type='checkbox']), .builder form select { display: block; width: 100%; box-sizing: border-box; font: inherit; }
  .builder fieldset label { display: inline-block; margin-inline-end: 0.75rem; }
  .builder textarea { display: block; width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; }
  .builder .hint { color: #4a5562; margin: 0; }
</style>
<div class="builder">
  <form data-choices aria-label="Embed options">
    <label>Occupation <input name="occupation" list="ow-embed-titles" value="Medical Records Specialists" autocomplete="off" /></label>
    <datalist id="ow-embed-titles"></datalist>
    <p data-code class="hint" aria-live="polite"></p>
    <label>Location <select name="location"></select></label>
    <fieldset><legend>Variant</legend>
      <label><input type="radio" name="variant" value="full" checked /> Full profile</label>
      <label><input type="radio" name="variant" value="card" /> Card</label>
    </fieldset>
    <fieldset data-sections><legend>Sections (full profile)</legend></fieldset>
    <label>Language <select name="lang"><option value="en">English</option><option value="es">Español</option></select></label>
    <label>Heading level <input name="heading-level" type="number" min="0" max="6" value="2" /></label>
    <label>Accent colour <input name="accent" type="color" value="#1a5fb4" /></label>
    <label><input name="default-accent" type="checkbox" checked /> Default accent</label>
    <label>Script URL <input name="script" type="url" /></label>
    <label>Data endpoint URL <input name="endpoint" type="url" /></label>
  </form>
  <section aria-label="Snippet and preview">
    <label for="ow-embed-snippet"><strong>Snippet</strong></label>
    <textarea id="ow-embed-snippet" data-snippet readonly rows="10"></textarea>
    <p><button type="button" data-copy>Copy snippet</button> <span data-copied role="status"></span></p>
    <p><strong>Preview</strong></p>
    <div data-preview></div>
  </section>
</div>`;

export interface BuilderDefaults {
  /** Where the snippet loads the CDN build from. */
  script: string;
  /** The endpoint the snippet and the lists read (absolute). */
  endpoint: string;
}

/** Builds the form in `root` and keeps the snippet and the preview up to date. */
export async function mountEmbedBuilder(root: HTMLElement, defaults: BuilderDefaults): Promise<void> {
  root.innerHTML = FORM;
  const form = root.querySelector<HTMLFormElement>('[data-choices]')!;
  const field = <T extends Element = HTMLInputElement>(name: string) => form.elements.namedItem(name) as unknown as T;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;
  field('script').value = defaults.script;
  field('endpoint').value = defaults.endpoint;
  for (const id of SECTIONS) {
    part('sections').insertAdjacentHTML('beforeend', `<label><input type="checkbox" name="section" value="${id}" checked /> ${id}</label>`);
  }

  const fetchJson = (file: string) => fetch(new URL(file, defaults.endpoint)).then((r) => r.json());
  const [search, index] = (await Promise.all([fetchJson('search-index.json'), fetchJson('index.json')])) as [
    { occupations: [string, string][] },
    { areas: { code: string; name: string }[] },
  ];
  const byTitle = new Map(search.occupations.map(([code, title]) => [title, code]));
  root.querySelector('datalist')!.replaceChildren(
    ...search.occupations.map(([, title]) => Object.assign(document.createElement('option'), { value: title })),
  );
  const location = field<HTMLSelectElement>('location');
  location.replaceChildren(...index.areas.map((a) => Object.assign(document.createElement('option'), { value: a.code, textContent: a.name })));
  location.value = 'CA';

  const choices = (): EmbedChoices | null => {
    const code = byTitle.get(field('occupation').value.trim());
    part('code').textContent = code ? `O*NET-SOC ${code}` : 'Pick a title from the list.';
    if (!code) return null;
    const sections = [...form.querySelectorAll<HTMLInputElement>('[name=section]:checked')].map((c) => c.value);
    return {
      script: field('script').value,
      endpoint: field('endpoint').value,
      code,
      location: location.value,
      variant: form.querySelector<HTMLInputElement>('[name=variant]:checked')!.value as 'full' | 'card',
      sections,
      allSections: sections.length === SECTIONS.length,
      lang: field<HTMLSelectElement>('lang').value as 'en' | 'es',
      headingLevel: Math.min(6, Math.max(0, Number(field('heading-level').value) || 0)),
      accent: field('default-accent').checked ? '' : field('accent').value,
    };
  };
  const update = () => {
    const c = choices();
    // A title not in the list names no occupation: no snippet to copy rather than the last one.
    part<HTMLButtonElement>('copy').disabled = !c;
    if (!c) {
      part<HTMLTextAreaElement>('snippet').value = '';
      return;
    }
    part<HTMLTextAreaElement>('snippet').value = embedSnippet(c);
    const el = document.createElement('occupation-profile');
    for (const [name, value] of embedAttributes(c)) el.setAttribute(name, value);
    part('preview').replaceChildren(el);
  };
  // Choosing a colour means wanting it: the "default accent" box unticks itself.
  field('accent').addEventListener('input', () => (field('default-accent').checked = false));
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  part('copy').addEventListener('click', async () => {
    await navigator.clipboard.writeText(part<HTMLTextAreaElement>('snippet').value);
    part('copied').textContent = 'Copied.';
  });
  update();
}
