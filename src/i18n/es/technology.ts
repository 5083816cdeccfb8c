import type { Messages } from '../en.ts';

export const technology: Messages['technology'] = {
  heading: 'Habilidades tecnológicas: programas que podría usar',
  hot: 'Tecnología en auge',
  hotNote: 'Tecnología en auge: aparece a menudo en las ofertas de empleo.',
  showAll: (n: string) => `Mostrar los ${n} tipos de tecnología`,
  showFewer: 'Mostrar menos tipos de tecnología',
  none: 'O*NET todavía no ha publicado las habilidades tecnológicas de esta ocupación.',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default technology;
