import { type FormField, submitCaseFields } from '../../../conversation/forms.ts';
import { CLOSE_CODE_INFO, CLOSE_CODES, type CloseCodeGroup } from '../../../domain/ids.ts';
import { type MessageKey, say, withReader } from '../../../i18n/messages.ts';
import { mrkdwn } from '../mrkdwn.ts';
import type { InputBlock, KnownBlock, ModalView, Option } from '../slack-types.ts';

// The three modals. Every input's block_id and action_id is the IncomingForm field name it fills, so reading
// a submission back is mechanical (see view-values.ts).

export const MODAL_CALLBACK = {
  decline: 'decline_case',
  close: 'close_case',
  submit_case: 'submit_case',
} as const;
export type FormKind = keyof typeof MODAL_CALLBACK;

/** Where the answer to a submitted modal is posted, carried in the view's private_metadata. */
export interface ModalOrigin {
  conversationKey: string;
  caseId?: string;
  /** The reader's locale (absent: English): the modal and its field problems are said in it. */
  locale?: string;
}

export const CLOSE_CODE_GROUP_LABELS: Record<CloseCodeGroup, string> = {
  success: 'Success',
  partner_decline: 'Partner decline',
  client_decision: 'Client decision',
  process_completion: 'Process completion',
  fallback: 'Fallback',
};

/** A close-code group's name in the current reader's language. */
export const closeCodeGroupLabel = (group: CloseCodeGroup): string =>
  say(`forms.group.${group}` as MessageKey);

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

function textInput(
  field: string,
  label: string,
  opts: {
    optional?: boolean;
    multiline?: boolean;
    initial?: string;
    hint?: string;
    placeholder?: string;
  } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: field,
    optional: opts.optional ?? false,
    label: plain(label),
    ...(opts.hint ? { hint: plain(opts.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: field,
      multiline: opts.multiline ?? false,
      ...(opts.initial ? { initial_value: opts.initial } : {}),
      ...(opts.placeholder ? { placeholder: plain(opts.placeholder) } : {}),
    },
  };
}

function caseInput(caseId: string | undefined): InputBlock {
  return textInput('caseId', say('forms.case_number'), {
    initial: caseId,
    placeholder: say('forms.case_placeholder'),
  });
}

function modal(
  kind: FormKind,
  title: string,
  submit: string,
  origin: ModalOrigin,
  blocks: KnownBlock[],
): ModalView {
  return {
    type: 'modal',
    callback_id: MODAL_CALLBACK[kind],
    title: plain(title),
    submit: plain(submit),
    close: plain(say('forms.cancel')),
    private_metadata: JSON.stringify(origin),
    blocks,
  };
}

export function declineModal(origin: ModalOrigin): ModalView {
  return modal('decline', say('forms.modal.decline'), say('forms.submit'), origin, [
    caseInput(origin.caseId),
    textInput('reason', say('forms.decline.reason'), { multiline: true, hint: say('forms.decline.hint') }),
  ]);
}

export function closeCodeOptionGroups() {
  const groups = Object.keys(CLOSE_CODE_GROUP_LABELS) as CloseCodeGroup[];
  return groups.map((group) => ({
    label: plain(closeCodeGroupLabel(group)),
    options: CLOSE_CODES.filter((code) => CLOSE_CODE_INFO[code].group === group).map(
      (code): Option => ({ text: plain(CLOSE_CODE_INFO[code].label), value: code }),
    ),
  }));
}

export function closeModal(origin: ModalOrigin): ModalView {
  return modal('close', say('forms.modal.close'), say('forms.submit'), origin, [
    caseInput(origin.caseId),
    {
      type: 'input',
      block_id: 'closeCode',
      label: plain(say('forms.close.code')),
      element: {
        type: 'static_select',
        action_id: 'closeCode',
        placeholder: plain(say('forms.close.choose')),
        option_groups: closeCodeOptionGroups(),
      },
    },
    textInput('comment', say('forms.close.comment'), {
      optional: true,
      multiline: true,
      hint: say('forms.close.comment_hint'),
    }),
    {
      type: 'input',
      block_id: 'paymentAmount',
      optional: true,
      label: plain(say('forms.close.amount')),
      hint: plain(say('forms.close.amount_hint')),
      element: { type: 'number_input', action_id: 'paymentAmount', is_decimal_allowed: true, min_value: '0' },
    },
    textInput('paymentCurrency', say('forms.close.currency'), {
      optional: true,
      placeholder: say('forms.close.currency_placeholder'),
    }),
  ]);
}

/** DOCUMENT_RULE in the current reader's language. */
export const documentRule = (): string => say('forms.document_rule');

export const DOCUMENT_RULE =
  'Documents by claim value (USD equivalent): under 2,000 none needed; 2,000–10,000 a file or a description; over 10,000 a file.';

// Fields whose Slack element says more than a text box: a date picker, a number, a file.
function submitCaseInput(field: FormField): InputBlock {
  const base = {
    type: 'input' as const,
    block_id: field.name,
    optional: field.optional ?? false,
    label: plain(field.label),
    ...(field.hint ? { hint: plain(field.hint) } : {}),
  };
  const options = field.options?.map((o): Option => ({ text: plain(o.label), value: o.value }));
  if (options && options.length <= 2 && !field.optional) {
    return {
      ...base,
      element: { type: 'radio_buttons', action_id: field.name, options, initial_option: options[0] },
    };
  }
  if (options) {
    return {
      ...base,
      element: { type: 'static_select', action_id: field.name, options, initial_option: options[0] },
    };
  }
  if (field.name === 'debtDate') return { ...base, element: { type: 'datepicker', action_id: field.name } };
  if (field.name === 'principal') {
    return {
      ...base,
      element: { type: 'number_input', action_id: field.name, is_decimal_allowed: true, min_value: '0' },
    };
  }
  if (field.name === 'documentName') {
    return { ...base, element: { type: 'file_input', action_id: field.name, max_files: 1 } };
  }
  return textInput(field.name, field.label, {
    optional: field.optional,
    hint: field.hint,
    multiline: field.name === 'description',
  });
}

/** The managing partner's form, built from the engine's field list (src/conversation/forms.ts). */
export function submitCaseModal(origin: ModalOrigin): ModalView {
  const blocks: KnownBlock[] = [];
  for (const field of submitCaseFields()) {
    if (field.name === 'documentName') {
      blocks.push({ type: 'context', elements: [mrkdwn(documentRule())] });
    }
    blocks.push(submitCaseInput(field));
  }
  blocks.push({
    type: 'context',
    elements: [mrkdwn(say('forms.submit_case_note'))],
  });
  return modal('submit_case', say('forms.modal.submit_case'), say('forms.submit'), origin, blocks);
}

/** The modal of a form, said in the locale its origin carries (the reader's, kept for the submission). */
export function modalFor(kind: FormKind, origin: ModalOrigin): ModalView {
  return withReader(origin.locale, () => modalOf(kind, origin));
}

function modalOf(kind: FormKind, origin: ModalOrigin): ModalView {
  switch (kind) {
    case 'decline':
      return declineModal(origin);
    case 'close':
      return closeModal(origin);
    case 'submit_case':
      return submitCaseModal(origin);
  }
}

export function parseModalOrigin(privateMetadata: string | undefined): ModalOrigin | undefined {
  if (!privateMetadata) return undefined;
  try {
    const parsed = JSON.parse(privateMetadata) as Partial<ModalOrigin>;
    if (typeof parsed.conversationKey === 'string') return parsed as ModalOrigin;
  } catch {
    // not ours
  }
  return undefined;
}
