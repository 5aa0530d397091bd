import type { Translations } from '../messages.ts';

export const da: Translations = {};
