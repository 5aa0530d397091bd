import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { ConversationEngine } from '../../conversation/engine-contract.ts';
import { SUBMIT_CASE_FIELDS } from '../../conversation/forms.ts';
import type { Reply, ReplyChoice } from '../../conversation/reply.ts';
import { checkSubmitFormStep } from '../../conversation/submit-form-steps.ts';
import type { Database } from '../../db/database.ts';
import type { DeliveryWorker } from '../../delivery/outbox-worker.ts';
import { renderReply } from './console-render.ts';
import { stripTerminalControls } from './terminal-text.ts';

/** A console command the composition root adds, e.g. `/jobs`; returns the text to print. */
export type ConsoleCommand = (args: string, session: { handle: string }) => Promise<string>;

export interface ConsoleChatOptions {
  db: Kysely<Database>;
  engine: ConversationEngine;
  /**
   * Delivers the notices others receive, printing through the given function; run after every message,
   * and in the background in an interactive session, so they show as they happen.
   */
  delivery?: (print: (line: string) => void) => DeliveryWorker;
  input: Readable;
  output: Writable;
  /** The demo user to speak as: a console handle such as `nordic-partner`. */
  as: string;
  /** Interactive terminal: a prompt, and notices delivered in the background too. */
  interactive?: boolean;
  /** How often notices are looked for between messages in an interactive session. */
  deliveryIntervalMs?: number;
  commands?: Record<string, ConsoleCommand>;
  /** Called once, right after the first prompt is shown: work that may wait starts then. */
  onReady?: () => void;
}

async function describeHandle(db: Kysely<Database>, handle: string): Promise<string | null> {
  const row = await db
    .selectFrom('chat_identities')
    .innerJoin('users', 'users.id', 'chat_identities.user_id')
    .leftJoin('partners', 'partners.id', 'users.partner_id')
    .leftJoin('creditors', 'creditors.id', 'users.creditor_id')
    .select(['users.name', 'users.role', 'partners.name as partner', 'creditors.name as creditor'])
    .where('chat_identities.surface', '=', 'console')
    .where('chat_identities.external_id', '=', handle)
    .executeTakeFirst();
  if (!row) return null;
  const org = row.partner ?? row.creditor ?? 'the platform';
  return `${row.name} (${row.role}, ${org})`;
}

async function listHandles(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('chat_identities')
    .select('external_id')
    .where('surface', '=', 'console')
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.external_id);
}

/**
 * The local chat: one message per line, as a demo user, on the same engine as Slack and Teams.
 * Choices are numbered (typing the number picks one); notices to others print as they are delivered.
 * Resolves when the input ends or the user types /quit.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { db, engine, input, output, interactive = false, commands = {} } = options;
  let handle = options.as;
  // The choices of each user's latest answer (each user has a conversation of their own), and the last
  // ones shown on the screen: a number typed by a user with none of their own picks those, as someone
  // else clicking a button in a shared channel would (and is told it is not theirs).
  const choicesOf = new Map<string, ReplyChoice[]>();
  let lastShown: { handle: string; choices: ReplyChoice[] } | null = null;
  const pickable = (): ReplyChoice[] => {
    const own = choicesOf.get(handle) ?? [];
    if (own.length) return own;
    return lastShown && lastShown.handle !== handle ? lastShown.choices : [];
  };
  let counter = 0;
  const print = (text: string) => {
    output.write(`${text}\n`);
  };

  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const lines = rl[Symbol.asyncIterator]();
  let waiting = false;
  const prompt = () => {
    if (interactive) output.write(`${handle}> `);
  };
  // While the bot waits for the answer to one of its questions (a confirmation, a missing detail, a
  // form field), a notice would land between the question and the answer and push the question out of
  // sight: notices delivered meanwhile are held and printed, in order, when the turn ends.
  let asking = false;
  const held: string[] = [];
  // A notice that arrives while the user is typing goes above the prompt, which is then drawn again.
  const printNotice = (line: string) => {
    if (interactive && waiting) {
      output.write(`\r\x1b[2K${line}\n`);
      prompt();
    } else print(line);
  };
  const delivery = options.delivery?.((line) => {
    if (asking) held.push(line);
    else printNotice(line);
  });
  const endOfTurn = () => {
    asking = false;
    for (const line of held.splice(0)) printNotice(line);
  };
  let ready = false;
  async function nextLine(): Promise<string | null> {
    prompt();
    if (!ready) {
      ready = true;
      options.onReady?.();
    }
    waiting = true;
    const next = await lines.next();
    waiting = false;
    if (next.done) return null;
    // The echo of a scripted line is cleaned like everything else the console prints.
    if (!interactive) print(stripTerminalControls(`${handle}> ${next.value}`));
    return next.value;
  }

  const conversationKey = () => `console:${handle}`;
  const base = () => ({
    surface: 'console' as const,
    userExternalId: handle,
    conversationKey: conversationKey(),
  });

  async function show(replies: Reply[]): Promise<void> {
    let formShown = false;
    // The newest answer supersedes the buttons of every earlier one in the conversation: a "1" typed now
    // picks among the choices just shown, or, when none were shown, goes to the bot as text (the answer
    // to its current question), never to a button the conversation has moved past.
    let choices: ReplyChoice[] = [];
    for (const reply of replies) {
      print(renderReply(reply));
      if (reply.choices?.length) {
        choices = reply.choices;
        choicesOf.set(handle, choices);
        lastShown = { handle, choices };
      }
      if (reply.form?.kind === 'submit_case') {
        // The form's own answer (a confirmation to pick, usually) decides whether the turn goes on.
        await show(await fillSubmitForm());
        formShown = true;
      }
    }
    // (A form's own answer, shown above, already set them.)
    if (!choices.length && !formShown) {
      choicesOf.set(handle, []);
      if (lastShown?.handle === handle) lastShown = null;
    }
    // The turn goes on while the bot has asked something: choices to pick, or a question it awaits.
    if (!formShown) {
      asking =
        replies.some((r) => r.choices?.length) ||
        ((await engine.awaitsAnswer?.('console', conversationKey(), handle).catch(() => false)) ?? false);
    }
    await delivery?.runOnce();
    if (!asking) endOfTurn();
  }

  /**
   * The managing partner's submission form, one field per line; an empty line skips an optional one,
   * `cancel` stops at any field. Each answer is checked as it is given and asked again with the reason.
   */
  async function fillSubmitForm(): Promise<Reply[]> {
    const values: Record<string, string | undefined> = {};
    asking = true;
    print('bot> One field at a time; type cancel to stop.');
    for (const field of SUBMIT_CASE_FIELDS) {
      // Numbered like every other choice in the console; the number or the word is taken.
      const options = field.options
        ? ` (${field.options.map((o, i) => `[${i + 1}] ${o.value}`).join(' / ')})`
        : '';
      const hint = field.hint ? ` — ${field.hint}` : '';
      print(`bot> ${field.label}${options}${hint}${field.optional ? ' [optional, empty to skip]' : ''}`);
      for (;;) {
        const answer = await nextLine();
        if (answer === null) return [{ text: 'The form was left unfinished; nothing was submitted.' }];
        if (/^\/?cancel$/i.test(answer.trim())) return [{ text: 'Form cancelled; nothing was submitted.' }];
        const step = checkSubmitFormStep(field, answer, values);
        if (step.ok) {
          values[field.name] = step.value;
          break;
        }
        const again = field.label.endsWith('?') ? field.label : `${field.label}?`;
        print(stripTerminalControls(`bot> ${step.problem} ${again} (or type cancel to stop)`));
      }
    }
    return engine.handleForm({
      ...base(),
      kind: 'submit_case',
      values,
      eventId: `console-${++counter}-${Date.now()}`,
    });
  }

  let timer: NodeJS.Timeout | undefined;
  if (interactive && delivery) {
    const tick = () => {
      delivery
        .runOnce()
        .catch(() => undefined)
        .finally(() => {
          timer = setTimeout(tick, options.deliveryIntervalMs ?? 1000);
        });
    };
    timer = setTimeout(tick, options.deliveryIntervalMs ?? 1000);
  }

  const who = await describeHandle(db, handle);
  print(
    who
      ? `You are ${who}. Type a message, a number to pick a choice, /as <handle> to switch user, /help, /quit.`
      : `"${handle}" is not a console user of this database; you will be treated as not linked. Try /as nordic-partner.`,
  );

  try {
    for (;;) {
      const raw = await nextLine();
      if (raw === null) break;
      const line = raw.trim();
      if (!line) continue;
      if (line === '/quit' || line === '/exit') break;
      if (line.startsWith('/as')) {
        const target = line.slice(3).trim();
        const described = target ? await describeHandle(db, target) : null;
        if (!described) {
          print(`bot> Unknown user "${target}". Console users: ${(await listHandles(db)).join(', ')}.`);
        } else {
          handle = target;
          print(`bot> You are now ${described}.`);
          endOfTurn();
        }
        continue;
      }
      if (line === '/help') {
        await show(await engine.handleMessage({ ...base(), text: 'help' }));
        const extra = Object.keys(commands).map((name) => `/${name}`);
        print(
          `     In this console: a number picks a choice, /as <handle> switches user (${(await listHandles(db)).join(', ')}), /submit opens the case form${extra.length ? `, ${extra.join(', ')}` : ''}, /quit ends.`,
        );
        continue;
      }
      if (line === '/submit') {
        await show(await fillSubmitForm());
        continue;
      }
      if (line.startsWith('/')) {
        const [name = '', ...rest] = line.slice(1).split(/\s+/);
        const command = commands[name];
        if (command) print(await command(rest.join(' '), { handle }));
        else print(`bot> Unknown command /${name}. Try /help, /as <handle>, /submit, /quit.`);
        continue;
      }
      const picked = /^\d{1,2}$/.test(line) ? pickable()[Number(line) - 1] : undefined;
      if (picked) {
        await show(await engine.handleChoice({ ...base(), value: picked.value }));
        continue;
      }
      await show(await engine.handleMessage({ ...base(), text: line }));
    }
  } finally {
    if (timer) clearTimeout(timer);
    endOfTurn();
    rl.close();
  }
}
