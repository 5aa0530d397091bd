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
};
