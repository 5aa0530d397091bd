import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../blocks/home-view.ts';
import type { SlackDeps } from '../../slack-deps.ts';
import { originOf } from '../../slack-origin.ts';

// The App Home tab: the user's cases by status and what waits for them, refreshed each time it is opened.
export function appHomeOpened(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>) => {
    if (event.tab !== 'home') return;
    try {
      // The Home tab is opened by a member of the workspace it belongs to.
      const { workspaceId } = originOf(deps.workspaces.mode, { context }, undefined);
      const replies = deps.home ? await deps.home(event.user, workspaceId) : [];
      await client.views.publish({
        user_id: event.user,
        view: homeView(event.user, replies, replies.locale),
      });
    } catch (error) {
      deps.logger.error({ err: error, user: event.user }, 'app home failed');
    }
  };
}
