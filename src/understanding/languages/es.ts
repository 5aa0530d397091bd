import type { Language } from './language.ts';

export const es: Language = { code: 'es', words: {} };
