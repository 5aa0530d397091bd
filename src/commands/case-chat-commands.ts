import { z } from 'zod';
import type { ReadHandler } from '../conversation/action-registry.types.ts';
import { MAX_CASE_MESSAGE_CHARS } from '../domain/case-chat.ts';
import { say } from '../i18n/messages.ts';
import { readAddInformation, readCaseChat, readCaseMessage } from '../understanding/case-chat-words.ts';
import { addCaseInformation, checkAddCaseInformation } from '../use-cases/cases/add-case-information.ts';
import { checkCaseMessage, listCaseChat, sendCaseMessage } from '../use-cases/cases/case-chat.ts';
import { readFreeText } from './answer-readers.ts';
import { CASE_ID } from './arguments.ts';
import type { ArgumentSpec, HandlerArgs } from './command-spec.ts';
import { defineCommand } from './command-spec.ts';
import { caseId } from './fields.ts';
import { caseNumber, done, read, text } from './handler-kit.ts';

// The case chat and the information a creditor adds after a decline (docs/notes/r-casechat.md). None of
// them changes the case, so, as the table has it for such commands, they run at once: no confirmation.
// Who may is the permission table's ('message', 'read_messages', 'add_info'), checked before the words
// are asked for, so a stranger is refused at once rather than asked what to say.

const words = z.string().min(1).max(MAX_CASE_MESSAGE_CHARS);

export const MESSAGE: ArgumentSpec = {
  name: 'message',
  question: (id) => say('ask.message', { caseId: String(id) }),
  read: readFreeText('message'),
};

export const INFORMATION: ArgumentSpec = {
  name: 'information',
  question: (id) => say('ask.information', { caseId: String(id) }),
  read: readFreeText('information'),
};

/** A command that writes but changes nothing on the case: refused before asking, then run at once. */
function sendsAtOnce<Args>(
  precheck: ReadHandler<Args>['precheck'],
  answer: ReadHandler<Args>['answer'],
): ReadHandler<Args> {
  return { kind: 'read', precheck, answer };
}

const messageSchema = z
  .object({ caseId, message: words })
  .describe('Write to the other side of the case chat');

export const caseMessage = defineCommand(messageSchema, {
  llmTool: false,
  asks: [CASE_ID, MESSAGE],
  permission: { case: 'message' },
  help: [
    {
      audience: 'creditor',
      line: '*message the partner on 123: the debtor called us, please pause* — write to the partner working your case (kept on the case)',
    },
    {
      audience: 'partner',
      line: '*message the partner on 123: the debtor called us* — as managing partner, write to the partner working a case you submitted',
    },
    {
      audience: 'exclusive_partner',
      line: '*reply on 123: noted, we paused the reminders* — answer in the case chat of a case you work',
    },
  ],
  changesState: false,
  handler: sendsAtOnce<HandlerArgs<typeof messageSchema>>(
    (ctx, a) => checkCaseMessage(ctx, { caseId: caseNumber(a) }),
    async (ctx, a) => done(await sendCaseMessage(ctx, { caseId: caseNumber(a), text: text(a.message) })),
  ),
  says: (t) => {
    const m = readCaseMessage(t);
    return m ? { caseId: m.caseId, message: m.text } : null;
  },
});

export const caseMessages = defineCommand(z.object({ caseId }).describe('Show the case chat'), {
  llmTool: false,
  asks: [CASE_ID],
  permission: { case: 'read_messages' },
  help: [
    {
      audience: 'everyone',
      line: "*messages on 123* — a case's chat: messages, information asked for and given, who wrote and when",
    },
  ],
  changesState: false,
  handler: read(async (ctx, a) => {
    const chat = await listCaseChat(ctx, { caseId: caseNumber(a) });
    return { title: say('chat4.chat.title', { caseId: String(caseNumber(a)) }), text: chat.summary };
  }),
  says: readCaseChat,
});

const addInfoSchema = z.object({ caseId, information: words }).describe('Add information to a declined case');

export const caseAddInfo = defineCommand(addInfoSchema, {
  llmTool: false,
  asks: [CASE_ID, INFORMATION],
  permission: { case: 'add_info' },
  help: [
    {
      audience: 'creditor',
      line: '*add information to 123: the debtor moved to Aarhus* — after a decline, give support and the partners considering the case what was missing',
    },
  ],
  changesState: false,
  handler: sendsAtOnce<HandlerArgs<typeof addInfoSchema>>(
    (ctx, a) => checkAddCaseInformation(ctx, { caseId: caseNumber(a) }),
    async (ctx, a) =>
      done(await addCaseInformation(ctx, { caseId: caseNumber(a), text: text(a.information) })),
  ),
  says: (t) => {
    const m = readAddInformation(t);
    return m ? { caseId: m.caseId, information: m.text } : null;
  },
});
