import type { Messages } from '../en.ts';

export const interests: Messages['interests'] = {
  heading: 'Intereses: ¿qué tipo de trabajo es?',
  intro: 'Cuánto se ajusta este trabajo a las personas con cada uno de seis tipos de intereses, de mayor a menor.',
  score: (value: string) => `Puntuación ${value} de 7`,
  scale: 'Las puntuaciones van de 1 (baja) a 7 (alta), según O*NET.',
  none: 'O*NET todavía no ha calificado los intereses de esta ocupación.',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default interests;
