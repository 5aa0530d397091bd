import type { Language } from './language.ts';

export const de: Language = { code: 'de', words: {} };
