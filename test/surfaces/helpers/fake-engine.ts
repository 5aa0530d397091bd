import type {
  ConversationEngine,
  IncomingChoice,
  IncomingForm,
  IncomingMessage,
} from '../../../src/conversation/engine-contract.ts';
import type { Reply } from '../../../src/conversation/reply.ts';

type Call =
  | { type: 'message'; input: IncomingMessage }
  | { type: 'choice'; input: IncomingChoice }
  | { type: 'form'; input: IncomingForm };

/**
 * A stand-in for the conversation engine: surfaces only translate, so their tests need an engine that
 * records what it was asked and answers with fixed replies. `hold()` makes the next calls wait until
 * released, to show that Slack's ack does not wait for the engine.
 */
export class FakeEngine implements ConversationEngine {
  readonly calls: Call[] = [];
  /** What happened, in order: 'engine:start', 'engine:end' (tests add 'ack'). */
  readonly log: string[] = [];
  onMessage: (m: IncomingMessage) => Reply[] = (m) => [{ text: `You said: ${m.text}` }];
  onChoice: (c: IncomingChoice) => Reply[] = (c) => [{ text: `Done: ${c.value}` }];
  onForm: (f: IncomingForm) => Reply[] = (f) => [{ text: `Form ${f.kind} received` }];
  /** The last answer in each conversation: a question in words (no buttons) waits for a plain reply. */
  private readonly lastAnswer = new Map<string, Reply | undefined>();
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  private async run(call: Call, answer: () => Reply[]): Promise<Reply[]> {
    this.calls.push(call);
    this.log.push('engine:start');
    if (this.gate) await this.gate;
    this.log.push('engine:end');
    const replies = answer();
    this.lastAnswer.set(call.input.conversationKey, replies[replies.length - 1]);
    return replies;
  }

  async awaitsAnswer(_surface: string, conversationKey: string): Promise<boolean> {
    const last = this.lastAnswer.get(conversationKey);
    return !!last && !last.choices?.length && last.text.includes('?');
  }

  handleMessage(input: IncomingMessage): Promise<Reply[]> {
    return this.run({ type: 'message', input }, () => this.onMessage(input));
  }

  handleChoice(input: IncomingChoice): Promise<Reply[]> {
    return this.run({ type: 'choice', input }, () => this.onChoice(input));
  }

  handleForm(input: IncomingForm): Promise<Reply[]> {
    return this.run({ type: 'form', input }, () => this.onForm(input));
  }

  messages(): IncomingMessage[] {
    return this.calls.flatMap((c) => (c.type === 'message' ? [c.input] : []));
  }
  choices(): IncomingChoice[] {
    return this.calls.flatMap((c) => (c.type === 'choice' ? [c.input] : []));
  }
  forms(): IncomingForm[] {
    return this.calls.flatMap((c) => (c.type === 'form' ? [c.input] : []));
  }
}

/** The confirmation the engine gives before any state change, as the contract describes it. */
export const confirmDecline: Reply = {
  title: 'Decline case 123?',
  text: 'Decline case 123 as *Insolvency or ceased*. The creditor will be told; the case goes to the partner network for quotes.',
  fields: [
    { label: 'Case', value: '123' },
    { label: 'Category', value: 'Insolvency or ceased' },
  ],
  choices: [
    { value: 'confirm:tok-1', label: 'Confirm', style: 'primary' },
    { value: 'cancel:tok-1', label: 'Cancel' },
  ],
};
