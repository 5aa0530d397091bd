import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionName, CommandSpec } from '../../src/commands/command-spec.ts';
import {
  ACTION_NAMES,
  argumentsOf,
  COMMANDS,
  firstMissing,
  LLM_TOOL_ACTIONS,
  SLASH_FORMS,
  SLASH_USAGE,
  STATE_CHANGING_ACTIONS,
  TEAMS_COMMANDS,
} from '../../src/commands/command-table.ts';
import { actionRegistry } from '../../src/conversation/action-registry.ts';
import { SUBMIT_WORDS } from '../../src/conversation/conversation-engine.ts';
import { parseExtraCommand } from '../../src/conversation/extra-commands.ts';
import { helpReply } from '../../src/conversation/help-text.ts';
import type { Actor } from '../../src/domain/actor.ts';
import { ACTIONS, USER_ROLES } from '../../src/domain/ids.ts';
import { type CaseRelation, PERMISSIONS } from '../../src/domain/permissions.ts';
import { parseCaseCommand } from '../../src/surfaces/slack/listeners/commands/case-command.ts';
import { toolName } from '../../src/understanding/commands.ts';
import { llmToolDefinitions } from '../../src/understanding/llm-interpreter.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// The command table is the only description of a command; everything else is derived from it. These
// tests fail when a command is added half-way: without a help line, a question, a use case, a working
// example, or with a `/case` form or Teams entry the manifests do not carry.

const spec = (a: ActionName): CommandSpec => COMMANDS[a];
/** The conversation's own: answered by the engine itself, never shown in help. */
const CONVERSATION_OWN: ActionName[] = ['help', 'clarify', 'none'];

/** Where a sentence goes, as the engine routes it: submission words, the platform's wording, the interpreter. */
const reaches = (text: string): ActionName =>
  SUBMIT_WORDS.test(text)
    ? 'case.submit'
    : (parseExtraCommand(text)?.action ?? interpretOffline(text).action);

const examplesOf = (line: string) => [...line.matchAll(/\*([^*]+)\*/g)].map((m) => m[1] ?? '');
const allHelpLines = ACTION_NAMES.flatMap((a) => spec(a).help.map((h) => ({ action: a, ...h })));

const actor = (role: Actor['role']): Actor =>
  ({ userId: 1, name: 'Sam', role, partnerId: null, creditorId: null }) as unknown as Actor;

describe('the command table', () => {
  it('every action of interpret.md and of the platform has exactly one entry', () => {
    expect(ACTIONS.every((a) => Object.hasOwn(COMMANDS, a))).toBe(true);
    expect(new Set(ACTION_NAMES).size).toBe(ACTION_NAMES.length);
  });

  it('every command a person can use is in help, and its example reaches it', () => {
    for (const action of ACTION_NAMES) {
      if (CONVERSATION_OWN.includes(action)) continue;
      const examples = allHelpLines.flatMap((h) => examplesOf(h.line));
      // Its own line's first example, or (passing on a lead, told with quoting) an example in another line.
      expect(
        examples.some((e) => reaches(e.replace(/ or .*/, '')) === action),
        `${action}: no help example reaches it`,
      ).toBe(true);
    }
    for (const { action, line } of allHelpLines) {
      expect(reaches(examplesOf(line)[0] ?? ''), line).toBe(action);
    }
  });

  it('help shows each role exactly the table lines meant for it', () => {
    for (const role of USER_ROLES) {
      for (const partnerType of role === 'partner'
        ? (['exclusive', 'legal_network'] as const)
        : [undefined]) {
        const shown = helpReply(actor(role), partnerType).text;
        for (const h of allHelpLines) {
          const meant =
            h.audience === 'everyone' ||
            h.audience === role ||
            (h.audience === 'exclusive_partner' && role === 'partner' && partnerType === 'exclusive');
          expect(shown.includes(`• ${h.line}`), `${role}/${partnerType}: ${h.line}`).toBe(meant);
        }
      }
    }
  });

  it('every argument a command asks for has a question about its case, and is one of its fields', () => {
    for (const action of ACTION_NAMES) {
      for (const argument of argumentsOf(action)) {
        const question = argument.question('4242');
        expect(question, `${action} ${argument.name}`).toMatch(/\?/);
        if (argument.name !== 'caseId') expect(question, `${action} ${argument.name}`).toContain('4242');
      }
      const shape = spec(action).schema.shape;
      const needed = spec(action).alsoNeeds?.argument;
      for (const argument of [...spec(action).asks, ...(needed ? [needed] : [])])
        expect(Object.keys(shape), `${action} asks for ${argument.name}`).toContain(argument.name);
    }
  });

  it('asks the required arguments in the table order, then the conditional one', () => {
    expect(firstMissing('case.decline', {})?.name).toBe('caseId');
    expect(firstMissing('case.decline', { caseId: '12' })?.name).toBe('reason');
    expect(firstMissing('case.close', { caseId: '12', code: 'other' })?.name).toBe('comment');
    expect(firstMissing('case.close', { caseId: '12', code: 'other', comment: 'gone' })).toBeNull();
    expect(firstMissing('quote.select', { caseId: '12', quoteId: '' })?.name).toBe('quoteId');
  });

  it('a change has check and execute, a read an answer; only the conversation and close-code advice have none', () => {
    for (const action of ACTION_NAMES) {
      const handler = spec(action).handler;
      if (handler === null) {
        expect([...CONVERSATION_OWN, 'closecode.suggest']).toContain(action);
        continue;
      }
      expect(handler.kind, action).toBe(spec(action).changesState ? 'change' : 'read');
      expect(actionRegistry[action]?.kind).toBe(handler.kind);
    }
    expect([...STATE_CHANGING_ACTIONS].sort()).toEqual(ACTIONS.filter((a) => spec(a).changesState).sort());
  });

  it('who may use a command agrees with the permission table and with who is told about it', () => {
    const relationsOf: Record<string, CaseRelation[]> = {
      partner: ['assigned_partner', 'managing_partner', 'lead_partner', 'former_partner'],
      exclusive_partner: ['assigned_partner'],
      creditor: ['creditor'],
      support: ['support'],
    };
    for (const { action, audience } of allHelpLines) {
      const permission = spec(action).permission;
      if (typeof permission === 'object' && 'case' in permission && audience !== 'everyone') {
        const allowed = PERMISSIONS[permission.case];
        expect(
          relationsOf[audience]?.some((r) => allowed.includes(r)),
          `${action} is told to ${audience}`,
        ).toBe(true);
      }
      if (typeof permission === 'object' && 'roles' in permission && audience !== 'everyone') {
        expect(permission.roles, action).toContain(audience === 'exclusive_partner' ? 'partner' : audience);
      }
    }
  });

  it('the LLM is offered exactly the tool commands, one tool each', () => {
    const names = llmToolDefinitions().map((t) => t.function.name);
    expect(names).toEqual(LLM_TOOL_ACTIONS.map(toolName));
    expect(LLM_TOOL_ACTIONS).toEqual(ACTIONS.filter((a) => spec(a).llmTool));
    for (const action of ACTION_NAMES.filter((a) => spec(a).llmTool)) expect(ACTIONS).toContain(action);
  });
});

describe('how commands are written on the surfaces', () => {
  const FORM_ACTION = { decline: 'case.decline', close: 'case.close', submit_case: 'case.submit' } as const;

  it('/case parses every command that declares a slash form, into that command', () => {
    expect(SLASH_FORMS.length).toBeGreaterThan(0);
    for (const action of ACTION_NAMES) {
      const slash = spec(action).slash;
      if (!slash) continue;
      const typed = slash.usage.replace(/<[^>]*>/g, '').trim();
      const parsed = parseCaseCommand(`  ${typed} `);
      expect(parsed, slash.usage).toEqual(slash.parse(typed));
      expect(parsed.kind === 'form' ? FORM_ACTION[parsed.form] : reaches(parsed.text), slash.usage).toBe(
        action,
      );
    }
    // Anything else is said to the engine as typed.
    expect(parseCaseCommand('accept  12')).toEqual({ kind: 'message', text: 'accept 12' });
  });

  it("Slack's manifest shows the table's /case usage", () => {
    const manifest = readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8');
    expect(manifest).toContain(`usage_hint: "${SLASH_USAGE}"`);
  });

  it("the Teams app package lists exactly the table's Teams commands", () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../src/surfaces/teams/app-package/manifest.json', import.meta.url), 'utf8'),
    ) as {
      bots: Array<{ commandLists: Array<{ commands: Array<{ title: string; description: string }> }> }>;
    };
    const listed = manifest.bots[0]?.commandLists[0]?.commands ?? [];
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
    expect([...listed].sort(byTitle)).toEqual([...TEAMS_COMMANDS].sort(byTitle));
    for (const c of TEAMS_COMMANDS) expect(reaches(c.title), c.title).not.toBe('none');
  });
});
