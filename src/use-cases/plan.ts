import type { CaseStatus } from '../domain/ids.ts';

/**
 * What a state-changing action would do, worked out without writing anything: the chat shows it for
 * confirmation (or refuses at once when the check throws a DomainError).
 */
export interface Plan {
  /** One sentence, Markdown emphasis allowed: "Decline case 123 as *Insolvency or ceased*. …" */
  summary: string;
  /** Each consequence on its own line: who is told, what opens or closes. */
  effects: string[];
}

/** What an action did, in a sentence for the person who asked. */
export interface ActionResult {
  summary: string;
  caseId: number;
  status: CaseStatus;
}
