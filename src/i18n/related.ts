import { strings } from './index.ts';

export const relatedText = strings({
  en: {
    heading: 'Related occupations',
    showAll: (n: string) => `Show all ${n} related occupations`,
    showFewer: 'Show fewer related occupations',
    none: 'O*NET does not list related occupations for this occupation.',
    invalidTemplate: (value: string) =>
      `The href-template “${value}” has no {code} placeholder (for example /careers/{code}).`,
  },
  es: {
    heading: 'Ocupaciones relacionadas',
    showAll: (n: string) => `Mostrar las ${n} ocupaciones relacionadas`,
    showFewer: 'Mostrar menos ocupaciones relacionadas',
    none: 'O*NET no indica ocupaciones relacionadas con esta.',
    invalidTemplate: (value: string) =>
      `El atributo href-template “${value}” no contiene {code} (por ejemplo /careers/{code}).`,
  },
});
