/** The builder's choices, and the snippet they make: a script tag plus one element. */
export interface EmbedChoices {
  /** Where the site hosts the CDN folder's `occupation-profile.js` (the snippet's one element). */
  script: string;
  /** Where the site hosts the data endpoint (absolute, so the snippet works on any page). */
  endpoint: string;
  code: string;
  location: string;
  variant: 'full' | 'card';
  /** Chosen sections in page order; all of them means the attribute is left out. */
  sections: string[];
  allSections: boolean;
  lang: 'en' | 'es';
  headingLevel: number;
  /** `#rrggbb`, or '' for the default accent. */
  accent: string;
}

const escape = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The element's attributes, in the order a reader expects them. */
export function embedAttributes(c: EmbedChoices): [string, string][] {
  const attrs: [string, string][] = [['code', c.code], ['location', c.location], ['endpoint', c.endpoint]];
  if (c.variant === 'card') attrs.push(['variant', 'card']);
  if (c.variant === 'full' && !c.allSections) attrs.push(['sections', c.sections.join(',')]);
  if (c.lang !== 'en') attrs.push(['lang', c.lang]);
  if (c.headingLevel !== 2) attrs.push(['heading-level', String(c.headingLevel)]);
  if (c.accent) attrs.push(['style', `--ow-color-accent: ${c.accent}`]);
  return attrs;
}

export function embedSnippet(c: EmbedChoices): string {
  const attrs = embedAttributes(c)
    .map(([name, value]) => `\n  ${name}="${escape(value)}"`)
    .join('');
  return `<script type="module" src="${escape(c.script)}"></script>\n<occupation-profile${attrs}>\n</occupation-profile>\n`;
}
