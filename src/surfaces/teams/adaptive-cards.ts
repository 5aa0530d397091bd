import { type FormField, submitCaseFields } from '../../conversation/forms.ts';
import type { Reply, ReplyForm } from '../../conversation/reply.ts';
import { CLOSE_CODE_INFO, CLOSE_CODES } from '../../domain/ids.ts';
import { say, withReader } from '../../i18n/messages.ts';
import { closeCodeGroupLabel, documentRule } from '../slack/blocks/modals.ts';

// Reply → an Adaptive Card (https://adaptivecards.io/explorer/). Choices are Action.Submit buttons whose
// data comes back as the `value` of a message activity; a form is drawn as inputs inside the card.

type Element = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
}

/** What an Action.Submit sends back (merged by Teams with the card's input values). */
export type SubmitData =
  | { kind: 'choice'; k: string; v: string }
  | ({ kind: 'form'; form: ReplyForm['kind']; k: string } & Record<string, string>);

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

// Nothing a person typed may become live markup in Teams (see docs/notes/output-escaping.md). Card text is drawn
// as RichTextBlock/TextRun, which has no Markdown at all; the bot's own *bold* becomes a bold run. Message text
// (plain replies, notices) is Markdown in Teams, so the constructs that could link, load an image or carry
// HTML are broken with an invisible space: "](" / "]:" / "][" (links, images, reference definitions) and "<"
// (tags, autolinks). Backslash escapes are not used: Teams' renderers do not honour them consistently.
// Emphasis and lists typed by people stay possible; they cannot point anywhere.
const ZWSP = '\u200B';

/** Markdown text in which no link, image, reference definition or HTML tag can start. */
export function neutralizeTeamsMarkdown(text: string): string {
  return text.replace(/\]/g, `]${ZWSP}`).replace(/</g, `<${ZWSP}`);
}

/** The bot's Slack-style *bold*, where the engine wrote it. */
const BOT_BOLD = /(^|[\s(])\*([^*\n]+)\*(?=[\s).,:;!?]|$)/g;

/** Message text for Teams: neutralized, then the engine's Slack-style *bold* as Teams' **bold**. */
export function toTeamsMarkdown(text: string): string {
  return neutralizeTeamsMarkdown(text).replace(BOT_BOLD, '$1**$2**');
}

/** One line as TextRuns: plain text (TextRun parses no Markdown), the *bold* parts as bold runs. */
function textRuns(line: string, extra: Element = {}): Element[] {
  const runs: Element[] = [];
  let last = 0;
  for (const m of line.matchAll(BOT_BOLD)) {
    const start = m.index + (m[1]?.length ?? 0);
    if (start > last) runs.push({ type: 'TextRun', text: line.slice(last, start), ...extra });
    runs.push({ type: 'TextRun', text: m[2] ?? '', ...extra, weight: 'Bolder' });
    last = m.index + m[0].length;
  }
  if (last < line.length) runs.push({ type: 'TextRun', text: line.slice(last), ...extra });
  return runs;
}

/** Text in a card, one RichTextBlock per line: shown exactly as written, apart from the bot's bold. */
export function richText(text: string, extra: Element = {}): Element[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => ({
      type: 'RichTextBlock',
      inlines: textRuns(line, extra),
      ...(i > 0 ? { spacing: 'None' } : {}),
    }));
}

const textBlock = (text: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

function input(field: { name: string; label: string; optional?: boolean }, extra: Element): Element {
  return {
    id: field.name,
    label: field.label,
    isRequired: !field.optional,
    ...(field.optional ? {} : { errorMessage: say('forms.needed', { label: field.label }) }),
    ...extra,
  };
}

function submitCaseInput(field: FormField): Element {
  if (field.options) {
    return input(field, {
      type: 'Input.ChoiceSet',
      style: 'compact',
      value: field.options[0]?.value,
      choices: field.options.map((o) => ({ title: o.label, value: o.value })),
    });
  }
  if (field.name === 'debtDate') return input(field, { type: 'Input.Date' });
  if (field.name === 'principal')
    return input(field, { type: 'Input.Number', min: 0, placeholder: field.hint });
  return input(field, {
    type: 'Input.Text',
    placeholder: field.hint,
    isMultiline: field.name === 'description',
  });
}

const caseField = (caseId?: string): Element =>
  input(
    { name: 'caseId', label: say('forms.case_number') },
    { type: 'Input.Text', value: caseId ?? '', placeholder: say('forms.case_placeholder') },
  );

/**
 * The inputs of a form, with the same field names as the Slack modals (see src/conversation/forms.ts), in
 * the locale the form carries (the reader's of the turn that offered it; absent: English).
 */
export function formInputs(form: ReplyForm): Element[] {
  return withReader(form.locale, () => inputsOf(form));
}

function inputsOf(form: ReplyForm): Element[] {
  switch (form.kind) {
    case 'decline':
      return [
        caseField(form.caseId),
        input(
          { name: 'reason', label: say('forms.decline.reason') },
          { type: 'Input.Text', isMultiline: true, placeholder: say('forms.decline.placeholder') },
        ),
      ];
    case 'close':
      return [
        caseField(form.caseId),
        input(
          { name: 'closeCode', label: say('forms.close.code') },
          {
            type: 'Input.ChoiceSet',
            style: 'compact',
            // Adaptive Cards have no option groups: the group leads each title, in the help centre's order.
            choices: CLOSE_CODES.map((code) => ({
              title: `${closeCodeGroupLabel(CLOSE_CODE_INFO[code].group)} · ${CLOSE_CODE_INFO[code].label}`,
              value: code,
            })),
          },
        ),
        input(
          { name: 'comment', label: say('forms.close.comment_teams'), optional: true },
          { type: 'Input.Text', isMultiline: true },
        ),
        input(
          { name: 'paymentAmount', label: say('forms.close.amount_teams'), optional: true },
          { type: 'Input.Number', min: 0 },
        ),
        input(
          { name: 'paymentCurrency', label: say('forms.close.currency'), optional: true },
          { type: 'Input.Text', placeholder: say('forms.hint.currency') },
        ),
      ];
    case 'submit_case':
      return [
        ...submitCaseFields().map(submitCaseInput),
        textBlock(documentRule(), { isSubtle: true, size: 'Small' }),
      ];
  }
}

export function replyCard(reply: Reply, conversationKey: string): AdaptiveCard {
  const body: Element[] = [];
  if (reply.title) body.push(...richText(reply.title, { weight: 'Bolder', size: 'Medium' }));
  body.push(...richText(reply.text));
  // Not a FactSet: Fact values are Markdown in Teams, and field values are names and reasons people typed.
  for (const f of reply.fields ?? []) {
    body.push({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: `${f.label}: `, weight: 'Bolder' },
        { type: 'TextRun', text: f.value.replace(/\s*\n\s*/g, ' ') },
      ],
    });
  }
  const actions: Element[] = (reply.choices ?? []).map((c) => ({
    type: 'Action.Submit',
    title: c.label,
    // Read by narration software and shown on hover: the action and its case, not just "Confirm".
    tooltip: c.description ?? c.label,
    ...(c.style ? { style: c.style === 'primary' ? 'positive' : 'destructive' } : {}),
    data: { kind: 'choice', k: conversationKey, v: c.value } satisfies SubmitData,
  }));
  if (reply.form) {
    body.push(
      {
        type: 'RichTextBlock',
        inlines: [{ type: 'TextRun', text: reply.form.title, weight: 'Bolder' }],
        separator: true,
      },
      ...formInputs(reply.form),
    );
    const form = reply.form;
    actions.push({
      type: 'Action.Submit',
      title: withReader(form.locale, () => say('forms.submit')),
      tooltip: withReader(form.locale, () => say('forms.continue_to', { title: form.title })),
      style: 'positive',
      data: { kind: 'form', form: reply.form.kind, k: conversationKey },
    });
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** A plain reply stays a plain message; anything with fields, choices or a form becomes a card. */
export function replyActivity(reply: Reply, conversationKey: string) {
  const plain = !reply.title && !reply.fields?.length && !reply.choices?.length && !reply.form;
  if (plain) return { type: 'message' as const, text: toTeamsMarkdown(reply.text) };
  return {
    type: 'message' as const,
    text: toTeamsMarkdown(reply.text),
    attachments: [{ contentType: ADAPTIVE_CARD, content: replyCard(reply, conversationKey) }],
  };
}

export function parseSubmitData(value: unknown): SubmitData | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const data = value as Record<string, unknown>;
  if (data.kind === 'choice' && typeof data.k === 'string' && typeof data.v === 'string') {
    return { kind: 'choice', k: data.k, v: data.v };
  }
  if (
    data.kind === 'form' &&
    typeof data.k === 'string' &&
    ['decline', 'close', 'submit_case'].includes(String(data.form))
  ) {
    return data as SubmitData;
  }
  return undefined;
}
