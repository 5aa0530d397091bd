import type { Translations } from '../messages.ts';

// Danish (dansk). Business Danish: "du" to the reader, the platform's own terms ("Collecting Quotes") and
// the commands people type in English, quoted.

export const da: Translations = {
  'decline.letter':
    'Kære {creditorName}\n\nDen inkassopartner, der var tildelt sag #{caseId} (skyldner: {debtorName}), har afvist sagen. {why}\n\n{next}\n\nHvis du har spørgsmål til afvisningen, kan du svare her eller kontakte Debitura support med din sagsreference #{caseId}.\n\nMed venlig hilsen\nDebitura',
  'decline.letter.managed':
    'Kære {recipientName}\n\nDen inkassopartner, der var tildelt sag #{caseId}, som du har indsendt for din klient {clientName} (skyldner: {debtorName}), har afvist sagen. {why}\n\n{next}\n\nHvis du har spørgsmål til afvisningen, kan du svare her eller kontakte Debitura support med din sagsreference #{caseId}.\n\nMed venlig hilsen\nDebitura',
  'decline.fallback.creditor': 'kunde',
  'decline.fallback.partner': 'samarbejdspartner',
  'decline.fallback.client': 'din klient',
  'decline.fallback.debtor': 'skyldneren',
  'decline.why.below_minimum':
    'Årsag: kravets beløb ligger under partnerens minimumsgrænse (typisk svarende til USD 100,00 for udenretlig inkasso).',
  'decline.why.conflict_of_interest':
    'Årsag: partneren har en interessekonflikt (for eksempel fordi partneren allerede repræsenterer skyldneren), som forhindrer partneren i at påtage sig sagen.',
  'decline.why.custom_terms_requested':
    'Årsag: sagen kræver særlige vilkår, som partneren ikke kan tilbyde under standardaftalen.',
  'decline.why.duplicate': 'Årsag: sagen var allerede indsendt til partneren.',
  'decline.why.fraud_risk':
    'Årsag: partneren har set tegn på, at kravet kan indebære en risiko for svindel eller bedrageri.',
  'decline.why.insolvency_or_ceased':
    'Årsag: skyldneren ser ud til at være gået konkurs, afgået ved døden eller opløst.',
  'decline.why.misclassified_not_prelegal':
    'Årsag: kravet ser ud til at være bestridt eller at kræve retslige skridt frem for udenretlig inkasso.',
  'decline.why.missing_information':
    'Årsag: væsentlige oplysninger, som er nødvendige for at gå videre, mangler stadig, selv om de er blevet efterspurgt. Fuldstændige oplysninger om skyldneren og dokumentation (faktura, kontrakt) hjælper den næste partner med at komme hurtigt i gang.',
  'decline.why.out_of_jurisdiction':
    'Årsag: skyldneren befinder sig uden for det geografiske område, som partneren dækker.',
  'decline.why.regulatory_restriction':
    'Årsag: partneren har ikke tilladelse eller autorisation til at inddrive fordringer i skyldnerens jurisdiktion.',
  'decline.why.sanctions_legal_block':
    'Årsag: sanktioner eller en anden retlig begrænsning forhindrer partneren i at arbejde på sagen.',
  'decline.why.time_barred':
    'Årsag: fordringen ser ud til at være forældet og kan muligvis ikke længere inddrives ad retlig vej.',
  'decline.why.untraceable_debtor':
    'Årsag: partneren kunne ikke bekræfte eller finde skyldnerens adresse eller kontaktoplysninger.',
  'decline.why.manual_review':
    'Partnerens begrundelse bliver gennemgået af vores team, og vi vender tilbage til dig, hvis der er brug for yderligere.',
  'decline.next.network':
    'Hvad sker der nu: Din sag er delt med vores partnernetværk, og andre kvalificerede inkassopartnere bliver nu inviteret til at afgive tilbud. Sagens status er "Collecting Quotes", og du får besked, så snart der er tilbud klar til din gennemgang.',
  'decline.next.no_partners':
    'Hvad sker der nu: Sagen skal deles med vores partnernetværk, men ingen anden inkassopartner dækker den i øjeblikket, så der er endnu ikke inviteret nogen partner. Vores supportteam er underrettet og leder efter en egnet partner; vi kontakter dig, så snart der er nyt. Indtil da er sagens status "Collecting Quotes".',
  'decline.next.closed':
    'Hvad sker der nu: Da deling med partnernetværket er slået fra for din konto, er sagen nu lukket og vil ikke blive tilbudt andre partnere. Hvis du ønsker at indsende sagen igen eller undersøge andre muligheder, bedes du kontakte Debitura support.',

  'category.conflict_of_interest': 'Interessekonflikt',
  'category.custom_terms_requested': 'Særlige vilkår ønsket',
  'category.below_minimum': 'Under minimumsbeløbet',
  'category.untraceable_debtor': 'Skyldneren kan ikke findes',
  'category.out_of_jurisdiction': 'Uden for jurisdiktionen',
  'category.time_barred': 'Forældet',
  'category.regulatory_restriction': 'Regulatorisk begrænsning',
  'category.sanctions_legal_block': 'Sanktioner eller retlig hindring',
  'category.misclassified_not_prelegal': 'Fejlklassificeret',
  'category.insolvency_or_ceased': 'Insolvens eller ophørt',
  'category.duplicate': 'Dublet',
  'category.missing_information': 'Manglende væsentlige oplysninger',
  'category.fraud_risk': 'Risiko for svindel',

  'lead.managed_next_step':
    'Du har kun læseadgang til sag {caseId}: For at vælge et tilbud eller stoppe sagen for din klient skal du kontakte Debitura support med sagsreferencen #{caseId}.',
  'lead.quotes_ready': 'Der er tilbud klar på sag {caseId} ({debtorName}): {quotes}. {next}',
  'lead.quotes_ready.item': 'tilbud {quoteId}: {partnerName}, {pct} %',
  'lead.quotes_ready.next':
    'Svar "go with quote <nummer> on case {caseId}" for at vælge et tilbud, eller "pull back case {caseId}" for at stoppe sagen.',
  'lead.quotes_ready.alert':
    'Lead {leadId} på sag {caseId}: {count, plural, one {# tilbud} other {# tilbud}} klar til kreditor.',
  'lead.declined_options':
    'Ingen inkassopartner var interesseret i sag {caseId} ({debtorName}): Alle inviterede partnere takkede nej, eller tilbudsperioden udløb uden tilbud. Du kan justere sagens vilkår (et højere succeshonorar, mere dokumentation) eller vælge en anden fremgangsmåde, for eksempel retslige skridt. {next}',
  'lead.declined_options.next':
    'Bed support om at starte processen igen, eller svar "pull back case {caseId}" for at lukke sagen.',
  'lead.reminder':
    'Påmindelse: Sag {caseId} har {count, plural, one {# tilbud} other {# tilbud}}, der har ventet på dit valg siden {since}. {next}{last, select, yes { Lead udløber nu, {days} dage efter at tilbuddene var klar; du kan stadig vælge et tilbud bagefter.} other {}}',
  'lead.reminder.next': 'Skriv "quotes for case {caseId}" for at sammenligne tilbuddene og vælge et.',
  'lead.expired':
    'Tilbuddene på sag {caseId} ({debtorName}) er udløbet: Der blev ikke valgt et tilbud inden for {days} dage. {next}',
  'lead.expired.next':
    'Du kan stadig vælge et af de {count, plural, one {# tilbud} other {# tilbud}} manuelt ("go with quote <nummer> on case {caseId}") eller trække sagen tilbage.',
  'lead.no_quote_escalation':
    'Sag {caseId} ({debtorName}) blev afvist den {day}{reason, select, none {} other { ({reason})}} og har ikke modtaget nogen tilbud inden for {days} hverdage. Kontakt venligst Debitura support, og oplys dit sagsreferencenummer (#{caseId}), den afvisningsårsag, du har modtaget, og andre oplysninger, som du mener er relevante. Vi har allerede orienteret support.',
  'notice.case_accepted':
    '{partnerName} har accepteret sag {caseId} ({debtorName}) og er gået i gang med inddrivelsen. Inddrivelsesperioden løber til og med {day}.',
  'reply.cancelled': 'Annulleret; intet er ændret.',
  'reply.already_confirmed': 'Dette er allerede bekræftet eller annulleret; der blev ikke gjort mere.',
  'reply.none':
    'Jeg fangede ikke en forespørgsel, jeg kan håndtere. Skriv "help" for at se, hvad du kan spørge mig om; enhver ændring skal nævne et sagsnummer.',
  'confirm.expires': 'Denne bekræftelse udløber om {duration}.',
  'confirm.button.confirm': 'Bekræft',
  'confirm.button.cancel': 'Annuller',
  'duration.minutes': '{n, plural, one {# minut} other {# minutter}}',
  'duration.hours': '{n, plural, one {# time} other {# timer}}',
  'help.title': 'Det kan jeg hjælpe med',
  'help.intro': 'Hej {name}, du kan skrive:',
  'help.outro':
    'Jeg viser altid, hvad der vil ske, og beder dig bekræfte, før noget ændres. Skriv *cancel* for at droppe et spørgsmål.',
  'help.support_note': 'Du kan se alle sager og får besked om afvisninger, der kræver manuel gennemgang.',
  'accept.plan': 'Accepter sag {caseId} ({debtorName}) og start inddrivelsen.',
  'accept.plan.active':
    'Sagen bliver Active, og den 6 måneder lange inddrivelsesperiode løber til og med {day}.',
  'accept.plan.told': '{who, select, managing {Den administrerende partner} other {Kreditor}} får besked.',
  'accept.done':
    'Sag {caseId} er Active. Inddrivelsesperioden løber til og med {day}; {who, select, managing {den administrerende partner} other {kreditor}} har fået besked.',
  'language.set': 'Fra nu af svarer jeg dig på dansk, og dine meddelelser skrives på dansk.',
  'language.unknown':
    'Jeg kan svare på engelsk, dansk, svensk, norsk, tysk, finsk og spansk. Hvilket sprog vil du have? For eksempel "speak Danish" eller "language: da".',
  'email.greeting': 'Hej {name}',
  'email.footer':
    'Du modtager denne e-mail, fordi du ikke er forbundet til Debitura i Slack eller Teams. Forbind din chatkonto for at få meddelelserne der i stedet.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: sag {caseId} {what}}}',
  'subject.case.declined': 'afvist af partneren',
  'subject.case.accepted': 'accepteret',
  'subject.lead.quotes_ready': 'tilbud er klar til gennemgang',
  'subject.lead.reminder': 'påmindelse: vælg et tilbud',
  'subject.lead.expired': 'tilbudsperioden er slut',
  'subject.lead.declined_options': 'hvad der sker efter afvisningen',
  'subject.lead.no_quote_escalation': 'ingen tilbud: support tager sig af det',
  'notice.info_requested':
    '{partnerName} har brug for flere oplysninger, før arbejdet med sag {caseId} ({debtorName}) kan begynde: {question} Svar med oplysningerne til sag {caseId}, så går sagen tilbage til partneren til verificering.',
  'notice.period_ended':
    'Den 6 måneder lange inddrivelsesperiode for sag {caseId} sluttede den {day}. Partneren fortsætter, indtil partneren lukker sagen. {next}',
  'notice.period_ended.withdraw':
    'Hvis du trækker sagen tilbage nu, lukkes den straks som Withdrawn by Client.',
  // --- Round 2: partners and support, escalation, network sharing
  'lead.invitation':
    'Nyt lead {leadId}: sag {caseId}, {debtorType, select, company {en virksomhed} person {en privatperson} other {{debtorType}}} som skyldner i {where}, {claimType, select, unpaid_invoice {ubetalt faktura} loan_repayment {tilbagebetaling af lån} other {{claimType}}} ({amount}). Der indhentes tilbud indtil {until} UTC. Svar "quote <procent>% on case {caseId}" for at give et tilbud, eller "no quote on case {caseId}" for at melde pas.',
  'lead.no_partners':
    'Lead {leadId} for sag {caseId} (åbnet {origin, select, decline {efter at den tildelte partner afviste den} custom_terms {fordi den tildelte partner tilbød særlige vilkår} legal_escalation {til retslig eskalering} other {fordi ingen eksklusiv partner dækker den}}) matcher ingen partner i {country}. Find venligst partnere til den manuelt.',
  'decline.needs_review':
    '{partnerName} afviste sag {caseId} ({debtorName}) med en begrundelse, der ikke passer til nogen afvisningskategori: "{reason}". Gennemgå den venligst, og angiv kategorien (løs gennemgangen på sag {caseId}).',
  'decline.needs_review.doubt':
    '{partnerName} afviste sag {caseId} ({debtorName}) med begrundelsen "{reason}". {doubt} Kreditor har endnu ikke fået en begrundelse. Gennemgå den venligst, og angiv kategorien (løs gennemgangen på sag {caseId}).',
  'escalate.stop_for_legal':
    'Kreditor har sendt sag {caseId} ({debtorName}) til retslig inddrivelse efter den udenretslige inddrivelsesperiode. Din opgave slutter som Pre-Legal Exhausted: stop venligst al inddrivelse. Det juridiske netværk giver nu tilbud på sagen.',
  'escalate.done':
    'Sag {caseId} er eskaleret til retslig inddrivelse: {invited, plural, =0 {ingen partner i det juridiske netværk dækker {country} endnu, så support leder efter en (lead {leadId})} one {# partner i det juridiske netværk er inviteret til at give tilbud (lead {leadId})} other {# partnere i det juridiske netværk er inviteret til at give tilbud (lead {leadId})}}{told, select, none {} other {; {told} har fået besked om at stoppe inddrivelsen}}. Du får besked, når tilbuddene er klar.',
  'sharing.meaning':
    '{on, select, yes {når en partner afviser en af {whose, select, your {dine} other {dens}} sager, går sagen videre til partnernetværket, så andre partnere kan give tilbud} other {når en partner afviser en af {whose, select, your {dine} other {dens}} sager, lukkes sagen}}',
  'sharing.status':
    'Netværksdeling er *{on, select, yes {slået til} other {slået fra}}* for {own, select, yes {din konto} other {{creditorName}}}: {meaning}. {own, select, yes {Skriv "turn {on, select, yes {off} other {on}} network sharing" for at ændre det.} other {Skriv "turn {on, select, yes {off} other {on}} network sharing for {creditorName}" for at ændre det.}}',
  'sharing.now':
    'Netværksdeling er nu {on, select, yes {slået til} other {slået fra}} for {creditorName}. Fra nu af gælder: {meaning}. Sager, der er afvist tidligere, forbliver som de er.',
  'sharing.changed_by_support':
    'Debitura support har slået netværksdeling {on, select, yes {til} other {fra}} for {creditorName}. Fra nu af gælder: {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Dit tilbud {quoteId} ({pct} %) på sag {caseId} ({debtorName}) er blevet valgt. Sagen er tildelt dig og er Active: du kan gå i gang med det samme.',
  'quote.declined.other_partner':
    'Dit tilbud {quoteId} på sag {caseId} blev ikke valgt: kreditor valgte en anden partner. Du skal ikke foretage dig mere.',
  'quote.declined.pullback':
    'Dit tilbud {quoteId} på sag {caseId} blev ikke valgt: kreditor har besluttet ikke at gå videre med noget tilbud. Du skal ikke foretage dig mere.',
  'lead.withdrawn':
    'Leadet på sag {caseId} er trukket tilbage af kreditor; der er ikke længere brug for et tilbud.',
  'quote.selected_for_client':
    'Debitura support har valgt tilbud {quoteId} fra {partnerName} ({pct} % i succeshonorar) på sag {caseId} ({debtorName}) på vegne af din klient {clientName}. Sagen ligger nu hos {partnerName} og er Active; du kan følge den med "status {caseId}".',

  // --- Round 2 (cat2a): refusals, questions, declining a case ---
  'perm.act.view': 'se den',
  'perm.act.accept': 'acceptere den',
  'perm.act.decline': 'afvise den',
  'perm.act.request_info': 'bede om flere oplysninger om den',
  'perm.act.offer_terms': 'tilbyde særlige vilkår på den',
  'perm.act.register_payment': 'registrere en betaling på den',
  'perm.act.close': 'lukke den',
  'perm.act.withdraw': 'trække den tilbage',
  'perm.act.answer_info': 'besvare anmodningen om oplysninger på den',
  'perm.act.select_quote': 'vælge et tilbud på den',
  'perm.act.pullback': 'trække den tilbage',
  'perm.act.escalate': 'eskalere den',
  'perm.act.submit_quote': 'give et tilbud på den',
  'perm.act.decline_to_quote': 'sige nej tak til leadet på den',
  'perm.act.resolve_review': 'afgøre gennemgangen af afvisningen af den',
  'perm.act.message': 'skrive i sagschatten på den',
  'perm.act.read_messages': 'læse sagschatten på den',
  'perm.act.add_info': 'tilføje oplysninger til den',
  'perm.who.parties':
    'parterne i sag {caseId} (partneren, der arbejder på den, og dens kreditor eller administrerende partner)',
  'perm.who.assigned': 'inkassopartneren, der arbejder på sag {caseId}',
  'perm.who.creditor_or_managing':
    'kreditor for sag {caseId} (eller den administrerende partner, der indsendte den)',
  'perm.who.creditor': 'kreditor for sag {caseId}',
  'perm.who.lead': 'de partnere, der er inviteret til leadet på sag {caseId}',
  'perm.who.support': 'en supportmedarbejder',
  'perm.only': 'Kun {who} kan {act}.',
  'perm.refused.managing':
    'Du har indsendt sag {caseId} for din klient, så du har kun læseadgang: du kan følge den (skriv "status {caseId}") og skrive til partneren, der arbejder på den, i sagschatten (skriv "message the partner on {caseId}: …"), men du kan ikke {act}.{partnerWork, select, yes {} other { Kontakt Debitura support for at handle på vegne af din klient.}}',
  'perm.refused.creditor':
    '{only} Som kreditor kan du følge sag {caseId}, besvare partnerens spørgsmål, trække den tilbage eller vælge blandt dens tilbud.',
  'perm.refused.assigned':
    '{only} Du arbejder på sag {caseId}: du kan registrere betalinger på den og lukke den med en lukkekode.',
  'perm.refused.lead':
    'Sag {caseId} er et lead, som din organisation er inviteret til at give tilbud på, ikke en sag, der er tildelt dig, så du kan ikke {act}{decline, select, yes {: leads afvises ikke} other {}}. Skriv "quote <percent>% on case {caseId}" for at give et tilbud; vil du ikke have den, så sig nej tak med "no quote on case {caseId}".',
  'perm.refused.former':
    'Din organisation har ikke længere sag {caseId}, så du kan ikke {act}. Du kan stadig se dens status.',
  'perm.refused.support':
    'Support kan læse sag {caseId} og afgøre gennemgange af afvisninger, men kun {who} kan {act}.',
  'perm.refused.stranger': 'Sag {caseId} er ikke en af dine sager, så du kan hverken se eller ændre den.',
  'case.not_found': 'Der findes ingen sag {caseId}. Tjek sagsnummeret.',
  'case.which': 'Hvilken sag? Angiv sagsnummeret, for eksempel "case 123".',
  'ask.case': 'Hvilken sag mener du? Angiv venligst sagsnummeret.',
  'ask.reason':
    'Hvad er grunden til, at du afviser sag {caseId}? Vær venligst konkret og saglig (for eksempel: "debitorselskabet blev opløst sidste år").',
  'ask.code': 'Hvilken lukkekode skal sag {caseId} lukkes med?',
  'ask.other_comment':
    'Lukning af sag {caseId} som *Other* kræver en kommentar: hvad skete der? Jeg foreslår en mere præcis kode, hvis en passer.',
  'ask.amount': 'Hvor meget har debitor betalt på sag {caseId}? Angiv beløb og valuta, f.eks. "1200 EUR".',
  'ask.success_fee':
    'Hvilket succeshonorar tilbyder du på sag {caseId}, i procent af det inddrevne beløb? (f.eks. "18%")',
  'ask.answer': 'Hvilke oplysninger sender du partneren om sag {caseId}?',
  'ask.category':
    'Hvilken afvisningskategori passer til afvisningen af sag {caseId}? Nævn én, f.eks. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    'Hvilket tilbud på sag {caseId} vælger du? Angiv tilbuddets nummer (skriv "quotes on {caseId}" for at se dem).',
  'ask.message':
    'Hvad er din besked om sag {caseId}? Den går til den anden part i sagschatten og gemmes på sagen.',
  'ask.information':
    'Hvilke oplysninger tilføjer du til sag {caseId}? For eksempel debitors nye adresse, eller hvad der manglede.',
  'decline.plan':
    'Afvis sag {caseId} {category, select, none {til manuel gennemgang hos support (grunden passer ikke til nogen kategori, eller sagen understøtter den ikke)} other {som *{label}*}}. {who, select, managing {Den administrerende partner} other {Kreditor}} får besked; {sharing, select, yes {sagen går videre til partnernetværket for tilbud.} other {netværksdeling er slået fra, så sagen lukkes som Case never started.}}',
  'decline.plan.doubt':
    '{doubt} Support tjekker grunden, før {who, select, managing {den administrerende partner} other {kreditor}} får at vide hvorfor.',
  'decline.plan.told':
    '{who, select, managing {Den administrerende partner} other {Kreditor}} får en besked, der forklarer afvisningen.',
  'decline.plan.assignment':
    'Din tildeling slutter som Case never started, hvilket ikke tæller imod din score.',
  'decline.plan.lead': 'Der åbnes et lead for partnernetværket (uden dig), og sagen er Collecting Quotes.',
  'decline.plan.closed': 'Sagen er Closed som Case never started.',
  'decline.plan.review': 'Support gennemgår grunden og fastsætter kategorien.',
  'decline.done':
    'Sag {caseId} afvist {category, select, none {(support gennemgår grunden)} other {som {label}}}; {who, select, managing {den administrerende partner} other {kreditor}} har fået besked, og {next, select, closed {netværksdeling er slået fra, så den er Closed som Case never started} searching {den er Collecting Quotes, men ingen partner i netværket dækker den endnu, så support leder efter en (lead {leadId})} lead {den er Collecting Quotes fra partnernetværket (lead {leadId})} other {den er Collecting Quotes fra partnernetværket}}.{doubt}',
  'decline.doubt': 'Grunden lyder som "{label}", men {why}',
  'decline.doubt.below_minimum':
    'sag {caseId} er på {amount}, hvilket er på eller over partnerens minimum på {minimum}.',
  'decline.doubt.out_of_jurisdiction': 'debitor befinder sig i {where}, som partneren dækker.',
  'decline.doubt.duplicate': 'der er ingen anden sag fra denne kreditor mod denne debitor.',
  'category.label.conflict_of_interest': 'Interessekonflikt',
  'category.label.custom_terms_requested': 'Særlige vilkår ønsket',
  'category.label.below_minimum': 'Under minimumsbeløbet',
  'category.label.untraceable_debtor': 'Skyldneren kan ikke findes',
  'category.label.out_of_jurisdiction': 'Uden for jurisdiktionen',
  'category.label.time_barred': 'Forældet',
  'category.label.regulatory_restriction': 'Regulatorisk begrænsning',
  'category.label.sanctions_legal_block': 'Sanktioner eller retlig hindring',
  'category.label.misclassified_not_prelegal': 'Fejlklassificeret',
  'category.label.insolvency_or_ceased': 'Insolvens eller ophørt',
  'category.label.duplicate': 'Dublet',
  'category.label.missing_information': 'Manglende væsentlige oplysninger',
  'category.label.fraud_risk': 'Risiko for svindel',

  // --- Round 2 (cat2a): the engine's own sentences ---
  'engine.choice_expired': 'Dette valg er allerede brugt eller udløbet; der blev ikke gjort mere.',
  'engine.choice_not_yours':
    'Kun {known, select, yes {{name}} other {den, der spurgte,}} kan svare på dette; det var deres anmodning. Intet blev ændret.',
  'engine.choice_used': 'Dette valg er allerede brugt; der blev ikke gjort mere.',
  'engine.choice_unknown': 'Jeg forstod ikke det valg.',
  'engine.cannot_do':
    'Jeg kan endnu ikke udføre "{action}" fra chatten. Skriv "help" for at se, hvad jeg kan.',
  'engine.no_longer': 'Den kommando er ikke længere tilgængelig.',
  'engine.carried_out': 'Bekræftet og udført{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell': 'Fortæl mig, hvad der skete i sagen, så foreslår jeg den lukkekode, der passer.',
  'engine.need_more':
    'Jeg har brug for lidt mere at gå ud fra: {missing, select, none {hvad du vil gøre} other {{missing}}}. Skriv "help" for eksempler.',
  'engine.need_argument': 'Jeg mangler {missing} for at komme videre.',
  'engine.failed':
    'Beklager, noget gik galt hos mig, og intet blev ændret. Prøv igen om et øjeblik; kontakt support, hvis det bliver ved.',
  'platform.unreachable': 'Jeg kan ikke nå sagsplatformen lige nu; intet blev ændret. Prøv igen om et minut.',
  'platform.too_slow':
    'Sagsplatformen svarer for langsomt lige nu; intet blev ændret. Prøv igen om et minut.',

  // --- Round 2 (cat2a): payments and information requests ---
  'payment.plan': 'Registrer en betaling på *{amount}* på sag {caseId} ({debtorName}).',
  'payment.plan.effect':
    'Betalingen registreres; luk sagen som Paid eller Partially paid, når inddrivelsen er afsluttet.',
  'payment.done':
    'Betaling på {amount} registreret på sag {caseId}; {total} betalt indtil videre. Luk den som Paid eller Partially paid, når du er færdig.',
  'payment.zero': 'En betaling skal være større end nul.',
  'payment.currency':
    'Sag {caseId} er i {caseCurrency}, så registrer betalingen i {caseCurrency} (omregn beløbet i {currency} først).',
  'info.plan':
    'Bed {who, select, managing {den administrerende partner} other {kreditor}} om flere oplysninger om sag {caseId}: "{question}"',
  'info.plan.effect':
    'Sagen bliver Needs Additional Details, indtil de svarer, og vender derefter tilbage til Pending Verification.',
  'info.done':
    'Sag {caseId} er Needs Additional Details; {who, select, managing {den administrerende partner} other {kreditor}} er blevet spurgt: "{question}"',

  // --- Round 2 (cat2a): withdrawing a case ---
  'withdraw.plan.within':
    'Træk sag {caseId} ({debtorName}) tilbage inden for inddrivelsesperioden (til og med {day}).',
  'withdraw.plan': 'Træk sag {caseId} ({debtorName}) tilbage.',
  'withdraw.effect.paused': 'Sagen sættes på pause, og partneren lukker den.',
  'withdraw.effect.fee': 'Det fulde succeshonorar og inddrivelsesomkostningerne skal betales.',
  'withdraw.effect.closed':
    'Sagen lukkes straks som Withdrawn by Client, og partneren får besked om at stoppe al inddrivelse.',
  'withdraw.done.paused':
    'Sag {caseId} er sat på pause; {known, select, yes {{partnerName}} other {partneren}} lukker den. Da det sker inden for inddrivelsesperioden, skal det fulde succeshonorar og inddrivelsesomkostningerne betales.',
  'withdraw.done.closed':
    'Sag {caseId} er lukket som Withdrawn by Client; {known, select, yes {{partnerName}} other {partneren}} har fået besked om at stoppe al inddrivelse.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'Lead {leadId} er Closed ({outcome})',
  'quotes3.lead.ready': 'Lead {leadId} har tilbud klar',
  'quotes3.lead.status': 'Lead {leadId} er {status}',
  'quotes3.lead.not_selectable': '{lead}, så der kan ikke længere vælges et tilbud.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, så der kan ikke længere vælges et tilbud. Sagen ligger allerede hos den valgte partner.',
  'quotes3.lead.not_sent':
    '{lead}: Det er endnu ikke sendt til partnere, så der er ingen tilbud at vælge. Vent, til tilbuddene kommer ind.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, så der er intet at trække tilbage.',
  'quotes3.list.title': 'Tilbud på sag {caseId}',
  'quotes3.list.none': '{lead}. Ingen tilbud endnu.',
  'quotes3.list.line':
    '• Tilbud {quoteId} fra {partnerName}: {pct} % i succeshonorar{fixed, select, yes { + {fixedFee} i fast gebyr} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status, select, sent {sendt} accepted {accepteret} declined {afvist} other {{status}}}',
  'quotes3.list.hint.support':
    'For at vælge et på klientens vegne kan du f.eks. skrive "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor':
    'For at vælge et kan du f.eks. skrive "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown': 'Tilbud {quoteId} er ikke et tilbud på sag {caseId}. Tilbuddene på den er {ids}.',
  'quotes3.select.unknown.none':
    'Tilbud {quoteId} er ikke et tilbud på sag {caseId}. Sagen har endnu ingen tilbud.',
  'quotes3.select.already':
    'Tilbud {quoteId} fra {partnerName} er allerede valgt; sag {caseId} ligger hos dem.',
  'quotes3.select.declined': 'Tilbud {quoteId} er afvist og kan ikke længere vælges.',
  'quotes3.select.not_collecting':
    'Sag {caseId} er {status} og indhenter ikke tilbud, så der kan ikke vælges et tilbud på den.',
  'quotes3.select.plan':
    'Vælg tilbud {quoteId} fra {partnerName} ({pct} % i succeshonorar) for sag {caseId}.',
  'quotes3.select.plan.behalf':
    'Vælg tilbud {quoteId} fra {partnerName} ({pct} % i succeshonorar) for sag {caseId} på vegne af klienten {clientName}, indsendt af {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'Sag {caseId} tildeles {partnerName} og bliver Active; de bliver bedt om at gå i gang.',
  'quotes3.select.plan.others':
    '{count, plural, one {Det andet tilbud afvises, og dets partner får besked.} other {De øvrige # tilbud afvises, og deres partnere får besked.}}',
  'quotes3.select.plan.history':
    'Sagshistorikken registrerer valget som foretaget af support på vegne af {clientName}; {managingPartnerName} (den administrerende partner) får besked.',
  'quotes3.select.done': 'Tilbud {quoteId} er valgt: Sag {caseId} ligger nu hos {partnerName} og er Active.',
  'quotes3.select.done.behalf':
    'Tilbud {quoteId} er valgt på vegne af {clientName}: Sag {caseId} ligger nu hos {partnerName} og er Active.',
  'quotes3.select.done.others':
    '{count, plural, one {# andet tilbud blev afvist, og dets partner har fået besked.} other {# andre tilbud blev afvist, og deres partnere har fået besked.}}',
  'quotes3.select.done.told': '{name} har fået besked.',
  'quotes3.pullback.closed': 'Sag {caseId} er allerede lukket, så der er intet at trække tilbage.',
  'quotes3.pullback.plan': 'Træk sag {caseId} tilbage fra tilbudsprocessen uden at vælge et tilbud.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {Tilbuddet afvises} other {Alle # tilbud afvises}}, og partnerne får besked.',
  'quotes3.pullback.plan.none':
    'Der er ikke kommet noget tilbud; de inviterede partnere får besked om, at leadet er trukket tilbage.',
  'quotes3.pullback.plan.closed': 'Sag {caseId} lukkes som Withdrawn by Client.',
  'quotes3.pullback.done':
    'Sag {caseId} er trukket tilbage: {count, plural, =0 {} one {# tilbud blev afvist, og partnerne har fået besked; } other {# tilbud blev afvist, og partnerne har fået besked; }}sagen er lukket som Withdrawn by Client.',
  'quotes3.partner_unknown': 'Din partnerorganisation er ikke kendt af platformen.',
  'quotes3.pass.plan': 'Spring sag {caseId} over: din organisation giver ikke tilbud på lead {leadId}.',
  'quotes3.pass.plan.final': 'Du kan ikke give tilbud på dette lead bagefter.',
  'quotes3.pass.plan.last':
    'Du er den sidste inviterede partner, der svarer: indhentningen af tilbud slutter nu.',
  'quotes3.pass.done': 'Noteret: du giver ikke tilbud på sag {caseId}.',
  'quotes3.pass.done.all':
    'Noteret: du giver ikke tilbud på sag {caseId}. Alle inviterede partnere har takket nej, så leadet lukkes, og kreditor får besked.',
  'quotes3.quote.partners_only':
    'Kun inkassopartnere, der er inviteret til leadet på sag {caseId}, kan give tilbud eller takke nej til at give tilbud på den.',
  'quotes3.quote.not_invited':
    'Din organisation er ikke inviteret til at give tilbud på sag {caseId}, så den kan ikke give tilbud på den. Kun partnere, der er inviteret til et lead, kan give tilbud.',
  'quotes3.quote.plan':
    'Giv tilbud med et succeshonorar på {pct} %{fixed, select, yes { plus et fast gebyr på {fixedFee}} other {}} på sag {caseId} (lead {leadId}).',
  'quotes3.quote.plan.seen':
    'Kreditor ser dit tilbud sammen med de andre, når indhentningen af tilbud slutter.',
  'quotes3.quote.plan.once': 'Hver partner giver ét tilbud: det kan ikke ændres bagefter.',
  'quotes3.quote.done':
    'Tilbud {quoteId} ({pct} %) er afgivet på sag {caseId}. Kreditor ser det, når indhentningen af tilbud slutter.',
  'quotes3.quote.done.ended':
    'Tilbud {quoteId} ({pct} %) er afgivet på sag {caseId}. Indhentningen af tilbud er slut, og kreditor vælger nu.',
  'quotes3.terms.fee_range':
    'Et succeshonorar på {pct} % er ikke muligt. Angiv en procentsats over 0 og højst 100, f.eks. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative':
    'Et fast gebyr kan ikke være negativt. Udelad det, eller angiv et beløb ≥ 0.',
  'quotes3.can_quote.not_invited':
    'Din organisation er ikke inviteret til at give tilbud på lead {leadId}, så den kan ikke give tilbud på det. Kun inviterede partnere kan give tilbud.',
  'quotes3.can_quote.already':
    'Din organisation har allerede givet tilbud på {pct} % på lead {leadId} (tilbud {quoteId}); hver partner giver ét tilbud.',
  'quotes3.can_quote.passed':
    'Din organisation har allerede takket nej til at give tilbud på lead {leadId}, så den kan ikke give tilbud nu.',
  'quotes3.can_quote.closed': '{lead}; det modtager ikke længere tilbud, så der kan ikke tilføjes et tilbud.',
  'quotes3.can_pass.not_invited':
    'Din organisation er ikke inviteret til at give tilbud på lead {leadId}, så der er intet at takke nej til.',
  'quotes3.can_pass.already':
    'Din organisation har allerede {answer, select, quoted {givet tilbud} other {takket nej til at give tilbud}} på lead {leadId}.',
  'quotes3.can_pass.closed': '{lead}; det modtager ikke længere tilbud.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'Ny sag {caseId} til verificering{submitted, select, yes {, indsendt af {partnerName} for {clientName}} other {}}: {debtorName} ({debtorType, select, company {virksomhed} person {privatperson} other {{debtorType}}}, {where}), {claimType, select, unpaid_invoice {ubetalt faktura} loan_repayment {tilbagebetaling af lån} other {{claimText}}} på {amount}. Accepter den, bed om flere oplysninger, tilbyd særlige vilkår eller afvis den med en begrundelse.',
  'notices3.verification_reminder':
    'Påmindelse: sag {caseId} ({debtorName}, {amount}) har ventet {days} hverdage på jeres verificering. Accepter den, afvis den med en begrundelse, eller bed kreditor om flere oplysninger.',
  'notices3.withdrawal_paused':
    'Klienten har bedt om at trække sag {caseId} ({debtorName}) tilbage inden for inddrivelsesperioden, så sagen er sat på pause. Det fulde succeshonorar og inddrivelsesomkostningerne skal betales. Luk sagen med den relevante lukkekode, og udsted eventuelle relevante fakturaer.',
  'notices3.withdrawal_stop':
    'Klienten har trukket sag {caseId} ({debtorName}) tilbage{after, select, yes { efter inddrivelsesperioden} other {}}, så den er lukket som Withdrawn by Client. Stop venligst al inddrivelse på sagen. Der kræves ikke yderligere handling fra jer.',
  'notices3.custom_terms_offered':
    '{partnerName} har tilbudt særlige vilkår på sag {caseId} ({debtorName}): et succeshonorar på {pct} %{hasTerms, select, yes { ({terms})} other {}}. Sagen indhenter nu tilbud; I får besked, når de er klar at vælge imellem.',
  'notices3.payment_registered':
    '{partnerName} har registreret en betaling på {amount} på sag {caseId} ({debtorName}). Betalt indtil nu: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks ---
  'cases3.close.plan':
    'Luk sag {caseId} ({debtorName}) som *{code}*{hasComment, select, yes { med kommentaren "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Registrér en betaling på *{amount}* på sag {caseId} ({debtorName}), og luk den som *{code}*{hasComment, select, yes { med kommentaren "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'Betalingen på {amount} registreres først, i samme trin: hvis lukningen afvises, registreres der ingen betaling.',
  'cases3.close.effect.payout':
    'Der oprettes en udbetaling på {total}: {creditorAmount} til kreditor, {partnerAmount} til dig ({pct} % provision).',
  'cases3.close.effect.told':
    '{who, select, managing {Den administrerende partner} other {Kreditor}} får besked om resultatet.',
  'cases3.close.effect.suggestion': 'Forslaget *{code}* deles med close-code-teamet.',
  'cases3.close.done':
    'Sag {caseId} er lukket (Closed) som {code}.{payout, select, yes { Udbetaling oprettet: {creditorAmount} til kreditor, {partnerAmount} til dig.} other {}} {who, select, managing {Den administrerende partner} other {Kreditor}} har fået besked.',
  'cases3.close.not_paid':
    'Der er betalt {paid} af {full} på sag {caseId}, så den er ikke Paid: Paid gælder kun det fulde udestående beløb. Vil du lukke den som Partially paid i stedet? Hvis resten er kommet ind, så annullér og registrér først de resterende {rest} ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'Der er betalt {paid} på sag {caseId}, hele det udestående beløb på {full}, så den er Paid og ikke Partially paid. Vil du lukke den som Paid i stedet?',
  'cases3.score.success':
    '{name} er en succeskode: den tæller ikke imod din score og opretter udbetalingen fordelt efter den aftalte provisionssats.',
  'cases3.score.partner_decline':
    '{name} er en partner-afvisningskode: den tæller hverken imod din engagementsmultiplikator eller din inddrivelsesscore.',
  'cases3.score.client_decision':
    '{name} er en kode for en klientbeslutning: den tæller i øjeblikket imod din inddrivelsesscore, selv om lukningen skyldes klientens beslutning og ikke din indsats (en kendt begrænsning).',
  'cases3.score.process_completion':
    '{name} er en kode for en afsluttet proces: den registreres og påvirker din præstationsscore.',
  'cases3.score.fallback':
    'Other er opsamlingskoden: den registreres, påvirker din præstationsscore og kræver en kommentar; vælg en specifik kode, når en passer.',
  'cases3.status.head':
    'Sag {caseId} ({debtorName}, {amount}) er {status}{closed, select, yes { som {code}} other {}}.',
  'cases3.status.partner': 'Partner: {partnerName}.',
  'cases3.status.period.running': 'Inddrivelsesperioden løber til og med {day}.',
  'cases3.status.period.ended': 'Inddrivelsesperioden sluttede {day}.',
  'cases3.status.paid': 'Betalt indtil nu: {amount}.',
  'cases3.status.lead': '{lead} med {count} af {expected} forventede tilbud{window}.',
  'cases3.status.window.running': '; der indhentes tilbud til og med {day}',
  'cases3.status.window.ended': '; indhentningen af tilbud sluttede {day}',
  'cases3.status.own_quote': 'Dit tilbud {quoteId} ({pct} % succeshonorar) ligger på den, status {status}.',
  'cases3.status.passed': 'Din organisation har takket nej til dette lead.',
  'cases3.status.invited':
    'Din organisation er inviteret til at give tilbud: skriv "quote <percent>% on case {caseId}", eller "no quote on case {caseId}" for at takke nej.',
  'cases3.tasks.forbidden':
    'Opgaver er de sager, en partner skal verificere. For de sager, du kan se, så skriv "my cases".',
  'cases3.tasks.legal':
    'Du har ingen sager at verificere: som partner i det juridiske netværk modtager du leads og vælger, om du vil give tilbud, så intet venter på dig i Pending Verification.',
  'cases3.tasks.none': 'Du har ingen sager, der venter på verificering.',
  'cases3.tasks.count':
    '{count, plural, one {# sag venter} other {# sager venter}} på, at du verificerer (ældste først):',
  'cases3.tasks.item':
    '• Sag {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { Kreditor har besvaret din anmodning om flere oplysninger: læs svaret først.} other {}} Acceptér ("accept {caseId}"), afvis med en begrundelse ("decline {caseId}, <reason>") eller anmod om flere oplysninger ("request info on {caseId}").',
  'cases3.tasks.wait':
    'har ventet {under, select, yes {mindre end 1 arbejdsdag} other {{days, plural, one {# arbejdsdag} other {# arbejdsdage}}}}{late, select, yes { (forsinket)} other {}}',
  'cases3.tasks.waiting': 'Venter på kreditors svar på din anmodning om flere oplysninger: {cases}.',
  'cases3.tasks.case': 'sag {caseId}',
  'cases3.tasks.speed':
    'Din svartid: en median på {median} arbejdsdage til at verificere en sag, over {count, plural, one {# sag} other {# sager}} inden for de seneste {window} dage.',
  'cases3.tasks.speed.none': 'Din svartid: ingen sager verificeret inden for de seneste {window} dage endnu.',
  'cases3.list.none': 'Du har ingen {status, select, any {sager} other {sager i {status}}}.',
  'cases3.list.head':
    'Dine {status, select, any {sager} other {sager i {status}}} ({count}{full, select, yes {, nyeste først} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'Ingen afvisninger venter på manuel gennemgang.',
  'cases3.reviews.head': 'Afvisninger, der venter på manuel gennemgang ({count}):',
  'cases3.reviews.item': '• sag {caseId}: "{reason}"',
  'cases3.review.plan': 'Registrér afvisningen af sag {caseId} ("{reason}") som *{category}*.',
  'cases3.review.effect':
    'Den manuelle gennemgang afsluttes, og den afvisende partner får kategorien at vide.',
  'cases3.review.done': 'Afvisningen af sag {caseId} er registreret som {category}.',
  'cases3.review.none': 'Sag {caseId} har ingen afvisning, der venter på manuel gennemgang.',
  'cases3.answer.plan': 'Send dit svar på sag {caseId} til partneren.',
  'cases3.answer.effect': 'Sagen går tilbage til Pending Verification, og partneren får besked.',
  'cases3.answer.done': 'Tak. Sag {caseId} er tilbage hos partneren til verificering.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} har lukket sag {caseId} ({debtorName}) som {code}.{payout, select, yes { Der er inddrevet {total}: {creditorAmount} udbetales til jer.} other {}}{hasComment, select, yes { Kommentar: {comment}} other {}}',
  'notices4.closecode_suggestion':
    'Sag {caseId} blev lukket som Other af {partnerName} med kommentaren "{comment}". Foreslået kode: {code}.',
  'notices4.no_quote_alert':
    'Sag {caseId} ({creditorName}, skyldner {debtorName}) blev afvist den {day} og har ikke fået noget tilbud på {days} hverdage (lead {leadId}). Afvisningsårsag: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Lead: {leadState}; {invited, plural, one {# partner} other {# partnere}} inviteret ({declinedToQuote} har meldt fra, {waiting} har ikke svaret); 0 tilbud indtil nu; tilbudsvinduet {window}. Kreditor har fået besked om at kontakte support. Følg venligst op hos kreditor.',
  'notices4.no_quote_alert.uncategorised': 'ikke kategoriseret (manuel gennemgang hos support)',
  'notices4.no_quote_alert.no_decline': 'ingen afvisning registreret',
  'notices4.lead_state':
    '{state, select, open {Åben} qualified {Kvalificeret} winner {lukket (tilbud valgt)} pullback {lukket (trukket tilbage)} expired {lukket (udløbet)} declined_options {lukket (ingen tilbud)} other {Lukket}}',
  'notices4.window.ended': 'sluttede {day} kl. {time} UTC',
  'notices4.window.ends': 'slutter {day} kl. {time} UTC',
  'notices4.window.none': 'ikke startet (lead er endnu ikke kvalificeret)',
  'notices4.decline_reviewed':
    'Support har gennemgået jeres afvisning af sag {caseId} ("{reason}") og registreret den som {category}.',
  'notices4.info_answered':
    'De oplysninger, I bad om på sag {caseId} ({debtorName}), er kommet: {answer} Sagen er tilbage i Pending Verification: acceptér den, afvis den eller tilbyd særlige vilkår.',
  'notices4.period_ended_partner':
    'Inddrivelsesperioden for sag {caseId} sluttede den {day}. Hvis kreditor trækker sagen tilbage nu, lukkes den med det samme. Når alle udenretlige inddrivelsesmuligheder er udtømt, lukker I den som Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'skyldneren (privatperson)',
  'subject.case.closed': 'lukket',
  'subject.case.info_answered': 'jeres spørgsmål er besvaret',
  'subject.decline.reviewed': 'afvisningen er gennemgået',
  'subject.case.collection_period_ended': 'inddrivelsesperioden er slut',
  'support4.user_unknown': 'Der er ingen platformsbruger "{ref}".',
  'support4.identity.already': '{account} er allerede knyttet til {name}.',
  'support4.identity.taken':
    '{account} er knyttet til {known, select, yes {{name} ({handle})} other {en anden bruger}}; fjern først tilknytningen ("unlink {account}").',
  'support4.identity.plan': 'Knyt {account} til {name}{hasOrg, select, yes { hos {org}} other {}}?',
  'support4.identity.plan.effect':
    'Den, der bruger kontoen, er derefter {name} ({handle}, {role, select, support {support} partner {partner} creditor {kreditor} other {{role}}}) for assistenten.',
  'support4.identity.linked': '{account} er nu knyttet til {name}.',
  'support4.identity.not_linked': '{account} er ikke knyttet til nogen.',
  'support4.identity.unlink_plan': 'Fjern tilknytningen mellem {account} og {name}?',
  'support4.identity.unlink_effect': 'Vedkommende kan derefter ikke længere bruge assistenten fra den konto.',
  'support4.identity.unlinked': 'Tilknytningen mellem {account} og {name} er fjernet.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': '{who} har ingen tilknyttet chatkonto.',
  'support4.identity.list': '{who} er knyttet til: {accounts}.',
  'support4.link_code':
    'Linkkode til {name} ({handle}): *{code}*, kan bruges én gang i {hours, plural, one {# time} other {# timer}}. Giv den til vedkommende privat; de skriver `link {code}` til botten.',
  'support4.ask.person': 'Hvem mener du? Angiv personen med brugernavn (handle) eller e-mailadresse.',
  'support4.ask.account':
    'Hvilken chatkonto? Skriv den som "slack T123/U456", "teams <tenant>/<user id>" eller "console <handle>".',
  'support4.ask.notice': 'Hvilken notifikation? Angiv dens nummer, f.eks. "requeue notice 42".',
  'support4.ask.channel': 'Hvilken kanal? Skriv for eksempel "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface':
    'Angiv, om det er en Slack- eller en Teams-kanal: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Kun support kan registrere eller afregistrere en kanal. Bed support om at gøre det for jeres organisation.',
  'support4.channel.not_channel': 'Det er ikke en kanal: kun kanaler og gruppechats kan registreres.',
  'support4.channel.no_partner': 'Der er ingen partner {id}.',
  'support4.channel.no_creditor': 'Der er ingen kreditor {id}.',
  'support4.channel.no_org': 'Der er ingen partner eller kreditor ved navn "{owner}".',
  'support4.channel.ambiguous': '"{owner}" kan være {names}: angiv venligst det fulde navn.',
  'support4.or': ' eller ',
  'support4.channel.plan':
    'Registrér {surface}-kanalen {channelId} som {support, select, yes {supportkanalen} other {egen kanal for {name}}}?',
  'support4.channel.effect.support':
    'Sagsopslag fra supportmedarbejdere besvares der, så alle i kanalen kan se dem; alle andres forbliver private.',
  'support4.channel.effect.org':
    'Sagsopslag fra organisationens egne folk besvares der, så alle i kanalen kan se dem; alle andres forbliver private.',
  'support4.channel.unregister_plan': 'Afregistrér {surface}-kanalen {channelId}?',
  'support4.channel.unregister_effect': 'Sagsopslag der besvares derefter kun til den, der spørger.',
  'support4.channel.registered':
    'Kanalen er nu registreret som {support, select, yes {supportkanalen: sagsopslag fra supportmedarbejdere} other {egen kanal for {name}: sagsopslag fra folk hos {name}}} besvares, så alle i kanalen kan se dem. Alle andres kan stadig kun ses af dem selv.',
  'support4.channel.unregistered':
    'Kanalen er ikke længere registreret: sagsopslag her besvares kun til den, der spørger.',
  'support4.channel.was_not':
    'Kanalen var ikke registreret; sagsopslag her besvares kun til den, der spørger.',
  'support4.parked.none': 'Ingen notifikationer er parkeret: alle er leveret eller på vej.',
  'support4.parked.head': 'Parkerede notifikationer ({total}), dem der har ventet længst først:',
  'support4.parked.line':
    '• notifikation {id}: "{subject}" til {type, select, channel {{name}} creditor {kreditor {name}} partner {partner {name}} other {bruger {name}}}, parkeret siden {when}: {reason}',
  'support4.parked.more': '…og {count} mere (dem der har ventet længst, vises).',
  'support4.parked.fix':
    'Ret årsagen (knyt personen, tilføj en e-mailadresse), og skriv derefter "requeue notice <number>".',
  'support4.parked.delivered':
    'Notifikation {id} er allerede leveret{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting': 'Notifikation {id} er ikke parkeret: den venter allerede på at blive sendt.',
  'support4.parked.unknown': 'Der er ingen notifikation {id}.',
  'support4.parked.plan': 'Send notifikation {id} ("{subject}") igen?',
  'support4.parked.plan.why': 'Den blev parkeret, fordi: {reason}.',
  'support4.parked.plan.no_reason': 'ingen årsag registreret',
  'support4.parked.plan.effect':
    'Udbakken prøver igen nu; de personer, den allerede har nået, får den ikke to gange.',
  'support4.parked.done': 'Notifikation {id} ("{subject}") er sat i kø igen og sendes om lidt.',
  'support4.link.unknown':
    'Linkkoden er ikke gyldig. Tjek den mod den, du fik (koder ser ud som K7MQ-3PXA), eller bed support om en ny.',
  'support4.link.expired': 'Linkkoden er udløbet. Bed support om en ny.',
  'support4.link.used':
    'Linkkoden er allerede brugt: hver kode knytter én konto, én gang. Bed support om en ny.',
  'support4.link.already_linked':
    'Denne chatkonto er allerede knyttet til en platformsbruger, så koden blev ikke brugt. Skriv "help" for at se, hvad jeg kan.',
  'support4.link.email_none': 'Ingen platformsbruger passer til din e-mail.',
  'support4.link.email_already':
    'Denne chatkonto er allerede knyttet til en platformsbruger. Skriv "help" for at se, hvad jeg kan.',
  'support4.link.done':
    'Færdig: denne {surface}-konto er nu knyttet til *{name}*{hasOrg, select, yes { hos {org}} other {}}. Skriv "help" for at se, hvad jeg kan gøre for dig.',
  'support4.link.offer':
    'Hej! Denne {surface}-konto er endnu ikke knyttet til inkassoplatformen. Din e-mail tilhører *{name}*{hasOrg, select, yes { hos {org}} other {}}: er det dig? Skriv "yes" eller tryk på *{button}* for at knytte den; hvis det ikke er dig, så se bort fra denne besked og kontakt support.',
  'support4.link.button': 'Knyt denne konto',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    'Hvilket succeshonorar foreslår du for sag {caseId}? Skriv f.eks. "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    'Et succeshonorar på {pct} % er ikke muligt; angiv en procentsats over 0 og højst 100.',
  'chat4.terms.plan':
    'Tilbyd særlige vilkår på sag {caseId}: et succeshonorar på *{pct} %*{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead': 'Sagen bliver et lead med dit tilbud på og går til Collecting Quotes.',
  'chat4.terms.effect.told':
    '{who, select, managing {Den administrerende partner} other {Kreditor}} får besked og vælger et tilbud.',
  'chat4.terms.done':
    'Dit tilbud på {pct} % ligger på lead {leadId}; sag {caseId} er Collecting Quotes, og {who, select, managing {den administrerende partner} other {kreditor}} har fået besked.',
  'chat4.chat.nobody':
    'Ingen inkassopartner arbejder på sag {caseId} lige nu (den er {status}), så der er ingen at skrive til i sagschatten. {closed, select, yes {Skriv "add information to case {caseId}: …" for at få den genindsendt eller spørge om den, så ser support det.} other {Skriv "add information to case {caseId}: …" for at give de partnere, der overvejer den, flere oplysninger.}}',
  'chat4.chat.empty': 'Skriv venligst beskeden til sag {caseId}.',
  'chat4.chat.too_long':
    'Den besked er på {length, number} tegn; en besked på en sag må højst være på {max, number}. Forkort den, eller send den i flere dele.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {administrerende partner} assigned_partner {inkassopartner} creditor {kreditor} support {support} other {partner}})',
  'chat4.chat.notice':
    'Besked om sag {caseId} ({debtorName}) fra {from}: “{text}” Skriv "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …" for at svare; "messages on {caseId}" viser sagschatten.',
  'chat4.chat.sent':
    'Sendt til {name} på sag {caseId}; de får besked nu. Skriv "messages on {caseId}" for at se sagschatten.',
  'chat4.chat.the_partner': 'partneren',
  'chat4.chat.title': 'Sag {caseId}: chat',
  'chat4.chat.none': 'Der er endnu ingen beskeder på sag {caseId}.',
  'chat4.chat.how':
    '{write, select, reply {Skriv "reply on {caseId}: …" for at skrive.} other {Skriv "message the partner on {caseId}: …" for at skrive.}}',
  'chat4.chat.head': 'Sagschat for sag {caseId} ({debtorName}), ældste først:',
  'chat4.chat.platform': 'Platformen',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {tilføjede oplysninger: {hasText, select, yes {“{text}”} other {}}} request_info {bad om flere oplysninger{hasText, select, yes {: “{text}”} other {}}} answer_info {besvarede anmodningen om oplysninger: {hasText, select, yes {“{text}”} other {}}} other {{hasText, select, yes {“{text}”} other {}}}}',
  'chat4.info.waiting':
    'Partneren, der arbejder på sag {caseId}, venter på dit svar: skriv "answer {caseId}: …", så går sagen tilbage til dem.',
  'chat4.info.has_partner':
    'En inkassopartner arbejder på sag {caseId} ({status}): skriv til dem i sagschatten med "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {Den administrerende partner} other {Kreditor}} ({name}) har tilføjet oplysninger til sag {caseId} ({debtorName}), {status}: “{text}”{next, select, closed { Sagen er lukket efter en afvisning: de ønsker måske at få den genindsendt.} told { {count, plural, one {Partneren, der overvejer dens lead, har} other {De # partnere, der overvejer dens lead, har}} fået besked.} other { Ingen partner overvejer den lige nu.}}',
  'chat4.info.partner':
    '{who, select, managing {Den administrerende partner} other {Kreditor}} har tilføjet oplysninger til sag {caseId} ({debtorName}), hvis lead du er på: “{text}” "status {caseId}" viser sagen.',
  'chat4.info.done':
    'Tilføjet til sag {caseId}: {count, plural, =0 {support har fået besked} one {support og partneren, der overvejer den, har fået besked} other {support og de # partnere, der overvejer den, har fået besked}}.{closed, select, yes { Sagen er lukket; support vender tilbage til dig om at genindsende den.} other {}} Skriv "messages on {caseId}" for at se det på sagen.',
  'chat4.engine.confirm_title': 'Bekræft venligst',
  'chat4.engine.sure_title': 'Er du sikker?',
  'chat4.engine.confirm_desc': 'Bekræft: {action}',
  'chat4.engine.cancel_desc': 'Annuller: undlad at {action}',
  'chat4.engine.choose_desc': 'Vælg {label}{caseId, select, none {} other { for sag {caseId}}}',
  'chat4.engine.form_choice_desc': '{form} som {label}',
  'chat4.engine.settled': '{outcome} af {name}',
  'chat4.engine.settled_at': 'kl.',
  'chat4.engine.too_long':
    'Den besked er for lang til mig: jeg læser forespørgsler på op til {max, number} tegn. Send forespørgslen for sig selv med en kort begrundelse.',
  'chat4.engine.late':
    'Spørgsmålet, som "{n}" ville besvare ({question}?), {used, select, yes {er allerede besvaret eller annulleret} other {er udløbet}}, så intet blev valgt, og intet blev ændret.{example}',
  'chat4.engine.late.earlier': 'et tidligere spørgsmål',
  'chat4.engine.late.quote':
    'Skriv for eksempel "go with quote {quoteId} on case {caseId}" for at vælge et tilbud, eller "quotes on {caseId}" for at se dem igen.',
  'chat4.engine.quote_choice':
    'Tilbud {quoteId}: {partnerName}, {pct} %{fixed, select, yes { + {fee} fast} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {acceptere sag{caseId, select, none {} other { {caseId}}}} case_decline {afvise sag{caseId, select, none {} other { {caseId}}}} case_request_info {bede om flere oplysninger på sag{caseId, select, none {} other { {caseId}}}} case_offer_terms {tilbyde vilkår på sag{caseId, select, none {} other { {caseId}}}} case_close {lukke sag{caseId, select, none {} other { {caseId}}}} payment_register {registrere en betaling på sag{caseId, select, none {} other { {caseId}}}} quote_select {vælge et tilbud på sag{caseId, select, none {} other { {caseId}}}} quote_submit {give et tilbud på sag{caseId, select, none {} other { {caseId}}}} lead_pullback {trække sag{caseId, select, none {} other { {caseId}}} tilbage} case_withdraw {tilbagekalde sag{caseId, select, none {} other { {caseId}}}} quote_decline {melde pas på sag{caseId, select, none {} other { {caseId}}}} decline_resolve {afgøre afvisningen af sag{caseId, select, none {} other { {caseId}}}} case_answer_info {besvare anmodningen om oplysninger på sag{caseId, select, none {} other { {caseId}}}} case_submit {indsende en ny sag} other {{name} på sag{caseId, select, none {} other { {caseId}}}}}',
  'chat4.action.done':
    '{action, select, case_accept {Accepteret} case_decline {Afvist} case_request_info {Oplysninger anmodet} case_offer_terms {Vilkår tilbudt} case_close {Lukket} payment_register {Betaling registreret} quote_select {Tilbud valgt} quote_submit {Tilbud givet} lead_pullback {Trukket tilbage} case_withdraw {Tilbagekaldt} quote_decline {Meldt pas} decline_resolve {Afvisning afgjort} case_answer_info {Besvaret} case_submit {Indsendt} cancelled {Annulleret} chosen {Valgt} refused {Ikke udført: afvist ved bekræftelsen} other {Bekræftet}}',
  'chat4.form.decline': '{caseId, select, none {Afvis en sag} other {Afvis sag {caseId}}}',
  'chat4.form.close': '{caseId, select, none {Luk en sag} other {Luk sag {caseId}}}',
  'chat4.form.submit_case': 'Indsend en sag',
  'chat4.busy':
    'Jeg har rigtig mange forespørgsler lige nu og kunne ikke tage denne; intet blev ændret. Prøv igen om lidt.',
  'chat4.rate_limited': 'Du sender beskeder hurtigere, end jeg kan nå; vent et øjeblik.',
  'chat4.gave_up':
    'Beklager, jeg kunne ikke gøre det færdigt på grund af et problem hos os. Prøv igen om et minut; kontakt support, hvis det bliver ved.',
  'chat4.home.header': 'Dine sager',
  'chat4.home.nothing': 'Intet venter på dig.',
  'chat4.home.how_to':
    'Skriv til mig her, nævn mig i en kanal, eller brug `/case`: `/case 123` viser en sag, `/case decline 123 <reason>` afviser den, `/case close 123` åbner lukkeformularen, `/case help` viser det hele.',
  'chat4.home.submit_button': 'Indsend en sag for en klient',
  'chat4.home.not_linked': 'Ikke tilknyttet endnu',
  'chat4.home.waiting': 'Venter på dig',
  'chat4.home.waiting.none': 'Intet venter på dig lige nu.',
  'chat4.home.responsiveness': 'Din svartid',
  'chat4.home.more': '…og {count} mere',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {kreditor har besvaret din anmodning om flere oplysninger; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {verificér den: acceptér, afvis, bed om flere oplysninger eller tilbyd særlige vilkår} paused {klienten har trukket sagen: luk den med en lukkekode} details {partneren har bedt om flere oplysninger: svar på det} other {der indhentes tilbud: sammenlign dem og vælg en partner}}',
  'chat4.link.not_linked':
    'Hej! Din {surface, select, slack {Slack} teams {Microsoft Teams} other {konsol}}-konto er endnu ikke knyttet til en bruger på inkassoplatformen, så jeg kan ikke vise eller ændre sager for dig. Bed support om at knytte din {surface, select, slack {Slack} teams {Microsoft Teams} other {konsol}}-konto til din platformbruger; når det er gjort, kan du skrive "help" for at se, hvad jeg kan.',
  'chat4.link.code_hint':
    'Hvis support har givet dig en tilknytningskode, så skriv "link" efterfulgt af koden, f.eks. "link K7MQ-3PXA".',
  'chat4.title.case': 'Sag {caseId}',
  'chat4.title.tasks': 'Dine opgaver',
  'chat4.submit.open':
    'Lad os indsende en sag for din klient: udfyld formularen (klient, debitor, krav, dokumenter). Jeg viser succeshonoraret, og hvad der sker, før noget bliver indsendt.',
  'chat4.submit.not_partner':
    'Indsendelse af sager i chatten er for administrerende partnere. Kreditorer indsender sager på platformen.',
  'chat4.form.again':
    'Jeg kunne ikke bruge den formular, intet blev ændret: {problems} Udfyld den venligst igen.',
  'chat4.link.too_many':
    'Der er prøvet for mange forkerte tilknytningskoder fra denne konto. Vent en time og prøv igen, eller bed support om at tilknytte din konto.',
  'chat4.link.paused':
    'Der er prøvet for mange forkerte tilknytningskoder i den seneste time, så tilknytning med kode er sat på pause et stykke tid. Prøv igen senere, eller bed support om at tilknytte din konto.',
  'chat4.engine.invalid_choice':
    'Det er ikke en af de muligheder, jeg tilbød, så intet blev ændret. Vælg en af knapperne, eller svar med ord.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    'Sag {caseId} er stadig i sin udenretlige inddrivelsesperiode (indtil {until}), så den kan ikke gå til retslig inddrivelse endnu. Den kan eskaleres, når perioden er slut, eller når partneren lukker den som Pre-Legal Exhausted.',
  'refusals4.escalate.no_period':
    'Sag {caseId} har ingen udenretlig inddrivelsesperiode, der er slut, så den kan ikke gå til retslig inddrivelse via chatten. Kontakt Debitura support om den.',
  'refusals4.escalate.window_passed':
    'Sag {caseId} blev lukket som Pre-Legal Exhausted den {closedOn}, for mere end {days} dage siden, så den kan ikke længere eskaleres via chatten. Kontakt Debitura support for at gå videre med den.',
  'refusals4.escalate.closed_as':
    'Sag {caseId} er lukket som {label}, så den kan ikke gå til retslig inddrivelse: det kan kun en sag, der er lukket som Pre-Legal Exhausted (inden for {days} dage), eller en Active sag, hvis inddrivelsesperiode er slut.',
  'refusals4.escalate.already':
    'Sag {caseId} er allerede eskaleret til retslig inddrivelse: det juridiske netværk giver tilbud på den. Skriv "quotes on {caseId}" for at se tilbuddene.',
  'refusals4.escalate.status':
    'Sag {caseId} er {status}, så den kan ikke eskaleres til retslig inddrivelse.{instead, select, collecting_quotes { Den indhenter allerede tilbud; skriv "quotes on {caseId}" for at se dem.} paused { Den er sat på pause efter en tilbagetrækning; partneren lukker den nu.} other { Den udenretlige inddrivelse er ikke begyndt på den endnu.}}',
  'refusals4.escalate.can':
    'Sag {caseId} kan eskaleres til retslig inddrivelse nu: den udenretlige inddrivelse er slut. Skriv "escalate {caseId} to legal" for at åbne et lead for det juridiske netværk.',
  'refusals4.escalate.plan': 'Eskalér sag {caseId} ({debtorName}) til retslig inddrivelse?',
  'refusals4.escalate.plan.ends':
    '{named, select, yes {{partnerName}s} other {Partnerens}} udenretlige opgave slutter som Pre-Legal Exhausted, og partneren får besked om at stoppe inddrivelsen.',
  'refusals4.escalate.plan.reopens':
    'Sagen blev lukket som Pre-Legal Exhausted; den genåbnes til retslig inddrivelse.',
  'refusals4.escalate.plan.lead':
    'Et lead åbnes for det juridiske netværk: partnere, der dækker {country}{named, select, yes { (ikke {partnerName})} other {}}, inviteres til at give tilbud.',
  'refusals4.escalate.plan.collecting': 'Sagen er Collecting Quotes, indtil du vælger et af tilbuddene.',
  'refusals4.sub.file':
    'Et krav på {usd} (over 10.000 USD) kræver en fil: vedhæft den originale faktura, kontrakt eller et andet bilag.',
  'refusals4.sub.file_or_description':
    'Et krav på {usd} (2.000–10.000 USD) kræver en fil eller en beskrivelse: vedhæft fakturaen, eller beskriv kravet.',
  'refusals4.sub.no_rate':
    'Platformen har ingen valutakurs for {currency}. Angiv også kravets værdi i USD, eller indsend det i USD eller EUR.',
  'refusals4.sub.usd_too_large':
    '{amount} svarer til omkring {huge, select, yes {USD 1e15 eller mere} other {{usd}}}, mere end platformen kan registrere (krav kan højst svare til 999.999.999.999,99 USD). Tjek beløbet.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {Jeg kender ikke landet "{text}". } other {}}Angiv din klients land som navn eller med to bogstaver, f.eks. Danmark eller DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {Jeg kender ikke landet "{text}". } other {}}Angiv skyldnerens land som navn eller med to bogstaver, f.eks. Tyskland eller DE.',
  'refusals4.sub.debtor_type': 'Skyldneren skal være en virksomhed eller en person.',
  'refusals4.sub.claim_type':
    'Sager indsendt af partnere kan kun være en Unpaid Invoice eller en Loan Repayment, ikke "{wanted}".',
  'refusals4.sub.api_claim_type':
    'Sager indsendt via API’et er altid Unpaid Invoice. Indsend en Loan Repayment via formularen i stedet.',
  'refusals4.sub.disputed':
    'Kun ubestridte krav kan indsendes: et bestridt krav kræver retslige skridt, ikke udenretlig inddrivelse.',
  'refusals4.sub.amount_zero': 'Kravets beløb skal være større end 0.',
  'refusals4.sub.amount_number':
    'Angiv det skyldige beløb som et tal, f.eks. 12500, 4.800,00 eller 4,800.00.',
  'refusals4.sub.debt_date':
    'Angiv datoen, hvor kravet forfaldt, med dag, måned og år, f.eks. 30/06/2026, 30.06.2026 eller 2026-06-30.',
  'refusals4.sub.partners_only':
    'Kun en inkassopartner kan indsende en sag for sin klient. Kreditorer opretter sager i portalen.',
  'refusals4.sub.client_name':
    'Angiv din klients firmanavn og land (to bogstaver, f.eks. DK). Hvis kravet skyldes til dig selv, så angiv dit eget firmanavn.',
  'refusals4.sub.debtor_name': 'Angiv skyldnerens navn og land (to bogstaver, f.eks. DE).',
  'refusals4.sub.own_jurisdiction':
    'Din organisation dækker selv {country}{hasRegion, select, yes { ({region})} other {}}, så sagen ville blive sendt tilbage til dig. Inddriv den selv i stedet for at indsende den.',
  'refusals4.fee.future_date':
    'Kravets dato ligger i fremtiden. Angiv datoen, hvor kravet forfaldt (f.eks. fakturaens forfaldsdato).',
  'refusals4.sdca':
    '{partnerName} har endnu ikke underskrevet Standard Debt Collection Agreement (SDCA), så du kan ikke handle på sager. Underskriv den på {link}, og prøv så igen.',
  'refusals4.give': 'Angiv venligst {what}.',
  'refusals4.give.other_comment': 'en kommentar om, hvorfor sag {caseId} lukkes som Other',
  'refusals4.give.decline_reason':
    'en begrundelse for afvisningen (for eksempel "skyldneren er gået konkurs")',
  'refusals4.give.info_answer': 'de oplysninger, partneren bad om på sag {caseId}',
  'refusals4.close.no_payment':
    'Sag {caseId} har ingen registreret betaling, så den kan ikke lukkes som {label}. Registrér betalingen først, og luk den så.',
  'refusals4.close.prelegal_early':
    'Inddrivelsesperioden for sag {caseId} løber til {until}. Pre-Legal Exhausted er beregnet til, når alle rimelige udenretlige forsøg er udtømt, typisk efter perioden på 6 måneder. Luk den som Pre-Legal Exhausted alligevel?',
  'refusals4.case.already':
    'Sag {caseId} blev allerede {done}: den er {status}, så den kan ikke længere {verb}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    'Sag {caseId} er {status}, så den {can, select, not_yet {kan ikke {verb} endnu} cannot {kan ikke {verb}} other {kan ikke længere {verb}}}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.verb.accept': 'accepteres',
  'refusals4.case.verb.decline': 'afvises',
  'refusals4.case.verb.request_info': 'sendes tilbage efter flere oplysninger',
  'refusals4.case.verb.offer_terms': 'tilbydes særlige vilkår',
  'refusals4.case.verb.answer_info': 'besvares',
  'refusals4.case.verb.register_payment': 'få registreret en betaling',
  'refusals4.case.verb.close': 'lukkes',
  'refusals4.case.verb.withdraw': 'trækkes tilbage',
  'refusals4.case.done.accepted': 'accepteret',
  'refusals4.case.done.declined': 'afvist',
  'refusals4.case.done.closed': 'lukket',
  'refusals4.case.done.withdrawn': 'trukket tilbage',
  'refusals4.case.done.offered_terms': 'tilbudt særlige vilkår',
  'refusals4.case.done.sent_back': 'sendt tilbage efter flere oplysninger',
  'refusals4.case.advice.closed': 'Lukkede sager kan ikke ændres.',
  'refusals4.case.advice.close_it': 'Hvis du vil stoppe arbejdet med den, så luk den med en lukkekode.',
  'refusals4.case.advice.with_network': 'Den er hos partnernetværket for at få tilbud nu.',
  'refusals4.case.advice.verify_first': 'Acceptér eller afvis den først.',
  'refusals4.case.advice.waiting_quotes': 'Den venter på tilbud; kreditoren kan trække leadet tilbage.',
  'refusals4.case.advice.paused':
    'Den er allerede sat på pause efter en tilbagetrækning; partneren lukker den nu.',
  'refusals4.case.advice.pull_back': 'Træk i stedet leadet tilbage for at stoppe den.',
  'refusals4.case.advice.nobody_waiting': 'Ingen venter på flere oplysninger om den.',
  'refusals4.case.not_a_number': 'Det er ikke et sagsnummer: sagsnumre går op til {max}.',
  'refusals4.case.give_number': 'Angiv venligst et sagsnummer.',
  'refusals4.money.not_amount': '"{amount}" er ikke et pengebeløb.',
  'refusals4.money.not_amount_that': 'Det er ikke et pengebeløb.',
  'refusals4.money.decimals': '{amount} har mere end to decimaler; angiv højst beløbet i øre.',
  'refusals4.money.negative':
    'Et beløb kan ikke være negativt: angiv det uden minus, f.eks. 5000 (kontakt Debitura support for at rette en betaling).',
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {Det beløb}} er mere, end jeg kan registrere: beløb går op til {max}.',
  'refusals4.money.krone':
    '"kr" kan være danske, svenske, norske eller islandske kroner, og sag {caseId} er i {currency}, så jeg kan ikke se, hvilken valuta du mener. Angiv beløbet i {currency}, f.eks. "1200 {currency}" (omregn det først, hvis det blev betalt i en anden valuta).',
  'refusals4.money.not_rate': '"{rate}" er ikke en sats.',
  'refusals4.money.rate_over': 'En sats på {rate} er mere end 100 %.',
  'refusals4.perm.on_behalf_only':
    'Kreditoren for sag {caseId} har sine egne brugere, så den træffer selv denne beslutning. Support kan kun {act} for en klient, som en managing partner har indsendt, og hvis egen adgang kun er læseadgang.',
  'refusals4.perm.legal_network':
    'Partnere i det juridiske netværk {what} sager: du modtager leads og vælger, om du vil give tilbud. Hvis du ikke vil have sag {caseId}, så lad blot være med at give tilbud på den.',
  'refusals4.perm.legal_network.verify': 'verificerer ikke',
  'refusals4.perm.legal_network.accept': 'accepterer ikke',
  'refusals4.perm.legal_network.decline': 'afviser ikke',
  'refusals4.perm.legal_network.offer_terms': 'tilbyder ikke særlige vilkår på',
  'refusals4.perm.support_only': 'Kun en supportmedarbejder kan {what}.',
  'refusals4.perm.support_only.link_codes': 'udstede tilknytningskoder',
  'refusals4.perm.support_only.link': 'tilknytte chatkonti',
  'refusals4.perm.support_only.unlink': 'fjerne tilknytningen af chatkonti',
  'refusals4.perm.support_only.see_accounts': 'se andres chatkonti',
  'refusals4.perm.support_only.see_reviews': 'se de afvisninger, der venter på manuel gennemgang',
  'refusals4.perm.support_only.resolve_review': 'afgøre en afvisning, der kræver manuel gennemgang',
  'refusals4.perm.support_only.see_parked': 'se de beskeder, som ingen kunne modtage',
  'refusals4.perm.support_only.requeue': 'sætte en besked i kø igen',
  'refusals4.perm.settings.partner':
    'Netværksdeling er kreditorens egen kontoindstilling: kun kreditorens brugere (eller Debitura support) kan se eller ændre den.',
  'refusals4.perm.settings.other': 'Du kan kun se eller ændre din egen organisations kontoindstillinger.',
  'refusals4.sharing.which':
    'Hvilken kreditor? Angiv navnet, f.eks. "is network sharing on for Acme ApS?" eller "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Flere kreditorer hedder "{said}": {names}. Hvilken mener du?',
  'refusals4.sharing.no_creditor': 'Der findes ingen kreditor ved navn "{said}" på platformen.',
  'refusals4.sharing.no_creditor_id': 'Der findes ingen kreditor {creditorId}.',
  'refusals4.sharing.already':
    'Netværksdeling er allerede {on, select, yes {slået til} other {slået fra}} for {creditorName}: der er intet at ændre.',
  'refusals4.sharing.plan': 'Slå netværksdeling *{on, select, yes {til} other {fra}}* for {creditorName}?',
  'refusals4.sharing.plan.from_now': 'Fremover gælder: {meaning}.',
  'refusals4.sharing.plan.past': 'Sager, der blev afvist før ændringen, forbliver som de er.',
  'refusals4.sharing.plan.told': '{creditorName}s brugere får besked om ændringen.',
  'refusals4.org_unknown': 'Din organisation er ikke kendt af platformen.',
  'refusals4.partner_unknown': 'Din partnerorganisation er ikke kendt af platformen.',
  'refusals4.commission.partners_only':
    'Kun en inkassopartner kan åbne en provisionssag for et succeshonorar, som en kreditor skylder den.',
  'refusals4.commission.partners_only_prefill':
    'Kun en inkassopartner kan åbne en provisionssag for et honorar, den har til gode.',
  'refusals4.commission.which':
    'Hvilken kreditor skylder dig succeshonoraret? Skriv for eksempel "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor':
    'Der findes ingen kreditor ved navn "{said}" på platformen. Tjek navnet.',
  'refusals4.commission.no_creditor_id': 'Der findes ingen kreditor {creditorId}. Tjek kreditorens id.',
  'refusals4.commission.several':
    'Flere kreditorers navne begynder med "{said}": {names}. Hvilken skylder dig honoraret?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} er i {country}, en jurisdiktion din organisation selv dækker, så en provisionssag mod den ville blive sendt tilbage til dig: provisionssager følger samme regel om egen jurisdiktion som alle indsendelser. Kontakt Debitura support om at inddrive honoraret.',
  'refusals4.commission.already':
    'Du har allerede åbnet provisionssag {caseId} mod {creditorName} for dette honorar. Skriv "status {caseId}" for at følge den.',
  'refusals4.commission.nothing_owed':
    'Ifølge platformens oplysninger skylder {creditorName} ikke din organisation noget succeshonorar{onCase, select, yes { på sag {caseId}} other {}}, så der er intet at udfylde.',
  'refusals4.commission.currencies':
    'De honorarer, {creditorName} skylder, er i flere valutaer ({currencies}); indsend én provisionssag pr. valuta.',
  'refusals4.commission.file_hint':
    '{refusal} Åbn indsendelsesformularen ("submit a case") for at vedhæfte den; provisionskommentaren skal i beskrivelsen.',
  'refusals4.commission.plan': 'Åbn en provisionssag mod {creditorName} på {amount} (Unpaid Invoice)?',
  'refusals4.commission.plan.prefilled':
    'Udfyldt på forhånd: skyldner {creditorName} (virksomhed, {country}); din organisation {clientName} er klienten; kommentar: "{comment}"',
  'refusals4.commission.done': 'Provisionssag {caseId} mod {creditorName} på {amount} er åbnet. {submitted}',
  'refusals4.quotes.not_yours':
    'Sag {caseId} er ikke en af dine sager, og din organisation blev ikke inviteret til at give tilbud på den, så du kan ikke se dens tilbud.',
  'refusals4.lead.no_case': 'Der findes ingen sag {caseId}. Tjek sagsnummeret, og prøv igen.',
  'refusals4.lead.none':
    'Sag {caseId} har intet lead, så der er ingen tilbud på den. Der indhentes kun tilbud efter en afvisning, efter særlige vilkår, eller når ingen eksklusiv partner dækker en sag.',
  'refusals4.lead.case_missing': 'Sag {caseId} findes ikke.',
  'refusals4.route.support_only': 'Kun support (eller platformen selv) kan fordele sag {caseId}.',
  'refusals4.route.again':
    'Sag {caseId} er allerede hos en partner eller i en anden tilstand, så den kan ikke fordeles igen.',
  'refusals4.due_today.support_only':
    'Det, platformen har planlagt i dag, er for supportmedarbejdere. For dine egne sager kan du spørge "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'vælge et tilbud på en sag',
  'refusals4.submit.plan':
    'Indsend {claimType, select, unpaid_invoice {en ubetalt faktura} other {et lån til tilbagebetaling}} på {amount} mod {debtorName} ({country}) for {clientName} med et succeshonorar på {pct} %.',
  'refusals4.submit.plan.fee': 'Succeshonorar {pct} %: {explained}. SDCA’en er den bindende kilde.',
  'refusals4.fee.explanation':
    '{pct} % ({region}, {upTo, select, yes {krav op til {max}} other {større krav}}){surcharge, select, yes { + {add} point for et krav, der er {months} måneder gammelt} other {}}',
  'refusals4.submit.plan.documents':
    'Dokumenter: {need, select, none {ingen dokumenter nødvendige (under 2.000 USD)} file_or_description {en fil eller en beskrivelse (2.000–10.000 USD)} other {en fil (over 10.000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} modtager den i Pending Verification.',
  'refusals4.submit.plan.network':
    'Ingen eksklusiv partner dækker den: den går til det juridiske netværk for tilbud.',
  'refusals4.submit.plan.client':
    '{clientName} gemmes som din klient (kun navn og land); du følger sagen med læseadgang.',
  'refusals4.submit.done':
    'Sag {caseId} er indsendt for {clientName} med et succeshonorar på {pct} %{exclusive, select, yes { og er hos {partnerName} til verificering.} other {; ingen eksklusiv partner dækker den, så det juridiske netværk giver tilbud på den.}}',
  'refusals4.close.register_first':
    'Sag {caseId} har endnu ingen registreret betaling, så jeg registrerer den og lukker sagen i ét trin.',
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': 'Din klients firmanavn',
  'forms.label.clientCountry': 'Din klients land',
  'forms.hint.clientCountry': 'et navn eller to bogstaver, f.eks. Tyskland eller DE',
  'forms.label.debtorName': 'Skyldners navn',
  'forms.label.debtorType': 'Skyldnertype',
  'forms.option.company': 'Virksomhed',
  'forms.option.person': 'Privatperson',
  'forms.label.debtorCountry': 'Skyldners land',
  'forms.hint.debtorCountry': 'et navn eller to bogstaver, f.eks. Danmark eller DK',
  'forms.label.debtorRegion': 'Skyldners region',
  'forms.label.claimType': 'Kravtype',
  'forms.option.unpaid_invoice': 'Ubetalt faktura',
  'forms.option.loan_repayment': 'Tilbagebetaling af lån',
  'forms.label.principal': 'Skyldigt beløb',
  'forms.hint.principal': 'f.eks. 12500, 4.800,00 eller 4,800.00',
  'forms.label.currency': 'Valuta',
  'forms.hint.currency': 'f.eks. EUR',
  'forms.label.debtDate': 'Dato for forfald',
  'forms.hint.debtDate': 'f.eks. 30.06.2026 eller 2026-06-30',
  'forms.label.disputed': 'Bestrider skyldneren kravet?',
  'forms.option.no': 'Nej',
  'forms.option.yes': 'Ja',
  'forms.label.documentName': 'Dokument (filnavn)',
  'forms.hint.documentName': 'påkrævet over 10.000 USD; fra 2.000 USD en fil eller en beskrivelse',
  'forms.label.description': 'Beskrivelse af kravet',
  'forms.submit': 'Fortsæt',
  'forms.cancel': 'Annuller',
  'forms.modal.submit_case': 'Indsend en sag',
  'forms.document_rule':
    'Dokumenter efter kravets værdi (i USD): under 2.000 ingen; 2.000–10.000 en fil eller en beskrivelse; over 10.000 en fil.',
  'forms.submit_case_note':
    'Kun ubestridte sager uden for de jurisdiktioner, De selv dækker. Salæret vises til Deres bekræftelse, før sagen indsendes.',
  'forms.open_form': 'Åbn formularen: {title}',
  'forms.continue_to': 'Fortsæt: {title}',
  'forms.needed': '{label} skal udfyldes.',
  'forms.problem.too_long': '{label} er for lang (højst 200 tegn).',
  'forms.problem.pick_one': '{label}: vælg en af {options}.',
  'forms.problem.principal':
    'Det skyldige beløb skal være et positivt tal, f.eks. 12500, 4.800,00 eller 4,800.00.',
  'forms.problem.paymentAmount':
    'Det inddrevne beløb skal være et positivt tal, f.eks. 1200, 1.200,50 eller 1,200.50.',
  'forms.problem.paymentCurrency': 'Valutaen skal være en kode på tre bogstaver, f.eks. EUR.',
  'forms.problem.description': 'Beskrivelsen er for lang (højst 2.000 tegn).',
  'forms.case_number': 'Sagsnummer',
  'forms.case_placeholder': 'f.eks. 123',
  'forms.modal.decline': 'Afvis sag',
  'forms.modal.close': 'Luk sag',
  'forms.decline.reason': 'Hvorfor afviser De?',
  'forms.decline.hint':
    'En konkret, saglig begrundelse, f.eks. "skyldneren blev erklæret konkurs i maj". Kreditor får besked i professionelle vendinger; De bekræfter, før noget sker.',
  'forms.decline.placeholder': 'En konkret, saglig begrundelse',
  'forms.close.code': 'Lukkekode',
  'forms.close.choose': 'Vælg udfaldet',
  'forms.close.comment': 'Kommentar',
  'forms.close.comment_hint': 'Påkrævet ved "Other"; anbefales ved enhver lukning.',
  'forms.close.amount': 'Inddrevet beløb',
  'forms.close.amount_hint': 'Kun ved Paid eller Partially paid: betalingen registreres, før sagen lukkes.',
  'forms.close.currency': 'Betalingens valuta',
  'forms.close.currency_placeholder': 'f.eks. EUR (tom: sagens valuta)',
  'forms.close.comment_teams': 'Kommentar (påkrævet ved Other)',
  'forms.close.amount_teams': 'Inddrevet beløb (Paid / Partially paid)',
  'forms.group.success': 'Succes',
  'forms.group.partner_decline': 'Partnerens afvisning',
  'forms.group.client_decision': 'Klientens beslutning',
  'forms.group.process_completion': 'Processen afsluttet',
  'forms.group.fallback': 'Øvrige',
  'forms.krone_why':
    '"kr" kan være danske, svenske, norske eller islandske kroner, og sag {caseId} er i {currency}, så jeg kan ikke se, hvilken valuta du mener.',
};
