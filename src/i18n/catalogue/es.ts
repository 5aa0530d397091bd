import type { Translations } from '../messages.ts';

export const es: Translations = {};
