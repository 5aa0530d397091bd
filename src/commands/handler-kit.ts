import type { ChangeHandler, ReadHandler } from '../conversation/action-registry.types.ts';
import type { Reply } from '../conversation/reply.ts';
import { DomainError, sentence } from '../domain/errors.ts';
import { isCaseNumber, MAX_CASE_NUMBER } from '../domain/ids.ts';
import type { UseCaseContext } from '../use-cases/context.ts';

// How a command's arguments become a use case's input, shared by the entries of the command table.

/** The case a command names, as the use cases take it; refusals for digits that can be no case. */
export const caseNumber = (args: { readonly caseId?: unknown }): number => {
  const digits = String(args.caseId ?? '').trim();
  // Digits past the last possible case number: no such case (told as typed; 1e20 as a number is not).
  if (/^\d+$/.test(digits) && !isCaseNumber(digits) && Number(digits) > 0) {
    throw new DomainError(
      'not_found',
      digits.length > 20
        ? `That is not a case number: case numbers go up to ${MAX_CASE_NUMBER}.`
        : `There is no case ${digits.replace(/^0+/, '')}. Check the case number.`,
      {},
      digits.length > 20
        ? sentence('refusals4.case.not_a_number', { max: String(MAX_CASE_NUMBER) })
        : sentence('case.not_found', { caseId: digits.replace(/^0+/, '') }),
    );
  }
  const n = Number(args.caseId);
  if (!Number.isInteger(n) || n <= 0)
    throw new DomainError(
      'invalid_input',
      'Please give a case number.',
      {},
      sentence('refusals4.case.give_number'),
    );
  return n;
};

export const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
export const pct = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
export const done = (result: { summary: string }): Reply => ({ text: result.summary });

/** A state change whose check and run take the same input. */
export function change<Args, I>(
  toInput: (args: Args) => I,
  check: (ctx: UseCaseContext, input: I) => Promise<{ summary: string; effects: string[] }>,
  run: (ctx: UseCaseContext, input: I) => Promise<{ summary: string }>,
): ChangeHandler<Args> {
  return {
    kind: 'change',
    check: (ctx, args) => check(ctx, toInput(args)),
    execute: async (ctx, args) => done(await run(ctx, toInput(args))),
  };
}

export function read<Args>(answer: (ctx: UseCaseContext, args: Args) => Promise<Reply>): ReadHandler<Args> {
  return { kind: 'read', answer };
}
