import type { Reply, ReplyChoice, ReplyForm } from '../../../conversation/reply.ts';
import { say, withReader } from '../../../i18n/messages.ts';
import { encodeButtonValue } from '../choice-value.ts';
import { escapeMrkdwn, mrkdwn } from '../mrkdwn.ts';
import type { ActionsBlock, Button, KnownBlock, SectionBlock } from '../slack-types.ts';

// Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks): section text 3,000 characters,
// 10 fields of 2,000, button text 75, 25 elements per actions block. plain_text (headers, buttons) is shown
// as written and parses nothing; every mrkdwn text is escaped by mrkdwn() (see ../mrkdwn.ts).
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export const CHOICE_ACTION_PREFIX = 'choice:';
export const FORM_ACTION_PREFIX = 'form:';

export function choiceButton(choice: ReplyChoice, index: number, conversationKey: string): Button {
  const button: Button = {
    type: 'button',
    action_id: `${CHOICE_ACTION_PREFIX}${index}`,
    text: { type: 'plain_text', text: clip(choice.label, 75), emoji: true },
    value: encodeButtonValue({ k: conversationKey, v: choice.value }),
    // What a screen reader says: the action and its case, not just "Confirm" (Slack allows 75 characters).
    accessibility_label: clip(choice.description ?? choice.label, 75),
  };
  if (choice.style) button.style = choice.style;
  return button;
}

export function formButton(form: ReplyForm, conversationKey: string): Button {
  return {
    type: 'button',
    action_id: `${FORM_ACTION_PREFIX}${form.kind}`,
    text: { type: 'plain_text', text: clip(form.title, 75), emoji: true },
    value: encodeButtonValue({
      k: conversationKey,
      v: form.caseId ?? '',
      ...(form.locale ? { l: form.locale } : {}),
    }),
    style: 'primary',
    accessibility_label: clip(
      withReader(form.locale, () => say('forms.open_form', { title: form.title })),
      75,
    ),
  };
}

const utcTime = (at: Date) => `${at.toISOString().slice(11, 16)} UTC`;

/** "Declined by Mikkel at 14:02": Slack shows the time in each reader's own time zone. */
export function outcomeText(settles: { text: string; at: string; atWord?: string }): string {
  const at = new Date(settles.at);
  const unix = Math.floor(at.getTime() / 1000);
  // The date token is the bot's own, added after the words were escaped.
  return `${escapeMrkdwn(settles.text)} ${escapeMrkdwn(settles.atWord ?? 'at')} <!date^${unix}^{time}|${utcTime(at)}>`;
}

/** The same for notifications (the message's `text`), where no date token is read: the time in UTC. */
export function outcomePlainText(settles: { text: string; at: string; atWord?: string }): string {
  return `${escapeMrkdwn(settles.text)} ${escapeMrkdwn(settles.atWord ?? 'at')} ${utcTime(new Date(settles.at))}`;
}

/**
 * The pressed message once answered: what it said, without its buttons, and what happened. Only the
 * bot's own blocks are kept (they were escaped when posted); a click on a message without them (an
 * ephemeral one) shows the outcome alone.
 */
export function settledBlocks(
  original: KnownBlock[] | undefined,
  settles: { text: string; at: string; was?: string; atWord?: string },
): KnownBlock[] {
  const kept: KnownBlock[] = original
    ? original.filter((b) => b.type !== 'actions')
    : settles.was
      ? [{ type: 'section', text: mrkdwn(settles.was, 3000) }]
      : [];
  return [...kept, { type: 'context', elements: [{ type: 'mrkdwn', text: outcomeText(settles) }] }];
}

/** One Reply as Block Kit: title, text, fields, then the buttons (choices and an optional form). */
export function replyBlocks(reply: Reply, conversationKey: string): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (reply.title) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: clip(reply.title, 150), emoji: true } });
  }
  blocks.push({ type: 'section', text: mrkdwn(reply.text, 3000) });
  const fields = reply.fields ?? [];
  for (let i = 0; i < fields.length; i += 10) {
    const section: SectionBlock = {
      type: 'section',
      // The label's emphasis is the bot's; the label and value are escaped all the same.
      fields: fields.slice(i, i + 10).map((f) => mrkdwn(`*${f.label}*\n${f.value}`, 2000)),
    };
    blocks.push(section);
  }
  const buttons: Button[] = (reply.choices ?? []).map((c, i) => choiceButton(c, i, conversationKey));
  if (reply.form) buttons.push(formButton(reply.form, conversationKey));
  for (let i = 0; i < buttons.length; i += 25) {
    const actions: ActionsBlock = { type: 'actions', elements: buttons.slice(i, i + 25) };
    blocks.push(actions);
  }
  return blocks;
}
