/**
 * BLS Employment Projections' typical entry education categories in Spanish: read by the
 * education section and by the area table's column (a module both Spanish namespaces import).
 */
export const blsEducation: Record<string, string> = {
  'No formal educational credential': 'Ninguna credencial educativa formal',
  'High school diploma or equivalent': 'Diploma de escuela secundaria (high school) o equivalente',
  'Some college, no degree': 'Algunos estudios universitarios, sin título',
  'Postsecondary nondegree award': 'Certificado postsecundario (sin título universitario)',
  "Associate's degree": 'Título de asociado (associate’s degree, 2 años)',
  "Bachelor's degree": 'Licenciatura (bachelor’s degree, 4 años)',
  "Master's degree": 'Maestría',
  'Doctoral or professional degree': 'Doctorado o título profesional',
};
