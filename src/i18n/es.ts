import type { Messages } from './en.ts';
import { translate, type Translated } from './translated.ts';

/**
 * BLS Employment Projections' fixed categories for typical entry requirements. A value not in
 * these tables (a new BLS category) is shown in BLS's English wording, marked as English.
 */
const blsEducation: Record<string, string> = {
  'No formal educational credential': 'Ninguna credencial educativa formal',
  'High school diploma or equivalent': 'Diploma de escuela secundaria (high school) o equivalente',
  'Some college, no degree': 'Algunos estudios universitarios, sin título',
  'Postsecondary nondegree award': 'Certificado postsecundario (sin título universitario)',
  "Associate's degree": 'Título de asociado (associate’s degree, 2 años)',
  "Bachelor's degree": 'Licenciatura (bachelor’s degree, 4 años)',
  "Master's degree": 'Maestría',
  'Doctoral or professional degree': 'Doctorado o título profesional',
};
const blsExperience: Record<string, string> = {
  None: 'Ninguna',
  'Less than 5 years': 'Menos de 5 años',
  '5 years or more': '5 años o más',
};
const blsTraining: Record<string, string> = {
  None: 'Ninguna',
  'Short-term on-the-job training': 'Capacitación en el trabajo de corta duración',
  'Moderate-term on-the-job training': 'Capacitación en el trabajo de duración media',
  'Long-term on-the-job training': 'Capacitación en el trabajo de larga duración',
  'Internship/residency': 'Prácticas o residencia',
  Apprenticeship: 'Programa de aprendizaje (apprenticeship)',
};
/** O*NET's Job Zones, 1-5 (O*NET names them in English). */
const jobZones: Record<number, string> = {
  1: 'Zona de empleo 1: se necesita poca o ninguna preparación',
  2: 'Zona de empleo 2: se necesita algo de preparación',
  3: 'Zona de empleo 3: se necesita una preparación media',
  4: 'Zona de empleo 4: se necesita una preparación considerable',
  5: 'Zona de empleo 5: se necesita una preparación amplia',
};
/** O*NET's Required Level of Education categories, 1-12. */
const levels: Record<number, string> = {
  1: 'Sin diploma de escuela secundaria',
  2: 'Diploma de escuela secundaria',
  3: 'Certificado postsecundario',
  4: 'Algunos cursos universitarios',
  5: 'Título de asociado (u otro título de 2 años)',
  6: 'Licenciatura (bachelor’s degree)',
  7: 'Certificado posterior a la licenciatura',
  8: 'Maestría',
  9: 'Certificado posterior a la maestría',
  10: 'Primer título profesional',
  11: 'Doctorado',
  12: 'Formación posdoctoral',
};

/** Spanish, for US readers: usted, and the terms US Spanish-language labour information uses. */
export const es: Messages = {
  common: {
    loading: 'Cargando información sobre la carrera…',
    retry: 'Intentar de nuevo',
    notFound: (code: string) =>
      code ? `No se encontró información sobre la carrera ${code}.` : 'No se encontró información sobre la carrera.',
    network: 'No se pudo cargar la información. Revise la conexión e inténtelo de nuevo.',
    timeout: 'La información tarda demasiado en cargarse.',
    invalidData: 'La información recibida no tiene el formato esperado.',
    missingCode: 'Indique en el atributo code un código O*NET-SOC, por ejemplo 29-2072.00.',
    invalidCode: (value: string) => `“${value}” no es un código de ocupación O*NET-SOC (tiene la forma 29-2072.00).`,
    invalidLocation: (value: string) =>
      `“${value}” no es una ubicación: use US o el código de dos letras de un estado, como CA.`,
    invalidAttribute: (name: string, value: string) => `“${value}” no es un valor válido para el atributo ${name}.`,
    notAvailable: 'no disponible',
    notReleased: 'no publicado',
    orMore: (amount: string) => `${amount} o más`,
    englishOnly: 'Los textos de O*NET y de las demás fuentes oficiales solo están disponibles en inglés.',
    nation: 'Estados Unidos',
  },
  wages: {
    heading: 'Salarios típicos',
    caption: (rate: string, title: string, place: string) => `Salarios (${rate.toLowerCase()}) de ${title} en ${place}`,
    annual: 'Anual',
    hourly: 'Por hora',
    rate: 'Mostrar salarios',
    percentile: 'Percentil',
    p10: 'Percentil 10',
    p25: 'Percentil 25',
    median: 'Mediana',
    p75: 'Percentil 75',
    p90: 'Percentil 90',
    aggregate: (title: string, soc: string) =>
      `La BLS publica estos salarios para ${title} (${soc}), un grupo que incluye esta ocupación.`,
    annualOnly: 'La BLS publica solo salarios anuales para esta ocupación.',
    hourlyOnly: 'La BLS publica solo salarios por hora para esta ocupación.',
    noWages: 'La BLS no publica salarios para esta ocupación.',
    noArea: (place: string) => `La BLS no publica salarios para esta ocupación en ${place}.`,
    explain: 'La mitad de los trabajadores de esta ocupación gana más que la mediana y la otra mitad, menos.',
    source: (release: string) => `Fuente: BLS, Occupational Employment and Wage Statistics, ${release}.`,
  },
  outlook: {
    heading: 'Perspectivas: ¿habrá empleos?',
    bright: 'Perspectiva favorable: es muy probable que surjan nuevas oportunidades de empleo.',
    brightWhy: 'O*NET la considera una ocupación con perspectiva favorable (Bright Outlook) por:',
    category: {
      'Rapid Growth': ['Crecimiento rápido', 'se prevé que el empleo crezca mucho más rápido que el promedio.'],
      'Numerous Job Openings': ['Numerosas vacantes', 'se prevé un gran número de vacantes.'],
      'New and Emerging': ['Nueva y emergente', 'es una ocupación nueva en una industria en crecimiento.'],
    },
    caption: (title: string, years: string) => `Empleo proyectado de ${title}, ${years}`,
    measure: 'Indicador',
    base: (year: number) => `Empleo en ${year}`,
    projected: (year: number) => `Empleo proyectado para ${year}`,
    percentChange: (years: string) => `Cambio porcentual, ${years}`,
    openings: 'Vacantes proyectadas por año',
    national: (place: string) =>
      `Esta fuente no ofrece proyecciones para ${place}: las cifras corresponden a todo Estados Unidos.`,
    aggregate: (title: string, soc: string) =>
      `La BLS publica estas proyecciones para ${title} (${soc}), un grupo que incluye esta ocupación.`,
    none: 'La BLS no publica proyecciones de empleo para esta ocupación.',
    openingsExplain:
      'Las vacantes incluyen los empleos nuevos y los que dejan quienes se jubilan o cambian de ocupación.',
    source: 'Fuente:',
  },
  education: {
    heading: 'Educación y experiencia: para empezar',
    intro: 'Quienes empiezan en esta carrera suelen tener:',
    education: 'Educación típica necesaria para empezar',
    experience: 'Experiencia laboral en una ocupación relacionada',
    training: 'Capacitación típica en el trabajo',
    noTypical: 'La BLS no publica los requisitos típicos de entrada para esta ocupación.',
    none: 'La BLS y O*NET no publican requisitos de educación ni de experiencia para esta ocupación.',
    zoneScale:
      'O*NET agrupa las ocupaciones en cinco zonas de empleo (job zones), desde la 1 (se necesita poca o ninguna preparación) hasta la 5 (se necesita una preparación amplia).',
    zoneEducation: 'Educación',
    zoneExperience: 'Experiencia',
    zoneTraining: 'Capacitación',
    sources: 'Fuentes:',
    typicalSource: 'requisitos típicos de entrada',
    zoneSource: 'zona de empleo',
    blsValue: (field: 'education' | 'experience' | 'training', value: string): Translated =>
      translate(field === 'education' ? blsEducation : field === 'experience' ? blsExperience : blsTraining, value, value),
    zoneName: (zone: number, name: string): Translated => translate(jobZones, zone, name),
    chartHeading: 'Educación típica: ¿cuánta educación tiene la mayoría de las personas en esta carrera?',
    caption: (title: string) =>
      `Nivel de educación necesario para el trabajo: ${title} (porcentaje de quienes respondieron)`,
    level: 'Nivel de educación',
    percent: 'Porcentaje',
    chartLabel: (top: string) => `Gráfico de barras de los niveles de educación. Los más frecuentes: ${top}.`,
    noLevels: 'O*NET no tiene datos sobre la educación de esta ocupación.',
    showTable: 'Ver las cifras en una tabla',
    chartFailed: 'No se pudo dibujar el gráfico; la tabla tiene las mismas cifras.',
    chartSource: 'Fuente: O*NET, Education, Training, and Experience (nivel de educación requerido),',
    levelName: (category: number, label: string): Translated => translate(levels, category, label),
  },
  programs: {
    heading: 'Programas que pueden prepararle',
    intro: 'Programas de estudio que conducen a esta carrera:',
    cip: 'CIP',
    none: 'La tabla de correspondencias CIP–SOC no asocia ningún programa de estudio con esta ocupación.',
    source: 'Fuente:',
  },
  tasks: {
    heading: 'Actividades: lo que podría hacer en un día',
    showAll: (n: string) => `Mostrar las ${n} actividades`,
    showFewer: 'Mostrar menos actividades',
    none: 'O*NET todavía no ha publicado las actividades de esta ocupación.',
  },
  ratings: {
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
  },
  interests: {
    heading: 'Intereses: ¿qué tipo de trabajo es?',
    intro: 'Cuánto se ajusta este trabajo a las personas con cada uno de seis tipos de intereses, de mayor a menor.',
    score: (value: string) => `Puntuación ${value} de 7`,
    scale: 'Las puntuaciones van de 1 (baja) a 7 (alta), según O*NET.',
    none: 'O*NET todavía no ha calificado los intereses de esta ocupación.',
  },
  technology: {
    heading: 'Habilidades tecnológicas: programas que podría usar',
    hot: 'Tecnología en auge',
    hotNote: 'Tecnología en auge: aparece a menudo en las ofertas de empleo.',
    showAll: (n: string) => `Mostrar los ${n} tipos de tecnología`,
    showFewer: 'Mostrar menos tipos de tecnología',
    none: 'O*NET todavía no ha publicado las habilidades tecnológicas de esta ocupación.',
  },
  related: {
    heading: 'Ocupaciones relacionadas',
    showAll: (n: string) => `Mostrar las ${n} ocupaciones relacionadas`,
    showFewer: 'Mostrar menos ocupaciones relacionadas',
    none: 'O*NET no indica ocupaciones relacionadas con esta.',
    invalidTemplate: (value: string) =>
      `El atributo href-template “${value}” no contiene {code} (por ejemplo /careers/{code}).`,
    invalidShow: (value: string) => `“${value}” no es un valor válido de show: use wage, outlook o ambos (wage,outlook).`,
  },
  facts: {
    medianWage: (place: string) => `Salario anual mediano, ${place}`,
    perHour: (amount: string) => `${amount} por hora`,
    noWage: 'El BLS no publica una estimación salarial aquí',
    growth: (years: string) => `Cambio previsto del empleo, Estados Unidos, ${years}`,
    noGrowth: 'sin proyección',
    education: 'Educación típica para empezar',
    noEducation: 'no publicada',
    brightOutlook: 'Bright Outlook (buenas perspectivas)',
  },
  search: {
    label: 'Buscar carreras',
    labelPrograms: 'Buscar programas de estudio',
    hint: 'Escriba un puesto en inglés, como nurse, coder o medical billing.',
    hintPrograms: 'Escriba el nombre de un programa en inglés, como welding o medical office.',
    results: (n: number, formatted: string) => (n === 1 ? '1 resultado' : `${formatted} resultados`),
    none: (query: string) => `Ninguna carrera coincide con “${query}”.`,
    noPrograms: (query: string) => `Ningún programa coincide con “${query}”.`,
    matched: 'coincide con:',
    cip: 'CIP',
  },
  programCareers: {
    heading: 'Carreras para las que prepara este programa',
    program: (title: string, cip: string) => `${title} (CIP ${cip})`,
    noMatch: (cip: string) => `La tabla de correspondencias CIP–SOC no asocia ninguna ocupación con el programa ${cip}.`,
    missingCip: 'Indique en el atributo cip un código de programa CIP 2020, como 51.0716.',
    invalidCip: (value: string) => `“${value}” no es un código de programa CIP (tiene la forma 51.0716).`,
    source: 'Fuente:',
  },
  profile: {
    code: 'Código O*NET-SOC',
    description: 'Descripción: ¿qué hacen?',
    alsoKnownAs: 'También conocido como',
    brightOutlook: 'Perspectiva favorable',
    brightCategory: {
      'Rapid Growth': 'Crecimiento rápido',
      'Numerous Job Openings': 'Numerosas vacantes',
      'New and Emerging': 'Nueva y emergente',
    },
    // The median, as the wage table says ("Mediana"): "salario medio" would be the mean.
    medianWage: (place: string) => `Salario anual (mediana), ${place}`,
    outlook: 'Perspectivas',
    projectedChange: (change: string, years: string) => `${change} de cambio en el empleo, ${years}`,
    typicalEducation: 'Educación típica',
    viewProfile: (title: string) => `Ver el perfil completo de ${title}`,
    invalidSections: (bad: string, known: string) => `Secciones desconocidas: ${bad}. Use cualquiera de estas: ${known}.`,
    sources: 'Fuentes',
  },
};
