import type { Advice, ArgumentChoice, ArgumentSpec } from '../../commands/command-spec.ts';
import { formLocale, say } from '../../i18n/messages.ts';
import type { ActionName, CommandArgs, PlanView } from '../action-registry.types.ts';
import { describeAction } from '../action-words.ts';
import { formTitle } from '../forms.ts';
import type { Reply } from '../reply.ts';
import type { Turn } from './engine-deps.ts';

// What the engine says: the words and the shape of its replies (text, choices, forms). The surfaces
// render a Reply (Slack Block Kit, Teams cards, console text); nothing here touches the database.

/**
 * Longer messages are answered with the limit instead of read: a request and its reason fit easily, and
 * a pasted document is not a request (the interpreter reads the first 2,000 characters in any case).
 */
export const MAX_MESSAGE_CHARS = 4000;
/** TOO_LONG_TEXT in the speaker's language. */
export const tooLongText = (): string => say('chat4.engine.too_long', { max: MAX_MESSAGE_CHARS });
export const TOO_LONG_TEXT = `That message is too long for me: I read requests of up to ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters. Please send the request on its own, with a short reason.`;

// Functions, not shared objects: a wrapper may add to a reply (its audience) on its way out.
// Said in the speaker's language (src/i18n/messages.ts `say`; English outside a turn).
export const cancelled = (): Reply => ({ text: say('reply.cancelled') });
export const alreadyConfirmed = (): Reply => ({
  text: say('reply.already_confirmed'),
  private: true,
});
export const NONE_TEXT =
  'I did not catch a request I can handle there. Say "help" to see what you can ask me; every change names a case number.';
/** NONE_TEXT in the speaker's language. */
export const noneText = (): string => say('reply.none');

/**
 * The surfaces remove the bot's own mention; a mention of anyone else stays as a plain "@name", so a
 * request addressed to a colleague ("<@U0MARIA> can you accept 8820?") reads as "@U0MARIA can you accept
 * 8820?" and is refused like "@maria can you …", never carried out for the speaker.
 */
export const mentionsAsText = (text: string) =>
  text
    .replace(/<@([A-Z0-9]+)(?:\|([^<>]*))?>/g, (_m, id: string, label?: string) => ` @${label || id} `)
    .replace(/<at>([^<]*)<\/at>/gi, (_m, name: string) => ` @${name.trim().replace(/\s+/g, '')} `)
    .replace(/\s+/g, ' ')
    .trim();

/** "30 minutes", "1 hour", "2 hours": how long a confirmation stays usable, as the user reads it. */
export function describeDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** describeDuration in the speaker's language. */
export function sayDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes % 60 === 0
    ? say('duration.hours', { n: minutes / 60 })
    : say('duration.minutes', { n: minutes });
}

/** How a command asks for an argument, from the command table; a plain request for one it never asks. */
export const questionText = (argument: ArgumentSpec | undefined, missing: string, caseId?: string): string =>
  argument?.question(caseId) ?? say('engine.need_argument', { missing });

/** A question, with its options as choices (picked by the pending command's token) or its form. */
export function questionReply(q: {
  token: string;
  argument: ArgumentSpec | undefined;
  missing: string;
  caseId?: string;
  prefix?: string;
  options: readonly ArgumentChoice[];
}): Reply {
  const question = questionText(q.argument, q.missing, q.caseId);
  const reply: Reply = { text: q.prefix ? `${q.prefix} ${question}` : question };
  // Accessibility: each button names what it does and on which case.
  const choose = (label: string) =>
    say('chat4.engine.choose_desc', { label, caseId: q.caseId ? q.caseId : 'none' });
  if (q.options.length > 0) {
    reply.choices = q.options.map((o) => ({
      value: `choose:${q.token}:${o.value}`,
      label: o.label,
      description: choose(o.label),
    }));
  }
  if (q.argument?.form && q.caseId)
    reply.form = {
      kind: q.argument.form,
      caseId: q.caseId,
      title: formTitle(q.argument.form, q.caseId),
      ...formLocale(),
    };
  if (q.argument?.choices && q.caseId) {
    const form = q.argument.form;
    const caseId = q.caseId;
    reply.choices = q.argument.choices.map((c) => ({
      value: `choose:${q.token}:${c.value}`,
      label: c.label,
      description: form
        ? say('chat4.engine.form_choice_desc', { form: formTitle(form, caseId), label: c.label })
        : choose(c.label),
    }));
  }
  return reply;
}

/** The plan of a state change, its effects, how long the confirmation lasts, and Confirm / Cancel. */
export function confirmationReply(
  token: string,
  plan: PlanView,
  title: string,
  ttlMs: number,
  action: ActionName,
  args: CommandArgs,
): Reply {
  const effects = plan.effects?.length ? `\n${plan.effects.map((e) => `• ${e}`).join('\n')}` : '';
  const expiry = `\n${say('confirm.expires', { duration: sayDuration(ttlMs) })}`;
  return {
    title,
    text: `${plan.summary}${effects}${expiry}`,
    choices: [
      {
        value: `confirm:${token}`,
        label: say('confirm.button.confirm'),
        style: 'primary',
        description: say('chat4.engine.confirm_desc', { action: describeAction(action, args) }),
      },
      {
        value: `cancel:${token}`,
        label: say('confirm.button.cancel'),
        description: say('chat4.engine.cancel_desc', { action: describeAction(action, args) }),
      },
    ],
  };
}

/** A choice a command's advice offers before the plan (a more specific close code, or keep Other). */
export function adviceReply(token: string, advice: Extract<Advice, { kind: 'offer' }>): Reply {
  return {
    title: advice.title,
    text: advice.text,
    choices: advice.options.map((o) => ({
      value: `choose:${token}:${o.option}`,
      label: o.label,
      ...(o.style ? { style: o.style } : {}),
      ...(o.description ? { description: o.description } : {}),
    })),
  };
}

/**
 * The answer of a read command (status, lists, look-ups), as it goes to the conversation: the one place
 * that decides who sees a look-up's answer (the reply audience).
 */
export function presentAnswer(_turn: Turn, _action: ActionName, reply: Reply): Reply {
  // A look-up's answer carries case data: in a channel it is the asker's (see channel-privacy.ts).
  return { ...reply, audience: 'asker' };
}

/**
 * The answer to a pressed button, marked to replace the buttons with what happened, by whom and when
 * (`was`: what the pressed message asked, the plan confirmed or cancelled).
 */
export function settle(turn: Turn, now: Date, replies: Reply[], outcome: string, was?: unknown): Reply[] {
  const [first, ...rest] = replies;
  const settles = {
    text: say('chat4.engine.settled', { outcome, name: turn.actor.name }),
    at: now.toISOString(),
    atWord: say('chat4.engine.settled_at'),
    ...(typeof was === 'string' && was ? { was } : {}),
  };
  return first ? [{ ...first, settles }, ...rest] : replies;
}
