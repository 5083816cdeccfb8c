import { strings } from './index.ts';

export const tasksText = strings({
  en: {
    heading: 'Activities: what you might do in a day',
    showAll: (n: string) => `Show all ${n} activities`,
    showFewer: 'Show fewer activities',
    none: 'O*NET has not listed the activities of this occupation yet.',
  },
  es: {
    heading: 'Actividades: lo que podría hacer en un día',
    showAll: (n: string) => `Mostrar las ${n} actividades`,
    showFewer: 'Mostrar menos actividades',
    none: 'O*NET todavía no ha publicado las actividades de esta ocupación.',
  },
});
