import type { Messages } from '../en.ts';

export const common: Messages['common'] = {
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
    `“${value}” no es una ubicación: use US, el código de dos letras de un estado, como CA, o un código de área de la BLS.`,
  unknownArea: (value: string) => `Esta información sobre carreras no tiene datos para el área “${value}”.`,
  invalidAttribute: (name: string, value: string) => `“${value}” no es un valor válido para el atributo ${name}.`,
  notAvailable: 'no disponible',
  notReleased: 'no publicado',
  orMore: (amount: string) => `${amount} o más`,
  englishOnly: 'Los textos de O*NET y de las demás fuentes oficiales solo están disponibles en inglés.',
  nation: 'Estados Unidos',
};

// The default export is what the Spanish loader (i18n/index.ts) reads.
export default common;
