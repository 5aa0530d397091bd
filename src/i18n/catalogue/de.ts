import type { Translations } from '../messages.ts';

export const de: Translations = {};
