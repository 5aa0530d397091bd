import type { Translations } from '../messages.ts';

export const fi: Translations = {};
