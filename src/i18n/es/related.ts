import type { Messages } from '../en.ts';

export const related: Messages['related'] = {
  heading: 'Ocupaciones relacionadas',
  showAll: (n: string) => `Mostrar las ${n} ocupaciones relacionadas`,
  showFewer: 'Mostrar menos ocupaciones relacionadas',
  none: 'O*NET no indica ocupaciones relacionadas con esta.',
  invalidTemplate: (value: string) =>
    `El atributo href-template “${value}” no contiene {code} (por ejemplo /careers/{code}).`,
  invalidShow: (value: string) => `“${value}” no es un valor válido de show: use wage, outlook o ambos (wage,outlook).`,
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default related;
