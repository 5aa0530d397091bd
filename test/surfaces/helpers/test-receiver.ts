import type { App, Receiver } from '@slack/bolt';

/**
 * Transport only, as Bolt's receivers are: hands a payload to `app.processEvent` and records the ack, in
 * order with what the engine logs, so a test can see the ack came before the engine's work.
 */
export class TestReceiver implements Receiver {
  private app: App | undefined;

  constructor(private readonly log: string[] = []) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  /** Delivers one payload; resolves with what was acknowledged once the listeners have finished. */
  async send(
    body: Record<string, unknown>,
    opts: { retryNum?: number } = {},
  ): Promise<{ acked: boolean; ackBody: unknown }> {
    if (!this.app) throw new Error('receiver not initialised');
    const result = { acked: false, ackBody: undefined as unknown };
    await this.app.processEvent({
      body,
      retryNum: opts.retryNum,
      ack: async (response?: unknown) => {
        result.acked = true;
        result.ackBody = response;
        this.log.push('ack');
      },
    });
    return result;
  }
}
