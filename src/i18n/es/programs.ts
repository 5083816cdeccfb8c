import type { Messages } from '../en.ts';

export const programs: Messages['programs'] = {
  heading: 'Programas que pueden prepararle',
  intro: 'Programas de estudio que conducen a esta carrera:',
  cip: 'CIP',
  none: 'La tabla de correspondencias CIP–SOC no asocia ningún programa de estudio con esta ocupación.',
  source: 'Fuente:',
  showAll: (n: string) => `Mostrar los ${n} programas`,
  showFewer: 'Mostrar menos programas',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default programs;
