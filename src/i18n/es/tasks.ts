import type { Messages } from '../en.ts';

export const tasks: Messages['tasks'] = {
  heading: 'Actividades: lo que podría hacer en un día',
  showAll: (n: string) => `Mostrar las ${n} actividades`,
  showFewer: 'Mostrar menos actividades',
  none: 'O*NET todavía no ha publicado las actividades de esta ocupación.',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default tasks;
