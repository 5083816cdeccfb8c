import type { Messages } from '../en.ts';

export const ratings: Messages['ratings'] = {
  heading: {
    knowledge: 'Las personas en esta carrera suelen saber mucho de:',
    skills: 'Las personas en esta carrera suelen tener estas habilidades:',
    abilities: 'Las personas en esta carrera suelen tener talento para:',
    'work-activities': 'Las personas en esta carrera suelen dedicar su tiempo de trabajo a:',
  },
  what: {
    knowledge: 'los conocimientos',
    skills: 'las habilidades',
    abilities: 'las aptitudes',
    'work-activities': 'las actividades laborales',
  },
  notRated: (what: string) => `O*NET todavía no ha calificado ${what} de esta ocupación.`,
  importance: (value: string) => `Importancia ${value} de 5`,
  scale: 'La importancia va de 1 (nada importante) a 5 (sumamente importante), según O*NET.',
  lowPrecision: '(baja precisión)',
  lowPrecisionNote:
    'Baja precisión: O*NET marca estas calificaciones como “Recommend Suppress” porque pocas personas las calificaron o sus respuestas variaron mucho. Léalas con cautela.',
  showAll: {
    knowledge: (n: string) => `Mostrar las ${n} áreas de conocimiento`,
    skills: (n: string) => `Mostrar las ${n} habilidades`,
    abilities: (n: string) => `Mostrar las ${n} aptitudes`,
    'work-activities': (n: string) => `Mostrar las ${n} actividades laborales`,
  },
  showFewer: {
    knowledge: 'Mostrar menos áreas de conocimiento',
    skills: 'Mostrar menos habilidades',
    abilities: 'Mostrar menos aptitudes',
    'work-activities': 'Mostrar menos actividades laborales',
  },
  olderRelease: (release: string, main: string) =>
    `Estas calificaciones provienen de ${release}, una versión de O*NET anterior a la del resto de esta información (O*NET ${main}).`,
  otherRelease: (release: string, main: string) =>
    `Estas calificaciones provienen de ${release}, una versión de O*NET distinta de la del resto de esta información (O*NET ${main}).`,
  missingKind: 'Indique en el atributo kind uno de estos valores: knowledge, skills, abilities o work-activities.',
  invalidKind: (value: string) =>
    `“${value}” no es un tipo de calificación: use knowledge, skills, abilities o work-activities.`,
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default ratings;
