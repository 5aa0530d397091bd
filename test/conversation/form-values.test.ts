import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppConversationEngine } from '../../src/conversation/create-app-engine.ts';
import type { IncomingForm } from '../../src/conversation/engine-contract.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { useDemoWorld } from '../helpers/demo-world.ts';

// A Slack modal or a Teams card hands over what the person typed: amounts, dates and countries are read
// the same way as in the console's form (src/domain/input-parsing.ts).
describe('submitted forms read amounts, dates and countries as people write them', () => {
  let handle: DatabaseHandle;
  const clock = fixedClock('2026-11-23T10:00:00Z');

  useDemoWorld(clock, '2026-11-23T10:00:00Z', (h) => {
    handle = h;
  });
  beforeEach(async () => {
    await handle.db
      .insertInto('chat_identities')
      .values([
        { surface: 'teams', external_id: 'aad-managing', user_id: 8 },
        { surface: 'slack', external_id: 'U0NORDIC', user_id: 3 },
      ])
      .execute();
  });

  const engine = () =>
    createAppConversationEngine({ db: handle.db, logger: pino({ level: 'silent' }), clock });
  const form = (values: IncomingForm['values'], extra: Partial<IncomingForm> = {}): IncomingForm => ({
    surface: 'teams',
    userExternalId: 'aad-managing',
    conversationKey: 'teams:conv-managing',
    kind: 'submit_case',
    values,
    ...extra,
  });

  it('when a submission card says 4.800,00, 30/06/2026, Germany and Danmark, then the confirmation is for EUR 4,800.00 against a debtor in DK', async () => {
    const replies = await engine().handleForm(
      form({
        clientName: 'Schmidt Bau GmbH',
        clientCountry: 'Germany',
        debtorName: 'Aalborg Stål ApS',
        debtorType: 'company',
        debtorCountry: 'Danmark',
        principal: '4.800,00',
        currency: 'EUR',
        debtDate: '30/06/2026',
        disputed: 'no',
        description: 'Invoice 2211 for steel beams',
      }),
    );

    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('EUR 4,800.00 against Aalborg Stål ApS (DK)');
  });

  it('when a submission card names a country that does not exist, then the submission rule says so', async () => {
    const replies = await engine().handleForm(
      form({
        clientName: 'Schmidt Bau GmbH',
        clientCountry: 'DE',
        debtorName: 'Aalborg Stål ApS',
        debtorType: 'company',
        debtorCountry: 'Atlantis',
        principal: '1500',
        currency: 'EUR',
        debtDate: '2026-06-30',
        disputed: 'no',
      }),
    );

    expect(replies.map((r) => r.text).join('\n')).toContain(`I don't know the country "Atlantis"`);
  });

  it('when the close modal gives the amount recovered as 23.000,00, then the payment registered first is DKK 23,000.00', async () => {
    const replies = await engine().handleForm(
      form(
        { caseId: '1008', closeCode: 'paid', paymentAmount: '23.000,00', paymentCurrency: 'dkk' },
        { surface: 'slack', userExternalId: 'U0NORDIC', conversationKey: 'D0NORDIC', kind: 'close' },
      ),
    );

    expect(replies[0]?.text).toMatch(/payment of DKK 23,000\.00 is registered first/);
  });
});
