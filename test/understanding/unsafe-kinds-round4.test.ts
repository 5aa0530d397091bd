import { describe, expect, it } from 'vitest';
import { interpretOffline } from '../../src/understanding/offline-interpreter.ts';

// Blind round 4: five kinds of unsafe answer, found in every language and in English. Own wording (not
// the blind lines), several per language, and the messages that must keep working next to them.

const CHANGES = [
  'case.accept',
  'case.decline',
  'case.request_info',
  'case.offer_terms',
  'case.close',
  'payment.register',
  'quote.submit',
  'quote.select',
  'lead.pullback',
  'case.withdraw',
];

type ByLanguage = Record<'en' | 'da' | 'sv' | 'no' | 'de' | 'fi' | 'es', string[]>;

/** 1. Pulling back a lead (its object is the lead, or the quotes are what is turned down). */
const PULLBACK: ByLanguage = {
  en: [
    'withdraw lead 6101, none of the quotes are any good',
    "please withdraw the lead for 6102, we don't want any of the offers",
    'withdraw 6103, none of the offers suit us',
  ],
  da: [
    'træk leadet for sag 6101 tilbage, ingen af tilbuddene er gode nok',
    'træk lead 6102 tilbage – vi ønsker ingen af tilbuddene',
    'vi trækker leadet på 6103 tilbage, tilbuddene passer os ikke',
  ],
  sv: [
    'dra tillbaka leadet för ärende 6101, inga av anbuden passar',
    'vi drar tillbaka lead 6102, vi vill inte ha någon av offerterna',
    'återkalla leadet på 6103, ingen av offerterna duger',
  ],
  no: [
    'trekk tilbake leadet på sak 6101, ingen av tilbudene er gode nok',
    'vi trekker tilbake lead 6102, vi vil ikke ha noen av tilbudene',
    'trekk leadet for 6103 tilbake, tilbudene passer ikke',
  ],
  de: [
    'Lead 6101 bitte zurückziehen, keines der Angebote passt',
    'wir ziehen das Lead für Fall 6102 zurück, wir wollen keins der Angebote',
    'ziehe den Lead 6103 zurück, die Angebote taugen nichts',
  ],
  fi: [
    'vedä liidi 6101 takaisin, mikään tarjouksista ei kelpaa',
    'vedämme liidin 6102 takaisin, emme halua yhtään tarjousta',
    'vedä tapauksen 6103 liidi takaisin, tarjoukset eivät sovi meille',
  ],
  es: [
    'retira el lead 6101, ninguna de las ofertas nos convence',
    'retiramos el lead del caso 6102, no queremos ninguna oferta',
    'retirad el lead 6103, las ofertas no nos sirven',
  ],
};

/** 2. Someone else's words, written or said, with a passive or modal command: not a request. */
const REPORTED: ByLanguage = {
  en: [
    'Mette wrote that 6201 should be accepted',
    'the creditor wrote in the portal chat that we should accept 6204',
    'my colleague said on the phone we must close 6205 as paid',
    'Anna mailed me that we ought to decline 6206',
    'Jonas texted that case 6207 has to be withdrawn',
  ],
  da: [
    'Mette skrev at 6201 skal accepteres',
    'kunden mailede, at sag 6202 skal trækkes tilbage',
    'Jonas skrev til mig at vi skal afvise 6203',
    'kreditor ringede og sagde at 6204 skal lukkes',
  ],
  sv: [
    'Johan skrev att 6201 ska accepteras',
    'kunden mejlade att ärende 6202 bör avvisas',
    'Anna skrev i chatten att vi ska stänga 6203',
    'borgenären ringde och sa att 6204 måste återkallas',
  ],
  no: [
    'Ola skrev at 6201 skal aksepteres',
    'kunden sendte e-post om at sak 6202 må avvises',
    'Kari skrev på chat at vi skal lukke 6203',
    'kreditor ringte og sa at 6204 skal trekkes tilbake',
  ],
  de: [
    'Anna schrieb, dass 6201 angenommen werden soll',
    'der Mandant hat gemailt, dass wir Fall 6202 ablehnen sollen',
    'Jonas hat mir geschrieben, 6203 soll geschlossen werden',
    'der Gläubiger hat am Telefon gesagt, wir müssen 6204 zurückziehen',
  ],
  fi: [
    'Mikko kirjoitti, että 6201 pitää hyväksyä',
    'asiakas lähetti sähköpostia, että tapaus 6202 pitää hylätä',
    'Liisa sanoi puhelimessa, että meidän pitää sulkea 6203',
    'velkoja kirjoitti, että 6204 täytyy vetää takaisin',
  ],
  es: [
    'Ana escribió que el 6201 debe aceptarse',
    'el cliente mandó un correo diciendo que hay que rechazar el caso 6202',
    'Luis me escribió que debemos cerrar el 6203',
    'el acreedor dijo por teléfono que el 6204 se debe retirar',
  ],
};

/** 3. Reported, or asked, but held: waiting for a confirmation, "before we do anything", "hold off". */
const HELD: ByLanguage = {
  en: [
    "the client said on the phone we should withdraw 6301, but I'm waiting for written confirmation before we do anything",
    'the creditor called about 6302, withdraw it; hold off until they confirm by email',
    "withdraw 6303 — the client asked by phone, but don't do anything until I have it in writing",
    'first I want the client to confirm in writing, then withdraw 6304',
    'close 6305 as the client wants, but we are waiting for their approval before doing anything',
  ],
  da: [
    'kunden ringede og vil have os til at trække 6301 tilbage, men jeg vil lige have det bekræftet skriftligt først',
    'kreditor sagde i telefonen at vi skal lukke 6302, men jeg venter på skriftlig bekræftelse før vi gør noget',
    'træk 6303 tilbage – men gør ikke noget før kunden har bekræftet det på mail',
  ],
  sv: [
    'kunden sa i telefon att vi ska dra tillbaka 6301, men jag väntar på skriftlig bekräftelse innan vi gör något',
    'återkalla 6302 – men gör inget förrän kunden har bekräftat det skriftligt',
    'stäng 6303 som borgenären vill, men först vill jag att de bekräftar det',
  ],
  no: [
    'kunden sa på telefonen at vi skal trekke tilbake 6301, men jeg venter på skriftlig bekreftelse før vi gjør noe',
    'trekk tilbake 6302 – men ikke gjør noe før kunden har bekreftet det skriftlig',
    'lukk 6303 som kreditor vil, men først vil jeg ha det bekreftet',
  ],
  de: [
    'der Mandant hat am Telefon gesagt, wir sollen 6301 zurückziehen, aber ich warte noch auf die schriftliche Bestätigung, bevor wir irgendwas machen',
    'Fall 6302 zurückziehen – aber bitte noch nichts tun, bis der Kunde es schriftlich bestätigt',
    'schließe 6303 wie der Gläubiger will, aber zuerst will ich es schriftlich bestätigt haben',
  ],
  fi: [
    'asiakas sanoi puhelimessa, että 6301 pitää vetää takaisin, mutta odotan kirjallista vahvistusta ennen kuin teemme mitään',
    'vedä 6302 takaisin – mutta älä tee mitään ennen kuin asiakas vahvistaa sen kirjallisesti',
    'sulje 6303 kuten velkoja haluaa, mutta haluan ensin kirjallisen vahvistuksen',
  ],
  es: [
    'el cliente dijo por teléfono que retiremos el 6301, pero espero la confirmación por escrito antes de hacer nada',
    'retira el 6302, pero no hagas nada hasta que el cliente lo confirme por escrito',
    'cierra el 6303 como quiere el acreedor, pero primero quiero que lo confirme por escrito',
  ],
};

/** 4. The user will do it themselves, later; "don't do anything". */
const SELF_LATER: ByLanguage = {
  en: [
    "I'll accept 6401 myself later, don't do anything",
    'I will decline 6402 myself this afternoon, no need for you to do anything',
    'we will withdraw 6405 ourselves, do nothing',
    'accept 6406 — no wait, I will do it myself',
  ],
  da: [
    'jeg accepterer 6401 selv senere, gør ikke noget',
    'jeg lukker 6402 selv i eftermiddag, du skal ikke gøre noget',
    'jeg afviser 6403 selv, lad være med at gøre noget',
  ],
  sv: [
    'jag accepterar 6401 själv senare, gör ingenting',
    'jag stänger 6402 själv i eftermiddag, du behöver inte göra något',
    'jag avböjer 6403 själv, gör inget',
  ],
  no: [
    'jeg aksepterer 6401 selv senere, ikke gjør noe',
    'jeg lukker 6402 selv i ettermiddag, du trenger ikke gjøre noe',
    'jeg avviser 6403 selv, ikke gjør noe',
  ],
  de: [
    'ich nehme 6401 später selbst an, mach nichts',
    'ich akzeptiere 6402 nachher selbst, bitte nichts tun',
    'ich lehne 6403 selbst ab, unternimm nichts',
  ],
  fi: [
    'hyväksyn 6401:n itse myöhemmin, älä tee mitään',
    'suljen tapauksen 6402 itse iltapäivällä, sinun ei tarvitse tehdä mitään',
    'hylkään 6403:n itse, älä tee mitään',
  ],
  es: [
    'acepto el 6401 yo mismo más tarde, no hagas nada',
    'cierro el 6402 yo misma esta tarde, no hace falta que hagas nada',
    'rechazo el 6403 yo mismo, no hagas nada',
  ],
};

/** 5a. A decline whose reason is that the creditor wants its own terms. */
const DECLINE_CUSTOM: ByLanguage = {
  en: [
    "decline 6501 – the creditor demands its own terms that don't fit the standard agreement",
    'the client insists on custom terms, so decline 6502',
  ],
  da: [
    'afvis 6501 – kreditor kræver egne vilkår, som ikke passer til standardaftalen',
    'kunden insisterer på egne vilkår, så afvis 6502',
  ],
  sv: [
    'neka 6501 – borgenären kräver egna villkor som inte passar standardavtalet',
    'klienten kräver egna villkor, så avböj 6502',
  ],
  no: [
    'avvis 6501 – kreditor krever egne vilkår som ikke passer standardavtalen',
    'kunden krever egne vilkår, så avvis 6502',
  ],
  de: [
    'lehne 6501 ab – der Gläubiger verlangt eigene Bedingungen, die nicht zum Standardvertrag passen',
    'der Mandant verlangt eigene Konditionen, also Fall 6502 ablehnen',
  ],
  fi: [
    'hylkää 6501 – velkoja vaatii omia ehtojaan, jotka eivät sovi vakiosopimukseen',
    'asiakas vaatii omat ehdot, joten hylkää 6502',
  ],
  es: [
    'rechaza el 6501 – el acreedor exige sus propias condiciones que no encajan con el acuerdo estándar',
    'el cliente exige condiciones propias, así que rechaza el 6502',
  ],
};

/** 5b. Custom terms offered on a case (instead of the standard), not a quote on a lead. */
const CUSTOM_OFFER: ByLanguage = {
  en: [
    'we make a custom offer on 6520: 30 % success fee instead of the standard',
    'we send a special offer on 6522 – 25 % instead of standard pricing',
  ],
  da: ['vi giver et særligt tilbud på 6520: 30 % salær i stedet for standarden'],
  sv: ['vi lämnar ett eget erbjudande på 6520: 30 % arvode istället för standard'],
  no: ['vi gir et eget tilbud på 6520: 30 % salær i stedet for standard'],
  de: ['wir machen ein individuelles Angebot für 6520: 30 % Erfolgshonorar statt Standard'],
  fi: ['teemme oman tarjouksen tapaukseen 6520: 30 % palkkio vakiohinnan sijaan'],
  es: [
    'hacemos una oferta custom en el 6520: 30 % de success fee en lugar del estándar',
    'hacemos una oferta propia para el 6521: 30 % en vez de la tarifa estándar',
  ],
};

const caseOf = (text: string) => /\b([67]\d{3})\b/.exec(text)?.[1];

describe('round 4, kind 1: a lead pulled back is not a case withdrawn', () => {
  for (const [language, lines] of Object.entries(PULLBACK)) {
    for (const text of lines) {
      it(`(${language}) "${text}" pulls back the lead`, () => {
        expect(interpretOffline(text)).toMatchObject({ action: 'lead.pullback', caseId: caseOf(text) });
      });
    }
  }
});

describe('round 4, kinds 2–4: reported, held or left to the user change nothing', () => {
  for (const [kind, byLanguage] of Object.entries({
    reported: REPORTED,
    held: HELD,
    'self-later': SELF_LATER,
  })) {
    for (const [language, lines] of Object.entries(byLanguage)) {
      for (const text of lines) {
        it(`${kind} (${language}): "${text}"`, () => {
          const got = interpretOffline(text);
          expect(CHANGES, `${got.action}`).not.toContain(got.action);
        });
      }
    }
  }
});

describe('round 4, kind 5: a decline for custom terms, custom terms offered', () => {
  for (const [language, lines] of Object.entries(DECLINE_CUSTOM)) {
    for (const text of lines) {
      it(`(${language}) "${text}" declines, custom terms requested`, () => {
        expect(interpretOffline(text)).toMatchObject({
          action: 'case.decline',
          caseId: caseOf(text),
          category: 'custom_terms_requested',
        });
      });
    }
  }
  for (const [language, lines] of Object.entries(CUSTOM_OFFER)) {
    for (const text of lines) {
      it(`(${language}) "${text}" offers custom terms`, () => {
        expect(interpretOffline(text)).toMatchObject({ action: 'case.offer_terms', caseId: caseOf(text) });
      });
    }
  }
});

/** Second wording per kind, written after the first fixes to see whether they were general. */
const SECOND_WORDING: [string, string | null][] = [
  // kind 1: lead.pullback (the value) or, for the rest, anything that changes nothing (null)
  ['retract the lead on 7001, the offers are too expensive', 'lead.pullback'],
  ['cancel the lead on 7005, we don’t like the quotes', 'lead.pullback'],
  ['we are withdrawing lead 7008', 'lead.pullback'],
  ['vi trækker leadet tilbage på sag 7011, tilbuddene er for dyre', 'lead.pullback'],
  ['återkalla lead 7015, vi vill inte ha offerterna', 'lead.pullback'],
  ['vi trekker leadet på 7016 tilbake, tilbudene er for dyre', 'lead.pullback'],
  ['wir möchten das Lead zu Fall 7018 zurückziehen', 'lead.pullback'],
  ['vedä liidi 7019 pois, tarjoukset ovat liian kalliita', 'lead.pullback'],
  ['queremos retirar el lead del caso 7022', 'lead.pullback'],
  ['zieht bitte das Lead 7023 zurück', 'lead.pullback'],
  ['drag tillbaka leadet 7024', 'lead.pullback'],
  ['vetäkää liidi 7025 takaisin', 'lead.pullback'],
  // kind 2
  ['according to the client we should withdraw 7107', null],
  ['got a mail from the client: withdraw 7109', null],
  ['the client says on the phone: withdraw 7124', null],
  ["the creditor's email: please close 7110 as paid", null],
  ['kreditor sendte en sms om at 7112 skal afvises', null],
  ['mail fra kunden: træk 7111 tilbage', null],
  ['enligt kunden ska vi dra tillbaka 7115', null],
  ['laut Mandant sollen wir 7119 zurückziehen', null],
  ['asiakkaan mukaan meidän pitää vetää 7121 takaisin', null],
  ['según el cliente debemos retirar el 7123', null],
  // kind 3
  ['withdraw 7208 - pending written confirmation from the client', null],
  ['kunden vill återkalla 7213, men vi inväntar skriftlig bekräftelse', null],
  ['der Kunde will 7215 zurückziehen, wir warten aber auf seine Bestätigung', null],
  ['asiakas haluaa vetää 7216 takaisin, mutta odotamme vielä vahvistusta', null],
  ['el cliente quiere retirar el 7217, pero estamos esperando su confirmación', null],
  // kind 4
  ['leave 7306 to me, I’ll accept it myself', null],
  ['jeg lukker selv 7311 senere', null],
  ['ich schließe 7315 später selbst', null],
  ['yo mismo acepto el 7318 más tarde', null],
  // kind 5
  ['wir bieten für 7423 eigene Konditionen an: 30 %', 'case.offer_terms'],
  ['rechaza el 7416, el cliente quiere condiciones especiales', 'case.decline'],
];

describe('round 4, a second wording of each kind', () => {
  for (const [text, want] of SECOND_WORDING) {
    it(`"${text}" ${want ? `means ${want}` : 'changes nothing'}`, () => {
      const got = interpretOffline(text);
      if (want) expect(got).toMatchObject({ action: want, caseId: caseOf(text) });
      else expect(CHANGES, `${got.action}`).not.toContain(got.action);
    });
  }
});

describe('round 4: the messages next to those kinds still act', () => {
  const CASES: [string, Record<string, unknown>][] = [
    ['pull back lead 6601', { action: 'lead.pullback', caseId: '6601' }],
    ['withdraw case 6602', { action: 'case.withdraw', caseId: '6602' }],
    ['withdraw 6602, the debtor paid us directly', { action: 'case.withdraw', caseId: '6602' }],
    ['træk sag 6603 tilbage', { action: 'case.withdraw', caseId: '6603' }],
    ['dra tillbaka ärende 6604', { action: 'case.withdraw', caseId: '6604' }],
    ['trekk tilbake sak 6605', { action: 'case.withdraw', caseId: '6605' }],
    ['Fall 6606 zurückziehen', { action: 'case.withdraw', caseId: '6606' }],
    ['vedä tapaus 6607 takaisin', { action: 'case.withdraw', caseId: '6607' }],
    ['retira el caso 6608', { action: 'case.withdraw', caseId: '6608' }],
    [
      'decline case 6609, custom terms requested',
      { action: 'case.decline', caseId: '6609', category: 'custom_terms_requested' },
    ],
    ['we offer custom terms on 6610', { action: 'case.offer_terms', caseId: '6610' }],
    ['submit quote on 6611: 30 % success fee', { action: 'quote.submit', caseId: '6611' }],
    ['indsend tilbud på sag 6612: 22 % salær', { action: 'quote.submit', caseId: '6612' }],
    [
      'the client wrote that the debtor paid in full, so close 6613 as paid',
      { action: 'case.close', caseId: '6613', code: 'paid' },
    ],
    ['Mette skrev at skyldner er gået konkurs, så afvis 6614', { action: 'case.decline', caseId: '6614' }],
    ['withdraw 6615, the client confirmed it in writing', { action: 'case.withdraw', caseId: '6615' }],
    [
      'decline 6616, we asked for the invoices twice and are still waiting for them',
      { action: 'case.decline', caseId: '6616' },
    ],
    ['accept 6617, nothing else needed', { action: 'case.accept', caseId: '6617' }],
    ['jeg accepterer sag 6618', { action: 'case.accept', caseId: '6618' }],
    ['hyväksyn tapauksen 6619', { action: 'case.accept', caseId: '6619' }],
    ['update from me: withdraw 6620', { action: 'case.withdraw', caseId: '6620' }],
    [
      'according to the registry the debtor is dissolved, decline 6621',
      { action: 'case.decline', caseId: '6621', category: 'insolvency_or_ceased' },
    ],
    ['withdraw our quote on 6622', { action: 'none' }],
    // a long wait for a confirmation that never came is a decline reason, not a hold
    [
      "decline 6623: we've been waiting for the client's confirmation of the invoices for 3 months",
      { action: 'case.decline', caseId: '6623' },
    ],
    ['afvis 6624, vi har ventet på bekræftelse fra kreditor i tre måneder', { action: 'case.decline' }],
    ['avböj 6625, vi har väntat på bekräftelse från borgenären i tre månader', { action: 'case.decline' }],
    ['Fall 6626 ablehnen, wir haben monatelang auf die Bestätigung gewartet', { action: 'case.decline' }],
    [
      'rechaza el 6627, hemos esperado la confirmación del acreedor durante meses',
      { action: 'case.decline' },
    ],
    ['accept 6628 - no need to wait for approval', { action: 'case.accept', caseId: '6628' }],
    ['accept 6629, I checked it myself', { action: 'case.accept', caseId: '6629' }],
  ];
  for (const [text, want] of CASES) {
    it(`when told "${text}", then it means ${JSON.stringify(want)}`, () => {
      expect(interpretOffline(text)).toMatchObject(want);
    });
  }
});
