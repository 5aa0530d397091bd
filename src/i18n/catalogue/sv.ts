import type { Translations } from '../messages.ts';

// Swedish (svenska). Business Swedish: "du" to the reader, the platform's own terms ("Collecting Quotes")
// and the commands people type in English, quoted.

export const sv: Translations = {
  'decline.letter':
    'Hej {creditorName},\n\nInkassopartnern som tilldelats ärende #{caseId} (gäldenär: {debtorName}) har avböjt ärendet. {why}\n\n{next}\n\nOm du har frågor om avböjandet kan du svara här eller kontakta Debitura support och ange ditt ärendenummer #{caseId}.\n\nMed vänliga hälsningar\nDebitura',
  'decline.letter.managed':
    'Hej {recipientName},\n\nInkassopartnern som tilldelats ärende #{caseId}, som du har registrerat för din klient {clientName} (gäldenär: {debtorName}), har avböjt ärendet. {why}\n\n{next}\n\nOm du har frågor om avböjandet kan du svara här eller kontakta Debitura support och ange ditt ärendenummer #{caseId}.\n\nMed vänliga hälsningar\nDebitura',
  'decline.fallback.creditor': 'kund',
  'decline.fallback.partner': 'samarbetspartner',
  'decline.fallback.client': 'din klient',
  'decline.fallback.debtor': 'gäldenären',
  'decline.why.below_minimum':
    'Orsak: fordringens belopp understiger partnerns minimigräns (vanligtvis motsvarande USD 100,00 för inkasso i det utomrättsliga skedet).',
  'decline.why.conflict_of_interest':
    'Orsak: partnern har en intressekonflikt (till exempel företräder partnern redan gäldenären) som hindrar den från att ta sig an ärendet.',
  'decline.why.custom_terms_requested':
    'Orsak: ärendet kräver särskilda villkor som partnern inte kan erbjuda enligt standardavtalet.',
  'decline.why.duplicate': 'Orsak: ärendet hade redan skickats till partnern.',
  'decline.why.fraud_risk':
    'Orsak: partnern har sett tecken på att fordran kan vara förenad med risk för bedrägeri.',
  'decline.why.insolvency_or_ceased':
    'Orsak: gäldenären tycks vara försatt i konkurs, avliden eller upplöst.',
  'decline.why.misclassified_not_prelegal':
    'Orsak: fordran tycks vara omtvistad eller kräva rättsliga åtgärder snarare än utomrättslig inkasso.',
  'decline.why.missing_information':
    'Orsak: väsentliga uppgifter som behövs för att gå vidare saknas fortfarande trots att de har efterfrågats. Fullständiga uppgifter om gäldenären och underlag (faktura, avtal) hjälper nästa partner att komma i gång snabbt.',
  'decline.why.out_of_jurisdiction':
    'Orsak: gäldenären befinner sig utanför det geografiska område som partnern täcker.',
  'decline.why.regulatory_restriction':
    'Orsak: partnern har inte tillstånd att driva in fordringar i gäldenärens jurisdiktion.',
  'decline.why.sanctions_legal_block':
    'Orsak: sanktioner eller en annan rättslig begränsning hindrar partnern från att arbeta med ärendet.',
  'decline.why.time_barred':
    'Orsak: fordran tycks vara preskriberad och kan eventuellt inte längre drivas in rättsligt.',
  'decline.why.untraceable_debtor':
    'Orsak: partnern kunde inte bekräfta eller hitta gäldenärens adress eller kontaktuppgifter.',
  'decline.why.manual_review':
    'Partnerns motivering granskas av vårt team, och vi återkommer till dig om något behövs.',
  'decline.next.network':
    'Vad händer nu: ditt ärende har delats med vårt partnernätverk, och andra kvalificerade inkassopartner bjuds nu in att lämna offerter. Ärendets status är "Collecting Quotes", och du meddelas så snart det finns offerter för dig att granska.',
  'decline.next.no_partners':
    'Vad händer nu: ärendet ska delas med vårt partnernätverk, men ingen annan inkassopartner täcker det för närvarande, så ingen partner har bjudits in ännu. Vårt supportteam har informerats och letar efter en lämplig partner; vi kontaktar dig så snart det finns något nytt. Till dess är ärendets status "Collecting Quotes".',
  'decline.next.closed':
    'Vad händer nu: eftersom delning med partnernätverket är avstängd för ditt konto har ärendet nu stängts och kommer inte att erbjudas andra partner. Om du vill skicka in ärendet på nytt eller undersöka andra alternativ, kontakta Debitura support.',

  'category.conflict_of_interest': 'Intressekonflikt',
  'category.custom_terms_requested': 'Särskilda villkor begärda',
  'category.below_minimum': 'Under minimibeloppet',
  'category.untraceable_debtor': 'Gäldenären kan inte spåras',
  'category.out_of_jurisdiction': 'Utanför jurisdiktionen',
  'category.time_barred': 'Preskriberad',
  'category.regulatory_restriction': 'Regulatorisk begränsning',
  'category.sanctions_legal_block': 'Sanktioner eller rättsligt hinder',
  'category.misclassified_not_prelegal': 'Felklassificerad',
  'category.insolvency_or_ceased': 'Insolvens eller upphört',
  'category.duplicate': 'Dubblett',
  'category.missing_information': 'Väsentliga uppgifter saknas',
  'category.fraud_risk': 'Risk för bedrägeri',

  'lead.managed_next_step':
    'Du har endast läsbehörighet till ärende {caseId}: för att välja en offert eller stoppa ärendet för din klient, kontakta Debitura support och ange ärendenumret #{caseId}.',
  'lead.quotes_ready': 'Det finns offerter för ärende {caseId} ({debtorName}): {quotes}. {next}',
  'lead.quotes_ready.item': 'offert {quoteId}: {partnerName}, {pct} %',
  'lead.quotes_ready.next':
    'Svara "go with quote <nummer> on case {caseId}" för att välja en, eller "pull back case {caseId}" för att avbryta.',
  'lead.quotes_ready.alert':
    'Lead {leadId} för ärende {caseId}: {count, plural, one {# offert} other {# offerter}} klara för borgenären.',
  'lead.declined_options':
    'Ingen inkassopartner var intresserad av ärende {caseId} ({debtorName}): alla inbjudna partner tackade nej eller offertperioden löpte ut utan offert. Du kan justera ärendets villkor (ett högre framgångsarvode, mer underlag) eller välja ett annat tillvägagångssätt, till exempel rättsliga åtgärder. {next}',
  'lead.declined_options.next':
    'Be support att starta om processen, eller svara "pull back case {caseId}" för att stänga ärendet.',
  'lead.reminder':
    'Påminnelse: ärende {caseId} har {count, plural, one {# offert} other {# offerter}} som väntar på ditt val sedan {since}. {next}{last, select, yes { Leadet löper ut nu, {days} dagar efter att offerterna blev klara; du kan fortfarande välja en offert efteråt.} other {}}',
  'lead.reminder.next': 'Skriv "quotes for case {caseId}" för att jämföra dem och välja en.',
  'lead.expired':
    'Offerterna för ärende {caseId} ({debtorName}) har löpt ut: ingen offert valdes inom {days} dagar. {next}',
  'lead.expired.next':
    'Du kan fortfarande välja en av {count, plural, one {# offert} other {# offerter}} manuellt ("go with quote <nummer> on case {caseId}") eller dra tillbaka ärendet.',
  'lead.no_quote_escalation':
    'Ärende {caseId} ({debtorName}) avböjdes den {day}{reason, select, none {} other { ({reason})}} och har inte fått några offerter inom {days} arbetsdagar. Kontakta Debitura support och ange ditt ärendenummer (#{caseId}), den orsak till avböjandet som du fick och annan information som du anser är relevant. Vi har redan informerat support.',
  'notice.case_accepted':
    '{partnerName} har accepterat ärende {caseId} ({debtorName}) och har påbörjat indrivningen. Indrivningsperioden löper till och med {day}.',
  'reply.cancelled': 'Avbrutet; inget har ändrats.',
  'reply.already_confirmed': 'Detta har redan bekräftats eller avbrutits; inget mer gjordes.',
  'reply.none':
    'Jag uppfattade ingen begäran som jag kan hantera. Skriv "help" för att se vad du kan fråga mig; varje ändring anger ett ärendenummer.',
  'confirm.expires': 'Den här bekräftelsen upphör att gälla om {duration}.',
  'confirm.button.confirm': 'Bekräfta',
  'confirm.button.cancel': 'Avbryt',
  'duration.minutes': '{n, plural, one {# minut} other {# minuter}}',
  'duration.hours': '{n, plural, one {# timme} other {# timmar}}',
  'help.title': 'Det här kan jag hjälpa till med',
  'help.intro': 'Hej {name}, du kan skriva:',
  'help.outro':
    'Jag visar alltid vad som kommer att hända och ber dig bekräfta innan något ändras. Skriv *cancel* för att släppa en fråga.',
  'help.support_note': 'Du kan läsa alla ärenden och får veta om avböjanden som behöver granskas manuellt.',
  'accept.plan': 'Acceptera ärende {caseId} ({debtorName}) och påbörja indrivningen.',
  'accept.plan.active': 'Ärendet blir Active och indrivningsperioden på 6 månader löper till och med {day}.',
  'accept.plan.told': '{who, select, managing {Den förvaltande partnern} other {Borgenären}} informeras.',
  'accept.done':
    'Ärende {caseId} är Active. Indrivningsperioden löper till och med {day}; {who, select, managing {den förvaltande partnern} other {borgenären}} har informerats.',
  'language.set': 'Från och med nu svarar jag dig på svenska, och dina meddelanden skrivs på svenska.',
  'language.unknown':
    'Jag kan svara på engelska, danska, svenska, norska, tyska, finska och spanska. Vilket språk vill du ha? Till exempel "speak Swedish" eller "language: sv".',
  'email.greeting': 'Hej {name},',
  'email.footer':
    'Du får det här e-postmeddelandet eftersom du inte är kopplad till Debitura i Slack eller Teams. Koppla ditt chattkonto för att få meddelandena där i stället.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: ärende {caseId} {what}}}',
  'subject.case.declined': 'avböjt av partnern',
  'subject.case.accepted': 'accepterat',
  'subject.lead.quotes_ready': 'offerter finns att granska',
  'subject.lead.reminder': 'påminnelse: välj en offert',
  'subject.lead.expired': 'offertperioden har löpt ut',
  'subject.lead.declined_options': 'vad som händer efter avböjandet',
  'subject.lead.no_quote_escalation': 'inga offerter: support hanterar det',
  'notice.info_requested':
    '{partnerName} behöver mer information innan arbetet med ärende {caseId} ({debtorName}) kan påbörjas: {question} Svara med uppgifterna för ärende {caseId}, så går ärendet tillbaka till partnern för verifiering.',
  'notice.period_ended':
    'Indrivningsperioden på 6 månader för ärende {caseId} avslutades den {day}. Partnern fortsätter tills den stänger ärendet. {next}',
  'notice.period_ended.withdraw':
    'Om du drar tillbaka ärendet nu stängs det omedelbart som Withdrawn by Client.',
  // --- Round 2: partners and support, escalation, network sharing
  'lead.invitation':
    'Nytt lead {leadId}: ärende {caseId}, {debtorType, select, company {ett företag} person {en privatperson} other {{debtorType}}} som gäldenär i {where}, {claimType, select, unpaid_invoice {obetald faktura} loan_repayment {återbetalning av lån} other {{claimType}}} på {amount}. Offerter samlas in fram till {until} UTC. Svara "quote <procent>% on case {caseId}" för att lämna en offert, eller "no quote on case {caseId}" för att avstå.',
  'lead.no_partners':
    'Lead {leadId} för ärende {caseId} (öppnat {origin, select, decline {efter att den tilldelade partnern avböjde det} custom_terms {eftersom den tilldelade partnern erbjöd särskilda villkor} legal_escalation {för rättslig eskalering} other {eftersom ingen exklusiv partner täcker det}}) matchar ingen partner i {country}. Hitta partner för det manuellt.',
  'decline.needs_review':
    '{partnerName} avböjde ärende {caseId} ({debtorName}) med en motivering som inte passar någon avböjandekategori: "{reason}". Granska den och ange kategorin (lös granskningen på ärende {caseId}).',
  'decline.needs_review.doubt':
    '{partnerName} avböjde ärende {caseId} ({debtorName}) med motiveringen "{reason}". {doubt} Borgenären har ännu inte fått någon motivering. Granska den och ange kategorin (lös granskningen på ärende {caseId}).',
  'escalate.stop_for_legal':
    'Borgenären har gått vidare rättsligt med ärende {caseId} ({debtorName}) efter den utomrättsliga indrivningsperioden. Ditt uppdrag avslutas som Pre-Legal Exhausted: avbryt all indrivning. Det juridiska nätverket lämnar nu offerter på ärendet.',
  'escalate.done':
    'Ärende {caseId} är eskalerat till rättslig indrivning: {invited, plural, =0 {ingen partner i det juridiska nätverket täcker {country} ännu, så support letar efter en (lead {leadId})} one {# partner i det juridiska nätverket är inbjuden att lämna offert (lead {leadId})} other {# partner i det juridiska nätverket är inbjudna att lämna offert (lead {leadId})}}{told, select, none {} other {; {told} har ombetts att avbryta indrivningen}}. Du får besked när offerterna är klara.',
  'sharing.meaning':
    '{on, select, yes {när en partner avböjer ett av {whose, select, your {dina} other {dess}} ärenden går ärendet vidare till partnernätverket så att andra partner kan lämna offerter} other {när en partner avböjer ett av {whose, select, your {dina} other {dess}} ärenden stängs ärendet}}',
  'sharing.status':
    'Nätverksdelning är *{on, select, yes {på} other {av}}* för {own, select, yes {ditt konto} other {{creditorName}}}: {meaning}. {own, select, yes {Skriv "turn {on, select, yes {off} other {on}} network sharing" för att ändra det.} other {Skriv "turn {on, select, yes {off} other {on}} network sharing for {creditorName}" för att ändra det.}}',
  'sharing.now':
    'Nätverksdelning är nu {on, select, yes {på} other {av}} för {creditorName}. Från och med nu gäller: {meaning}. Ärenden som avböjts tidigare förblir som de är.',
  'sharing.changed_by_support':
    'Debitura support har slagit {on, select, yes {på} other {av}} nätverksdelning för {creditorName}. Från och med nu gäller: {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Din offert {quoteId} ({pct} %) på ärende {caseId} ({debtorName}) har valts. Ärendet är tilldelat dig och Active: du kan börja arbeta direkt.',
  'quote.declined.other_partner':
    'Din offert {quoteId} på ärende {caseId} valdes inte: borgenären valde en annan partner. Du behöver inte göra något mer.',
  'quote.declined.pullback':
    'Din offert {quoteId} på ärende {caseId} valdes inte: borgenären har beslutat att inte gå vidare med någon offert. Du behöver inte göra något mer.',
  'lead.withdrawn':
    'Leadet på ärende {caseId} har dragits tillbaka av borgenären; ingen offert behövs längre.',
  'quote.selected_for_client':
    'Debitura support har valt offert {quoteId} från {partnerName} ({pct} % i framgångsarvode) på ärende {caseId} ({debtorName}) för din klient {clientName}. Ärendet ligger nu hos {partnerName} och är Active; du kan följa det med "status {caseId}".',

  // --- Round 2 (cat2a): refusals, questions, declining a case ---
  'perm.act.view': 'se det',
  'perm.act.accept': 'acceptera det',
  'perm.act.decline': 'avböja det',
  'perm.act.request_info': 'begära mer information om det',
  'perm.act.offer_terms': 'erbjuda särskilda villkor för det',
  'perm.act.register_payment': 'registrera en betalning på det',
  'perm.act.close': 'stänga det',
  'perm.act.withdraw': 'dra tillbaka det',
  'perm.act.answer_info': 'svara på informationsbegäran om det',
  'perm.act.select_quote': 'välja en offert för det',
  'perm.act.pullback': 'dra tillbaka det',
  'perm.act.escalate': 'eskalera det',
  'perm.act.submit_quote': 'lämna en offert på det',
  'perm.act.decline_to_quote': 'tacka nej till leadet för det',
  'perm.act.resolve_review': 'avgöra granskningen av avböjandet av det',
  'perm.act.message': 'skriva i ärendechatten för det',
  'perm.act.read_messages': 'läsa ärendechatten för det',
  'perm.act.add_info': 'lägga till information i det',
  'perm.who.parties':
    'parterna i ärende {caseId} (partnern som arbetar med det och dess borgenär eller förvaltande partner)',
  'perm.who.assigned': 'inkassopartnern som arbetar med ärende {caseId}',
  'perm.who.creditor_or_managing':
    'borgenären i ärende {caseId} (eller den förvaltande partner som skickade in det)',
  'perm.who.creditor': 'borgenären i ärende {caseId}',
  'perm.who.lead': 'partnerna som bjudits in till leadet för ärende {caseId}',
  'perm.who.support': 'en supporthandläggare',
  'perm.only': 'Endast {who} kan {act}.',
  'perm.refused.managing':
    'Du skickade in ärende {caseId} för din klients räkning, så du har endast läsbehörighet: du kan följa det (skriv "status {caseId}") och skriva till partnern som arbetar med det i ärendechatten (skriv "message the partner on {caseId}: …"), men du kan inte {act}.{partnerWork, select, yes {} other { Kontakta Debituras support för att agera för din klients räkning.}}',
  'perm.refused.creditor':
    '{only} Som borgenär kan du följa ärende {caseId}, svara på partnerns frågor, dra tillbaka det eller välja bland dess offerter.',
  'perm.refused.assigned':
    '{only} Du arbetar med ärende {caseId}: du kan registrera betalningar på det och stänga det med en avslutskod.',
  'perm.refused.lead':
    'Ärende {caseId} är ett lead som din organisation har bjudits in att lämna offert på, inte ett ärende som tilldelats dig, så du kan inte {act}{decline, select, yes {: leads avböjs inte} other {}}. Skriv "quote <percent>% on case {caseId}" för att lämna en offert; om du inte vill ha det, tacka nej med "no quote on case {caseId}".',
  'perm.refused.former':
    'Din organisation har inte längre ärende {caseId}, så du kan inte {act}. Du kan fortfarande se dess status.',
  'perm.refused.support':
    'Support kan läsa ärende {caseId} och avgöra granskningar av avböjanden, men endast {who} kan {act}.',
  'perm.refused.stranger':
    'Ärende {caseId} är inte ett av dina ärenden, så du kan varken se eller ändra det.',
  'case.not_found': 'Det finns inget ärende {caseId}. Kontrollera ärendenumret.',
  'case.which': 'Vilket ärende? Ange ärendenumret, till exempel "case 123".',
  'ask.case': 'Vilket ärende menar du? Ange ärendenumret.',
  'ask.reason':
    'Vad är skälet till att du avböjer ärende {caseId}? Var konkret och saklig (till exempel: "gäldenärsbolaget upplöstes förra året").',
  'ask.code': 'Vilken avslutskod ska ärende {caseId} stängas med?',
  'ask.other_comment':
    'Att stänga ärende {caseId} som *Other* kräver en kommentar: vad hände? Jag föreslår en mer specifik kod om någon passar.',
  'ask.amount':
    'Hur mycket betalade gäldenären på ärende {caseId}? Ange belopp och valuta, t.ex. "1200 EUR".',
  'ask.success_fee':
    'Vilket framgångsarvode offererar du på ärende {caseId}, i procent av det indrivna beloppet? (t.ex. "18%")',
  'ask.answer': 'Vilken information skickar du till partnern om ärende {caseId}?',
  'ask.category':
    'Vilken avböjandekategori passar avböjandet av ärende {caseId}? Ange en, t.ex. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    'Vilken offert på ärende {caseId} väljer du? Ange offertens nummer (skriv "quotes on {caseId}" för att se dem).',
  'ask.message':
    'Vad är ditt meddelande om ärende {caseId}? Det går till den andra parten i ärendechatten och sparas i ärendet.',
  'ask.information':
    'Vilken information lägger du till i ärende {caseId}? Till exempel gäldenärens nya adress, eller vad som saknades.',
  'decline.plan':
    'Avböj ärende {caseId} {category, select, none {för manuell granskning av support (skälet passar ingen kategori, eller ärendet stöder det inte)} other {som *{label}*}}. {who, select, managing {Den förvaltande partnern} other {Borgenären}} informeras; {sharing, select, yes {ärendet går till partnernätverket för offerter.} other {nätverksdelning är avstängd, så ärendet stängs som Case never started.}}',
  'decline.plan.doubt':
    '{doubt} Support kontrollerar skälet innan {who, select, managing {den förvaltande partnern} other {borgenären}} får veta varför.',
  'decline.plan.told':
    '{who, select, managing {Den förvaltande partnern} other {Borgenären}} får ett meddelande som förklarar avböjandet.',
  'decline.plan.assignment':
    'Ditt uppdrag avslutas som Case never started, vilket inte räknas mot din poäng.',
  'decline.plan.lead': 'Ett lead öppnas för partnernätverket (utan dig) och ärendet är Collecting Quotes.',
  'decline.plan.closed': 'Ärendet är Closed som Case never started.',
  'decline.plan.review': 'Support granskar skälet och anger kategorin.',
  'decline.done':
    'Ärende {caseId} avböjt {category, select, none {(support granskar skälet)} other {som {label}}}; {who, select, managing {den förvaltande partnern} other {borgenären}} har informerats och {next, select, closed {nätverksdelning är avstängd, så det är Closed som Case never started} searching {det är Collecting Quotes, men ingen partner i nätverket täcker det ännu, så support letar efter en (lead {leadId})} lead {det är Collecting Quotes från partnernätverket (lead {leadId})} other {det är Collecting Quotes från partnernätverket}}.{doubt}',
  'decline.doubt': 'Skälet låter som "{label}", men {why}',
  'decline.doubt.below_minimum':
    'ärende {caseId} är på {amount}, vilket är lika med eller över partnerns minimum på {minimum}.',
  'decline.doubt.out_of_jurisdiction': 'gäldenären finns i {where}, som partnern täcker.',
  'decline.doubt.duplicate': 'det finns inget annat ärende från denna borgenär mot denna gäldenär.',
  'category.label.conflict_of_interest': 'Intressekonflikt',
  'category.label.custom_terms_requested': 'Särskilda villkor begärda',
  'category.label.below_minimum': 'Under minimibeloppet',
  'category.label.untraceable_debtor': 'Gäldenären kan inte spåras',
  'category.label.out_of_jurisdiction': 'Utanför jurisdiktionen',
  'category.label.time_barred': 'Preskriberad',
  'category.label.regulatory_restriction': 'Regulatorisk begränsning',
  'category.label.sanctions_legal_block': 'Sanktioner eller rättsligt hinder',
  'category.label.misclassified_not_prelegal': 'Felklassificerad',
  'category.label.insolvency_or_ceased': 'Insolvens eller upphört',
  'category.label.duplicate': 'Dubblett',
  'category.label.missing_information': 'Väsentliga uppgifter saknas',
  'category.label.fraud_risk': 'Risk för bedrägeri',

  // --- Round 2 (cat2a): the engine's own sentences ---
  'engine.choice_expired': 'Det här valet har redan använts eller har gått ut; inget mer gjordes.',
  'engine.choice_not_yours':
    'Endast {known, select, yes {{name}} other {den som frågade}} kan svara på detta; det var deras begäran. Inget ändrades.',
  'engine.choice_used': 'Det här valet har redan använts; inget mer gjordes.',
  'engine.choice_unknown': 'Jag förstod inte det valet.',
  'engine.cannot_do':
    'Jag kan ännu inte utföra "{action}" från chatten. Skriv "help" för att se vad jag kan göra.',
  'engine.no_longer': 'Det kommandot är inte längre tillgängligt.',
  'engine.carried_out': 'Bekräftat och utfört{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell': 'Berätta vad som hände i ärendet så föreslår jag den avslutskod som passar.',
  'engine.need_more':
    'Jag behöver lite mer att gå på: {missing, select, none {vad du vill göra} other {{missing}}}. Skriv "help" för exempel.',
  'engine.need_argument': 'Jag behöver {missing} för att gå vidare.',
  'engine.failed':
    'Tyvärr gick något fel hos mig och inget ändrades. Försök igen om en stund; kontakta support om det fortsätter.',
  'platform.unreachable': 'Jag når inte ärendeplattformen just nu; inget ändrades. Försök igen om en minut.',
  'platform.too_slow':
    'Ärendeplattformen svarar för långsamt just nu; inget ändrades. Försök igen om en minut.',

  // --- Round 2 (cat2a): payments and information requests ---
  'payment.plan': 'Registrera en betalning på *{amount}* på ärende {caseId} ({debtorName}).',
  'payment.plan.effect':
    'Betalningen registreras; stäng ärendet som Paid eller Partially paid när indrivningen är klar.',
  'payment.done':
    'Betalning på {amount} registrerad på ärende {caseId}; {total} betalt hittills. Stäng det som Paid eller Partially paid när du är klar.',
  'payment.zero': 'En betalning måste vara större än noll.',
  'payment.currency':
    'Ärende {caseId} är i {caseCurrency}, så registrera betalningen i {caseCurrency} (räkna om beloppet i {currency} först).',
  'info.plan':
    'Be {who, select, managing {den förvaltande partnern} other {borgenären}} om mer information om ärende {caseId}: "{question}"',
  'info.plan.effect':
    'Ärendet blir Needs Additional Details tills de svarar och återgår sedan till Pending Verification.',
  'info.done':
    'Ärende {caseId} är Needs Additional Details; {who, select, managing {den förvaltande partnern} other {borgenären}} har tillfrågats: "{question}"',

  // --- Round 2 (cat2a): withdrawing a case ---
  'withdraw.plan.within':
    'Dra tillbaka ärende {caseId} ({debtorName}) inom indrivningsperioden (till och med {day}).',
  'withdraw.plan': 'Dra tillbaka ärende {caseId} ({debtorName}).',
  'withdraw.effect.paused': 'Ärendet pausas och partnern stänger det.',
  'withdraw.effect.fee': 'Hela framgångsarvodet och indrivningskostnaderna ska betalas.',
  'withdraw.effect.closed':
    'Ärendet stängs genast som Withdrawn by Client, och partnern ombeds att upphöra med all indrivning.',
  'withdraw.done.paused':
    'Ärende {caseId} är pausat; {known, select, yes {{partnerName}} other {partnern}} stänger det. Eftersom det sker inom indrivningsperioden ska hela framgångsarvodet och indrivningskostnaderna betalas.',
  'withdraw.done.closed':
    'Ärende {caseId} är stängt som Withdrawn by Client; {known, select, yes {{partnerName}} other {partnern}} har ombetts att upphöra med all indrivning.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'Leadet {leadId} är Closed ({outcome})',
  'quotes3.lead.ready': 'Leadet {leadId} har offerter klara',
  'quotes3.lead.status': 'Leadet {leadId} är {status}',
  'quotes3.lead.not_selectable': '{lead}, så ingen offert kan längre väljas.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, så ingen offert kan längre väljas. Ärendet ligger redan hos den valda partnern.',
  'quotes3.lead.not_sent':
    '{lead}: det har ännu inte skickats till partner, så det finns inga offerter att välja. Vänta tills offerterna kommer in.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, så det finns inget att dra tillbaka.',
  'quotes3.list.title': 'Offerter på ärende {caseId}',
  'quotes3.list.none': '{lead}. Inga offerter ännu.',
  'quotes3.list.line':
    '• Offert {quoteId} från {partnerName}: {pct} % framgångsarvode{fixed, select, yes { + {fixedFee} i fast avgift} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status, select, sent {skickad} accepted {antagen} declined {avböjd} other {{status}}}',
  'quotes3.list.hint.support':
    'För att välja en åt klienten, skriv till exempel "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor':
    'För att välja en, skriv till exempel "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown':
    'Offert {quoteId} är ingen offert på ärende {caseId}. Offerterna på det är {ids}.',
  'quotes3.select.unknown.none':
    'Offert {quoteId} är ingen offert på ärende {caseId}. Ärendet har inga offerter ännu.',
  'quotes3.select.already':
    'Offert {quoteId} från {partnerName} har redan valts; ärende {caseId} ligger hos dem.',
  'quotes3.select.declined': 'Offert {quoteId} har avböjts och kan inte längre väljas.',
  'quotes3.select.not_collecting':
    'Ärende {caseId} är {status} och samlar inte in offerter, så ingen offert kan väljas på det.',
  'quotes3.select.plan':
    'Välj offert {quoteId} från {partnerName} ({pct} % framgångsarvode) för ärende {caseId}.',
  'quotes3.select.plan.behalf':
    'Välj offert {quoteId} från {partnerName} ({pct} % framgångsarvode) för ärende {caseId} för klienten {clientName}, registrerat av {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'Ärende {caseId} tilldelas {partnerName} och blir Active; de ombeds att börja.',
  'quotes3.select.plan.others':
    '{count, plural, one {Den andra offerten avböjs och dess partner underrättas.} other {De övriga # offerterna avböjs och deras partner underrättas.}}',
  'quotes3.select.plan.history':
    'Ärendehistoriken registrerar valet som gjort av support för {clientName}; {managingPartnerName} (den förvaltande partnern) underrättas.',
  'quotes3.select.done': 'Offert {quoteId} vald: ärende {caseId} ligger nu hos {partnerName} och är Active.',
  'quotes3.select.done.behalf':
    'Offert {quoteId} vald för {clientName}: ärende {caseId} ligger nu hos {partnerName} och är Active.',
  'quotes3.select.done.others':
    '{count, plural, one {# annan offert avböjdes och dess partner har underrättats.} other {# andra offerter avböjdes och deras partner har underrättats.}}',
  'quotes3.select.done.told': '{name} har underrättats.',
  'quotes3.pullback.closed': 'Ärende {caseId} är redan stängt, så det finns inget att dra tillbaka.',
  'quotes3.pullback.plan': 'Dra tillbaka ärende {caseId} från offertprocessen utan att välja en offert.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {Offerten avböjs} other {Alla # offerter avböjs}} och partnerna underrättas.',
  'quotes3.pullback.plan.none':
    'Ingen offert har kommit in; de inbjudna partnerna underrättas om att leadet dras tillbaka.',
  'quotes3.pullback.plan.closed': 'Ärende {caseId} stängs som Withdrawn by Client.',
  'quotes3.pullback.done':
    'Ärende {caseId} har dragits tillbaka: {count, plural, =0 {} one {# offert avböjdes och partnerna har underrättats; } other {# offerter avböjdes och partnerna har underrättats; }}ärendet är stängt som Withdrawn by Client.',
  'quotes3.partner_unknown': 'Din partnerorganisation är inte känd av plattformen.',
  'quotes3.pass.plan': 'Avstå från ärende {caseId}: din organisation lämnar ingen offert på lead {leadId}.',
  'quotes3.pass.plan.final': 'Du kan inte lämna offert på detta lead efteråt.',
  'quotes3.pass.plan.last': 'Du är den sista inbjudna partnern som svarar: offertinsamlingen avslutas nu.',
  'quotes3.pass.done': 'Noterat: du lämnar ingen offert på ärende {caseId}.',
  'quotes3.pass.done.all':
    'Noterat: du lämnar ingen offert på ärende {caseId}. Alla inbjudna partner har avstått, så leadet stängs och borgenären underrättas.',
  'quotes3.quote.partners_only':
    'Endast inkassopartner som bjudits in till leadet på ärende {caseId} kan lämna eller avstå från att lämna offert på det.',
  'quotes3.quote.not_invited':
    'Din organisation har inte bjudits in att lämna offert på ärende {caseId}, så den kan inte lämna offert på det. Endast partner som bjudits in till ett lead kan lämna offert.',
  'quotes3.quote.plan':
    'Lämna offert med ett framgångsarvode på {pct} %{fixed, select, yes { plus en fast avgift på {fixedFee}} other {}} på ärende {caseId} (lead {leadId}).',
  'quotes3.quote.plan.seen':
    'Borgenären ser din offert tillsammans med de andra när offertinsamlingen avslutas.',
  'quotes3.quote.plan.once': 'Varje partner lämnar en offert: den kan inte ändras efteråt.',
  'quotes3.quote.done':
    'Offert {quoteId} ({pct} %) är inlämnad för ärende {caseId}. Borgenären ser den när offertinsamlingen avslutas.',
  'quotes3.quote.done.ended':
    'Offert {quoteId} ({pct} %) är inlämnad för ärende {caseId}. Offertinsamlingen har avslutats och borgenären väljer nu.',
  'quotes3.terms.fee_range':
    'Ett framgångsarvode på {pct} % är inte möjligt. Ange en procentsats över 0 och högst 100, t.ex. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative':
    'En fast avgift kan inte vara negativ. Utelämna den eller ange ett belopp ≥ 0.',
  'quotes3.can_quote.not_invited':
    'Din organisation har inte bjudits in att lämna offert på lead {leadId}, så den kan inte lämna offert på det. Endast inbjudna partner kan lämna offert.',
  'quotes3.can_quote.already':
    'Din organisation har redan lämnat offert på {pct} % på lead {leadId} (offert {quoteId}); varje partner lämnar en offert.',
  'quotes3.can_quote.passed':
    'Din organisation har redan avstått från att lämna offert på lead {leadId}, så den kan inte lämna offert nu.',
  'quotes3.can_quote.closed': '{lead}; det tar inte längre emot offerter, så ingen offert kan läggas till.',
  'quotes3.can_pass.not_invited':
    'Din organisation har inte bjudits in att lämna offert på lead {leadId}, så det finns inget att avstå från.',
  'quotes3.can_pass.already':
    'Din organisation har redan {answer, select, quoted {lämnat offert} other {avstått från att lämna offert}} på lead {leadId}.',
  'quotes3.can_pass.closed': '{lead}; det tar inte längre emot offerter.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'Nytt ärende {caseId} att verifiera{submitted, select, yes {, inskickat av {partnerName} för {clientName}} other {}}: {debtorName} ({debtorType, select, company {företag} person {privatperson} other {{debtorType}}}, {where}), {claimType, select, unpaid_invoice {obetald faktura} loan_repayment {återbetalning av lån} other {{claimText}}} på {amount}. Acceptera det, begär mer information, erbjud särskilda villkor eller avböj det med en motivering.',
  'notices3.verification_reminder':
    'Påminnelse: ärende {caseId} ({debtorName}, {amount}) har väntat {days} arbetsdagar på er verifiering. Acceptera det, avböj det med en motivering eller be borgenären om mer information.',
  'notices3.withdrawal_paused':
    'Klienten har bett att få återkalla ärende {caseId} ({debtorName}) inom indrivningsperioden, så ärendet är pausat. Fullt framgångsarvode och indrivningskostnader tillkommer. Stäng ärendet med lämplig avslutskod och utfärda eventuella tillämpliga fakturor.',
  'notices3.withdrawal_stop':
    'Klienten har återkallat ärende {caseId} ({debtorName}){after, select, yes { efter indrivningsperioden} other {}}, så det är stängt som Withdrawn by Client. Upphör med all indrivning i ärendet. Ingen ytterligare åtgärd krävs av er.',
  'notices3.custom_terms_offered':
    '{partnerName} har erbjudit särskilda villkor för ärende {caseId} ({debtorName}): ett framgångsarvode på {pct} %{hasTerms, select, yes { ({terms})} other {}}. Ärendet samlar nu in offerter; ni meddelas när de är klara att välja bland.',
  'notices3.payment_registered':
    '{partnerName} har registrerat en betalning på {amount} i ärende {caseId} ({debtorName}). Betalt hittills: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks ---
  'cases3.close.plan':
    'Stäng ärende {caseId} ({debtorName}) som *{code}*{hasComment, select, yes { med kommentaren "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Registrera en betalning på *{amount}* på ärende {caseId} ({debtorName}) och stäng det som *{code}*{hasComment, select, yes { med kommentaren "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'Betalningen på {amount} registreras först, i samma steg: om stängningen avslås registreras ingen betalning.',
  'cases3.close.effect.payout':
    'En utbetalning på {total} skapas: {creditorAmount} till borgenären, {partnerAmount} till dig ({pct} % provision).',
  'cases3.close.effect.told':
    '{who, select, managing {Den förvaltande partnern} other {Borgenären}} informeras om utfallet.',
  'cases3.close.effect.suggestion': 'Förslaget *{code}* delas med close-code-teamet.',
  'cases3.close.done':
    'Ärende {caseId} är stängt (Closed) som {code}.{payout, select, yes { Utbetalning skapad: {creditorAmount} till borgenären, {partnerAmount} till dig.} other {}} {who, select, managing {Den förvaltande partnern} other {Borgenären}} har informerats.',
  'cases3.close.not_paid':
    'På ärende {caseId} har {paid} av {full} betalats, så det är inte Paid: Paid gäller hela det utestående beloppet. Vill du stänga det som Partially paid i stället? Om resten har kommit in, avbryt och registrera först de återstående {rest} ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'På ärende {caseId} har {paid} betalats, hela det utestående beloppet på {full}, så det är Paid och inte Partially paid. Vill du stänga det som Paid i stället?',
  'cases3.score.success':
    '{name} är en framgångskod: den räknas inte mot ditt betyg och skapar utbetalningen fördelad enligt den avtalade provisionssatsen.',
  'cases3.score.partner_decline':
    '{name} är en avböjandekod för partner: den räknas varken mot din engagemangsmultiplikator eller ditt indrivningsbetyg.',
  'cases3.score.client_decision':
    '{name} är en kod för kundbeslut: den räknas för närvarande mot ditt indrivningsbetyg, trots att stängningen beror på kundens beslut och inte på din insats (en känd begränsning).',
  'cases3.score.process_completion':
    '{name} är en kod för avslutad process: den registreras och påverkar ditt prestationsbetyg.',
  'cases3.score.fallback':
    'Other är reservkoden: den registreras, påverkar ditt prestationsbetyg och kräver en kommentar; välj en specifik kod när någon passar.',
  'cases3.status.head':
    'Ärende {caseId} ({debtorName}, {amount}) är {status}{closed, select, yes { som {code}} other {}}.',
  'cases3.status.partner': 'Partner: {partnerName}.',
  'cases3.status.period.running': 'Indrivningsperioden pågår till och med {day}.',
  'cases3.status.period.ended': 'Indrivningsperioden avslutades {day}.',
  'cases3.status.paid': 'Betalt hittills: {amount}.',
  'cases3.status.lead': '{lead} med {count} av {expected} förväntade offerter{window}.',
  'cases3.status.window.running': '; offerter samlas in till och med {day}',
  'cases3.status.window.ended': '; insamlingen av offerter avslutades {day}',
  'cases3.status.own_quote': 'Din offert {quoteId} ({pct} % framgångsarvode) ligger på det, status {status}.',
  'cases3.status.passed': 'Din organisation har avstått från detta lead.',
  'cases3.status.invited':
    'Din organisation är inbjuden att lämna offert: skriv "quote <percent>% on case {caseId}", eller "no quote on case {caseId}" för att avstå.',
  'cases3.tasks.forbidden':
    'Uppgifter är de ärenden som en partner ska verifiera. För de ärenden du kan se, skriv "my cases".',
  'cases3.tasks.legal':
    'Du har inga ärenden att verifiera: som partner i det juridiska nätverket får du leads och väljer om du vill lämna offert, så inget väntar på dig i Pending Verification.',
  'cases3.tasks.none': 'Du har inga ärenden som väntar på verifiering.',
  'cases3.tasks.count':
    '{count, plural, one {# ärende väntar} other {# ärenden väntar}} på att du verifierar (äldst först):',
  'cases3.tasks.item':
    '• Ärende {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { Borgenären har svarat på din begäran om mer information: läs svaret först.} other {}} Acceptera ("accept {caseId}"), avböj med en motivering ("decline {caseId}, <reason>") eller begär mer information ("request info on {caseId}").',
  'cases3.tasks.wait':
    'har väntat {under, select, yes {mindre än 1 arbetsdag} other {{days, plural, one {# arbetsdag} other {# arbetsdagar}}}}{late, select, yes { (försenat)} other {}}',
  'cases3.tasks.waiting': 'Väntar på borgenärens svar på din begäran om mer information: {cases}.',
  'cases3.tasks.case': 'ärende {caseId}',
  'cases3.tasks.speed':
    'Din svarstid: en median på {median} arbetsdagar för att verifiera ett ärende, över {count, plural, one {# ärende} other {# ärenden}} de senaste {window} dagarna.',
  'cases3.tasks.speed.none': 'Din svarstid: inget ärende verifierat de senaste {window} dagarna ännu.',
  'cases3.list.none': 'Du har inga {status, select, any {ärenden} other {ärenden i {status}}}.',
  'cases3.list.head':
    'Dina {status, select, any {ärenden} other {ärenden i {status}}} ({count}{full, select, yes {, senaste först} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'Inga avböjanden väntar på manuell granskning.',
  'cases3.reviews.head': 'Avböjanden som väntar på manuell granskning ({count}):',
  'cases3.reviews.item': '• ärende {caseId}: "{reason}"',
  'cases3.review.plan': 'Registrera avböjandet av ärende {caseId} ("{reason}") som *{category}*.',
  'cases3.review.effect': 'Den manuella granskningen avslutas och den avböjande partnern får veta kategorin.',
  'cases3.review.done': 'Avböjandet av ärende {caseId} är registrerat som {category}.',
  'cases3.review.none': 'Ärende {caseId} har inget avböjande som väntar på manuell granskning.',
  'cases3.answer.plan': 'Skicka ditt svar om ärende {caseId} till partnern.',
  'cases3.answer.effect': 'Ärendet går tillbaka till Pending Verification och partnern informeras.',
  'cases3.answer.done': 'Tack. Ärende {caseId} är tillbaka hos partnern för verifiering.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} har stängt ärende {caseId} ({debtorName}) som {code}.{payout, select, yes { {total} har drivits in: {creditorAmount} betalas ut till er.} other {}}{hasComment, select, yes { Kommentar: {comment}} other {}}',
  'notices4.closecode_suggestion':
    'Ärende {caseId} stängdes som Other av {partnerName} med kommentaren "{comment}". Föreslagen kod: {code}.',
  'notices4.no_quote_alert':
    'Ärende {caseId} ({creditorName}, gäldenär {debtorName}) avböjdes den {day} och har inte fått någon offert på {days} arbetsdagar (lead {leadId}). Skäl för avböjandet: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Lead: {leadState}; {invited, plural, one {# partner} other {# partner}} inbjudna ({declinedToQuote} har tackat nej, {waiting} har inte svarat); 0 offerter hittills; offertfönstret {window}. Borgenären har uppmanats att kontakta support. Följ upp med borgenären.',
  'notices4.no_quote_alert.uncategorised': 'inte kategoriserat (manuell granskning av support)',
  'notices4.no_quote_alert.no_decline': 'inget avböjande registrerat',
  'notices4.lead_state':
    '{state, select, open {Öppen} qualified {Kvalificerad} winner {stängd (offert vald)} pullback {stängd (återkallad)} expired {stängd (utgången)} declined_options {stängd (inga offerter)} other {Stängd}}',
  'notices4.window.ended': 'stängde {day} kl. {time} UTC',
  'notices4.window.ends': 'stänger {day} kl. {time} UTC',
  'notices4.window.none': 'inte startat (leadet är ännu inte kvalificerat)',
  'notices4.decline_reviewed':
    'Support har granskat ert avböjande av ärende {caseId} ("{reason}") och registrerat det som {category}.',
  'notices4.info_answered':
    'Informationen ni bad om i ärende {caseId} ({debtorName}) har kommit: {answer} Ärendet är tillbaka i Pending Verification: acceptera det, avböj det eller erbjud särskilda villkor.',
  'notices4.period_ended_partner':
    'Indrivningsperioden för ärende {caseId} löpte ut den {day}. Om borgenären återkallar ärendet nu stängs det direkt. När alla möjligheter till utomrättslig indrivning är uttömda stänger ni det som Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'gäldenären (privatperson)',
  'subject.case.closed': 'stängt',
  'subject.case.info_answered': 'er fråga har besvarats',
  'subject.decline.reviewed': 'avböjandet har granskats',
  'subject.case.collection_period_ended': 'indrivningsperioden har löpt ut',
  'support4.user_unknown': 'Det finns ingen plattformsanvändare "{ref}".',
  'support4.identity.already': '{account} är redan kopplat till {name}.',
  'support4.identity.taken':
    '{account} är kopplat till {known, select, yes {{name} ({handle})} other {en annan användare}}; ta bort kopplingen först ("unlink {account}").',
  'support4.identity.plan': 'Koppla {account} till {name}{hasOrg, select, yes { på {org}} other {}}?',
  'support4.identity.plan.effect':
    'Den som använder kontot är därefter {name} ({handle}, {role, select, support {support} partner {partner} creditor {borgenär} other {{role}}}) för assistenten.',
  'support4.identity.linked': '{account} är nu kopplat till {name}.',
  'support4.identity.not_linked': '{account} är inte kopplat till någon.',
  'support4.identity.unlink_plan': 'Ta bort kopplingen mellan {account} och {name}?',
  'support4.identity.unlink_effect': 'Personen kan därefter inte längre använda assistenten från det kontot.',
  'support4.identity.unlinked': 'Kopplingen mellan {account} och {name} är borttagen.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': '{who} har inget kopplat chattkonto.',
  'support4.identity.list': '{who} är kopplad till: {accounts}.',
  'support4.link_code':
    'Länkkod för {name} ({handle}): *{code}*, gäller en gång i {hours, plural, one {# timme} other {# timmar}}. Ge den till personen privat; hen skriver `link {code}` till boten.',
  'support4.ask.person': 'Vem menar du? Ange personen med användarnamn (handle) eller e-postadress.',
  'support4.ask.account':
    'Vilket chattkonto? Skriv det som "slack T123/U456", "teams <tenant>/<user id>" eller "console <handle>".',
  'support4.ask.notice': 'Vilket meddelande? Ange dess nummer, t.ex. "requeue notice 42".',
  'support4.ask.channel': 'Vilken kanal? Skriv till exempel "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface': 'Ange om det är en Slack- eller Teams-kanal: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Bara support kan registrera eller avregistrera en kanal. Be support att göra det för er organisation.',
  'support4.channel.not_channel': 'Det är ingen kanal: bara kanaler och gruppchattar kan registreras.',
  'support4.channel.no_partner': 'Det finns ingen partner {id}.',
  'support4.channel.no_creditor': 'Det finns ingen borgenär {id}.',
  'support4.channel.no_org': 'Det finns ingen partner eller borgenär som heter "{owner}".',
  'support4.channel.ambiguous': '"{owner}" kan vara {names}: ange hela namnet.',
  'support4.or': ' eller ',
  'support4.channel.plan':
    'Registrera {surface}-kanalen {channelId} som {support, select, yes {supportkanalen} other {egen kanal för {name}}}?',
  'support4.channel.effect.support':
    'Ärendefrågor från supportmedarbetare där besvaras synligt för alla i kanalen; alla andras förblir privata.',
  'support4.channel.effect.org':
    'Ärendefrågor från organisationens egna personer där besvaras synligt för alla i kanalen; alla andras förblir privata.',
  'support4.channel.unregister_plan': 'Avregistrera {surface}-kanalen {channelId}?',
  'support4.channel.unregister_effect': 'Ärendefrågor där besvaras därefter bara för den som frågar.',
  'support4.channel.registered':
    'Kanalen är nu registrerad som {support, select, yes {supportkanalen: ärendefrågor från supportmedarbetare} other {egen kanal för {name}: ärendefrågor från personer på {name}}} besvaras synligt för alla i kanalen. Alla andras syns fortfarande bara för dem själva.',
  'support4.channel.unregistered':
    'Kanalen är inte längre registrerad: ärendefrågor här besvaras bara för den som frågar.',
  'support4.channel.was_not':
    'Kanalen var inte registrerad; ärendefrågor här besvaras bara för den som frågar.',
  'support4.parked.none': 'Inga meddelanden är parkerade: alla har levererats eller är på väg.',
  'support4.parked.head': 'Parkerade meddelanden ({total}), de som väntat längst först:',
  'support4.parked.line':
    '• meddelande {id}: "{subject}" till {type, select, channel {{name}} creditor {borgenär {name}} partner {partner {name}} other {användare {name}}}, parkerat sedan {when}: {reason}',
  'support4.parked.more': '…och {count} till (de som väntat längst visas).',
  'support4.parked.fix':
    'Åtgärda orsaken (koppla personen, lägg till en e-postadress) och skriv sedan "requeue notice <number>".',
  'support4.parked.delivered':
    'Meddelande {id} har redan levererats{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting': 'Meddelande {id} är inte parkerat: det väntar redan på att skickas.',
  'support4.parked.unknown': 'Det finns inget meddelande {id}.',
  'support4.parked.plan': 'Skicka meddelande {id} ("{subject}") igen?',
  'support4.parked.plan.why': 'Det parkerades eftersom: {reason}.',
  'support4.parked.plan.no_reason': 'ingen orsak registrerad',
  'support4.parked.plan.effect':
    'Utkorgen försöker igen nu; de som redan har fått det får det inte två gånger.',
  'support4.parked.done': 'Meddelande {id} ("{subject}") ligger i kö igen och skickas strax.',
  'support4.link.unknown':
    'Länkkoden är inte giltig. Jämför den med den du fick (koder ser ut som K7MQ-3PXA), eller be support om en ny.',
  'support4.link.expired': 'Länkkoden har gått ut. Be support om en ny.',
  'support4.link.used':
    'Länkkoden har redan använts: varje kod kopplar ett konto, en gång. Be support om en ny.',
  'support4.link.already_linked':
    'Det här chattkontot är redan kopplat till en plattformsanvändare, så koden användes inte. Skriv "help" för att se vad jag kan göra.',
  'support4.link.email_none': 'Ingen plattformsanvändare matchar din e-postadress.',
  'support4.link.email_already':
    'Det här chattkontot är redan kopplat till en plattformsanvändare. Skriv "help" för att se vad jag kan göra.',
  'support4.link.done':
    'Klart: det här {surface}-kontot är nu kopplat till *{name}*{hasOrg, select, yes { på {org}} other {}}. Skriv "help" för att se vad jag kan göra för dig.',
  'support4.link.offer':
    'Hej! Det här {surface}-kontot är ännu inte kopplat till inkassoplattformen. Din e-postadress tillhör *{name}*{hasOrg, select, yes { på {org}} other {}}: är det du? Skriv "yes" eller tryck på *{button}* för att koppla det; om det inte är du, bortse från detta och kontakta support.',
  'support4.link.button': 'Koppla det här kontot',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    'Vilket framgångsarvode föreslår du för ärende {caseId}? Skriv t.ex. "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    'Ett framgångsarvode på {pct} % är inte möjligt; ange en procentsats över 0 och högst 100.',
  'chat4.terms.plan':
    'Erbjud särskilda villkor för ärende {caseId}: ett framgångsarvode på *{pct} %*{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead': 'Ärendet blir ett lead med din offert och går till Collecting Quotes.',
  'chat4.terms.effect.told':
    '{who, select, managing {Den förvaltande partnern} other {Borgenären}} informeras och väljer en offert.',
  'chat4.terms.done':
    'Din offert på {pct} % ligger på lead {leadId}; ärende {caseId} är Collecting Quotes och {who, select, managing {den förvaltande partnern} other {borgenären}} har informerats.',
  'chat4.chat.nobody':
    'Ingen inkassopartner arbetar med ärende {caseId} just nu (det är {status}), så det finns ingen att skriva till i ärendechatten. {closed, select, yes {Skriv "add information to case {caseId}: …" för att få det inskickat igen eller fråga om det, så ser supporten det.} other {Skriv "add information to case {caseId}: …" för att ge partnerna som överväger det mer information.}}',
  'chat4.chat.empty': 'Skriv meddelandet för ärende {caseId}.',
  'chat4.chat.too_long':
    'Meddelandet är {length, number} tecken långt; ett meddelande i ett ärende får vara högst {max, number} tecken. Korta ner det eller skicka det i flera delar.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {förvaltande partner} assigned_partner {inkassopartner} creditor {borgenär} support {support} other {partner}})',
  'chat4.chat.notice':
    'Meddelande om ärende {caseId} ({debtorName}) från {from}: ”{text}” Skriv "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …" för att svara; "messages on {caseId}" visar ärendechatten.',
  'chat4.chat.sent':
    'Skickat till {name} i ärende {caseId}; de informeras nu. Skriv "messages on {caseId}" för att se ärendechatten.',
  'chat4.chat.the_partner': 'partnern',
  'chat4.chat.title': 'Ärende {caseId}: chatt',
  'chat4.chat.none': 'Inga meddelanden i ärende {caseId} ännu.',
  'chat4.chat.how':
    '{write, select, reply {Skriv "reply on {caseId}: …" för att skriva.} other {Skriv "message the partner on {caseId}: …" för att skriva.}}',
  'chat4.chat.head': 'Ärendechatt för ärende {caseId} ({debtorName}), äldst först:',
  'chat4.chat.platform': 'Plattformen',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {lade till information: {hasText, select, yes {”{text}”} other {}}} request_info {bad om mer information{hasText, select, yes {: ”{text}”} other {}}} answer_info {besvarade begäran om information: {hasText, select, yes {”{text}”} other {}}} other {{hasText, select, yes {”{text}”} other {}}}}',
  'chat4.info.waiting':
    'Partnern som arbetar med ärende {caseId} väntar på ditt svar: skriv "answer {caseId}: …" så går ärendet tillbaka till dem.',
  'chat4.info.has_partner':
    'En inkassopartner arbetar med ärende {caseId} ({status}): skriv till dem i ärendechatten med "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {Den förvaltande partnern} other {Borgenären}} ({name}) har lagt till information i ärende {caseId} ({debtorName}), {status}: ”{text}”{next, select, closed { Ärendet stängdes efter ett avböjande: de vill kanske få det inskickat igen.} told { {count, plural, one {Partnern som överväger dess lead har} other {De # partner som överväger dess lead har}} informerats.} other { Ingen partner överväger det just nu.}}',
  'chat4.info.partner':
    '{who, select, managing {Den förvaltande partnern} other {Borgenären}} har lagt till information i ärende {caseId} ({debtorName}), vars lead du är med på: ”{text}” "status {caseId}" visar ärendet.',
  'chat4.info.done':
    'Tillagt i ärende {caseId}: {count, plural, =0 {supporten har informerats} one {supporten och partnern som överväger det har informerats} other {supporten och de # partner som överväger det har informerats}}.{closed, select, yes { Ärendet är stängt; supporten återkommer till dig om att skicka in det igen.} other {}} Skriv "messages on {caseId}" för att se det i ärendet.',
  'chat4.engine.confirm_title': 'Bekräfta',
  'chat4.engine.sure_title': 'Är du säker?',
  'chat4.engine.confirm_desc': 'Bekräfta: {action}',
  'chat4.engine.cancel_desc': 'Avbryt: avstå från att {action}',
  'chat4.engine.choose_desc': 'Välj {label}{caseId, select, none {} other { för ärende {caseId}}}',
  'chat4.engine.form_choice_desc': '{form} som {label}',
  'chat4.engine.settled': '{outcome} av {name}',
  'chat4.engine.settled_at': 'kl.',
  'chat4.engine.too_long':
    'Meddelandet är för långt för mig: jag läser förfrågningar på upp till {max, number} tecken. Skicka förfrågan för sig, med en kort motivering.',
  'chat4.engine.late':
    'Frågan som "{n}" skulle besvara ({question}?) {used, select, yes {har redan besvarats eller avbrutits} other {har gått ut}}, så inget valdes och inget ändrades.{example}',
  'chat4.engine.late.earlier': 'en tidigare fråga',
  'chat4.engine.late.quote':
    'Skriv till exempel "go with quote {quoteId} on case {caseId}" för att välja en offert, eller "quotes on {caseId}" för att se dem igen.',
  'chat4.engine.quote_choice':
    'Offert {quoteId}: {partnerName}, {pct} %{fixed, select, yes { + {fee} fast} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {acceptera ärende{caseId, select, none {} other { {caseId}}}} case_decline {avböja ärende{caseId, select, none {} other { {caseId}}}} case_request_info {begära mer information i ärende{caseId, select, none {} other { {caseId}}}} case_offer_terms {erbjuda villkor för ärende{caseId, select, none {} other { {caseId}}}} case_close {stänga ärende{caseId, select, none {} other { {caseId}}}} payment_register {registrera en betalning i ärende{caseId, select, none {} other { {caseId}}}} quote_select {välja en offert för ärende{caseId, select, none {} other { {caseId}}}} quote_submit {lämna en offert för ärende{caseId, select, none {} other { {caseId}}}} lead_pullback {dra tillbaka ärende{caseId, select, none {} other { {caseId}}}} case_withdraw {återkalla ärende{caseId, select, none {} other { {caseId}}}} quote_decline {avstå från att lämna offert för ärende{caseId, select, none {} other { {caseId}}}} decline_resolve {avgöra avböjandet av ärende{caseId, select, none {} other { {caseId}}}} case_answer_info {besvara begäran om information i ärende{caseId, select, none {} other { {caseId}}}} case_submit {skicka in ett nytt ärende} other {{name} i ärende{caseId, select, none {} other { {caseId}}}}}',
  'chat4.action.done':
    '{action, select, case_accept {Accepterat} case_decline {Avböjt} case_request_info {Information begärd} case_offer_terms {Villkor erbjudna} case_close {Stängt} payment_register {Betalning registrerad} quote_select {Offert vald} quote_submit {Offert lämnad} lead_pullback {Tillbakadraget} case_withdraw {Återkallat} quote_decline {Avstått från offert} decline_resolve {Avböjande avgjort} case_answer_info {Besvarat} case_submit {Inskickat} cancelled {Avbrutet} chosen {Valt} refused {Inte utfört: avvisat vid bekräftelsen} other {Bekräftat}}',
  'chat4.form.decline': '{caseId, select, none {Avböj ett ärende} other {Avböj ärende {caseId}}}',
  'chat4.form.close': '{caseId, select, none {Stäng ett ärende} other {Stäng ärende {caseId}}}',
  'chat4.form.submit_case': 'Skicka in ett ärende',
  'chat4.busy':
    'Jag hanterar väldigt många förfrågningar just nu och kunde inte ta emot den här; inget ändrades. Försök igen om en liten stund.',
  'chat4.rate_limited': 'Du skickar meddelanden snabbare än jag hinner med; vänta en stund.',
  'chat4.gave_up':
    'Tyvärr kunde jag inte slutföra det på grund av ett problem hos oss. Försök igen om en minut; kontakta support om det fortsätter.',
  'chat4.home.header': 'Dina ärenden',
  'chat4.home.nothing': 'Inget väntar på dig.',
  'chat4.home.how_to':
    'Skriv till mig här, nämn mig i en kanal eller använd `/case`: `/case 123` visar ett ärende, `/case decline 123 <reason>` avböjer det, `/case close 123` öppnar stängningsformuläret, `/case help` visar allt.',
  'chat4.home.submit_button': 'Skicka in ett ärende för en klient',
  'chat4.home.not_linked': 'Inte kopplat ännu',
  'chat4.home.waiting': 'Väntar på dig',
  'chat4.home.waiting.none': 'Inget väntar på dig just nu.',
  'chat4.home.responsiveness': 'Din svarstid',
  'chat4.home.more': '…och {count} till',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {borgenären har besvarat din begäran om mer information; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {verifiera det: acceptera, avböj, begär mer information eller erbjud särskilda villkor} paused {klienten har återkallat ärendet: stäng det med en stängningskod} details {partnern har bett om mer information: besvara den} other {offerter samlas in: jämför dem och välj en partner}}',
  'chat4.link.not_linked':
    'Hej! Ditt {surface, select, slack {Slack} teams {Microsoft Teams} other {konsol}}-konto är ännu inte kopplat till en användare på inkassoplattformen, så jag kan inte visa eller ändra några ärenden åt dig. Be supporten att koppla ditt {surface, select, slack {Slack} teams {Microsoft Teams} other {konsol}}-konto till din plattformsanvändare; när det är klart kan du skriva "help" för att se vad jag kan.',
  'chat4.link.code_hint':
    'Om supporten har gett dig en kopplingskod, skriv "link" följt av koden, t.ex. "link K7MQ-3PXA".',
  'chat4.title.case': 'Ärende {caseId}',
  'chat4.title.tasks': 'Dina uppgifter',
  'chat4.submit.open':
    'Låt oss skicka in ett ärende för din klient: fyll i formuläret (klient, gäldenär, fordran, dokument). Jag visar framgångsarvodet och vad som händer innan något skickas in.',
  'chat4.submit.not_partner':
    'Att skicka in ärenden i chatten är för förvaltande partner. Borgenärer skickar in ärenden på plattformen.',
  'chat4.form.again': 'Jag kunde inte använda formuläret, inget ändrades: {problems} Fyll i det igen.',
  'chat4.link.too_many':
    'För många felaktiga kopplingskoder har provats från det här kontot. Vänta en timme och försök igen, eller be supporten att koppla ditt konto.',
  'chat4.link.paused':
    'För många felaktiga kopplingskoder har provats den senaste timmen, så koppling med kod är pausad en stund. Försök igen senare, eller be supporten att koppla ditt konto.',
  'chat4.engine.invalid_choice':
    'Det är inte ett av alternativen jag erbjöd, så inget ändrades. Välj en av knapparna, eller svara med ord.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    'Ärende {caseId} är fortfarande i sin utomrättsliga indrivningsperiod (till {until}), så det kan inte gå till rättslig indrivning ännu. Det kan eskaleras när perioden har löpt ut, eller när partnern stänger det som Pre-Legal Exhausted.',
  'refusals4.escalate.no_period':
    'Ärende {caseId} har ingen utomrättslig indrivningsperiod som har löpt ut, så det kan inte gå till rättslig indrivning via chatten. Kontakta Debituras support om det.',
  'refusals4.escalate.window_passed':
    'Ärende {caseId} stängdes som Pre-Legal Exhausted den {closedOn}, för mer än {days} dagar sedan, så det kan inte längre eskaleras via chatten. Kontakta Debituras support för att gå vidare med det.',
  'refusals4.escalate.closed_as':
    'Ärende {caseId} är stängt som {label}, så det kan inte gå till rättslig indrivning: det kan bara ett ärende som stängts som Pre-Legal Exhausted (inom {days} dagar) eller ett Active ärende vars indrivningsperiod har löpt ut.',
  'refusals4.escalate.already':
    'Ärende {caseId} är redan eskalerat till rättslig indrivning: det juridiska nätverket lämnar offerter på det. Skriv "quotes on {caseId}" för att se offerterna.',
  'refusals4.escalate.status':
    'Ärende {caseId} är {status}, så det kan inte eskaleras till rättslig indrivning.{instead, select, collecting_quotes { Det samlar redan in offerter; skriv "quotes on {caseId}" för att se dem.} paused { Det är pausat efter ett återkallande; partnern stänger det nu.} other { Den utomrättsliga indrivningen har inte börjat för det ännu.}}',
  'refusals4.escalate.can':
    'Ärende {caseId} kan eskaleras till rättslig indrivning nu: den utomrättsliga indrivningen är avslutad. Skriv "escalate {caseId} to legal" för att öppna en lead för det juridiska nätverket.',
  'refusals4.escalate.plan': 'Eskalera ärende {caseId} ({debtorName}) till rättslig indrivning?',
  'refusals4.escalate.plan.ends':
    '{named, select, yes {{partnerName}s} other {Partnerns}} utomrättsliga uppdrag avslutas som Pre-Legal Exhausted, och partnern ombeds avbryta indrivningen.',
  'refusals4.escalate.plan.reopens':
    'Ärendet stängdes som Pre-Legal Exhausted; det öppnas igen för rättslig indrivning.',
  'refusals4.escalate.plan.lead':
    'En lead öppnas för det juridiska nätverket: partner som täcker {country}{named, select, yes { (inte {partnerName})} other {}} bjuds in att lämna offert.',
  'refusals4.escalate.plan.collecting': 'Ärendet är Collecting Quotes tills du väljer en av offerterna.',
  'refusals4.sub.file':
    'En fordran på {usd} (över 10 000 USD) kräver en fil: bifoga originalfakturan, avtalet eller ett annat underlag.',
  'refusals4.sub.file_or_description':
    'En fordran på {usd} (2 000–10 000 USD) kräver en fil eller en beskrivning: bifoga fakturan eller beskriv fordran.',
  'refusals4.sub.no_rate':
    'Plattformen har ingen växelkurs för {currency}. Ange även fordrans värde i USD, eller skicka in den i USD eller EUR.',
  'refusals4.sub.usd_too_large':
    '{amount} motsvarar ungefär {huge, select, yes {USD 1e15 eller mer} other {{usd}}}, mer än plattformen kan registrera (fordringar får motsvara högst 999 999 999 999,99 USD). Kontrollera beloppet.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {Jag känner inte till landet "{text}". } other {}}Ange din klients land som namn eller med två bokstäver, t.ex. Danmark eller DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {Jag känner inte till landet "{text}". } other {}}Ange gäldenärens land som namn eller med två bokstäver, t.ex. Tyskland eller DE.',
  'refusals4.sub.debtor_type': 'Gäldenären måste vara ett företag eller en person.',
  'refusals4.sub.claim_type':
    'Ärenden som partner skickar in kan bara vara en Unpaid Invoice eller en Loan Repayment, inte "{wanted}".',
  'refusals4.sub.api_claim_type':
    'Ärenden som skickas in via API:et är alltid Unpaid Invoice. Skicka in en Loan Repayment via formuläret i stället.',
  'refusals4.sub.disputed':
    'Bara obestridda fordringar kan skickas in: en bestridd fordran kräver rättsliga åtgärder, inte utomrättslig indrivning.',
  'refusals4.sub.amount_zero': 'Fordrans belopp måste vara större än 0.',
  'refusals4.sub.amount_number':
    'Ange det skyldiga beloppet som ett tal, t.ex. 12500, 4.800,00 eller 4,800.00.',
  'refusals4.sub.debt_date':
    'Ange det datum då fordran förföll med dag, månad och år, t.ex. 30/06/2026, 30.06.2026 eller 2026-06-30.',
  'refusals4.sub.partners_only':
    'Bara en inkassopartner kan skicka in ett ärende för sin klient. Borgenärer skapar ärenden i portalen.',
  'refusals4.sub.client_name':
    'Ange din klients företagsnamn och land (två bokstäver, t.ex. DK). Om det är dig skulden gäller, ange ditt eget företagsnamn.',
  'refusals4.sub.debtor_name': 'Ange gäldenärens namn och land (två bokstäver, t.ex. DE).',
  'refusals4.sub.own_jurisdiction':
    'Din organisation täcker själv {country}{hasRegion, select, yes { ({region})} other {}}, så ärendet skulle skickas tillbaka till dig. Driv in det själv i stället för att skicka in det.',
  'refusals4.fee.future_date':
    'Fordrans datum ligger i framtiden. Ange det datum då fordran förföll (t.ex. fakturans förfallodag).',
  'refusals4.sdca':
    '{partnerName} har ännu inte undertecknat Standard Debt Collection Agreement (SDCA), så du kan inte hantera ärenden. Underteckna det på {link} och försök sedan igen.',
  'refusals4.give': 'Ange {what}.',
  'refusals4.give.other_comment': 'en kommentar om varför ärende {caseId} stängs som Other',
  'refusals4.give.decline_reason':
    'ett skäl till att du avböjer (till exempel "gäldenären har gått i konkurs")',
  'refusals4.give.info_answer': 'den information som partnern bad om för ärende {caseId}',
  'refusals4.close.no_payment':
    'Ärende {caseId} har ingen registrerad betalning, så det kan inte stängas som {label}. Registrera betalningen först och stäng det sedan.',
  'refusals4.close.prelegal_early':
    'Indrivningsperioden för ärende {caseId} löper till {until}. Pre-Legal Exhausted är avsett för när alla rimliga utomrättsliga försök är uttömda, vanligtvis efter perioden på 6 månader. Stäng det som Pre-Legal Exhausted ändå?',
  'refusals4.case.already':
    'Ärende {caseId} har redan {done}: det är {status}, så det kan inte längre {verb}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    'Ärende {caseId} är {status}, så det {can, select, not_yet {kan inte {verb} ännu} cannot {kan inte {verb}} other {kan inte längre {verb}}}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.verb.accept': 'godkännas',
  'refusals4.case.verb.decline': 'avböjas',
  'refusals4.case.verb.request_info': 'skickas tillbaka för mer information',
  'refusals4.case.verb.offer_terms': 'erbjudas särskilda villkor',
  'refusals4.case.verb.answer_info': 'besvaras',
  'refusals4.case.verb.register_payment': 'få en betalning registrerad',
  'refusals4.case.verb.close': 'stängas',
  'refusals4.case.verb.withdraw': 'återkallas',
  'refusals4.case.done.accepted': 'godkänts',
  'refusals4.case.done.declined': 'avböjts',
  'refusals4.case.done.closed': 'stängts',
  'refusals4.case.done.withdrawn': 'återkallats',
  'refusals4.case.done.offered_terms': 'erbjudits särskilda villkor',
  'refusals4.case.done.sent_back': 'skickats tillbaka för mer information',
  'refusals4.case.advice.closed': 'Stängda ärenden kan inte ändras.',
  'refusals4.case.advice.close_it': 'Om du vill sluta arbeta med det, stäng det med en stängningskod.',
  'refusals4.case.advice.with_network': 'Det ligger hos partnernätverket för offerter nu.',
  'refusals4.case.advice.verify_first': 'Godkänn eller avböj det först.',
  'refusals4.case.advice.waiting_quotes': 'Det väntar på offerter; borgenären kan dra tillbaka leaden.',
  'refusals4.case.advice.paused': 'Det är redan pausat efter ett återkallande; partnern stänger det nu.',
  'refusals4.case.advice.pull_back': 'Dra i stället tillbaka leaden för att stoppa det.',
  'refusals4.case.advice.nobody_waiting': 'Ingen väntar på mer information om det.',
  'refusals4.case.not_a_number': 'Det är inget ärendenummer: ärendenummer går upp till {max}.',
  'refusals4.case.give_number': 'Ange ett ärendenummer.',
  'refusals4.money.not_amount': '"{amount}" är inget penningbelopp.',
  'refusals4.money.not_amount_that': 'Det är inget penningbelopp.',
  'refusals4.money.decimals': '{amount} har fler än två decimaler; ange beloppet högst på öret.',
  'refusals4.money.negative':
    'Ett belopp kan inte vara negativt: ange det utan minustecken, t.ex. 5000 (kontakta Debituras support för att rätta en betalning).',
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {Det beloppet}} är mer än jag kan registrera: belopp går upp till {max}.',
  'refusals4.money.krone':
    '"kr" kan vara danska, svenska, norska eller isländska kronor, och ärende {caseId} är i {currency}, så jag kan inte avgöra vilken valuta du menar. Ange beloppet i {currency}, t.ex. "1200 {currency}" (räkna om det först om det betalades i en annan valuta).',
  'refusals4.money.not_rate': '"{rate}" är ingen sats.',
  'refusals4.money.rate_over': 'En sats på {rate} är mer än 100 %.',
  'refusals4.perm.on_behalf_only':
    'Borgenären för ärende {caseId} har egna användare och fattar därför detta beslut själv. Supporten kan bara {act} för en klient som en managing partner har skickat in och som själv bara har läsbehörighet.',
  'refusals4.perm.legal_network':
    'Partner i det juridiska nätverket {what} ärenden: du får leads och väljer om du vill lämna offert. Om du inte vill ha ärende {caseId}, låt helt enkelt bli att lämna offert på det.',
  'refusals4.perm.legal_network.verify': 'verifierar inte',
  'refusals4.perm.legal_network.accept': 'godkänner inte',
  'refusals4.perm.legal_network.decline': 'avböjer inte',
  'refusals4.perm.legal_network.offer_terms': 'erbjuder inte särskilda villkor på',
  'refusals4.perm.support_only': 'Bara en supportmedarbetare kan {what}.',
  'refusals4.perm.support_only.link_codes': 'utfärda kopplingskoder',
  'refusals4.perm.support_only.link': 'koppla chattkonton',
  'refusals4.perm.support_only.unlink': 'koppla bort chattkonton',
  'refusals4.perm.support_only.see_accounts': 'se andras chattkonton',
  'refusals4.perm.support_only.see_reviews': 'se de avböjanden som väntar på manuell granskning',
  'refusals4.perm.support_only.resolve_review': 'avgöra ett avböjande som kräver manuell granskning',
  'refusals4.perm.support_only.see_parked': 'se de meddelanden som ingen kunde ta emot',
  'refusals4.perm.support_only.requeue': 'köa ett meddelande igen',
  'refusals4.perm.settings.partner':
    'Nätverksdelning är borgenärens egen kontoinställning: bara borgenärens användare (eller Debituras support) kan se eller ändra den.',
  'refusals4.perm.settings.other': 'Du kan bara se eller ändra din egen organisations kontoinställningar.',
  'refusals4.sharing.which':
    'Vilken borgenär? Ange namnet, t.ex. "is network sharing on for Acme ApS?" eller "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Flera borgenärer heter "{said}": {names}. Vilken menar du?',
  'refusals4.sharing.no_creditor': 'Det finns ingen borgenär som heter "{said}" på plattformen.',
  'refusals4.sharing.no_creditor_id': 'Det finns ingen borgenär {creditorId}.',
  'refusals4.sharing.already':
    'Nätverksdelning är redan {on, select, yes {på} other {av}} för {creditorName}: inget att ändra.',
  'refusals4.sharing.plan': 'Slå *{on, select, yes {på} other {av}}* nätverksdelning för {creditorName}?',
  'refusals4.sharing.plan.from_now': 'Från och med nu gäller: {meaning}.',
  'refusals4.sharing.plan.past': 'Ärenden som avböjdes före ändringen förblir som de är.',
  'refusals4.sharing.plan.told': '{creditorName}s användare får besked om ändringen.',
  'refusals4.org_unknown': 'Din organisation är inte känd för plattformen.',
  'refusals4.partner_unknown': 'Din partnerorganisation är inte känd för plattformen.',
  'refusals4.commission.partners_only':
    'Bara en inkassopartner kan öppna ett provisionsärende, för ett framgångsarvode som en borgenär är skyldig den.',
  'refusals4.commission.partners_only_prefill':
    'Bara en inkassopartner kan öppna ett provisionsärende för ett arvode den har att fordra.',
  'refusals4.commission.which':
    'Vilken borgenär är skyldig dig framgångsarvodet? Skriv till exempel "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor':
    'Det finns ingen borgenär som heter "{said}" på plattformen. Kontrollera namnet.',
  'refusals4.commission.no_creditor_id': 'Det finns ingen borgenär {creditorId}. Kontrollera borgenärens id.',
  'refusals4.commission.several':
    'Flera borgenärers namn börjar med "{said}": {names}. Vilken är skyldig dig arvodet?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} finns i {country}, en jurisdiktion som din organisation själv täcker, så ett provisionsärende mot den skulle skickas tillbaka till dig: provisionsärenden följer samma regel om egen jurisdiktion som alla inskickade ärenden. Kontakta Debituras support om att driva in arvodet.',
  'refusals4.commission.already':
    'Du har redan öppnat provisionsärende {caseId} mot {creditorName} för det här arvodet. Skriv "status {caseId}" för att följa det.',
  'refusals4.commission.nothing_owed':
    'Enligt plattformens uppgifter är {creditorName} inte skyldig din organisation något framgångsarvode{onCase, select, yes { för ärende {caseId}} other {}}, så det finns inget att förifylla.',
  'refusals4.commission.currencies':
    'Arvodena som {creditorName} är skyldig är i flera valutor ({currencies}); skicka in ett provisionsärende per valuta.',
  'refusals4.commission.file_hint':
    '{refusal} Öppna formuläret för att skicka in ärenden ("submit a case") för att bifoga den; provisionskommentaren hör hemma i beskrivningen.',
  'refusals4.commission.plan': 'Öppna ett provisionsärende mot {creditorName} på {amount} (Unpaid Invoice)?',
  'refusals4.commission.plan.prefilled':
    'Förifyllt: gäldenär {creditorName} (företag, {country}); din organisation {clientName} är klient; kommentar: "{comment}"',
  'refusals4.commission.done':
    'Provisionsärende {caseId} mot {creditorName} på {amount} är öppnat. {submitted}',
  'refusals4.quotes.not_yours':
    'Ärende {caseId} är inte ett av dina ärenden och din organisation har inte bjudits in att lämna offert på det, så du kan inte se dess offerter.',
  'refusals4.lead.no_case': 'Det finns inget ärende {caseId}. Kontrollera ärendenumret och försök igen.',
  'refusals4.lead.none':
    'Ärende {caseId} har ingen lead, så det finns inga offerter på det. Offerter samlas bara in efter ett avböjande, efter särskilda villkor eller när ingen exklusiv partner täcker ett ärende.',
  'refusals4.lead.case_missing': 'Ärende {caseId} finns inte.',
  'refusals4.route.support_only': 'Bara supporten (eller plattformen själv) kan fördela ärende {caseId}.',
  'refusals4.route.again':
    'Ärende {caseId} ligger redan hos en partner eller är i ett annat läge, så det kan inte fördelas igen.',
  'refusals4.due_today.support_only':
    'Det som plattformen har schemalagt i dag är för supportmedarbetare. För dina egna ärenden, fråga "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'välja en offert för ett ärende',
  'refusals4.submit.plan':
    'Skicka in {claimType, select, unpaid_invoice {en obetald faktura} other {en låneåterbetalning}} på {amount} mot {debtorName} ({country}) för {clientName}, med ett framgångsarvode på {pct} %.',
  'refusals4.submit.plan.fee': 'Framgångsarvode {pct} %: {explained}. SDCA:n är den bindande källan.',
  'refusals4.fee.explanation':
    '{pct} % ({region}, {upTo, select, yes {fordringar upp till {max}} other {större fordringar}}){surcharge, select, yes { + {add} procentenheter för en fordran som är {months} månader gammal} other {}}',
  'refusals4.submit.plan.documents':
    'Dokument: {need, select, none {inga dokument behövs (under 2 000 USD)} file_or_description {en fil eller en beskrivning (2 000–10 000 USD)} other {en fil (över 10 000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} tar emot det i Pending Verification.',
  'refusals4.submit.plan.network':
    'Ingen exklusiv partner täcker det: det går till det juridiska nätverket för offerter.',
  'refusals4.submit.plan.client':
    '{clientName} sparas som din klient (bara namn och land); du följer ärendet med läsbehörighet.',
  'refusals4.submit.done':
    'Ärende {caseId} är inskickat för {clientName} med ett framgångsarvode på {pct} %{exclusive, select, yes { och ligger hos {partnerName} för verifiering.} other {; ingen exklusiv partner täcker det, så det juridiska nätverket lämnar offerter på det.}}',
  'refusals4.close.register_first':
    'Ärende {caseId} har ingen registrerad betalning ännu, så jag registrerar den och stänger ärendet i ett steg.',
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': 'Din klients företagsnamn',
  'forms.label.clientCountry': 'Din klients land',
  'forms.hint.clientCountry': 'ett namn eller två bokstäver, t.ex. Tyskland eller DE',
  'forms.label.debtorName': 'Gäldenärens namn',
  'forms.label.debtorType': 'Typ av gäldenär',
  'forms.option.company': 'Företag',
  'forms.option.person': 'Privatperson',
  'forms.label.debtorCountry': 'Gäldenärens land',
  'forms.hint.debtorCountry': 'ett namn eller två bokstäver, t.ex. Danmark eller DK',
  'forms.label.debtorRegion': 'Gäldenärens region',
  'forms.label.claimType': 'Typ av fordran',
  'forms.option.unpaid_invoice': 'Obetald faktura',
  'forms.option.loan_repayment': 'Återbetalning av lån',
  'forms.label.principal': 'Skyldigt belopp',
  'forms.hint.principal': 't.ex. 12500, 4.800,00 eller 4,800.00',
  'forms.label.currency': 'Valuta',
  'forms.hint.currency': 't.ex. EUR',
  'forms.label.debtDate': 'Förfallodag',
  'forms.hint.debtDate': 't.ex. 30/06/2026 eller 2026-06-30',
  'forms.label.disputed': 'Bestrider gäldenären fordran?',
  'forms.option.no': 'Nej',
  'forms.option.yes': 'Ja',
  'forms.label.documentName': 'Dokument (filnamn)',
  'forms.hint.documentName': 'krävs över 10 000 USD; från 2 000 USD en fil eller en beskrivning',
  'forms.label.description': 'Beskrivning av fordran',
  'forms.submit': 'Fortsätt',
  'forms.cancel': 'Avbryt',
  'forms.modal.submit_case': 'Skicka in ett ärende',
  'forms.document_rule':
    'Dokument efter fordrans värde (i USD): under 2 000 inga; 2 000–10 000 en fil eller en beskrivning; över 10 000 en fil.',
  'forms.submit_case_note':
    'Endast obestridda ärenden utanför de jurisdiktioner ni själva täcker. Framgångsarvodet visas för er bekräftelse innan ärendet skickas in.',
  'forms.open_form': 'Öppna formuläret: {title}',
  'forms.continue_to': 'Fortsätt: {title}',
  'forms.needed': '{label} måste fyllas i.',
  'forms.problem.too_long': '{label} är för lång (högst 200 tecken).',
  'forms.problem.pick_one': '{label}: välj ett av {options}.',
  'forms.problem.principal':
    'Det skyldiga beloppet ska vara ett positivt tal, t.ex. 12500, 4.800,00 eller 4,800.00.',
  'forms.problem.paymentAmount':
    'Det indrivna beloppet ska vara ett positivt tal, t.ex. 1200, 1.200,50 eller 1,200.50.',
  'forms.problem.paymentCurrency': 'Valutan ska vara en kod med tre bokstäver, t.ex. EUR.',
  'forms.problem.description': 'Beskrivningen är för lång (högst 2 000 tecken).',
  'forms.case_number': 'Ärendenummer',
  'forms.case_placeholder': 't.ex. 123',
  'forms.modal.decline': 'Avböj ärende',
  'forms.modal.close': 'Avsluta ärende',
  'forms.decline.reason': 'Varför avböjer ni?',
  'forms.decline.hint':
    'Ett konkret, sakligt skäl, t.ex. "gäldenären försattes i konkurs i maj". Borgenären informeras i professionella ordalag; ni bekräftar innan något händer.',
  'forms.decline.placeholder': 'Ett konkret, sakligt skäl',
  'forms.close.code': 'Avslutningskod',
  'forms.close.choose': 'Välj utfallet',
  'forms.close.comment': 'Kommentar',
  'forms.close.comment_hint': 'Krävs för "Other"; rekommenderas vid varje avslutning.',
  'forms.close.amount': 'Indrivet belopp',
  'forms.close.amount_hint':
    'Endast för Paid eller Partially paid: betalningen registreras innan ärendet avslutas.',
  'forms.close.currency': 'Betalningens valuta',
  'forms.close.currency_placeholder': 't.ex. EUR (tomt: ärendets valuta)',
  'forms.close.comment_teams': 'Kommentar (krävs för Other)',
  'forms.close.amount_teams': 'Indrivet belopp (Paid / Partially paid)',
  'forms.group.success': 'Framgång',
  'forms.group.partner_decline': 'Partnerns avböjande',
  'forms.group.client_decision': 'Klientens beslut',
  'forms.group.process_completion': 'Processen avslutad',
  'forms.group.fallback': 'Övrigt',
  'forms.krone_why':
    '"kr" kan vara danska, svenska, norska eller isländska kronor, och ärende {caseId} är i {currency}, så jag kan inte avgöra vilken valuta du menar.',
};
