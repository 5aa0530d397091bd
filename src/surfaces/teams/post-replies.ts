import type { Reply } from '../../conversation/reply.ts';
import {
  ADAPTIVE_CARD,
  type AdaptiveCard,
  replyActivity,
  richText,
  toTeamsMarkdown,
} from './adaptive-cards.ts';

// Where each reply goes in Teams. Teams has no ephemeral message of Slack's kind; what
// @microsoft/teams.api 2.0.9 offers is the targeted activity (POST …/activities?isTargetedActivity=true,
// `createTargeted`): a message in the channel or group chat that only its `recipient` sees. A look-up's
// answer (audience 'asker') and a private reply in a shared conversation go that way; should Teams refuse
// it (a tenant without targeted messages), they go to the person's 1:1 chat with the bot instead, never to
// the channel. A pressed card's buttons give way to the outcome by updating that activity (updateActivity).

type Activity = ReturnType<typeof replyActivity>;

/** The Bot Connector calls used here; the SDK's `api.conversations` has them. */
export interface TeamsConversations {
  activities(conversationId: string): {
    update(id: string, params: Activity): Promise<unknown>;
    createTargeted(
      params: Activity & { recipient: { id: string; name: string; role: 'user' } },
    ): Promise<unknown>;
    create(params: Activity): Promise<unknown>;
  };
  create(params: {
    isGroup: boolean;
    members: Array<{ id: string; name: string; role: 'user' }>;
    tenantId?: string;
    bot?: { id: string; name: string; role: 'bot' };
  }): Promise<{ id: string }>;
}

export interface TeamsReplyPlace {
  conversationId: string;
  conversationKey: string;
  /** The asker's channel account id (29:…), the recipient of what only they may see. */
  fromId?: string;
  fromName?: string;
  tenantId?: string;
  /** The activity whose card was submitted (a pressed button). */
  replyToId?: string;
  /** Posts in the conversation (the turn's `send`, or the app's proactive send). */
  send: (activity: Activity) => Promise<unknown>;
  conversations?: TeamsConversations;
  botId?: string;
}

/** Personal chats are `a:…`; channels, group chats and meetings `19:…`. */
export const isSharedConversation = (conversationId: string) => conversationId.startsWith('19:');

/** The pressed card once answered: what it asked, then who did what and when, and no buttons. */
export function settledCard(settles: {
  text: string;
  at: string;
  was?: string;
  atWord?: string;
}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      ...(settles.was ? richText(settles.was) : []),
      {
        type: 'TextBlock',
        // {{TIME(…)}} is Teams' own date formatting: each reader sees their local time.
        text: `${toTeamsMarkdown(settles.text)} ${toTeamsMarkdown(settles.atWord ?? 'at')} {{TIME(${new Date(settles.at).toISOString().replace(/\.\d{3}Z$/, 'Z')})}}`,
        wrap: true,
        isSubtle: true,
      },
    ],
  };
}

export async function postTeamsReplies(
  place: TeamsReplyPlace,
  replies: Reply[],
  onError: (error: unknown, what: string) => void,
): Promise<void> {
  const shared = isSharedConversation(place.conversationId);
  for (const reply of replies) {
    if (reply.settles && place.replyToId && place.conversations) {
      const card = settledCard(reply.settles);
      await place.conversations
        .activities(place.conversationId)
        .update(place.replyToId, {
          type: 'message',
          text: toTeamsMarkdown(`${reply.settles.text}`),
          attachments: [{ contentType: ADAPTIVE_CARD, content: card }],
        })
        .catch((error: unknown) => onError(error, 'card update'));
    }
    const activity = replyActivity(reply, place.conversationKey);
    if (shared && (reply.private || reply.audience === 'asker')) {
      await toAskerOnly(place, activity, onError);
      continue;
    }
    await place.send(activity);
  }
}

async function toAskerOnly(
  place: TeamsReplyPlace,
  activity: Activity,
  onError: (error: unknown, what: string) => void,
): Promise<void> {
  const { conversations, fromId } = place;
  if (!conversations || !fromId) {
    onError(new Error('no way to reach the asker alone'), 'private reply dropped');
    return;
  }
  try {
    await conversations.activities(place.conversationId).createTargeted({
      ...activity,
      recipient: { id: fromId, name: place.fromName ?? '', role: 'user' },
    });
    return;
  } catch (error) {
    onError(error, 'targeted message refused; trying the 1:1 chat');
  }
  const chat = await conversations.create({
    isGroup: false,
    members: [{ id: fromId, name: place.fromName ?? '', role: 'user' }],
    ...(place.tenantId ? { tenantId: place.tenantId } : {}),
    ...(place.botId ? { bot: { id: place.botId, name: '', role: 'bot' as const } } : {}),
  });
  await conversations.activities(chat.id).create(activity);
}
