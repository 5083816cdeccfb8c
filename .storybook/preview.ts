import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import '../src/index.ts';

interface Declaration {
  tagName?: string;
  members?: unknown[];
  attributes?: { type?: { text: string } }[];
}

// Docs tables and controls come from `npm run analyze`. A designer works with attributes, so the
// class members (properties mirroring the attributes, internals) are left out of the tables, and
// `string | undefined` reads as `string` so that Storybook picks a text or number control.
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]);
for (const d of declarations.filter((d) => d.tagName)) {
  delete d.members;
  for (const a of d.attributes ?? []) if (a.type) a.type.text = a.type.text.replace(/ \| undefined$/, '');
}
setCustomElementsManifest(manifest);

const tags = declarations.flatMap((d) => (d.tagName ? [d.tagName] : []));

/**
 * The toolbar's theme, on every widget of the story that has no theme of its own; "auto" leaves
 * it to the reader's `prefers-color-scheme`, as on a real page.
 */
function applyTheme(root: Element, theme: string | undefined): void {
  for (const el of root.querySelectorAll(tags.join(','))) {
    if (el.hasAttribute('theme') && !el.hasAttribute('data-toolbar-theme')) continue;
    el.toggleAttribute('data-toolbar-theme', !!theme);
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
}

/**
 * The toolbar's language as the `lang` around the story, where a widget looks for it. Widgets
 * watch their own `lang` and `<html lang>`, not a wrapper's, so a new language renders afresh.
 */
const withLangAndTheme: Decorator = (story, { globals }) => {
  const lang = (globals.lang as string | undefined) ?? 'en';
  const theme = globals.theme === 'auto' ? undefined : (globals.theme as string | undefined);
  const apply = ref((el) => el && queueMicrotask(() => applyTheme(el, theme)));
  return html`${keyed(lang, html`<div lang=${lang} ${apply}>${story()}</div>`)}`;
};

/**
 * Controls only where they do something: a token (CSS custom property) gets a colour or text
 * control, set on the element's style by the stories' `widget()`; events, parts and slots none.
 */
const tokenControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, a]) => {
      const category = a.table?.category;
      if (category === 'css custom properties') {
        const control = { type: name.startsWith('--ow-color-') ? 'color' : 'text' };
        return [name, { ...a, type: { name: 'string' }, control }];
      }
      if (category && category !== 'attributes') return [name, { ...a, control: false }];
      return [name, a];
    }),
  );

const preview: Preview = {
  decorators: [withLangAndTheme, withActions],
  argTypesEnhancers: [tokenControls],
  globalTypes: {
    lang: {
      description: 'Language of the widgets (the lang attribute around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'theme attribute of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (reader preference)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'auto' },
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Elements', ['occupation-profile', 'wage-table', '*'], 'Guides'] } },
    controls: { expanded: true, sort: 'requiredFirst' },
    // The widgets' events in the Actions panel (they bubble and are composed).
    actions: { handles: ['occupation-load', 'occupation-error', 'occupation-select'] },
    // The a11y panel checks every story; 'todo' reports violations without failing a test run.
    a11y: { test: 'todo' },
  },
  tags: ['autodocs'],
};

export default preview;
