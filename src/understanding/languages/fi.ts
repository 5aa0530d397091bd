import type { Language } from './language.ts';

export const fi: Language = { code: 'fi', words: {} };
