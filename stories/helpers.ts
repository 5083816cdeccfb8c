import type { ArgTypes, Args, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { DataClient, type DocumentSource } from '../src/index.ts';

export type Story = StoryObj;

/** Real codes from the endpoint (`npm run data`), each showing a case a designer meets. */
export const CODES = {
  recordsSpecialists: '29-2072.00', // Medical Records Specialists: the demo's occupation
  medicalAssistants: '31-9092.00', // Medical Assistants: has O*NET's education levels
  teachers: '25-2021.00', // Elementary School Teachers: BLS publishes annual wages only
  homeHealthAides: '31-1121.00', // Home Health Aides: wages of the aggregate SOC 31-1120
  notFound: '11-9999.99', // well-formed, but not in the endpoint
  invalid: '29-2072', // not an O*NET-SOC code
};

export const DEAD_ENDPOINT = '/no-such-endpoint/';

/**
 * The element with each arg as an attribute (args are named after the attributes, as in the
 * manifest): `true` is an empty attribute; unset, `false` and the Actions' functions are left out.
 * A `--ow-*` arg (the CSS custom properties in Controls) is set on the element's style.
 */
export function widget(tag: string, args: Args): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (typeof value === 'function' || typeof value === 'object') continue;
    if (name.startsWith('--')) el.style.setProperty(name, String(value));
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  return el;
}

/** Controls for attributes with a short list of values, and `theme` and `lang` (the manifest has the rest). */
export const controls: ArgTypes = {
  location: { control: 'select', options: ['US', 'CA', 'TX', 'NY', 'FL'] },
  'heading-level': { control: { type: 'number', min: 0, max: 6 } },
  theme: {
    control: 'inline-radio',
    options: ['unset', 'light', 'dark', 'auto'],
    mapping: { unset: undefined },
    table: { category: 'attributes' },
    description:
      '`light` or `dark` forces a theme; `auto` follows the reader’s `prefers-color-scheme`; unset, the widget is dark only where the page supports dark (its `color-scheme`) and the reader prefers it.',
  },
  lang: {
    control: 'inline-radio',
    options: ['unset', 'en', 'es'],
    mapping: { unset: undefined },
    table: { category: 'attributes' },
    description: 'Language; unset, the nearest `lang` around the widget (the toolbar’s Language).',
  },
};

/** A document source that never answers: the loading state, held. */
const never: DocumentSource = { key: ({ kind, id = '' }) => `never:${kind}/${id}`, fetch: () => new Promise(() => {}) };

/** The states every element shares, with the same codes everywhere. */
export const states = {
  invalidCode: { args: { code: CODES.invalid } },
  notFound: { args: { code: CODES.notFound } },
  deadEndpoint: { args: { endpoint: DEAD_ENDPOINT } },
  /** The skeleton shown until the documents arrive (a client over `never`, through `<occupation-data>`). */
  loading: {
    render: (args: Args, { component }: StoryContext) => {
      const data = document.createElement('occupation-data');
      data.client = new DataClient(never, { timeout: 2 ** 31 - 1 });
      data.append(widget(component as string, args));
      return data;
    },
  },
  /** At 320 px, the narrowest phone the widgets are made for: nothing scrolls sideways. */
  narrow: {
    render: (args: Args, { component }: StoryContext) => {
      const box = document.createElement('div');
      box.style.width = '320px';
      box.append(widget(component as string, args));
      return box;
    },
  },
} satisfies Record<string, Story>;
