import type { Messages } from '../en.ts';

export const programCareers: Messages['programCareers'] = {
  heading: 'Carreras para las que prepara este programa',
  program: (title: string, cip: string) => `${title} (CIP ${cip})`,
  noMatch: (cip: string) => `La tabla de correspondencias CIP–SOC no asocia ninguna ocupación con el programa ${cip}.`,
  missingCip: 'Indique en el atributo cip un código de programa CIP 2020, como 51.0716.',
  invalidCip: (value: string) => `“${value}” no es un código de programa CIP (tiene la forma 51.0716).`,
  source: 'Fuente:',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default programCareers;
