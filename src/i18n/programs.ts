import { strings } from './index.ts';

/** `<occupation-programs>`: education programs (CIP) that prepare for an occupation. */
export const programsText = strings({
  en: {
    heading: 'Programs that can prepare you',
    intro: 'Education programs that lead to this career:',
    cip: 'CIP',
    none: 'No education programs are matched to this occupation in the CIP–SOC crosswalk.',
    source: 'Source:',
  },
  es: {
    heading: 'Programas que pueden prepararle',
    intro: 'Programas de estudio que conducen a esta carrera:',
    cip: 'CIP',
    none: 'La tabla de correspondencias CIP–SOC no asocia ningún programa de estudio con esta ocupación.',
    source: 'Fuente:',
  },
});
