import { describe, expect, it } from 'vitest';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Held-out round (test/understanding/fresh3/): three kinds of message that name a command but ask for
// none — someone's words passed on, someone else's opinion, and a report of what was already done. Own
// wording, none of the blind lines; every language and English. None may change a case.

const KINDS: Record<'reported' | 'opinion' | 'past', Record<string, string[]>> = {
  reported: {
    en: [
      'the client said we should withdraw 5120',
      'the creditor told us to close 5121',
      'my boss asked us to decline 5122',
      'the client wants us to withdraw case 5123',
      'the debtor wrote that we must close 5124',
    ],
    da: [
      'kreditor sagde at vi skulle lukke sag 5120',
      'klienten siger at vi skal afvise 5121',
      'chefen bad os om at trække sag 5122 tilbage',
      'kunden sagde at vi skulle acceptere 5123',
      'kreditoren siger at vi bør lukke 5124',
    ],
    no: [
      'kreditor sa at vi skulle lukke sak 5120',
      'klienten sier at vi må avvise 5121',
      'sjefen ba oss om å trekke tilbake sak 5122',
      'kunden sa at vi skulle akseptere 5123',
      'oppdragsgiveren sier at vi skal lukke 5124',
    ],
    sv: [
      'borgenären sa att vi skulle stänga ärende 5120',
      'klienten säger att vi ska avböja 5121',
      'chefen bad oss att återkalla ärende 5122',
      'kunden sade att vi skulle acceptera 5123',
      'uppdragsgivaren säger att vi måste stänga 5124',
    ],
    de: [
      'der Gläubiger hat gesagt, dass wir Fall 5120 schließen sollen',
      'die Mandantin sagte, wir sollten 5121 ablehnen',
      'der Chef hat gesagt, dass wir Akte 5122 zurückziehen müssen',
      'der Kunde sagt, dass wir Fall 5123 annehmen sollen',
      'die Mandantin hat gesagt, wir sollen 5124 schließen',
    ],
    fi: [
      'velkoja sanoi että meidän pitäisi sulkea tapaus 5120',
      'asiakas sanoi että meidän täytyy hylätä 5121',
      'pomo sanoi että meidän pitäisi perua tapaus 5122',
      'asiakas sanoo että meidän pitäisi hyväksyä 5123',
      'toimeksiantaja sanoi että meidän pitäisi sulkea 5124',
    ],
    es: [
      'el acreedor dijo que cerráramos el caso 5120',
      'la clienta dijo que rechazáramos el 5121',
      'mi jefe dijo que retiráramos el expediente 5122',
      'el cliente dijo que aceptáramos el caso 5123',
      'el acreedor nos pidió que cerráramos el 5124',
    ],
  },
  opinion: {
    en: [
      'my colleague thinks we should decline 5130',
      'the manager believes we should close 5131',
      'our lawyer feels we must withdraw 5132',
      'my boss reckons we should accept 5133',
      'the team lead thinks that we should decline case 5134',
    ],
    da: [
      'min chef mener vi skal lukke 5130',
      'kollegaen synes vi bør afvise sag 5131',
      'advokaten mener at vi skal trække 5132 tilbage',
      'min makker synes vi skal acceptere 5133',
      'teamlederen mener vi burde afvise 5134',
    ],
    no: [
      'sjefen min mener vi skal lukke 5130',
      'kollegaen synes vi bør avvise sak 5131',
      'advokaten mener at vi må trekke tilbake 5132',
      'teamlederen synes vi skal akseptere 5133',
      'makkeren min mener vi burde avvise 5134',
    ],
    sv: [
      'min chef tycker att vi ska stänga 5130',
      'kollegan anser att vi borde avböja ärende 5131',
      'juristen menar att vi måste återkalla 5132',
      'teamledaren tycker vi ska acceptera 5133',
      'min kollega anser att vi borde avböja 5134',
    ],
    de: [
      'mein Chef meint, wir sollten Fall 5130 schließen',
      'die Kollegin findet, wir sollten 5131 ablehnen',
      'der Anwalt glaubt, dass wir Akte 5132 zurückziehen sollten',
      'meine Kollegin meint, wir sollen 5133 annehmen',
      'der Teamleiter findet, dass wir 5134 ablehnen sollten',
    ],
    fi: [
      'pomon mielestä meidän pitäisi sulkea 5130',
      'kollegani mielestä meidän pitäisi hylätä tapaus 5131',
      'juristin mielestä meidän täytyy perua 5132',
      'tiiminvetäjän mielestä meidän pitäisi hyväksyä 5133',
      'esimiehen mielestä meidän pitäisi hylätä 5134',
    ],
    es: [
      'mi jefe cree que debemos cerrar el 5130',
      'la compañera piensa que deberíamos rechazar el caso 5131',
      'el abogado opina que hay que retirar el 5132',
      'mi colega considera que debemos aceptar el 5133',
      'el jefe de equipo cree que debemos rechazar el 5134',
    ],
  },
  past: {
    en: [
      'we accepted case 5140 yesterday',
      'we declined 5141 last week',
      'yesterday we closed 5142',
      'we withdrew 5143 two days ago',
      'accept 5144 yesterday',
    ],
    da: [
      'vi lukkede sag 5140 i går',
      'vi afviste 5141 i sidste uge',
      'i går accepterede vi 5142',
      'vi godkendte sag 5143 igår',
      'vi tilbagekaldte 5144 sidste måned',
    ],
    no: [
      'vi lukket sak 5140 i går',
      'vi avviste 5141 forrige uke',
      'i går aksepterte vi 5142',
      'vi godkjente sak 5143 igår',
      'vi trakk tilbake 5144 i forrige måned',
    ],
    sv: [
      'vi stängde ärende 5140 igår',
      'vi avböjde 5141 förra veckan',
      'i går accepterade vi 5142',
      'vi godkände ärende 5143 i går',
      'vi återkallade 5144 förra månaden',
    ],
    de: [
      'wir lehnten Fall 5140 gestern ab',
      'gestern akzeptierten wir 5141',
      'wir schlossen Akte 5142 letzte Woche',
      'wir zogen 5143 vorige Woche zurück',
      'wir haben Fall 5144 gestern akzeptiert',
    ],
    fi: [
      'suljimme tapauksen 5140 eilen',
      'hylkäsimme 5141 viime viikolla',
      'eilen hyväksyimme 5142',
      'peruimme tapauksen 5143 viime kuussa',
      'kollega hyväksyi 5144 eilen',
    ],
    es: [
      'cerramos el caso 5140 ayer',
      'rechazamos el 5141 la semana pasada',
      'ayer aceptamos el 5142',
      'retiramos el expediente 5143 el mes pasado',
      'el jefe aceptó el caso 5144 ayer',
    ],
  },
};

const CHANGES = [
  'case.accept',
  'case.decline',
  'case.close',
  'case.withdraw',
  'payment.register',
  'quote.select',
];

describe('reported speech, others’ opinions and past-tense reports change nothing', () => {
  for (const [kind, byLanguage] of Object.entries(KINDS)) {
    for (const [language, lines] of Object.entries(byLanguage)) {
      for (const text of lines) {
        it(`${kind} (${language}): "${text}"`, () => {
          const got = interpretOffline(text);
          expect(CHANGES, `${got.action}`).not.toContain(got.action);
        });
      }
    }
  }

  it('when the view is the user’s own or the command follows the report, then it is still carried out', () => {
    expect(interpretOffline('I think we should decline 5150').action).toBe('case.decline');
    expect(interpretOffline('jeg synes vi skal afvise 5150').action).toBe('case.decline');
    expect(interpretOffline('the client said we can go ahead, so withdraw 5151').action).toBe(
      'case.withdraw',
    );
    expect(interpretOffline('close 5152, the debtor paid yesterday').action).toBe('case.close');
    expect(interpretOffline('luk 5152, skyldner betalte i går').action).toBe('case.close');
    expect(interpretOffline('aceptamos el caso 5153').action).toBe('case.accept');
    expect(interpretOffline('acepta el caso 5153').action).toBe('case.accept');
  });
});

describe('held-out round, the cheap general misses', () => {
  const CASES: [string, Record<string, unknown>][] = [
    // one letter left out of a long command word, also after a Slack mention
    ['<@U0ABCDEF> acepter sag 5160', { action: 'case.accept', caseId: '5160' }],
    ['accptera ärende 5161', { action: 'case.accept', caseId: '5161' }],
    ['akseptr sak 5162', { action: 'case.accept', caseId: '5162' }],
    // submitting a quote, not listing quotes
    ['indsend tilbud på sag 5163: 22 % salær', { action: 'quote.submit', caseId: '5163', successFeePct: 22 }],
    ['vi lämnar anbud på ärende 5164, 19 % arvode', { action: 'quote.submit', caseId: '5164' }],
    ['sender inn tilbud på sak 5165: 18 % salær', { action: 'quote.submit', caseId: '5165' }],
    ['cotizamos el caso 5166 con 20 % success fee', { action: 'quote.submit', caseId: '5166' }],
    // status update, help, own cases
    ['kan dere sende en statusoppdatering for sak 5167?', { action: 'case.status', caseId: '5167' }],
    ['kan du ge mig en lägesrapport om ärende 5168?', { action: 'case.status', caseId: '5168' }],
    ['hvad kan du gøre?', { action: 'help' }],
    ['hva kan du gjøre?', { action: 'help' }],
    ['vad kan du göra för mig?', { action: 'help' }],
    ['vis sagerne mine', { action: 'case.list' }],
    ['näytä omat tapaukset', { action: 'case.list' }],
    // close codes "other" and "invalid case data"
    ['luk 5169 som andet, se kommentaren', { action: 'case.close', code: 'other' }],
    ['lukk sak 5170: feil saksdata', { action: 'case.close', code: 'invalid_case_data' }],
    ['Fall 5171 schließen, fehlerhafte Falldaten', { action: 'case.close', code: 'invalid_case_data' }],
    ['cierra el 5172 como otro, ver el comentario', { action: 'case.close', code: 'other' }],
  ];
  for (const [text, want] of CASES) {
    it(`when told "${text}", then it means ${JSON.stringify(want)}`, () => {
      expect(interpretOffline(text)).toMatchObject(want);
    });
  }
});
