import type { Translations } from '../messages.ts';

// Norwegian bokmål (norsk). Business Norwegian: "du" to the reader, the platform's own terms ("Collecting
// Quotes") and the commands people type in English, quoted.

export const nb: Translations = {
  'decline.letter':
    'Hei {creditorName},\n\nInkassopartneren som var tildelt sak #{caseId} (skyldner: {debtorName}), har avslått saken. {why}\n\n{next}\n\nHvis du har spørsmål om avslaget, kan du svare her eller kontakte Debitura support med saksreferansen #{caseId}.\n\nMed vennlig hilsen\nDebitura',
  'decline.letter.managed':
    'Hei {recipientName},\n\nInkassopartneren som var tildelt sak #{caseId}, som du har sendt inn for klienten din {clientName} (skyldner: {debtorName}), har avslått saken. {why}\n\n{next}\n\nHvis du har spørsmål om avslaget, kan du svare her eller kontakte Debitura support med saksreferansen #{caseId}.\n\nMed vennlig hilsen\nDebitura',
  'decline.fallback.creditor': 'kunde',
  'decline.fallback.partner': 'samarbeidspartner',
  'decline.fallback.client': 'klienten din',
  'decline.fallback.debtor': 'skyldneren',
  'decline.why.below_minimum':
    'Årsak: kravets beløp er under partnerens minimumsgrense (vanligvis tilsvarende USD 100,00 for utenrettslig inkasso).',
  'decline.why.conflict_of_interest':
    'Årsak: partneren har en interessekonflikt (for eksempel fordi partneren allerede representerer skyldneren) som hindrer partneren i å ta saken.',
  'decline.why.custom_terms_requested':
    'Årsak: saken krever særskilte vilkår, som partneren ikke kan tilby under standardavtalen.',
  'decline.why.duplicate': 'Årsak: saken var allerede sendt inn til partneren.',
  'decline.why.fraud_risk':
    'Årsak: partneren har sett tegn på at kravet kan innebære risiko for svindel eller bedrageri.',
  'decline.why.insolvency_or_ceased': 'Årsak: skyldneren ser ut til å være konkurs, død eller oppløst.',
  'decline.why.misclassified_not_prelegal':
    'Årsak: kravet ser ut til å være omtvistet eller å kreve rettslige skritt i stedet for utenrettslig inkasso.',
  'decline.why.missing_information':
    'Årsak: vesentlige opplysninger som trengs for å gå videre, mangler fortsatt etter at de ble etterspurt. Fullstendige opplysninger om skyldneren og dokumentasjon (faktura, kontrakt) hjelper neste partner med å komme raskt i gang.',
  'decline.why.out_of_jurisdiction':
    'Årsak: skyldneren befinner seg utenfor det geografiske området partneren dekker.',
  'decline.why.regulatory_restriction':
    'Årsak: partneren har ikke lisens eller tillatelse til å drive inn fordringer i skyldnerens jurisdiksjon.',
  'decline.why.sanctions_legal_block':
    'Årsak: sanksjoner eller en annen rettslig begrensning hindrer partneren i å arbeide med saken.',
  'decline.why.time_barred':
    'Årsak: fordringen ser ut til å være foreldet og kan muligens ikke lenger drives inn rettslig.',
  'decline.why.untraceable_debtor':
    'Årsak: partneren kunne ikke bekrefte eller finne skyldnerens adresse eller kontaktopplysninger.',
  'decline.why.manual_review':
    'Partnerens begrunnelse blir gjennomgått av teamet vårt, og vi tar kontakt med deg hvis noe trengs.',
  'decline.next.network':
    'Hva skjer nå: Saken din er delt med partnernettverket vårt, og andre kvalifiserte inkassopartnere blir nå invitert til å gi tilbud. Saksstatusen er "Collecting Quotes", og du får beskjed så snart det er tilbud klare til gjennomgang.',
  'decline.next.no_partners':
    'Hva skjer nå: Saken skal deles med partnernettverket vårt, men ingen annen inkassopartner dekker den for øyeblikket, så ingen partner er invitert ennå. Supportteamet vårt er varslet og leter etter en egnet partner; vi kontakter deg så snart det er noe nytt. Inntil da er saksstatusen "Collecting Quotes".',
  'decline.next.closed':
    'Hva skjer nå: Fordi deling med partnernettverket er slått av for kontoen din, er saken nå lukket og vil ikke bli tilbudt andre partnere. Hvis du ønsker å sende inn saken på nytt eller se på andre muligheter, ber vi deg kontakte Debitura support.',

  'category.conflict_of_interest': 'Interessekonflikt',
  'category.custom_terms_requested': 'Særskilte vilkår ønsket',
  'category.below_minimum': 'Under minimumsbeløpet',
  'category.untraceable_debtor': 'Skyldneren kan ikke spores',
  'category.out_of_jurisdiction': 'Utenfor jurisdiksjonen',
  'category.time_barred': 'Foreldet',
  'category.regulatory_restriction': 'Regulatorisk begrensning',
  'category.sanctions_legal_block': 'Sanksjoner eller rettslig hinder',
  'category.misclassified_not_prelegal': 'Feilklassifisert',
  'category.insolvency_or_ceased': 'Insolvens eller opphørt',
  'category.duplicate': 'Duplikat',
  'category.missing_information': 'Mangler vesentlige opplysninger',
  'category.fraud_risk': 'Risiko for svindel',

  'lead.managed_next_step':
    'Du har kun lesetilgang til sak {caseId}: For å velge et tilbud eller stoppe saken for klienten din må du kontakte Debitura support med saksreferansen #{caseId}.',
  'lead.quotes_ready': 'Det er tilbud klare på sak {caseId} ({debtorName}): {quotes}. {next}',
  'lead.quotes_ready.item': 'tilbud {quoteId}: {partnerName}, {pct} %',
  'lead.quotes_ready.next':
    'Svar "go with quote <nummer> on case {caseId}" for å velge et tilbud, eller "pull back case {caseId}" for å stoppe saken.',
  'lead.quotes_ready.alert':
    'Lead {leadId} på sak {caseId}: {count, plural, one {# tilbud} other {# tilbud}} klare for kreditor.',
  'lead.declined_options':
    'Ingen inkassopartner var interessert i sak {caseId} ({debtorName}): Alle inviterte partnere takket nei, eller tilbudsperioden gikk ut uten tilbud. Du kan justere vilkårene for saken (et høyere suksesshonorar, mer dokumentasjon) eller prøve en annen fremgangsmåte, for eksempel rettslige skritt. {next}',
  'lead.declined_options.next':
    'Be support om å starte prosessen på nytt, eller svar "pull back case {caseId}" for å lukke saken.',
  'lead.reminder':
    'Påminnelse: Sak {caseId} har {count, plural, one {# tilbud} other {# tilbud}} som har ventet på at du velger, siden {since}. {next}{last, select, yes { Leadet utløper nå, {days} dager etter at tilbudene var klare; du kan fortsatt velge et tilbud etterpå.} other {}}',
  'lead.reminder.next': 'Skriv "quotes for case {caseId}" for å sammenligne tilbudene og velge ett.',
  'lead.expired':
    'Tilbudene på sak {caseId} ({debtorName}) har utløpt: Ingen tilbud ble valgt innen {days} dager. {next}',
  'lead.expired.next':
    'Du kan fortsatt velge ett av de {count, plural, one {# tilbudet} other {# tilbudene}} manuelt ("go with quote <nummer> on case {caseId}"), eller trekke saken tilbake.',
  'lead.no_quote_escalation':
    'Sak {caseId} ({debtorName}) ble avslått {day}{reason, select, none {} other { ({reason})}} og har ikke mottatt noen tilbud innen {days} virkedager. Kontakt Debitura support og oppgi saksreferansenummeret ditt (#{caseId}), avslagsårsaken du fikk, og annen informasjon du mener er relevant. Vi har allerede varslet support.',
  'notice.case_accepted':
    '{partnerName} har akseptert sak {caseId} ({debtorName}) og har startet innkrevingen. Innkrevingsperioden løper til og med {day}.',
  'reply.cancelled': 'Avbrutt; ingenting er endret.',
  'reply.already_confirmed': 'Dette er allerede bekreftet eller avbrutt; ingenting mer ble gjort.',
  'reply.none':
    'Jeg fant ingen forespørsel jeg kan håndtere. Skriv "help" for å se hva du kan spørre meg om; hver endring må nevne et saksnummer.',
  'confirm.expires': 'Denne bekreftelsen utløper om {duration}.',
  'confirm.button.confirm': 'Bekreft',
  'confirm.button.cancel': 'Avbryt',
  'duration.minutes': '{n, plural, one {# minutt} other {# minutter}}',
  'duration.hours': '{n, plural, one {# time} other {# timer}}',
  'help.title': 'Dette kan jeg hjelpe med',
  'help.intro': 'Hei {name}, du kan skrive:',
  'help.outro':
    'Jeg viser alltid hva som vil skje, og ber deg bekrefte før noe endres. Skriv *cancel* for å droppe et spørsmål.',
  'help.support_note': 'Du kan lese alle saker og får beskjed om avslag som må gjennomgås manuelt.',
  'accept.plan': 'Aksepter sak {caseId} ({debtorName}) og start innkrevingen.',
  'accept.plan.active': 'Saken blir Active, og innkrevingsperioden på 6 måneder løper til og med {day}.',
  'accept.plan.told': '{who, select, managing {Den forvaltende partneren} other {Kreditor}} får beskjed.',
  'accept.done':
    'Sak {caseId} er Active. Innkrevingsperioden løper til og med {day}; {who, select, managing {den forvaltende partneren} other {kreditor}} har fått beskjed.',
  'language.set': 'Fra nå av svarer jeg deg på norsk, og varslene dine skrives på norsk.',
  'language.unknown':
    'Jeg kan svare på engelsk, dansk, svensk, norsk, tysk, finsk og spansk. Hvilket språk vil du ha? For eksempel "speak Norwegian" eller "language: nb".',
  'email.greeting': 'Hei {name},',
  'email.footer':
    'Du mottar denne e-posten fordi du ikke er koblet til Debitura i Slack eller Teams. Koble til chattekontoen din for å få varslene der i stedet.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: sak {caseId} {what}}}',
  'subject.case.declined': 'avslått av partneren',
  'subject.case.accepted': 'akseptert',
  'subject.lead.quotes_ready': 'tilbud er klare til gjennomgang',
  'subject.lead.reminder': 'påminnelse: velg et tilbud',
  'subject.lead.expired': 'tilbudsperioden er over',
  'subject.lead.declined_options': 'hva som skjer etter avslaget',
  'subject.lead.no_quote_escalation': 'ingen tilbud: support følger opp',
  'notice.info_requested':
    '{partnerName} trenger mer informasjon før arbeidet med sak {caseId} ({debtorName}) kan starte: {question} Svar med opplysningene for sak {caseId}, så går saken tilbake til partneren for verifisering.',
  'notice.period_ended':
    'Innkrevingsperioden på 6 måneder for sak {caseId} ble avsluttet {day}. Partneren fortsetter til den lukker saken. {next}',
  'notice.period_ended.withdraw':
    'Hvis du trekker saken tilbake nå, lukkes den umiddelbart som Withdrawn by Client.',
  // --- Round 2: partners and support, escalation, network sharing
  'lead.invitation':
    'Nytt lead {leadId}: sak {caseId}, {debtorType, select, company {et selskap} person {en privatperson} other {{debtorType}}} som skyldner i {where}, {claimType, select, unpaid_invoice {ubetalt faktura} loan_repayment {tilbakebetaling av lån} other {{claimType}}} på {amount}. Tilbud samles inn fram til {until} UTC. Svar "quote <prosent>% on case {caseId}" for å gi tilbud, eller "no quote on case {caseId}" for å stå over.',
  'lead.no_partners':
    'Lead {leadId} for sak {caseId} (åpnet {origin, select, decline {etter at den tildelte partneren avslo den} custom_terms {fordi den tildelte partneren tilbød egne vilkår} legal_escalation {for rettslig eskalering} other {fordi ingen eksklusiv partner dekker den}}) passer ikke med noen partner i {country}. Finn partnere til den manuelt.',
  'decline.needs_review':
    '{partnerName} avslo sak {caseId} ({debtorName}) med en begrunnelse som ikke passer i noen avslagskategori: "{reason}". Gå gjennom den og angi kategorien (løs gjennomgangen på sak {caseId}).',
  'decline.needs_review.doubt':
    '{partnerName} avslo sak {caseId} ({debtorName}) med begrunnelsen "{reason}". {doubt} Kreditor har ennå ikke fått noen begrunnelse. Gå gjennom den og angi kategorien (løs gjennomgangen på sak {caseId}).',
  'escalate.stop_for_legal':
    'Kreditor har tatt sak {caseId} ({debtorName}) videre rettslig etter den utenrettslige inndrivelsesperioden. Oppdraget ditt avsluttes som Pre-Legal Exhausted: stans all inndrivelse. Det juridiske nettverket gir nå tilbud på saken.',
  'escalate.done':
    'Sak {caseId} er eskalert til rettslig inndrivelse: {invited, plural, =0 {ingen partner i det juridiske nettverket dekker {country} ennå, så support leter etter en (lead {leadId})} one {# partner i det juridiske nettverket er invitert til å gi tilbud (lead {leadId})} other {# partnere i det juridiske nettverket er invitert til å gi tilbud (lead {leadId})}}{told, select, none {} other {; {told} har fått beskjed om å stanse inndrivelsen}}. Du får beskjed når tilbudene er klare.',
  'sharing.meaning':
    '{on, select, yes {når en partner avslår en av {whose, select, your {dine} other {dens}} saker, går saken til partnernettverket slik at andre partnere kan gi tilbud} other {når en partner avslår en av {whose, select, your {dine} other {dens}} saker, lukkes saken}}',
  'sharing.status':
    'Nettverksdeling er *{on, select, yes {på} other {av}}* for {own, select, yes {kontoen din} other {{creditorName}}}: {meaning}. {own, select, yes {Skriv "turn {on, select, yes {off} other {on}} network sharing" for å endre det.} other {Skriv "turn {on, select, yes {off} other {on}} network sharing for {creditorName}" for å endre det.}}',
  'sharing.now':
    'Nettverksdeling er nå {on, select, yes {slått på} other {slått av}} for {creditorName}. Fra nå av gjelder: {meaning}. Saker som er avslått tidligere, forblir som de er.',
  'sharing.changed_by_support':
    'Debitura support har slått {on, select, yes {på} other {av}} nettverksdeling for {creditorName}. Fra nå av gjelder: {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Tilbudet ditt {quoteId} ({pct} %) på sak {caseId} ({debtorName}) er valgt. Saken er tildelt deg og er Active: du kan starte arbeidet med en gang.',
  'quote.declined.other_partner':
    'Tilbudet ditt {quoteId} på sak {caseId} ble ikke valgt: kreditor valgte en annen partner. Du trenger ikke gjøre noe mer.',
  'quote.declined.pullback':
    'Tilbudet ditt {quoteId} på sak {caseId} ble ikke valgt: kreditor har bestemt seg for ikke å gå videre med noe tilbud. Du trenger ikke gjøre noe mer.',
  'lead.withdrawn':
    'Leadet på sak {caseId} er trukket tilbake av kreditor; det trengs ikke lenger noe tilbud.',
  'quote.selected_for_client':
    'Debitura support har valgt tilbud {quoteId} fra {partnerName} ({pct} % i suksesshonorar) på sak {caseId} ({debtorName}) på vegne av klienten din {clientName}. Saken ligger nå hos {partnerName} og er Active; du kan følge den med "status {caseId}".',

  // --- Round 2 (cat2a): refusals, questions, declining a case ---
  'perm.act.view': 'se den',
  'perm.act.accept': 'akseptere den',
  'perm.act.decline': 'avslå den',
  'perm.act.request_info': 'be om mer informasjon om den',
  'perm.act.offer_terms': 'tilby særskilte vilkår for den',
  'perm.act.register_payment': 'registrere en betaling på den',
  'perm.act.close': 'lukke den',
  'perm.act.withdraw': 'trekke den tilbake',
  'perm.act.answer_info': 'svare på informasjonsforespørselen om den',
  'perm.act.select_quote': 'velge et tilbud på den',
  'perm.act.pullback': 'trekke den tilbake',
  'perm.act.escalate': 'eskalere den',
  'perm.act.submit_quote': 'gi et tilbud på den',
  'perm.act.decline_to_quote': 'takke nei til leadet for den',
  'perm.act.resolve_review': 'avgjøre gjennomgangen av avslaget på den',
  'perm.act.message': 'skrive i sakschatten for den',
  'perm.act.read_messages': 'lese sakschatten for den',
  'perm.act.add_info': 'legge til informasjon i den',
  'perm.who.parties':
    'partene i sak {caseId} (partneren som arbeider med den, og dens kreditor eller forvaltende partner)',
  'perm.who.assigned': 'inkassopartneren som arbeider med sak {caseId}',
  'perm.who.creditor_or_managing':
    'kreditor i sak {caseId} (eller den forvaltende partneren som sendte den inn)',
  'perm.who.creditor': 'kreditor i sak {caseId}',
  'perm.who.lead': 'partnerne som er invitert til leadet for sak {caseId}',
  'perm.who.support': 'en supportmedarbeider',
  'perm.only': 'Bare {who} kan {act}.',
  'perm.refused.managing':
    'Du sendte inn sak {caseId} på vegne av klienten din, så du har bare lesetilgang: du kan følge den (skriv "status {caseId}") og skrive til partneren som arbeider med den, i sakschatten (skriv "message the partner on {caseId}: …"), men du kan ikke {act}.{partnerWork, select, yes {} other { Kontakt Debitura support for å handle på vegne av klienten din.}}',
  'perm.refused.creditor':
    '{only} Som kreditor kan du følge sak {caseId}, svare på partnerens spørsmål, trekke den tilbake eller velge blant tilbudene.',
  'perm.refused.assigned':
    '{only} Du arbeider med sak {caseId}: du kan registrere betalinger på den og lukke den med en avslutningskode.',
  'perm.refused.lead':
    'Sak {caseId} er et lead organisasjonen din er invitert til å gi tilbud på, ikke en sak som er tildelt deg, så du kan ikke {act}{decline, select, yes {: leads avslås ikke} other {}}. Skriv "quote <percent>% on case {caseId}" for å gi et tilbud; hvis du ikke vil ha den, takk nei med "no quote on case {caseId}".',
  'perm.refused.former':
    'Organisasjonen din har ikke lenger sak {caseId}, så du kan ikke {act}. Du kan fortsatt se statusen.',
  'perm.refused.support':
    'Support kan lese sak {caseId} og avgjøre gjennomganger av avslag, men bare {who} kan {act}.',
  'perm.refused.stranger': 'Sak {caseId} er ikke en av sakene dine, så du kan verken se eller endre den.',
  'case.not_found': 'Det finnes ingen sak {caseId}. Sjekk saksnummeret.',
  'case.which': 'Hvilken sak? Oppgi saksnummeret, for eksempel "case 123".',
  'ask.case': 'Hvilken sak mener du? Oppgi saksnummeret.',
  'ask.reason':
    'Hva er grunnen til at du avslår sak {caseId}? Vær konkret og saklig (for eksempel: "skyldnerselskapet ble oppløst i fjor").',
  'ask.code': 'Hvilken avslutningskode skal sak {caseId} lukkes med?',
  'ask.other_comment':
    'Å lukke sak {caseId} som *Other* krever en kommentar: hva skjedde? Jeg foreslår en mer presis kode hvis en passer.',
  'ask.amount': 'Hvor mye betalte skyldneren på sak {caseId}? Oppgi beløp og valuta, f.eks. "1200 EUR".',
  'ask.success_fee':
    'Hvilket suksesshonorar tilbyr du på sak {caseId}, i prosent av det som inndrives? (f.eks. "18%")',
  'ask.answer': 'Hvilken informasjon sender du partneren om sak {caseId}?',
  'ask.category':
    'Hvilken avslagskategori passer til avslaget på sak {caseId}? Nevn én, f.eks. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    'Hvilket tilbud på sak {caseId} velger du? Oppgi tilbudsnummeret (skriv "quotes on {caseId}" for å se dem).',
  'ask.message':
    'Hva er meldingen din om sak {caseId}? Den går til den andre parten i sakschatten og lagres på saken.',
  'ask.information':
    'Hvilken informasjon legger du til i sak {caseId}? For eksempel skyldnerens nye adresse, eller det som manglet.',
  'decline.plan':
    'Avslå sak {caseId} {category, select, none {til manuell gjennomgang hos support (grunnen passer ikke i noen kategori, eller saken underbygger den ikke)} other {som *{label}*}}. {who, select, managing {Den forvaltende partneren} other {Kreditor}} får beskjed; {sharing, select, yes {saken går til partnernettverket for tilbud.} other {nettverksdeling er slått av, så saken lukkes som Case never started.}}',
  'decline.plan.doubt':
    '{doubt} Support sjekker grunnen før {who, select, managing {den forvaltende partneren} other {kreditor}} får vite hvorfor.',
  'decline.plan.told':
    '{who, select, managing {Den forvaltende partneren} other {Kreditor}} får en melding som forklarer avslaget.',
  'decline.plan.assignment':
    'Oppdraget ditt avsluttes som Case never started, noe som ikke teller mot poengsummen din.',
  'decline.plan.lead': 'Et lead åpnes for partnernettverket (uten deg), og saken er Collecting Quotes.',
  'decline.plan.closed': 'Saken er Closed som Case never started.',
  'decline.plan.review': 'Support går gjennom grunnen og setter kategorien.',
  'decline.done':
    'Sak {caseId} avslått {category, select, none {(support går gjennom grunnen)} other {som {label}}}; {who, select, managing {den forvaltende partneren} other {kreditor}} har fått beskjed, og {next, select, closed {nettverksdeling er slått av, så den er Closed som Case never started} searching {den er Collecting Quotes, men ingen partner i nettverket dekker den ennå, så support leter etter en (lead {leadId})} lead {den er Collecting Quotes fra partnernettverket (lead {leadId})} other {den er Collecting Quotes fra partnernettverket}}.{doubt}',
  'decline.doubt': 'Grunnen lyder som "{label}", men {why}',
  'decline.doubt.below_minimum':
    'sak {caseId} er på {amount}, som er på eller over partnerens minimum på {minimum}.',
  'decline.doubt.out_of_jurisdiction': 'skyldneren er i {where}, som partneren dekker.',
  'decline.doubt.duplicate': 'det finnes ingen annen sak fra denne kreditoren mot denne skyldneren.',
  'category.label.conflict_of_interest': 'Interessekonflikt',
  'category.label.custom_terms_requested': 'Særskilte vilkår ønsket',
  'category.label.below_minimum': 'Under minimumsbeløpet',
  'category.label.untraceable_debtor': 'Skyldneren kan ikke spores',
  'category.label.out_of_jurisdiction': 'Utenfor jurisdiksjonen',
  'category.label.time_barred': 'Foreldet',
  'category.label.regulatory_restriction': 'Regulatorisk begrensning',
  'category.label.sanctions_legal_block': 'Sanksjoner eller rettslig hinder',
  'category.label.misclassified_not_prelegal': 'Feilklassifisert',
  'category.label.insolvency_or_ceased': 'Insolvens eller opphørt',
  'category.label.duplicate': 'Duplikat',
  'category.label.missing_information': 'Mangler vesentlige opplysninger',
  'category.label.fraud_risk': 'Risiko for svindel',

  // --- Round 2 (cat2a): the engine's own sentences ---
  'engine.choice_expired': 'Dette valget er allerede brukt eller har utløpt; ingenting mer ble gjort.',
  'engine.choice_not_yours':
    'Bare {known, select, yes {{name}} other {den som spurte}} kan svare på dette; det var deres forespørsel. Ingenting ble endret.',
  'engine.choice_used': 'Dette valget er allerede brukt; ingenting mer ble gjort.',
  'engine.choice_unknown': 'Jeg forsto ikke det valget.',
  'engine.cannot_do':
    'Jeg kan ennå ikke utføre "{action}" fra chatten. Skriv "help" for å se hva jeg kan gjøre.',
  'engine.no_longer': 'Den kommandoen er ikke lenger tilgjengelig.',
  'engine.carried_out': 'Bekreftet og utført{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell':
    'Fortell meg hva som skjedde i saken, så foreslår jeg avslutningskoden som passer.',
  'engine.need_more':
    'Jeg trenger litt mer å gå ut fra: {missing, select, none {hva du vil gjøre} other {{missing}}}. Skriv "help" for eksempler.',
  'engine.need_argument': 'Jeg trenger {missing} for å gå videre.',
  'engine.failed':
    'Beklager, noe gikk galt hos meg, og ingenting ble endret. Prøv igjen om litt; kontakt support hvis det fortsetter.',
  'platform.unreachable':
    'Jeg når ikke saksplattformen akkurat nå; ingenting ble endret. Prøv igjen om et minutt.',
  'platform.too_slow':
    'Saksplattformen svarer for sakte akkurat nå; ingenting ble endret. Prøv igjen om et minutt.',

  // --- Round 2 (cat2a): payments and information requests ---
  'payment.plan': 'Registrer en betaling på *{amount}* på sak {caseId} ({debtorName}).',
  'payment.plan.effect':
    'Betalingen registreres; lukk saken som Paid eller Partially paid når innkrevingen er ferdig.',
  'payment.done':
    'Betaling på {amount} registrert på sak {caseId}; {total} betalt så langt. Lukk den som Paid eller Partially paid når du er ferdig.',
  'payment.zero': 'En betaling må være større enn null.',
  'payment.currency':
    'Sak {caseId} er i {caseCurrency}, så registrer betalingen i {caseCurrency} (regn om beløpet i {currency} først).',
  'info.plan':
    'Be {who, select, managing {den forvaltende partneren} other {kreditor}} om mer informasjon om sak {caseId}: "{question}"',
  'info.plan.effect':
    'Saken blir Needs Additional Details til de svarer, og går deretter tilbake til Pending Verification.',
  'info.done':
    'Sak {caseId} er Needs Additional Details; {who, select, managing {den forvaltende partneren} other {kreditor}} har fått spørsmålet: "{question}"',

  // --- Round 2 (cat2a): withdrawing a case ---
  'withdraw.plan.within':
    'Trekk tilbake sak {caseId} ({debtorName}) innenfor innkrevingsperioden (til og med {day}).',
  'withdraw.plan': 'Trekk tilbake sak {caseId} ({debtorName}).',
  'withdraw.effect.paused': 'Saken settes på pause, og partneren lukker den.',
  'withdraw.effect.fee': 'Fullt suksesshonorar og innkrevingskostnader påløper.',
  'withdraw.effect.closed':
    'Saken lukkes straks som Withdrawn by Client, og partneren får beskjed om å stanse all innkreving.',
  'withdraw.done.paused':
    'Sak {caseId} er satt på pause; {known, select, yes {{partnerName}} other {partneren}} lukker den. Siden det skjer innenfor innkrevingsperioden, påløper fullt suksesshonorar og innkrevingskostnader.',
  'withdraw.done.closed':
    'Sak {caseId} er lukket som Withdrawn by Client; {known, select, yes {{partnerName}} other {partneren}} har fått beskjed om å stanse all innkreving.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'Lead {leadId} er Closed ({outcome})',
  'quotes3.lead.ready': 'Lead {leadId} har tilbud klare',
  'quotes3.lead.status': 'Lead {leadId} er {status}',
  'quotes3.lead.not_selectable': '{lead}, så det kan ikke lenger velges noe tilbud.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, så det kan ikke lenger velges noe tilbud. Saken ligger allerede hos den valgte partneren.',
  'quotes3.lead.not_sent':
    '{lead}: Det er ennå ikke sendt til partnere, så det finnes ingen tilbud å velge. Vent til tilbudene kommer inn.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, så det er ingenting å trekke tilbake.',
  'quotes3.list.title': 'Tilbud på sak {caseId}',
  'quotes3.list.none': '{lead}. Ingen tilbud ennå.',
  'quotes3.list.line':
    '• Tilbud {quoteId} fra {partnerName}: {pct} % suksesshonorar{fixed, select, yes { + {fixedFee} i fast gebyr} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status, select, sent {sendt} accepted {akseptert} declined {avslått} other {{status}}}',
  'quotes3.list.hint.support':
    'For å velge ett på klientens vegne kan du for eksempel skrive "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor':
    'For å velge ett kan du for eksempel skrive "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown': 'Tilbud {quoteId} er ikke et tilbud på sak {caseId}. Tilbudene på den er {ids}.',
  'quotes3.select.unknown.none':
    'Tilbud {quoteId} er ikke et tilbud på sak {caseId}. Saken har ingen tilbud ennå.',
  'quotes3.select.already':
    'Tilbud {quoteId} fra {partnerName} er allerede valgt; sak {caseId} ligger hos dem.',
  'quotes3.select.declined': 'Tilbud {quoteId} er avslått og kan ikke lenger velges.',
  'quotes3.select.not_collecting':
    'Sak {caseId} er {status} og innhenter ikke tilbud, så det kan ikke velges noe tilbud på den.',
  'quotes3.select.plan': 'Velg tilbud {quoteId} fra {partnerName} ({pct} % suksesshonorar) for sak {caseId}.',
  'quotes3.select.plan.behalf':
    'Velg tilbud {quoteId} fra {partnerName} ({pct} % suksesshonorar) for sak {caseId} på vegne av klienten {clientName}, sendt inn av {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'Sak {caseId} tildeles {partnerName} og blir Active; de blir bedt om å starte.',
  'quotes3.select.plan.others':
    '{count, plural, one {Det andre tilbudet avslås, og partneren får beskjed.} other {De øvrige # tilbudene avslås, og partnerne deres får beskjed.}}',
  'quotes3.select.plan.history':
    'Sakshistorikken registrerer valget som gjort av support på vegne av {clientName}; {managingPartnerName} (den forvaltende partneren) får beskjed.',
  'quotes3.select.done': 'Tilbud {quoteId} er valgt: Sak {caseId} ligger nå hos {partnerName} og er Active.',
  'quotes3.select.done.behalf':
    'Tilbud {quoteId} er valgt på vegne av {clientName}: Sak {caseId} ligger nå hos {partnerName} og er Active.',
  'quotes3.select.done.others':
    '{count, plural, one {# annet tilbud ble avslått, og partneren har fått beskjed.} other {# andre tilbud ble avslått, og partnerne deres har fått beskjed.}}',
  'quotes3.select.done.told': '{name} har fått beskjed.',
  'quotes3.pullback.closed': 'Sak {caseId} er allerede lukket, så det er ingenting å trekke tilbake.',
  'quotes3.pullback.plan': 'Trekk sak {caseId} tilbake fra tilbudsprosessen uten å velge et tilbud.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {Tilbudet avslås} other {Alle # tilbudene avslås}}, og partnerne får beskjed.',
  'quotes3.pullback.plan.none':
    'Det har ikke kommet inn noe tilbud; de inviterte partnerne får beskjed om at leadet er trukket tilbake.',
  'quotes3.pullback.plan.closed': 'Sak {caseId} lukkes som Withdrawn by Client.',
  'quotes3.pullback.done':
    'Sak {caseId} er trukket tilbake: {count, plural, =0 {} one {# tilbud ble avslått, og partnerne har fått beskjed; } other {# tilbud ble avslått, og partnerne har fått beskjed; }}saken er lukket som Withdrawn by Client.',
  'quotes3.partner_unknown': 'Partnerorganisasjonen din er ikke kjent for plattformen.',
  'quotes3.pass.plan': 'Stå over sak {caseId}: organisasjonen din gir ikke tilbud på lead {leadId}.',
  'quotes3.pass.plan.final': 'Du kan ikke gi tilbud på dette leadet etterpå.',
  'quotes3.pass.plan.last':
    'Du er den siste inviterte partneren som svarer: innhentingen av tilbud avsluttes nå.',
  'quotes3.pass.done': 'Notert: du gir ikke tilbud på sak {caseId}.',
  'quotes3.pass.done.all':
    'Notert: du gir ikke tilbud på sak {caseId}. Alle inviterte partnere har takket nei, så leadet lukkes, og kreditor får beskjed.',
  'quotes3.quote.partners_only':
    'Bare inkassopartnere som er invitert til leadet på sak {caseId}, kan gi tilbud eller takke nei til å gi tilbud på den.',
  'quotes3.quote.not_invited':
    'Organisasjonen din er ikke invitert til å gi tilbud på sak {caseId}, så den kan ikke gi tilbud på den. Bare partnere som er invitert til et lead, kan gi tilbud.',
  'quotes3.quote.plan':
    'Gi tilbud med et suksesshonorar på {pct} %{fixed, select, yes { pluss et fast gebyr på {fixedFee}} other {}} på sak {caseId} (lead {leadId}).',
  'quotes3.quote.plan.seen':
    'Kreditor ser tilbudet ditt sammen med de andre når innhentingen av tilbud avsluttes.',
  'quotes3.quote.plan.once': 'Hver partner gir ett tilbud: det kan ikke endres etterpå.',
  'quotes3.quote.done':
    'Tilbud {quoteId} ({pct} %) er levert for sak {caseId}. Kreditor ser det når innhentingen av tilbud avsluttes.',
  'quotes3.quote.done.ended':
    'Tilbud {quoteId} ({pct} %) er levert for sak {caseId}. Innhentingen av tilbud er avsluttet, og kreditor velger nå.',
  'quotes3.terms.fee_range':
    'Et suksesshonorar på {pct} % er ikke mulig. Oppgi en prosentsats over 0 og høyst 100, f.eks. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative':
    'Et fast gebyr kan ikke være negativt. Utelat det, eller oppgi et beløp ≥ 0.',
  'quotes3.can_quote.not_invited':
    'Organisasjonen din er ikke invitert til å gi tilbud på lead {leadId}, så den kan ikke gi tilbud på det. Bare inviterte partnere kan gi tilbud.',
  'quotes3.can_quote.already':
    'Organisasjonen din har allerede gitt tilbud på {pct} % på lead {leadId} (tilbud {quoteId}); hver partner gir ett tilbud.',
  'quotes3.can_quote.passed':
    'Organisasjonen din har allerede takket nei til å gi tilbud på lead {leadId}, så den kan ikke gi tilbud nå.',
  'quotes3.can_quote.closed':
    '{lead}; det tar ikke lenger imot tilbud, så det kan ikke legges til noe tilbud.',
  'quotes3.can_pass.not_invited':
    'Organisasjonen din er ikke invitert til å gi tilbud på lead {leadId}, så det er ingenting å takke nei til.',
  'quotes3.can_pass.already':
    'Organisasjonen din har allerede {answer, select, quoted {gitt tilbud} other {takket nei til å gi tilbud}} på lead {leadId}.',
  'quotes3.can_pass.closed': '{lead}; det tar ikke lenger imot tilbud.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'Ny sak {caseId} til verifisering{submitted, select, yes {, sendt inn av {partnerName} for {clientName}} other {}}: {debtorName} ({debtorType, select, company {selskap} person {privatperson} other {{debtorType}}}, {where}), {claimType, select, unpaid_invoice {ubetalt faktura} loan_repayment {tilbakebetaling av lån} other {{claimText}}} på {amount}. Godta den, be om mer informasjon, tilby egne vilkår eller avslå den med en begrunnelse.',
  'notices3.verification_reminder':
    'Påminnelse: sak {caseId} ({debtorName}, {amount}) har ventet {days} virkedager på verifiseringen deres. Godta den, avslå den med en begrunnelse, eller be kreditor om mer informasjon.',
  'notices3.withdrawal_paused':
    'Klienten har bedt om å trekke tilbake sak {caseId} ({debtorName}) innenfor innfordringsperioden, så saken er satt på pause. Fullt suksesshonorar og innfordringskostnader påløper. Lukk saken med riktig lukkekode og utsted eventuelle aktuelle fakturaer.',
  'notices3.withdrawal_stop':
    'Klienten har trukket tilbake sak {caseId} ({debtorName}){after, select, yes { etter innfordringsperioden} other {}}, så den er lukket som Withdrawn by Client. Stans all innfordring i saken. Det kreves ingen videre handling fra dere.',
  'notices3.custom_terms_offered':
    '{partnerName} har tilbudt egne vilkår på sak {caseId} ({debtorName}): et suksesshonorar på {pct} %{hasTerms, select, yes { ({terms})} other {}}. Saken samler nå inn tilbud; dere får beskjed når de er klare til å velges mellom.',
  'notices3.payment_registered':
    '{partnerName} har registrert en betaling på {amount} på sak {caseId} ({debtorName}). Betalt hittil: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks ---
  'cases3.close.plan':
    'Lukk sak {caseId} ({debtorName}) som *{code}*{hasComment, select, yes { med kommentaren "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Registrer en betaling på *{amount}* på sak {caseId} ({debtorName}) og lukk den som *{code}*{hasComment, select, yes { med kommentaren "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'Betalingen på {amount} registreres først, i samme steg: hvis lukkingen avvises, registreres ingen betaling.',
  'cases3.close.effect.payout':
    'Det opprettes en utbetaling på {total}: {creditorAmount} til kreditor, {partnerAmount} til deg ({pct} % provisjon).',
  'cases3.close.effect.told':
    '{who, select, managing {Den forvaltende partneren} other {Kreditor}} får beskjed om utfallet.',
  'cases3.close.effect.suggestion': 'Forslaget *{code}* deles med close-code-teamet.',
  'cases3.close.done':
    'Sak {caseId} er lukket (Closed) som {code}.{payout, select, yes { Utbetaling opprettet: {creditorAmount} til kreditor, {partnerAmount} til deg.} other {}} {who, select, managing {Den forvaltende partneren} other {Kreditor}} har fått beskjed.',
  'cases3.close.not_paid':
    'Det er betalt {paid} av {full} på sak {caseId}, så den er ikke Paid: Paid gjelder hele det utestående beløpet. Vil du lukke den som Partially paid i stedet? Hvis resten har kommet inn, avbryt og registrer først de resterende {rest} ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'Det er betalt {paid} på sak {caseId}, hele det utestående beløpet på {full}, så den er Paid og ikke Partially paid. Vil du lukke den som Paid i stedet?',
  'cases3.score.success':
    '{name} er en suksesskode: den teller ikke mot poengsummen din og oppretter utbetalingen fordelt etter avtalt provisjonssats.',
  'cases3.score.partner_decline':
    '{name} er en avvisningskode for partner: den teller verken mot engasjementsmultiplikatoren eller innkrevingspoengsummen din.',
  'cases3.score.client_decision':
    '{name} er en kode for klientbeslutning: den teller for øyeblikket mot innkrevingspoengsummen din, selv om lukkingen skyldes klientens beslutning og ikke din innsats (en kjent begrensning).',
  'cases3.score.process_completion':
    '{name} er en kode for avsluttet prosess: den registreres og påvirker prestasjonspoengsummen din.',
  'cases3.score.fallback':
    'Other er reservekoden: den registreres, påvirker prestasjonspoengsummen din og krever en kommentar; velg en spesifikk kode når en passer.',
  'cases3.status.head':
    'Sak {caseId} ({debtorName}, {amount}) er {status}{closed, select, yes { som {code}} other {}}.',
  'cases3.status.partner': 'Partner: {partnerName}.',
  'cases3.status.period.running': 'Innkrevingsperioden løper til og med {day}.',
  'cases3.status.period.ended': 'Innkrevingsperioden endte {day}.',
  'cases3.status.paid': 'Betalt så langt: {amount}.',
  'cases3.status.lead': '{lead} med {count} av {expected} forventede tilbud{window}.',
  'cases3.status.window.running': '; tilbud hentes inn til og med {day}',
  'cases3.status.window.ended': '; innhentingen av tilbud endte {day}',
  'cases3.status.own_quote':
    'Tilbudet ditt {quoteId} ({pct} % suksesshonorar) ligger på den, status {status}.',
  'cases3.status.passed': 'Organisasjonen din har takket nei til dette leadet.',
  'cases3.status.invited':
    'Organisasjonen din er invitert til å gi tilbud: skriv "quote <percent>% on case {caseId}", eller "no quote on case {caseId}" for å takke nei.',
  'cases3.tasks.forbidden':
    'Oppgaver er sakene en partner skal verifisere. For sakene du kan se, skriv "my cases".',
  'cases3.tasks.legal':
    'Du har ingen saker å verifisere: som partner i det juridiske nettverket mottar du leads og velger om du vil gi tilbud, så ingenting venter på deg i Pending Verification.',
  'cases3.tasks.none': 'Du har ingen saker som venter på verifisering.',
  'cases3.tasks.count':
    '{count, plural, one {# sak venter} other {# saker venter}} på at du verifiserer (eldste først):',
  'cases3.tasks.item':
    '• Sak {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { Kreditor har svart på forespørselen din om mer informasjon: les svaret først.} other {}} Godta ("accept {caseId}"), avvis med en begrunnelse ("decline {caseId}, <reason>") eller be om mer informasjon ("request info on {caseId}").',
  'cases3.tasks.wait':
    'har ventet {under, select, yes {mindre enn 1 virkedag} other {{days, plural, one {# virkedag} other {# virkedager}}}}{late, select, yes { (forfalt)} other {}}',
  'cases3.tasks.waiting': 'Venter på kreditors svar på forespørselen din om mer informasjon: {cases}.',
  'cases3.tasks.case': 'sak {caseId}',
  'cases3.tasks.speed':
    'Svartiden din: en median på {median} virkedager for å verifisere en sak, over {count, plural, one {# sak} other {# saker}} de siste {window} dagene.',
  'cases3.tasks.speed.none': 'Svartiden din: ingen sak verifisert de siste {window} dagene ennå.',
  'cases3.list.none': 'Du har ingen {status, select, any {saker} other {saker i {status}}}.',
  'cases3.list.head':
    'Sakene dine{status, select, any {} other { i {status}}} ({count}{full, select, yes {, nyeste først} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'Ingen avvisninger venter på manuell gjennomgang.',
  'cases3.reviews.head': 'Avvisninger som venter på manuell gjennomgang ({count}):',
  'cases3.reviews.item': '• sak {caseId}: "{reason}"',
  'cases3.review.plan': 'Registrer avvisningen av sak {caseId} ("{reason}") som *{category}*.',
  'cases3.review.effect':
    'Den manuelle gjennomgangen avsluttes, og den avvisende partneren får vite kategorien.',
  'cases3.review.done': 'Avvisningen av sak {caseId} er registrert som {category}.',
  'cases3.review.none': 'Sak {caseId} har ingen avvisning som venter på manuell gjennomgang.',
  'cases3.answer.plan': 'Send svaret ditt om sak {caseId} til partneren.',
  'cases3.answer.effect': 'Saken går tilbake til Pending Verification, og partneren får beskjed.',
  'cases3.answer.done': 'Takk. Sak {caseId} er tilbake hos partneren for verifisering.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} har lukket sak {caseId} ({debtorName}) som {code}.{payout, select, yes { {total} er innfordret: {creditorAmount} utbetales til dere.} other {}}{hasComment, select, yes { Kommentar: {comment}} other {}}',
  'notices4.closecode_suggestion':
    'Sak {caseId} ble lukket som Other av {partnerName} med kommentaren "{comment}". Foreslått kode: {code}.',
  'notices4.no_quote_alert':
    'Sak {caseId} ({creditorName}, skyldner {debtorName}) ble avslått {day} og har ikke fått noe tilbud på {days} virkedager (lead {leadId}). Avslagsgrunn: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Lead: {leadState}; {invited, plural, one {# partner} other {# partnere}} invitert ({declinedToQuote} har takket nei, {waiting} har ikke svart); 0 tilbud så langt; tilbudsvinduet {window}. Kreditor har fått beskjed om å kontakte support. Følg opp med kreditor.',
  'notices4.no_quote_alert.uncategorised': 'ikke kategorisert (manuell gjennomgang hos support)',
  'notices4.no_quote_alert.no_decline': 'ingen avslag registrert',
  'notices4.lead_state':
    '{state, select, open {Åpen} qualified {Kvalifisert} winner {lukket (tilbud valgt)} pullback {lukket (trukket tilbake)} expired {lukket (utløpt)} declined_options {lukket (ingen tilbud)} other {Lukket}}',
  'notices4.window.ended': 'stengte {day} kl. {time} UTC',
  'notices4.window.ends': 'stenger {day} kl. {time} UTC',
  'notices4.window.none': 'ikke startet (leadet er ikke kvalifisert ennå)',
  'notices4.decline_reviewed':
    'Support har gått gjennom avslaget deres på sak {caseId} ("{reason}") og registrert det som {category}.',
  'notices4.info_answered':
    'Informasjonen dere ba om på sak {caseId} ({debtorName}), har kommet: {answer} Saken er tilbake i Pending Verification: godta den, avslå den eller tilby egne vilkår.',
  'notices4.period_ended_partner':
    'Innfordringsperioden for sak {caseId} gikk ut {day}. Hvis kreditor trekker saken tilbake nå, lukkes den straks. Når alle utenrettslige innfordringsmuligheter er uttømt, lukker dere den som Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'skyldneren (privatperson)',
  'subject.case.closed': 'lukket',
  'subject.case.info_answered': 'spørsmålet deres er besvart',
  'subject.decline.reviewed': 'avslaget er gjennomgått',
  'subject.case.collection_period_ended': 'innfordringsperioden er over',
  'support4.user_unknown': 'Det finnes ingen plattformbruker "{ref}".',
  'support4.identity.already': '{account} er allerede koblet til {name}.',
  'support4.identity.taken':
    '{account} er koblet til {known, select, yes {{name} ({handle})} other {en annen bruker}}; fjern koblingen først ("unlink {account}").',
  'support4.identity.plan': 'Koble {account} til {name}{hasOrg, select, yes { hos {org}} other {}}?',
  'support4.identity.plan.effect':
    'Den som bruker kontoen, er deretter {name} ({handle}, {role, select, support {support} partner {partner} creditor {kreditor} other {{role}}}) for assistenten.',
  'support4.identity.linked': '{account} er nå koblet til {name}.',
  'support4.identity.not_linked': '{account} er ikke koblet til noen.',
  'support4.identity.unlink_plan': 'Fjerne koblingen mellom {account} og {name}?',
  'support4.identity.unlink_effect': 'Personen kan da ikke lenger bruke assistenten fra den kontoen.',
  'support4.identity.unlinked': 'Koblingen mellom {account} og {name} er fjernet.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': '{who} har ingen koblet chatkonto.',
  'support4.identity.list': '{who} er koblet til: {accounts}.',
  'support4.link_code':
    'Koblingskode for {name} ({handle}): *{code}*, gjelder én gang i {hours, plural, one {# time} other {# timer}}. Gi den til personen privat; vedkommende skriver `link {code}` til boten.',
  'support4.ask.person': 'Hvem mener du? Oppgi personen med brukernavn (handle) eller e-postadresse.',
  'support4.ask.account':
    'Hvilken chatkonto? Skriv den som "slack T123/U456", "teams <tenant>/<user id>" eller "console <handle>".',
  'support4.ask.notice': 'Hvilket varsel? Oppgi nummeret, f.eks. "requeue notice 42".',
  'support4.ask.channel': 'Hvilken kanal? Skriv for eksempel "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface':
    'Oppgi om det er en Slack- eller en Teams-kanal: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Bare support kan registrere eller avregistrere en kanal. Be support om å gjøre det for organisasjonen deres.',
  'support4.channel.not_channel': 'Det er ikke en kanal: bare kanaler og gruppechatter kan registreres.',
  'support4.channel.no_partner': 'Det finnes ingen partner {id}.',
  'support4.channel.no_creditor': 'Det finnes ingen kreditor {id}.',
  'support4.channel.no_org': 'Det finnes ingen partner eller kreditor som heter "{owner}".',
  'support4.channel.ambiguous': '"{owner}" kan være {names}: oppgi hele navnet.',
  'support4.or': ' eller ',
  'support4.channel.plan':
    'Registrere {surface}-kanalen {channelId} som {support, select, yes {supportkanalen} other {egen kanal for {name}}}?',
  'support4.channel.effect.support':
    'Saksoppslag fra supportmedarbeidere der besvares synlig for alle i kanalen; alle andres forblir private.',
  'support4.channel.effect.org':
    'Saksoppslag fra organisasjonens egne folk der besvares synlig for alle i kanalen; alle andres forblir private.',
  'support4.channel.unregister_plan': 'Avregistrere {surface}-kanalen {channelId}?',
  'support4.channel.unregister_effect': 'Saksoppslag der besvares deretter bare til den som spør.',
  'support4.channel.registered':
    'Kanalen er nå registrert som {support, select, yes {supportkanalen: saksoppslag fra supportmedarbeidere} other {egen kanal for {name}: saksoppslag fra folk hos {name}}} besvares synlig for alle i kanalen. Alle andres er fortsatt bare synlige for dem selv.',
  'support4.channel.unregistered':
    'Kanalen er ikke lenger registrert: saksoppslag her besvares bare til den som spør.',
  'support4.channel.was_not': 'Kanalen var ikke registrert; saksoppslag her besvares bare til den som spør.',
  'support4.parked.none': 'Ingen varsler er parkert: alle er levert eller på vei.',
  'support4.parked.head': 'Parkerte varsler ({total}), de som har ventet lengst først:',
  'support4.parked.line':
    '• varsel {id}: "{subject}" til {type, select, channel {{name}} creditor {kreditor {name}} partner {partner {name}} other {bruker {name}}}, parkert siden {when}: {reason}',
  'support4.parked.more': '…og {count} til (de som har ventet lengst, vises).',
  'support4.parked.fix':
    'Rett årsaken (koble personen, legg til en e-postadresse), og skriv deretter "requeue notice <number>".',
  'support4.parked.delivered': 'Varsel {id} er allerede levert{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting': 'Varsel {id} er ikke parkert: det venter allerede på å bli sendt.',
  'support4.parked.unknown': 'Det finnes ikke noe varsel {id}.',
  'support4.parked.plan': 'Sende varsel {id} ("{subject}") på nytt?',
  'support4.parked.plan.why': 'Det ble parkert fordi: {reason}.',
  'support4.parked.plan.no_reason': 'ingen årsak registrert',
  'support4.parked.plan.effect':
    'Utboksen prøver igjen nå; de som allerede har fått det, får det ikke to ganger.',
  'support4.parked.done': 'Varsel {id} ("{subject}") står i kø igjen og sendes straks.',
  'support4.link.unknown':
    'Koblingskoden er ikke gyldig. Sjekk den mot den du fikk (koder ser ut som K7MQ-3PXA), eller be support om en ny.',
  'support4.link.expired': 'Koblingskoden har utløpt. Be support om en ny.',
  'support4.link.used':
    'Koblingskoden er allerede brukt: hver kode kobler én konto, én gang. Be support om en ny.',
  'support4.link.already_linked':
    'Denne chatkontoen er allerede koblet til en plattformbruker, så koden ble ikke brukt. Skriv "help" for å se hva jeg kan gjøre.',
  'support4.link.email_none': 'Ingen plattformbruker passer med e-postadressen din.',
  'support4.link.email_already':
    'Denne chatkontoen er allerede koblet til en plattformbruker. Skriv "help" for å se hva jeg kan gjøre.',
  'support4.link.done':
    'Ferdig: denne {surface}-kontoen er nå koblet til *{name}*{hasOrg, select, yes { hos {org}} other {}}. Skriv "help" for å se hva jeg kan gjøre for deg.',
  'support4.link.offer':
    'Hei! Denne {surface}-kontoen er ikke koblet til innfordringsplattformen ennå. E-postadressen din tilhører *{name}*{hasOrg, select, yes { hos {org}} other {}}: er det deg? Skriv "yes" eller trykk på *{button}* for å koble den; hvis det ikke er deg, se bort fra dette og kontakt support.',
  'support4.link.button': 'Koble denne kontoen',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    'Hvilket suksesshonorar foreslår du for sak {caseId}? Skriv f.eks. "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    'Et suksesshonorar på {pct} % er ikke mulig; oppgi en prosentsats over 0 og høyst 100.',
  'chat4.terms.plan':
    'Tilby egne vilkår på sak {caseId}: et suksesshonorar på *{pct} %*{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead': 'Saken blir et lead med tilbudet ditt på og går til Collecting Quotes.',
  'chat4.terms.effect.told':
    '{who, select, managing {Den forvaltende partneren} other {Kreditor}} får beskjed og velger et tilbud.',
  'chat4.terms.done':
    'Tilbudet ditt på {pct} % ligger på lead {leadId}; sak {caseId} er Collecting Quotes, og {who, select, managing {den forvaltende partneren} other {kreditor}} har fått beskjed.',
  'chat4.chat.nobody':
    'Ingen inkassopartner arbeider med sak {caseId} nå (den er {status}), så det er ingen å skrive til i sakschatten. {closed, select, yes {Skriv "add information to case {caseId}: …" for å få den sendt inn på nytt eller spørre om den, så ser support det.} other {Skriv "add information to case {caseId}: …" for å gi partnerne som vurderer den, mer informasjon.}}',
  'chat4.chat.empty': 'Skriv meldingen til sak {caseId}.',
  'chat4.chat.too_long':
    'Meldingen er på {length, number} tegn; en melding på en sak kan være på høyst {max, number}. Gjør den kortere, eller send den i flere deler.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {forvaltende partner} assigned_partner {inkassopartner} creditor {kreditor} support {support} other {partner}})',
  'chat4.chat.notice':
    'Melding om sak {caseId} ({debtorName}) fra {from}: «{text}» Skriv "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …" for å svare; "messages on {caseId}" viser sakschatten.',
  'chat4.chat.sent':
    'Sendt til {name} på sak {caseId}; de får beskjed nå. Skriv "messages on {caseId}" for å se sakschatten.',
  'chat4.chat.the_partner': 'partneren',
  'chat4.chat.title': 'Sak {caseId}: chat',
  'chat4.chat.none': 'Ingen meldinger på sak {caseId} ennå.',
  'chat4.chat.how':
    '{write, select, reply {Skriv "reply on {caseId}: …" for å skrive.} other {Skriv "message the partner on {caseId}: …" for å skrive.}}',
  'chat4.chat.head': 'Sakschat for sak {caseId} ({debtorName}), eldste først:',
  'chat4.chat.platform': 'Plattformen',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {la til informasjon: {hasText, select, yes {«{text}»} other {}}} request_info {ba om mer informasjon{hasText, select, yes {: «{text}»} other {}}} answer_info {besvarte forespørselen om informasjon: {hasText, select, yes {«{text}»} other {}}} other {{hasText, select, yes {«{text}»} other {}}}}',
  'chat4.info.waiting':
    'Partneren som arbeider med sak {caseId}, venter på svaret ditt: skriv "answer {caseId}: …", så går saken tilbake til dem.',
  'chat4.info.has_partner':
    'En inkassopartner arbeider med sak {caseId} ({status}): skriv til dem i sakschatten med "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {Den forvaltende partneren} other {Kreditor}} ({name}) har lagt til informasjon på sak {caseId} ({debtorName}), {status}: «{text}»{next, select, closed { Saken ble lukket etter en avvisning: de ønsker kanskje å få den sendt inn på nytt.} told { {count, plural, one {Partneren som vurderer leadet, har} other {De # partnerne som vurderer leadet, har}} fått beskjed.} other { Ingen partner vurderer den nå.}}',
  'chat4.info.partner':
    '{who, select, managing {Den forvaltende partneren} other {Kreditor}} har lagt til informasjon på sak {caseId} ({debtorName}), som du er med på leadet til: «{text}» "status {caseId}" viser saken.',
  'chat4.info.done':
    'Lagt til på sak {caseId}: {count, plural, =0 {support har fått beskjed} one {support og partneren som vurderer den, har fått beskjed} other {support og de # partnerne som vurderer den, har fått beskjed}}.{closed, select, yes { Saken er lukket; support kommer tilbake til deg om å sende den inn på nytt.} other {}} Skriv "messages on {caseId}" for å se det på saken.',
  'chat4.engine.confirm_title': 'Bekreft',
  'chat4.engine.sure_title': 'Er du sikker?',
  'chat4.engine.confirm_desc': 'Bekreft: {action}',
  'chat4.engine.cancel_desc': 'Avbryt: la være å {action}',
  'chat4.engine.choose_desc': 'Velg {label}{caseId, select, none {} other { for sak {caseId}}}',
  'chat4.engine.form_choice_desc': '{form} som {label}',
  'chat4.engine.settled': '{outcome} av {name}',
  'chat4.engine.settled_at': 'kl.',
  'chat4.engine.too_long':
    'Meldingen er for lang for meg: jeg leser forespørsler på opptil {max, number} tegn. Send forespørselen for seg selv, med en kort begrunnelse.',
  'chat4.engine.late':
    'Spørsmålet som "{n}" ville besvare ({question}?), {used, select, yes {er allerede besvart eller avbrutt} other {har utløpt}}, så ingenting ble valgt og ingenting ble endret.{example}',
  'chat4.engine.late.earlier': 'et tidligere spørsmål',
  'chat4.engine.late.quote':
    'Skriv for eksempel "go with quote {quoteId} on case {caseId}" for å velge et tilbud, eller "quotes on {caseId}" for å se dem igjen.',
  'chat4.engine.quote_choice':
    'Tilbud {quoteId}: {partnerName}, {pct} %{fixed, select, yes { + {fee} fast} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {akseptere sak{caseId, select, none {} other { {caseId}}}} case_decline {avvise sak{caseId, select, none {} other { {caseId}}}} case_request_info {be om mer informasjon på sak{caseId, select, none {} other { {caseId}}}} case_offer_terms {tilby vilkår på sak{caseId, select, none {} other { {caseId}}}} case_close {lukke sak{caseId, select, none {} other { {caseId}}}} payment_register {registrere en betaling på sak{caseId, select, none {} other { {caseId}}}} quote_select {velge et tilbud på sak{caseId, select, none {} other { {caseId}}}} quote_submit {gi et tilbud på sak{caseId, select, none {} other { {caseId}}}} lead_pullback {trekke tilbake sak{caseId, select, none {} other { {caseId}}}} case_withdraw {tilbakekalle sak{caseId, select, none {} other { {caseId}}}} quote_decline {stå over tilbud på sak{caseId, select, none {} other { {caseId}}}} decline_resolve {avgjøre avvisningen av sak{caseId, select, none {} other { {caseId}}}} case_answer_info {besvare forespørselen om informasjon på sak{caseId, select, none {} other { {caseId}}}} case_submit {sende inn en ny sak} other {{name} på sak{caseId, select, none {} other { {caseId}}}}}',
  'chat4.action.done':
    '{action, select, case_accept {Akseptert} case_decline {Avvist} case_request_info {Informasjon forespurt} case_offer_terms {Vilkår tilbudt} case_close {Lukket} payment_register {Betaling registrert} quote_select {Tilbud valgt} quote_submit {Tilbud gitt} lead_pullback {Trukket tilbake} case_withdraw {Tilbakekalt} quote_decline {Stått over} decline_resolve {Avvisning avgjort} case_answer_info {Besvart} case_submit {Sendt inn} cancelled {Avbrutt} chosen {Valgt} refused {Ikke utført: avvist ved bekreftelsen} other {Bekreftet}}',
  'chat4.form.decline': '{caseId, select, none {Avvis en sak} other {Avvis sak {caseId}}}',
  'chat4.form.close': '{caseId, select, none {Lukk en sak} other {Lukk sak {caseId}}}',
  'chat4.form.submit_case': 'Send inn en sak',
  'chat4.busy':
    'Jeg håndterer svært mange forespørsler akkurat nå og kunne ikke ta denne; ingenting ble endret. Prøv igjen om litt.',
  'chat4.rate_limited': 'Du sender meldinger raskere enn jeg rekker å håndtere; vent litt.',
  'chat4.gave_up':
    'Beklager, jeg fikk ikke fullført det på grunn av et problem hos oss. Prøv igjen om et minutt; kontakt support hvis det fortsetter.',
  'chat4.home.header': 'Sakene dine',
  'chat4.home.nothing': 'Ingenting venter på deg.',
  'chat4.home.how_to':
    'Skriv til meg her, nevn meg i en kanal, eller bruk `/case`: `/case 123` viser en sak, `/case decline 123 <reason>` avviser den, `/case close 123` åpner lukkeskjemaet, `/case help` viser alt.',
  'chat4.home.submit_button': 'Send inn en sak for en klient',
  'chat4.home.not_linked': 'Ikke koblet ennå',
  'chat4.home.waiting': 'Venter på deg',
  'chat4.home.waiting.none': 'Ingenting venter på deg akkurat nå.',
  'chat4.home.responsiveness': 'Svartiden din',
  'chat4.home.more': '…og {count} til',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {kreditor har besvart forespørselen din om mer informasjon; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {verifiser den: aksepter, avvis, be om mer informasjon eller tilby egne vilkår} paused {klienten har trukket saken: lukk den med en lukkekode} details {partneren har bedt om mer informasjon: svar på det} other {tilbud samles inn: sammenlign dem og velg en partner}}',
  'chat4.link.not_linked':
    'Hei! {surface, select, slack {Slack} teams {Microsoft Teams} other {konsoll}}-kontoen din er ennå ikke koblet til en bruker på inkassoplattformen, så jeg kan ikke vise eller endre noen saker for deg. Be support om å koble {surface, select, slack {Slack} teams {Microsoft Teams} other {konsoll}}-kontoen din til plattformbrukeren din; når det er gjort, kan du skrive "help" for å se hva jeg kan.',
  'chat4.link.code_hint':
    'Hvis support har gitt deg en koblingskode, skriv "link" etterfulgt av koden, f.eks. "link K7MQ-3PXA".',
  'chat4.title.case': 'Sak {caseId}',
  'chat4.title.tasks': 'Oppgavene dine',
  'chat4.submit.open':
    'La oss sende inn en sak for klienten din: fyll ut skjemaet (klient, skyldner, krav, dokumenter). Jeg viser suksesshonoraret og hva som skjer før noe sendes inn.',
  'chat4.submit.not_partner':
    'Innsending av saker i chatten er for forvaltende partnere. Kreditorer sender inn saker på plattformen.',
  'chat4.form.again':
    'Jeg kunne ikke bruke det skjemaet, ingenting ble endret: {problems} Fyll det ut på nytt.',
  'chat4.link.too_many':
    'Det er prøvd for mange feil koblingskoder fra denne kontoen. Vent en time og prøv igjen, eller be support om å koble kontoen din.',
  'chat4.link.paused':
    'Det er prøvd for mange feil koblingskoder den siste timen, så kobling med kode er satt på pause en stund. Prøv igjen senere, eller be support om å koble kontoen din.',
  'chat4.engine.invalid_choice':
    'Det er ikke et av alternativene jeg tilbød, så ingenting ble endret. Velg en av knappene, eller svar med ord.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    'Sak {caseId} er fortsatt i sin utenrettslige inndrivelsesperiode (til {until}), så den kan ikke gå til rettslig inndrivelse ennå. Den kan eskaleres når perioden er over, eller når partneren lukker den som Pre-Legal Exhausted.',
  'refusals4.escalate.no_period':
    'Sak {caseId} har ingen utenrettslig inndrivelsesperiode som er over, så den kan ikke gå til rettslig inndrivelse via chatten. Kontakt Debitura support om den.',
  'refusals4.escalate.window_passed':
    'Sak {caseId} ble lukket som Pre-Legal Exhausted {closedOn}, for mer enn {days} dager siden, så den kan ikke lenger eskaleres via chatten. Kontakt Debitura support for å gå videre med den.',
  'refusals4.escalate.closed_as':
    'Sak {caseId} er lukket som {label}, så den kan ikke gå til rettslig inndrivelse: det kan bare en sak som er lukket som Pre-Legal Exhausted (innen {days} dager), eller en Active sak der inndrivelsesperioden er over.',
  'refusals4.escalate.already':
    'Sak {caseId} er allerede eskalert til rettslig inndrivelse: det juridiske nettverket gir tilbud på den. Skriv "quotes on {caseId}" for å se tilbudene.',
  'refusals4.escalate.status':
    'Sak {caseId} er {status}, så den kan ikke eskaleres til rettslig inndrivelse.{instead, select, collecting_quotes { Den henter allerede inn tilbud; skriv "quotes on {caseId}" for å se dem.} paused { Den er satt på pause etter en tilbaketrekking; partneren lukker den nå.} other { Den utenrettslige inndrivelsen har ikke begynt på den ennå.}}',
  'refusals4.escalate.can':
    'Sak {caseId} kan eskaleres til rettslig inndrivelse nå: den utenrettslige inndrivelsen er over. Skriv "escalate {caseId} to legal" for å åpne et lead for det juridiske nettverket.',
  'refusals4.escalate.plan': 'Eskalere sak {caseId} ({debtorName}) til rettslig inndrivelse?',
  'refusals4.escalate.plan.ends':
    '{named, select, yes {{partnerName}s} other {Partnerens}} utenrettslige oppdrag avsluttes som Pre-Legal Exhausted, og partneren får beskjed om å stanse inndrivelsen.',
  'refusals4.escalate.plan.reopens':
    'Saken ble lukket som Pre-Legal Exhausted; den gjenåpnes for rettslig inndrivelse.',
  'refusals4.escalate.plan.lead':
    'Et lead åpnes for det juridiske nettverket: partnere som dekker {country}{named, select, yes { (ikke {partnerName})} other {}}, inviteres til å gi tilbud.',
  'refusals4.escalate.plan.collecting': 'Saken er Collecting Quotes til du velger et av tilbudene.',
  'refusals4.sub.file':
    'Et krav på {usd} (over 10 000 USD) krever en fil: legg ved originalfakturaen, kontrakten eller et annet bilag.',
  'refusals4.sub.file_or_description':
    'Et krav på {usd} (2 000–10 000 USD) krever en fil eller en beskrivelse: legg ved fakturaen, eller beskriv kravet.',
  'refusals4.sub.no_rate':
    'Plattformen har ingen valutakurs for {currency}. Oppgi også kravets verdi i USD, eller send det inn i USD eller EUR.',
  'refusals4.sub.usd_too_large':
    '{amount} tilsvarer omtrent {huge, select, yes {USD 1e15 eller mer} other {{usd}}}, mer enn plattformen kan registrere (krav kan tilsvare høyst 999 999 999 999,99 USD). Sjekk beløpet.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {Jeg kjenner ikke landet "{text}". } other {}}Oppgi klientens land som navn eller med to bokstaver, f.eks. Danmark eller DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {Jeg kjenner ikke landet "{text}". } other {}}Oppgi skyldnerens land som navn eller med to bokstaver, f.eks. Tyskland eller DE.',
  'refusals4.sub.debtor_type': 'Skyldneren må være et selskap eller en person.',
  'refusals4.sub.claim_type':
    'Saker som partnere sender inn, kan bare være en Unpaid Invoice eller en Loan Repayment, ikke "{wanted}".',
  'refusals4.sub.api_claim_type':
    'Saker som sendes inn via API-et, er alltid Unpaid Invoice. Send inn en Loan Repayment via skjemaet i stedet.',
  'refusals4.sub.disputed':
    'Bare ubestridte krav kan sendes inn: et bestridt krav krever rettslige skritt, ikke utenrettslig inndrivelse.',
  'refusals4.sub.amount_zero': 'Kravets beløp må være større enn 0.',
  'refusals4.sub.amount_number':
    'Oppgi det skyldige beløpet som et tall, f.eks. 12500, 4.800,00 eller 4,800.00.',
  'refusals4.sub.debt_date':
    'Oppgi datoen kravet forfalt, med dag, måned og år, f.eks. 30/06/2026, 30.06.2026 eller 2026-06-30.',
  'refusals4.sub.partners_only':
    'Bare en inkassopartner kan sende inn en sak for klienten sin. Kreditorer oppretter saker i portalen.',
  'refusals4.sub.client_name':
    'Oppgi klientens firmanavn og land (to bokstaver, f.eks. DK). Hvis det er du som har kravet, oppgir du ditt eget firmanavn.',
  'refusals4.sub.debtor_name': 'Oppgi skyldnerens navn og land (to bokstaver, f.eks. DE).',
  'refusals4.sub.own_jurisdiction':
    'Organisasjonen din dekker selv {country}{hasRegion, select, yes { ({region})} other {}}, så saken ville blitt sendt tilbake til deg. Driv den inn selv i stedet for å sende den inn.',
  'refusals4.fee.future_date':
    'Kravets dato ligger i fremtiden. Oppgi datoen kravet forfalt (f.eks. fakturaens forfallsdato).',
  'refusals4.sdca':
    '{partnerName} har ennå ikke signert Standard Debt Collection Agreement (SDCA), så du kan ikke handle på saker. Signer den på {link}, og prøv så igjen.',
  'refusals4.give': 'Oppgi {what}.',
  'refusals4.give.other_comment': 'en kommentar om hvorfor sak {caseId} lukkes som Other',
  'refusals4.give.decline_reason': 'en begrunnelse for avslaget (for eksempel "skyldneren er konkurs")',
  'refusals4.give.info_answer': 'informasjonen partneren ba om på sak {caseId}',
  'refusals4.close.no_payment':
    'Sak {caseId} har ingen registrert betaling, så den kan ikke lukkes som {label}. Registrer betalingen først, og lukk den så.',
  'refusals4.close.prelegal_early':
    'Inndrivelsesperioden for sak {caseId} løper til {until}. Pre-Legal Exhausted er ment for når alle rimelige utenrettslige forsøk er gjort, vanligvis etter perioden på 6 måneder. Lukke den som Pre-Legal Exhausted likevel?',
  'refusals4.case.already':
    'Sak {caseId} ble allerede {done}: den er {status}, så den kan ikke lenger {verb}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    'Sak {caseId} er {status}, så den {can, select, not_yet {kan ikke {verb} ennå} cannot {kan ikke {verb}} other {kan ikke lenger {verb}}}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.verb.accept': 'aksepteres',
  'refusals4.case.verb.decline': 'avslås',
  'refusals4.case.verb.request_info': 'sendes tilbake for mer informasjon',
  'refusals4.case.verb.offer_terms': 'tilbys særskilte vilkår',
  'refusals4.case.verb.answer_info': 'besvares',
  'refusals4.case.verb.register_payment': 'få registrert en betaling',
  'refusals4.case.verb.close': 'lukkes',
  'refusals4.case.verb.withdraw': 'trekkes tilbake',
  'refusals4.case.done.accepted': 'akseptert',
  'refusals4.case.done.declined': 'avslått',
  'refusals4.case.done.closed': 'lukket',
  'refusals4.case.done.withdrawn': 'trukket tilbake',
  'refusals4.case.done.offered_terms': 'tilbudt særskilte vilkår',
  'refusals4.case.done.sent_back': 'sendt tilbake for mer informasjon',
  'refusals4.case.advice.closed': 'Lukkede saker kan ikke endres.',
  'refusals4.case.advice.close_it': 'Hvis du vil slutte å arbeide med den, lukker du den med en lukkekode.',
  'refusals4.case.advice.with_network': 'Den er hos partnernettverket for tilbud nå.',
  'refusals4.case.advice.verify_first': 'Aksepter eller avslå den først.',
  'refusals4.case.advice.waiting_quotes': 'Den venter på tilbud; kreditoren kan trekke leadet tilbake.',
  'refusals4.case.advice.paused':
    'Den er allerede satt på pause etter en tilbaketrekking; partneren lukker den nå.',
  'refusals4.case.advice.pull_back': 'Trekk heller leadet tilbake for å stoppe den.',
  'refusals4.case.advice.nobody_waiting': 'Ingen venter på mer informasjon om den.',
  'refusals4.case.not_a_number': 'Det er ikke et saksnummer: saksnumre går opp til {max}.',
  'refusals4.case.give_number': 'Oppgi et saksnummer.',
  'refusals4.money.not_amount': '"{amount}" er ikke et pengebeløp.',
  'refusals4.money.not_amount_that': 'Det er ikke et pengebeløp.',
  'refusals4.money.decimals': '{amount} har mer enn to desimaler; oppgi beløpet i øre på det meste.',
  'refusals4.money.negative':
    'Et beløp kan ikke være negativt: oppgi det uten minustegn, f.eks. 5000 (kontakt Debitura support for å rette en betaling).',
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {Det beløpet}} er mer enn jeg kan registrere: beløp går opp til {max}.',
  'refusals4.money.krone':
    '"kr" kan være danske, svenske, norske eller islandske kroner, og sak {caseId} er i {currency}, så jeg kan ikke vite hvilken valuta du mener. Oppgi beløpet i {currency}, f.eks. "1200 {currency}" (regn det om først hvis det ble betalt i en annen valuta).',
  'refusals4.money.not_rate': '"{rate}" er ikke en sats.',
  'refusals4.money.rate_over': 'En sats på {rate} er mer enn 100 %.',
  'refusals4.perm.on_behalf_only':
    'Kreditoren for sak {caseId} har egne brukere, så den tar denne beslutningen selv. Support kan bare {act} for en klient som en managing partner har sendt inn, og som selv bare har lesetilgang.',
  'refusals4.perm.legal_network':
    'Partnere i det juridiske nettverket {what} saker: du mottar leads og velger om du vil gi tilbud. Hvis du ikke vil ha sak {caseId}, lar du bare være å gi tilbud på den.',
  'refusals4.perm.legal_network.verify': 'verifiserer ikke',
  'refusals4.perm.legal_network.accept': 'aksepterer ikke',
  'refusals4.perm.legal_network.decline': 'avslår ikke',
  'refusals4.perm.legal_network.offer_terms': 'tilbyr ikke særskilte vilkår på',
  'refusals4.perm.support_only': 'Bare en supportmedarbeider kan {what}.',
  'refusals4.perm.support_only.link_codes': 'utstede koblingskoder',
  'refusals4.perm.support_only.link': 'koble chattekontoer',
  'refusals4.perm.support_only.unlink': 'koble fra chattekontoer',
  'refusals4.perm.support_only.see_accounts': 'se andres chattekontoer',
  'refusals4.perm.support_only.see_reviews': 'se avslagene som venter på manuell gjennomgang',
  'refusals4.perm.support_only.resolve_review': 'avgjøre et avslag som trenger manuell gjennomgang',
  'refusals4.perm.support_only.see_parked': 'se meldingene som ingen kunne motta',
  'refusals4.perm.support_only.requeue': 'sette en melding i kø på nytt',
  'refusals4.perm.settings.partner':
    'Nettverksdeling er kreditorens egen kontoinnstilling: bare kreditorens brukere (eller Debitura support) kan se eller endre den.',
  'refusals4.perm.settings.other':
    'Du kan bare se eller endre kontoinnstillingene til din egen organisasjon.',
  'refusals4.sharing.which':
    'Hvilken kreditor? Oppgi navnet, f.eks. "is network sharing on for Acme ApS?" eller "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Flere kreditorer heter "{said}": {names}. Hvilken mener du?',
  'refusals4.sharing.no_creditor': 'Det finnes ingen kreditor som heter "{said}" på plattformen.',
  'refusals4.sharing.no_creditor_id': 'Det finnes ingen kreditor {creditorId}.',
  'refusals4.sharing.already':
    'Nettverksdeling er allerede {on, select, yes {slått på} other {slått av}} for {creditorName}: ingenting å endre.',
  'refusals4.sharing.plan': 'Slå nettverksdeling *{on, select, yes {på} other {av}}* for {creditorName}?',
  'refusals4.sharing.plan.from_now': 'Fra nå av gjelder: {meaning}.',
  'refusals4.sharing.plan.past': 'Saker som ble avslått før endringen, forblir som de er.',
  'refusals4.sharing.plan.told': 'Brukerne til {creditorName} får beskjed om endringen.',
  'refusals4.org_unknown': 'Organisasjonen din er ikke kjent for plattformen.',
  'refusals4.partner_unknown': 'Partnerorganisasjonen din er ikke kjent for plattformen.',
  'refusals4.commission.partners_only':
    'Bare en inkassopartner kan åpne en provisjonssak, for et suksesshonorar en kreditor skylder den.',
  'refusals4.commission.partners_only_prefill':
    'Bare en inkassopartner kan åpne en provisjonssak for et honorar den har til gode.',
  'refusals4.commission.which':
    'Hvilken kreditor skylder deg suksesshonoraret? Skriv for eksempel "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor':
    'Det finnes ingen kreditor som heter "{said}" på plattformen. Sjekk navnet.',
  'refusals4.commission.no_creditor_id': 'Det finnes ingen kreditor {creditorId}. Sjekk kreditorens id.',
  'refusals4.commission.several':
    'Navnene til flere kreditorer begynner med "{said}": {names}. Hvilken skylder deg honoraret?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} er i {country}, en jurisdiksjon organisasjonen din selv dekker, så en provisjonssak mot den ville blitt sendt tilbake til deg: provisjonssaker følger samme regel om egen jurisdiksjon som alle innsendinger. Kontakt Debitura support om å drive inn honoraret.',
  'refusals4.commission.already':
    'Du har allerede åpnet provisjonssak {caseId} mot {creditorName} for dette honoraret. Skriv "status {caseId}" for å følge den.',
  'refusals4.commission.nothing_owed':
    'Ifølge plattformens opplysninger skylder {creditorName} ikke organisasjonen din noe suksesshonorar{onCase, select, yes { på sak {caseId}} other {}}, så det er ingenting å forhåndsutfylle.',
  'refusals4.commission.currencies':
    'Honorarene {creditorName} skylder, er i flere valutaer ({currencies}); send inn én provisjonssak per valuta.',
  'refusals4.commission.file_hint':
    '{refusal} Åpne innsendingsskjemaet ("submit a case") for å legge den ved; provisjonskommentaren skal i beskrivelsen.',
  'refusals4.commission.plan': 'Åpne en provisjonssak mot {creditorName} på {amount} (Unpaid Invoice)?',
  'refusals4.commission.plan.prefilled':
    'Forhåndsutfylt: skyldner {creditorName} (selskap, {country}); organisasjonen din {clientName} er klienten; kommentar: "{comment}"',
  'refusals4.commission.done': 'Provisjonssak {caseId} mot {creditorName} på {amount} er åpnet. {submitted}',
  'refusals4.quotes.not_yours':
    'Sak {caseId} er ikke en av sakene dine, og organisasjonen din ble ikke invitert til å gi tilbud på den, så du kan ikke se tilbudene på den.',
  'refusals4.lead.no_case': 'Det finnes ingen sak {caseId}. Sjekk saksnummeret og prøv igjen.',
  'refusals4.lead.none':
    'Sak {caseId} har ikke noe lead, så det er ingen tilbud på den. Tilbud hentes bare inn etter et avslag, etter særskilte vilkår eller når ingen eksklusiv partner dekker en sak.',
  'refusals4.lead.case_missing': 'Sak {caseId} finnes ikke.',
  'refusals4.route.support_only': 'Bare support (eller plattformen selv) kan fordele sak {caseId}.',
  'refusals4.route.again':
    'Sak {caseId} er allerede hos en partner eller i en annen tilstand, så den kan ikke fordeles på nytt.',
  'refusals4.due_today.support_only':
    'Det plattformen har planlagt i dag, er for supportmedarbeidere. For dine egne saker kan du spørre "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'velge et tilbud på en sak',
  'refusals4.submit.plan':
    'Sende inn {claimType, select, unpaid_invoice {en ubetalt faktura} other {en lånetilbakebetaling}} på {amount} mot {debtorName} ({country}) for {clientName}, med et suksesshonorar på {pct} %.',
  'refusals4.submit.plan.fee': 'Suksesshonorar {pct} %: {explained}. SDCA-en er den bindende kilden.',
  'refusals4.fee.explanation':
    '{pct} % ({region}, {upTo, select, yes {krav opptil {max}} other {større krav}}){surcharge, select, yes { + {add} prosentpoeng for et krav som er {months} måneder gammelt} other {}}',
  'refusals4.submit.plan.documents':
    'Dokumenter: {need, select, none {ingen dokumenter trengs (under 2 000 USD)} file_or_description {en fil eller en beskrivelse (2 000–10 000 USD)} other {en fil (over 10 000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} mottar den i Pending Verification.',
  'refusals4.submit.plan.network':
    'Ingen eksklusiv partner dekker den: den går til det juridiske nettverket for tilbud.',
  'refusals4.submit.plan.client':
    '{clientName} lagres som klienten din (bare navn og land); du følger saken med lesetilgang.',
  'refusals4.submit.done':
    'Sak {caseId} er sendt inn for {clientName} med et suksesshonorar på {pct} %{exclusive, select, yes { og er hos {partnerName} for verifisering.} other {; ingen eksklusiv partner dekker den, så det juridiske nettverket gir tilbud på den.}}',
  'refusals4.close.register_first':
    'Sak {caseId} har ingen registrert betaling ennå, så jeg registrerer den og lukker saken i ett steg.',
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': 'Din klients firmanavn',
  'forms.label.clientCountry': 'Din klients land',
  'forms.hint.clientCountry': 'et navn eller to bokstaver, f.eks. Tyskland eller DE',
  'forms.label.debtorName': 'Skyldners navn',
  'forms.label.debtorType': 'Skyldnertype',
  'forms.option.company': 'Foretak',
  'forms.option.person': 'Privatperson',
  'forms.label.debtorCountry': 'Skyldners land',
  'forms.hint.debtorCountry': 'et navn eller to bokstaver, f.eks. Danmark eller DK',
  'forms.label.debtorRegion': 'Skyldners region',
  'forms.label.claimType': 'Kravtype',
  'forms.option.unpaid_invoice': 'Ubetalt faktura',
  'forms.option.loan_repayment': 'Tilbakebetaling av lån',
  'forms.label.principal': 'Skyldig beløp',
  'forms.hint.principal': 'f.eks. 12500, 4.800,00 eller 4,800.00',
  'forms.label.currency': 'Valuta',
  'forms.hint.currency': 'f.eks. EUR',
  'forms.label.debtDate': 'Forfallsdato',
  'forms.hint.debtDate': 'f.eks. 30.06.2026 eller 2026-06-30',
  'forms.label.disputed': 'Bestrider skyldneren kravet?',
  'forms.option.no': 'Nei',
  'forms.option.yes': 'Ja',
  'forms.label.documentName': 'Dokument (filnavn)',
  'forms.hint.documentName': 'påkrevd over 10 000 USD; fra 2 000 USD en fil eller en beskrivelse',
  'forms.label.description': 'Beskrivelse av kravet',
  'forms.submit': 'Fortsett',
  'forms.cancel': 'Avbryt',
  'forms.modal.submit_case': 'Send inn en sak',
  'forms.document_rule':
    'Dokumenter etter kravets verdi (i USD): under 2 000 ingen; 2 000–10 000 en fil eller en beskrivelse; over 10 000 en fil.',
  'forms.submit_case_note':
    'Kun ubestridte saker utenfor jurisdiksjonene De selv dekker. Suksesshonoraret vises for Deres bekreftelse før saken sendes inn.',
  'forms.open_form': 'Åpne skjemaet: {title}',
  'forms.continue_to': 'Fortsett: {title}',
  'forms.needed': '{label} må fylles ut.',
  'forms.problem.too_long': '{label} er for lang (høyst 200 tegn).',
  'forms.problem.pick_one': '{label}: velg ett av {options}.',
  'forms.problem.principal':
    'Det skyldige beløpet må være et positivt tall, f.eks. 12500, 4.800,00 eller 4,800.00.',
  'forms.problem.paymentAmount':
    'Det inndrevne beløpet må være et positivt tall, f.eks. 1200, 1.200,50 eller 1,200.50.',
  'forms.problem.paymentCurrency': 'Valutaen må være en kode på tre bokstaver, f.eks. EUR.',
  'forms.problem.description': 'Beskrivelsen er for lang (høyst 2 000 tegn).',
  'forms.case_number': 'Saksnummer',
  'forms.case_placeholder': 'f.eks. 123',
  'forms.modal.decline': 'Avslå sak',
  'forms.modal.close': 'Avslutt sak',
  'forms.decline.reason': 'Hvorfor avslår De?',
  'forms.decline.hint':
    'En konkret, saklig begrunnelse, f.eks. "skyldneren ble slått konkurs i mai". Kreditor får beskjed i profesjonelle ordelag; De bekrefter før noe skjer.',
  'forms.decline.placeholder': 'En konkret, saklig begrunnelse',
  'forms.close.code': 'Avslutningskode',
  'forms.close.choose': 'Velg utfallet',
  'forms.close.comment': 'Kommentar',
  'forms.close.comment_hint': 'Påkrevd ved "Other"; anbefales ved hver avslutning.',
  'forms.close.amount': 'Inndrevet beløp',
  'forms.close.amount_hint': 'Kun ved Paid eller Partially paid: betalingen registreres før saken avsluttes.',
  'forms.close.currency': 'Betalingens valuta',
  'forms.close.currency_placeholder': 'f.eks. EUR (tom: sakens valuta)',
  'forms.close.comment_teams': 'Kommentar (påkrevd ved Other)',
  'forms.close.amount_teams': 'Inndrevet beløp (Paid / Partially paid)',
  'forms.group.success': 'Suksess',
  'forms.group.partner_decline': 'Partnerens avslag',
  'forms.group.client_decision': 'Klientens beslutning',
  'forms.group.process_completion': 'Prosessen avsluttet',
  'forms.group.fallback': 'Øvrig',
  'forms.krone_why':
    '"kr" kan være danske, svenske, norske eller islandske kroner, og sak {caseId} er i {currency}, så jeg kan ikke vite hvilken valuta du mener.',
};
