import type { Messages } from '../en.ts';

export const compare: Messages['compare'] = {
  heading: 'Comparar ocupaciones',
  caption: (place: string) => `Ocupaciones comparadas, salarios en ${place}`,
  measure: 'Dato',
  // The median, as the wage table says ("mediana"): "salario medio" would be the mean.
  medianWage: (place: string) => `Salario anual (mediana), ${place}`,
  wageRange: (place: string) => `Rango salarial (del percentil 10 al 90), ${place}`,
  employment: (place: string) => `Empleo, ${place}`,
  growth: 'Cambio proyectado en el empleo',
  openings: 'Vacantes proyectadas por año',
  education: 'Educación típica necesaria para empezar',
  brightOutlook: 'Perspectiva favorable (Bright Outlook)',
  range: (low: string, high: string) => `de ${low} a ${high}`,
  period: (place: string, years: string) => `${place}, ${years}`,
  notPublished: 'no publicado',
  yes: (why: string) => `Sí: ${why}`,
  no: 'No',
  removeShort: 'Quitar',
  remove: (title: string) => `Quitar ${title}`,
  removed: (title: string) => `Se quitó ${title} de la comparación.`,
  add: 'Agregar una ocupación por su nombre',
  addButton: 'Agregar',
  added: (title: string) => `Se agregó ${title} a la comparación.`,
  noMatch: (query: string) => `Ninguna ocupación coincide con “${query}”.`,
  already: (title: string) => `${title} ya está en la comparación.`,
  full: 'Se pueden comparar hasta cuatro ocupaciones: quite una para agregar otra.',
  invalidCodes: (value: string) =>
    `“${value}” no es una lista de 1 a 4 códigos O*NET-SOC, como 29-2072.00,31-9092.00.`,
  sources: 'Fuentes:',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default compare;
