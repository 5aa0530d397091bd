// The surface-neutral answer of the conversation engine. Slack renders it as Block Kit, Teams as an
// Adaptive Card, the console as text with numbered choices.

export interface ReplyField {
  label: string;
  value: string;
}

export interface ReplyChoice {
  /** Opaque value the surface sends back when the choice is picked (e.g. a confirmation token). */
  value: string;
  label: string;
  style?: 'primary' | 'danger';
  /** What a screen reader says for the button: the action and the case ("Confirm: decline case 1002"). */
  description?: string;
}

/** A form the surface may show instead of asking question by question (Slack modal, Teams card). */
export interface ReplyForm {
  kind: 'decline' | 'close' | 'submit_case';
  caseId?: string;
  title: string;
  /**
   * The reader's locale (BCP 47) when not English: the form is drawn outside the turn that offered it
   * (a Slack modal opens on a click), and its labels are said in this language. Absent: English.
   */
  locale?: string;
}

export interface Reply {
  /** Complete on its own: a surface that renders nothing else still says everything. */
  text: string;
  title?: string;
  fields?: ReplyField[];
  choices?: ReplyChoice[];
  form?: ReplyForm;
  /** Only the asking user should see it (Slack ephemeral). */
  private?: boolean;
  /**
   * Who may read it in a shared channel: a look-up's answer carries case data and goes to the asker alone
   * ('asker': Slack ephemeral, Teams targeted message) unless the channel is registered for the asker's
   * organisation (src/conversation/channel-privacy.ts). Unset: the conversation.
   */
  audience?: 'asker' | 'conversation';
  /**
   * The answer to a pressed Confirm / Cancel: the message with the buttons now reads this instead of its
   * buttons (Slack replace, Teams card update), so a stale button cannot be pressed. `at` is ISO time;
   * `was` what the pressed message asked (the plan confirmed or cancelled), for a surface that cannot
   * keep the message's own content.
   */
  /** atWord: "at" before the time, in the language of the person who pressed (absent: English). */
  settles?: { text: string; at: string; was?: string; atWord?: string };
}
