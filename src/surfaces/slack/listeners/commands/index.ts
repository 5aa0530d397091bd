import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../slack-deps.ts';
import { caseCommand } from './case-command.ts';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/case', caseCommand(deps));
}
