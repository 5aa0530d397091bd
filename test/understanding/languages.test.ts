import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/understanding/languages/index.ts';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Issue 12: the same commands, and the same safety rules, in Danish, Norwegian, Swedish, German, Finnish
// and Spanish (src/understanding/languages/). Own wording, none of the blind sets' lines: each language
// refuses what is negated, asked, conditional, for later or someone else's words, and acts on plain
// commands in its own word order.

const CASES: Record<string, [string, string][]> = {
  da: [
    ['no', 'vi skal ikke acceptere sag 4410'],
    ['no', 'undlad at afvise 4410'],
    ['no', 'lad være med at lukke 4410'],
    ['no', 'skal vi lukke sag 4410?'],
    ['no', 'bør jeg afvise 4410'],
    ['no', 'accepter 4410 i morgen'],
    ['no', 'luk 4410 på fredag'],
    ['no', 'afvis 4410 næste uge'],
    ['no', 'hvis skyldner betaler, så luk 4410'],
    ['no', 'accepter 4410 når kontrakten er kommet'],
    ['no', 'kunden skrev: afvis venligst 4410'],
    ['no', 'kreditor siger at vi skal lukke 4410'],
    ['no', 'måske skal vi afvise 4410'],
    ['no', 'luk ikke 4410'],
    ['case.accept', 'godkend sag nr. 4410'],
    ['case.accept', 'vi påtager os sag 4410'],
    ['case.decline', 'vi kan ikke tage sag 4410, skyldner er død'],
    ['case.decline', 'vi må sige nej til 4410, skyldneren er under konkursbehandling'],
    ['case.close', 'sag 4410 kan lukkes, skyldner har betalt fuldt ud'],
    ['case.close', 'afslut sag 4410 da skyldneren har betalt hele beløbet'],
    ['payment.register', 'skyldner har betalt 500 kr på sag 4410'],
    ['payment.register', 'bogfør en indbetaling på 2.000 DKK på 4410'],
    ['case.request_info', 'anmod kreditor om fakturaen på sag 4410'],
    ['case.withdraw', 'træk sag 4410 tilbage'],
    ['lead.pullback', 'træk sag 4410 ud af tilbudsrunden'],
    ['case.status', 'hvordan står det til med sag 4410?'],
    ['case.list', 'vis mine lukkede sager'],
    ['quote.select', 'vi går med tilbud 2 på sag 4410'],
    ['case.offer_terms', 'vi vil foreslå vores egne vilkår for sag 4410'],
  ],
  no: [
    ['no', 'vi skal ikke akseptere sak 4410'],
    ['no', 'ikke avslå 4410'],
    ['no', 'skal vi lukke sak 4410?'],
    ['no', 'bør jeg avvise 4410'],
    ['no', 'aksepter 4410 i morgen'],
    ['no', 'lukk 4410 på fredag'],
    ['no', 'avslå 4410 neste uke'],
    ['no', 'hvis skyldner betaler, lukk 4410'],
    ['no', 'godta 4410 når kontrakten har kommet'],
    ['no', 'kunden skrev: avslå 4410'],
    ['no', 'kanskje vi bør avslå 4410'],
    ['case.accept', 'godkjenn sak nr 4410'],
    ['case.decline', 'vi kan ikke ta sak 4410, skyldneren er død'],
    ['case.close', 'sak 4410 kan lukkes, skyldner har betalt alt'],
    ['payment.register', 'skyldner har betalt 500 kr på sak 4410'],
    ['case.withdraw', 'trekk tilbake sak 4410'],
    ['lead.pullback', 'ta sak 4410 ut av tilbudsrunden'],
    ['case.status', 'hvordan ligger det an med sak 4410?'],
    ['case.list', 'vis mine lukkede saker'],
    ['quote.select', 'vi går for tilbud 2 på sak 4410'],
  ],
  sv: [
    ['no', 'vi ska inte acceptera ärende 4410'],
    ['no', 'låt bli att avböja 4410'],
    ['no', 'ska vi stänga ärende 4410?'],
    ['no', 'borde jag avböja 4410'],
    ['no', 'acceptera 4410 imorgon'],
    ['no', 'stäng 4410 på fredag'],
    ['no', 'avböj 4410 nästa vecka'],
    ['no', 'om gäldenären betalar, stäng 4410'],
    ['no', 'acceptera 4410 när avtalet har kommit in'],
    ['no', 'kunden skrev: avböj 4410'],
    ['no', 'kanske ska vi avböja 4410'],
    ['no', 'stäng inte 4410'],
    ['case.accept', 'godkänn ärende nr 4410'],
    ['case.decline', 'vi kan inte ta ärende 4410, gäldenären är död'],
    ['case.close', 'ärende 4410 kan stängas, gäldenären har betalat allt'],
    ['payment.register', 'gäldenären har betalat 500 kr på ärende 4410'],
    ['case.request_info', 'begär fakturan från borgenären i ärende 4410'],
    ['case.withdraw', 'dra tillbaka ärende 4410'],
    ['lead.pullback', 'ta ut ärende 4410 ur offertrundan'],
    ['case.status', 'hur ser det ut med ärende 4410?'],
    ['case.list', 'visa mina stängda ärenden'],
    ['quote.select', 'vi går på offert 2 i ärende 4410'],
    ['case.offer_terms', 'vi vill föreslå egna villkor för ärende 4410'],
  ],
  de: [
    ['no', 'wir nehmen Fall 4410 nicht an'],
    ['no', 'bitte Fall 4410 nicht ablehnen'],
    ['no', 'sollen wir Fall 4410 schließen?'],
    ['no', 'soll ich 4410 ablehnen'],
    ['no', 'Fall 4410 morgen annehmen'],
    ['no', 'schließe 4410 am Freitag'],
    ['no', 'lehne 4410 nächste Woche ab'],
    ['no', 'wenn der Schuldner zahlt, schließe 4410'],
    ['no', 'nimm 4410 an, sobald der Vertrag da ist'],
    ['no', 'der Mandant schrieb: bitte 4410 ablehnen'],
    ['no', 'vielleicht sollten wir 4410 ablehnen'],
    ['no', 'schließ 4410 nicht'],
    ['case.accept', 'bitte Akte 4410 annehmen'],
    ['case.accept', 'wir übernehmen Vorgang 4410'],
    ['case.close', 'Fall 4410 kann geschlossen werden, der Schuldner hat vollständig bezahlt'],
    ['payment.register', 'der Schuldner hat 500 EUR auf Fall 4410 gezahlt'],
    ['case.request_info', 'bitte den Gläubiger um die Rechnung für Fall 4410 bitten'],
    ['case.withdraw', 'Fall 4410 zurückziehen'],
    ['lead.pullback', 'Fall 4410 aus der Angebotsrunde nehmen'],
    ['case.status', 'wie steht es um Fall 4410?'],
    ['case.list', 'zeig meine geschlossenen Fälle'],
    ['quote.select', 'wir entscheiden uns für Angebot 2 bei Fall 4410'],
    ['case.offer_terms', 'wir möchten für Fall 4410 eigene Konditionen vorschlagen'],
  ],
  fi: [
    ['no', 'emme hyväksy tapausta 4410'],
    ['no', 'älä sulje tapausta 4410'],
    ['no', 'suljetaanko tapaus 4410?'],
    ['no', 'pitäisikö meidän hylätä 4410'],
    ['no', 'hyväksy 4410 huomenna'],
    ['no', 'sulje 4410 perjantaina'],
    ['no', 'hylkää 4410 ensi viikolla'],
    ['no', 'jos velallinen maksaa, sulje 4410'],
    ['no', 'hyväksy 4410 kun sopimus on saapunut'],
    ['no', 'asiakas kirjoitti: hylkää 4410'],
    ['no', 'ehkä meidän pitäisi hylätä 4410'],
    ['no', 'en hyväksy 4410'],
    ['case.accept', 'hyväksykää tapaus nro 4410'],
    ['case.decline', 'emme voi ottaa tapausta 4410, velallinen on kuollut'],
    ['case.close', 'tapauksen 4410 voi sulkea, velallinen on maksanut kaiken'],
    ['payment.register', 'velallinen on maksanut 500 euroa tapaukseen 4410'],
    ['case.request_info', 'pyydä velkojalta lasku tapaukseen 4410'],
    ['case.withdraw', 'vedä tapaus 4410 pois'],
    ['case.status', 'mikä on tapauksen 4410 tila?'],
    ['case.list', 'näytä suljetut tapaukseni'],
    ['quote.select', 'valitse tarjous 2 tapaukseen 4410'],
    ['case.offer_terms', 'haluamme tarjota omat ehdot tapaukseen 4410'],
  ],
  es: [
    ['no', 'no aceptamos el caso 4410'],
    ['no', 'no cierres el caso 4410'],
    ['no', '¿cerramos el caso 4410?'],
    ['no', '¿deberíamos rechazar el 4410?'],
    ['no', 'acepta el 4410 mañana'],
    ['no', 'cierra el 4410 el viernes'],
    ['no', 'rechaza el 4410 la próxima semana'],
    ['no', 'si el deudor paga, cierra el 4410'],
    ['no', 'acepta el 4410 cuando llegue el contrato'],
    ['no', 'el cliente escribió: rechaza el 4410'],
    ['no', 'quizás deberíamos rechazar el 4410'],
    ['no', 'nunca aceptes el 4410'],
    ['case.accept', 'acepta el expediente nº 4410'],
    ['case.decline', 'no podemos aceptar el caso 4410, el deudor ha fallecido'],
    ['case.close', 'el caso 4410 se puede cerrar, el deudor ha pagado todo'],
    ['payment.register', 'el deudor ha pagado 500 EUR en el caso 4410'],
    ['case.request_info', 'solicita la factura al acreedor para el caso 4410'],
    ['case.withdraw', 'retira el caso 4410'],
    ['case.status', '¿cómo va el caso 4410?'],
    ['case.list', 'muéstrame mis casos cerrados'],
    ['quote.select', 'nos quedamos con la oferta 2 del caso 4410'],
    ['case.offer_terms', 'queremos proponer condiciones propias para el caso 4410'],
  ],
};

describe('commands in other languages', () => {
  for (const [language, rows] of Object.entries(CASES)) {
    for (const [want, text] of rows) {
      const what = want === 'no' ? 'nothing is done' : `it means ${want} on 4410`;
      it(`when told "${text}" (${language}), then ${what}`, () => {
        const got = interpretOffline(text);
        if (want === 'no') {
          expect(['none', 'clarify']).toContain(got.action);
        } else {
          expect(got.action).toBe(want);
          if (want !== 'case.list') expect(got.caseId).toBe('4410');
        }
      });
    }
  }

  it('when a mostly English message has one foreign word, then its English words keep their meaning', () => {
    expect(interpretOffline('accept sag 4410')).toMatchObject({ action: 'case.accept', caseId: '4410' });
    expect(interpretOffline('decline Fall 4410, Schuldner insolvent')).toMatchObject({
      action: 'case.decline',
      caseId: '4410',
      category: 'insolvency_or_ceased',
    });
    expect(interpretOffline('order no. 88120 paid 300 EUR').action).not.toBe('payment.register');
  });

  it('when a decline reason is in another language, then its category is found', () => {
    expect(interpretOffline('afvis 4410, fordringen er forældet').category).toBe('time_barred');
    expect(interpretOffline('avböj 4410, gäldenären har gått i konkurs').category).toBe(
      'insolvency_or_ceased',
    );
    expect(interpretOffline('4410 ablehnen, die Rechnung ist gefälscht').category).toBe('fraud_risk');
    expect(interpretOffline('rechaza el 4410, la deuda ha prescrito').category).toBe('time_barred');
  });

  it('when asked which language a message is in, then the lexicons answer', () => {
    expect(detectLanguage('afvis sag 4410, skyldner er gået konkurs')).toBe('da');
    expect(detectLanguage('avslå sak 4410, skyldneren er død')).toBe('no');
    expect(detectLanguage('avböj ärende 4410')).toBe('sv');
    expect(detectLanguage('Fall 4410 bitte ablehnen')).toBe('de');
    expect(detectLanguage('hylkää tapaus 4410')).toBe('fi');
    expect(detectLanguage('rechaza el caso 4410')).toBe('es');
    expect(detectLanguage('decline case 4410, the debtor is bankrupt')).toBe('en');
    expect(detectLanguage('4410')).toBeUndefined();
  });
});
