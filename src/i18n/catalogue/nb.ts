import type { Translations } from '../messages.ts';

export const nb: Translations = {};
