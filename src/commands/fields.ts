import { z } from 'zod';
import { CASE_STATUSES, CLOSE_CODES, DECLINE_CATEGORIES, isCaseNumber } from '../domain/ids.ts';
import { MAX_AMOUNT_CENTS } from '../domain/money.ts';

// The argument fields the command schemas share. Field descriptions stay short: every tool is sent on
// every LLM call, and the system prompt explains the shared conventions (digits only, ISO currency, null
// category) once. Bounded by what the database holds: a case number is an integer id, an amount a
// numeric(14, 2).

export const caseId = z
  .string()
  .regex(/^\d{1,12}$/)
  .refine(isCaseNumber, 'not a case number');
export const status = z.enum(CASE_STATUSES);
export const category = z.enum(DECLINE_CATEGORIES).nullable().describe('null if none fits');
export const code = z.enum(CLOSE_CODES);
export const comment = z.string().max(2000);
export const amount = z
  .number()
  .positive()
  .max(Number(MAX_AMOUNT_CENTS) / 100);
export const currency = z.string().regex(/^[A-Z]{3}$/);
/** "kr"/"kroner"/"kronor" without saying whose: currency left out, the case's own krone is meant. */
export const currencyHint = z.literal('kr').describe('"kr" for kr/kroner/kronor when no country is named');
export const successFeePct = z.number().min(0).max(100);
export const quoteId = z.string().regex(/^\d{1,12}$/);
