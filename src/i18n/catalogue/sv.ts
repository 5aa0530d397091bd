import type { Translations } from '../messages.ts';

export const sv: Translations = {};
