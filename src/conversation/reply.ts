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
}

/** A form the surface may show instead of asking question by question (Slack modal, Teams card). */
export interface ReplyForm {
  kind: 'decline' | 'close' | 'submit_case';
  caseId?: string;
  title: string;
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
}
