import type { types, webApi } from '@slack/bolt';

// Block Kit types come through Bolt's re-export of @slack/types, so no undeclared dependency is imported.
export type KnownBlock = types.KnownBlock;
export type Button = types.Button;
export type ActionsBlock = types.ActionsBlock;
export type SectionBlock = types.SectionBlock;
export type InputBlock = types.InputBlock;
export type View = types.View;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type Option = types.PlainTextOption;
export type MrkdwnElement = types.MrkdwnElement;

// The Web API client too comes through Bolt (it re-exports @slack/web-api as `webApi`).
export type WebClient = webApi.WebClient;
export type WebClientOptions = webApi.WebClientOptions;
