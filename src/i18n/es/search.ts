import type { Messages } from '../en.ts';

export const search: Messages['search'] = {
  label: 'Buscar carreras',
  labelPrograms: 'Buscar programas de estudio',
  hint: 'Escriba un puesto en inglés, como nurse, coder o medical billing.',
  hintPrograms: 'Escriba el nombre de un programa en inglés, como welding o medical office.',
  results: (n: number, formatted: string) => (n === 1 ? '1 resultado' : `${formatted} resultados`),
  none: (query: string) => `Ninguna carrera coincide con “${query}”.`,
  noPrograms: (query: string) => `Ningún programa coincide con “${query}”.`,
  matched: 'coincide con:',
  cip: 'CIP',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default search;
