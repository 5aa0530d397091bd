import type { App } from '@microsoft/teams.apps';
// The SDK's API client, exported by the package's dist but not its index; App.send builds the same one.
import { ApiClient } from '@microsoft/teams.apps/dist/api.js';

type ActivityClient = ReturnType<ApiClient['conversations']['activities']>;
export type OutgoingActivity = Parameters<ActivityClient['create']>[0];

/** Where a conversation is reached: Teams serves each tenant from a regional service URL. */
export interface TeamsPlace {
  conversationId: string;
  /** From the conversation's stored reference; absent: the app's default (the global Teams endpoint). */
  serviceUrl?: string;
}

/** The Bot Connector API at a service URL, with the app's bot token. */
export function connectorAt(app: App, serviceUrl?: string): ApiClient {
  return serviceUrl ? new ApiClient(serviceUrl.replace(/\/+$/, ''), app.api.http) : app.api;
}

/**
 * Posts into a conversation without being spoken to (a notice, an answer after a restart): what App.send
 * does, but at the conversation's own service URL rather than the app's one.
 */
export async function postTo(
  app: App,
  place: TeamsPlace,
  activity: OutgoingActivity,
): Promise<{ id: string }> {
  if (!app.id) throw new Error('the Teams app has no client id: it cannot post');
  return connectorAt(app, place.serviceUrl)
    .conversations.activities(place.conversationId)
    .create({
      ...activity,
      from: { id: app.id, name: app.name ?? app.id, role: 'bot' },
      conversation: { id: place.conversationId } as OutgoingActivity['conversation'],
    });
}
