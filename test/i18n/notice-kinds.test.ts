import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 12: every notice the outbox can send is rendered per reader from the catalogue. A notice written
// with an English `text` only (no `message`) reaches every reader in English, so each notice object in
// src/ — an object literal with `recipient`, a dotted `kind` and a `payload` — must take its payload from
// the catalogue: `noticeText(msg(...))` (spread, direct, or through a variable holding one) or a
// `message` field of its own. Found by reading the source, so a new English-only notice fails here the
// moment it is written, whatever test produces it.

const SRC = join(import.meta.dirname, '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface FoundNotice {
  file: string;
  kinds: string[];
  catalogue: boolean;
  payload: string;
}

/** String literals with a dot in an expression: `'case.closed'`, `pause ? 'a.b' : 'a.c'`. */
function kindsIn(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return node.text.includes('.') ? [node.text] : [];
  if (ts.isConditionalExpression(node)) return [...kindsIn(node.whenTrue), ...kindsIn(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return kindsIn(node.expression);
  return [];
}

function noticesIn(file: string): FoundNotice[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  // Variables that hold a catalogue notice: `const said = noticeText(...)`.
  const catalogueVars = new Set<string>();
  const found: Array<Omit<FoundNotice, 'catalogue'> & { node: ts.Expression }> = [];
  const isNoticeText = (e: ts.Expression) =>
    ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'noticeText';
  const fromCatalogue = (payload: ts.Expression): boolean => {
    if (isNoticeText(payload)) return true;
    if (ts.isIdentifier(payload)) return catalogueVars.has(payload.text);
    if (!ts.isObjectLiteralExpression(payload)) return false;
    return payload.properties.some((p) => {
      if (ts.isSpreadAssignment(p)) {
        const e = p.expression;
        if (isNoticeText(e) || (ts.isIdentifier(e) && catalogueVars.has(e.text))) return true;
        // `...(letter ? { message: letter } : {})`: a message of its own, when there is one.
        return /\bmessage\s*:/.test(e.getText(source));
      }
      return (
        (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) &&
        p.name.getText(source) === 'message'
      );
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && isNoticeText(node.initializer))
      catalogueVars.add(node.name.getText(source));
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) =>
        node.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === name,
        );
      const kind = prop('kind');
      const payload = prop('payload');
      const recipient = node.properties.some((p) => p.name?.getText(source) === 'recipient');
      if (kind && payload && recipient) {
        const kinds = kindsIn(kind.initializer);
        if (kinds.length > 0)
          found.push({
            file: relative(SRC, file),
            kinds,
            payload: payload.initializer.getText(source),
            node: payload.initializer,
          });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Judged after the whole file is read: a variable may be declared after the function that uses it.
  return found.map(({ node, ...f }) => ({ ...f, catalogue: fromCatalogue(node) }));
}

describe('every notice kind the outbox can send', () => {
  const notices = filesUnder(SRC).flatMap(noticesIn);

  it('when the source is read, then the notices of every use case and rule are found', () => {
    const kinds = new Set(notices.flatMap((n) => n.kinds));
    // The kinds the notice texts test produces, and those it cannot (they need a whole story of their own).
    for (const kind of [
      'case.accepted',
      'case.closed',
      'closecode.suggestion',
      'case.collection_period_ended',
      'lead.no_quote_alert',
      'decline.reviewed',
      'case.info_answered',
      'case.escalated',
      'creditor.network_sharing',
      'quote.selected_for_client',
      'lead.declined_options',
      'case.withdrawal_paused',
      'case.withdrawal_stop',
    ])
      expect(kinds).toContain(kind);
    expect(kinds.size).toBeGreaterThanOrEqual(30);
  });

  it('when a notice is enqueued anywhere in src/, then its payload comes from the catalogue, so each reader gets it in their language', () => {
    const english = notices
      .filter((n) => !n.catalogue)
      .map((n) => `${n.kinds.join('|')} in ${n.file}: ${n.payload.slice(0, 120)}`);
    expect(english).toEqual([]);
  });
});
