import type { Translations } from '../messages.ts';

// German (Deutsch). Formal business German ("Sie", the letter opens "Sehr geehrte Damen und Herren": the
// organisation is the addressee); the platform's own terms ("Collecting Quotes") and the
// commands people type in English, quoted.

export const de: Translations = {
  'decline.letter':
    'Sehr geehrte Damen und Herren,\n\nder Inkassopartner, dem der Fall #{caseId} (Schuldner: {debtorName}) zugewiesen war, hat den Fall abgelehnt. {why}\n\n{next}\n\nWenn Sie Fragen zu dieser Ablehnung haben, antworten Sie hier oder wenden Sie sich unter Angabe Ihrer Fallnummer #{caseId} an den Debitura-Support.\n\nMit freundlichen Grüßen\nDebitura',
  'decline.letter.managed':
    'Sehr geehrte Damen und Herren,\n\nder Inkassopartner, dem der Fall #{caseId} zugewiesen war, den Sie für Ihren Mandanten {clientName} eingereicht haben (Schuldner: {debtorName}), hat den Fall abgelehnt. {why}\n\n{next}\n\nWenn Sie Fragen zu dieser Ablehnung haben, antworten Sie hier oder wenden Sie sich unter Angabe Ihrer Fallnummer #{caseId} an den Debitura-Support.\n\nMit freundlichen Grüßen\nDebitura',
  'decline.fallback.creditor': 'Kunde',
  'decline.fallback.partner': 'Partner',
  'decline.fallback.client': 'Ihr Mandant',
  'decline.fallback.debtor': 'der Schuldner',
  'decline.why.below_minimum':
    'Grund: Der Forderungsbetrag liegt unter der Mindestgrenze des Partners (in der Regel der Gegenwert von USD 100,00 für das außergerichtliche Inkasso).',
  'decline.why.conflict_of_interest':
    'Grund: Beim Partner besteht ein Interessenkonflikt (zum Beispiel, weil er bereits für den Schuldner tätig ist), der die Übernahme des Falls ausschließt.',
  'decline.why.custom_terms_requested':
    'Grund: Der Fall erfordert abweichende Konditionen, die der Partner im Rahmen der Standardvereinbarung nicht anbieten kann.',
  'decline.why.duplicate': 'Grund: Dieser Fall war dem Partner bereits übermittelt worden.',
  'decline.why.fraud_risk':
    'Grund: Der Partner hat Anzeichen dafür festgestellt, dass mit der Forderung ein Betrugsrisiko verbunden sein kann.',
  'decline.why.insolvency_or_ceased':
    'Grund: Der Schuldner scheint insolvent, verstorben oder aufgelöst zu sein.',
  'decline.why.misclassified_not_prelegal':
    'Grund: Die Forderung scheint bestritten zu sein oder gerichtliche Schritte statt eines außergerichtlichen Inkassos zu erfordern.',
  'decline.why.missing_information':
    'Grund: Wesentliche Angaben, die für das weitere Vorgehen erforderlich sind, fehlen trotz Nachfrage weiterhin. Vollständige Schuldnerdaten und Belege (Rechnung, Vertrag) helfen dem nächsten Partner, zügig zu beginnen.',
  'decline.why.out_of_jurisdiction':
    'Grund: Der Schuldner befindet sich außerhalb des geografischen Gebiets, das der Partner abdeckt.',
  'decline.why.regulatory_restriction':
    'Grund: Der Partner verfügt nicht über die Zulassung oder Erlaubnis, im Rechtsgebiet des Schuldners Forderungen einzuziehen.',
  'decline.why.sanctions_legal_block':
    'Grund: Sanktionen oder eine andere rechtliche Beschränkung hindern den Partner daran, diesen Fall zu bearbeiten.',
  'decline.why.time_barred':
    'Grund: Die Forderung scheint verjährt zu sein und ist möglicherweise nicht mehr rechtlich durchsetzbar.',
  'decline.why.untraceable_debtor':
    'Grund: Der Partner konnte die Anschrift oder die Kontaktdaten des Schuldners nicht überprüfen oder ermitteln.',
  'decline.why.manual_review':
    'Die Begründung des Partners wird derzeit von unserem Team geprüft; wir melden uns bei Ihnen, falls etwas benötigt wird.',
  'decline.next.network':
    'Wie es weitergeht: Ihr Fall wurde mit unserem Partnernetzwerk geteilt, und weitere qualifizierte Inkassopartner werden nun eingeladen, Angebote abzugeben. Der Fallstatus lautet "Collecting Quotes", und Sie werden benachrichtigt, sobald Angebote zur Prüfung für Sie bereitstehen.',
  'decline.next.no_partners':
    'Wie es weitergeht: Der Fall soll mit unserem Partnernetzwerk geteilt werden, derzeit deckt ihn jedoch kein anderer Inkassopartner ab, sodass noch kein Partner eingeladen wurde. Unser Support-Team ist informiert und sucht nach einem geeigneten Partner; wir melden uns bei Ihnen, sobald es Neuigkeiten gibt. Bis dahin lautet der Fallstatus "Collecting Quotes".',
  'decline.next.closed':
    'Wie es weitergeht: Da die Freigabe für das Partnernetzwerk für Ihr Konto deaktiviert ist, wurde der Fall nun geschlossen und wird keinen anderen Partnern angeboten. Wenn Sie den Fall erneut einreichen oder andere Möglichkeiten prüfen möchten, wenden Sie sich bitte an den Debitura-Support.',

  'category.conflict_of_interest': 'Interessenkonflikt',
  'category.custom_terms_requested': 'Abweichende Konditionen gewünscht',
  'category.below_minimum': 'Unter dem Mindestbetrag',
  'category.untraceable_debtor': 'Schuldner nicht auffindbar',
  'category.out_of_jurisdiction': 'Außerhalb des Zuständigkeitsgebiets',
  'category.time_barred': 'Verjährt',
  'category.regulatory_restriction': 'Regulatorische Beschränkung',
  'category.sanctions_legal_block': 'Sanktionen oder rechtliches Hindernis',
  'category.misclassified_not_prelegal': 'Falsch eingestuft',
  'category.insolvency_or_ceased': 'Insolvenz oder erloschen',
  'category.duplicate': 'Duplikat',
  'category.missing_information': 'Wesentliche Angaben fehlen',
  'category.fraud_risk': 'Betrugsrisiko',

  'lead.managed_next_step':
    'Sie haben nur Lesezugriff auf Fall {caseId}: Um für Ihren Mandanten ein Angebot auszuwählen oder den Fall zu beenden, wenden Sie sich bitte unter Angabe der Fallnummer #{caseId} an den Debitura-Support.',
  'lead.quotes_ready': 'Für Fall {caseId} ({debtorName}) liegen Angebote vor: {quotes}. {next}',
  'lead.quotes_ready.item': 'Angebot {quoteId}: {partnerName}, {pct} %',
  'lead.quotes_ready.next':
    'Antworten Sie "go with quote <Nummer> on case {caseId}", um ein Angebot auszuwählen, oder "pull back case {caseId}", um den Fall zu beenden.',
  'lead.quotes_ready.alert':
    'Lead {leadId} zu Fall {caseId}: {count, plural, one {# Angebot} other {# Angebote}} für den Gläubiger bereit.',
  'lead.declined_options':
    'Kein Inkassopartner hatte Interesse an Fall {caseId} ({debtorName}): Alle eingeladenen Partner haben abgelehnt, oder die Angebotsfrist ist ohne Angebot abgelaufen. Sie könnten die Konditionen des Falls anpassen (ein höheres Erfolgshonorar, mehr Unterlagen) oder einen anderen Weg wählen, etwa gerichtliche Schritte. {next}',
  'lead.declined_options.next':
    'Bitten Sie den Support, das Verfahren neu zu starten, oder antworten Sie "pull back case {caseId}", um den Fall zu schließen.',
  'lead.reminder':
    'Erinnerung: Für Fall {caseId} {count, plural, one {wartet # Angebot} other {warten # Angebote}} seit dem {since} auf Ihre Auswahl. {next}{last, select, yes { Der Lead läuft jetzt ab, {days} Tage nachdem die Angebote vorlagen; Sie können danach weiterhin ein Angebot auswählen.} other {}}',
  'lead.reminder.next':
    'Schreiben Sie "quotes for case {caseId}", um die Angebote zu vergleichen und eines auszuwählen.',
  'lead.expired':
    'Die Angebote zu Fall {caseId} ({debtorName}) sind abgelaufen: Innerhalb von {days} Tagen wurde kein Angebot ausgewählt. {next}',
  'lead.expired.next':
    'Sie können weiterhin manuell {count, plural, one {das vorliegende Angebot} other {eines der # Angebote}} auswählen ("go with quote <Nummer> on case {caseId}") oder den Fall zurückziehen.',
  'lead.no_quote_escalation':
    'Fall {caseId} ({debtorName}) wurde am {day} abgelehnt{reason, select, none {} other { ({reason})}} und hat innerhalb von {days} Werktagen keine Angebote erhalten. Bitte wenden Sie sich an den Debitura-Support und geben Sie Ihre Fallnummer (#{caseId}), den Ihnen mitgeteilten Ablehnungsgrund sowie alle weiteren Informationen an, die Sie für relevant halten. Wir haben den Support bereits informiert.',
  'notice.case_accepted':
    '{partnerName} hat Fall {caseId} ({debtorName}) angenommen und mit dem Inkasso begonnen. Der Inkassozeitraum läuft bis zum {day}.',
  'reply.cancelled': 'Abgebrochen; es wurde nichts geändert.',
  'reply.already_confirmed':
    'Dies wurde bereits bestätigt oder abgebrochen; es wurde nichts weiter unternommen.',
  'reply.none':
    'Ich habe keine Anfrage erkannt, die ich bearbeiten kann. Schreiben Sie "help", um zu sehen, was Sie mich fragen können; jede Änderung nennt eine Fallnummer.',
  'confirm.expires': 'Diese Bestätigung läuft in {duration} ab.',
  'confirm.button.confirm': 'Bestätigen',
  'confirm.button.cancel': 'Abbrechen',
  'duration.minutes': '{n, plural, one {# Minute} other {# Minuten}}',
  'duration.hours': '{n, plural, one {# Stunde} other {# Stunden}}',
  'help.title': 'Was ich für Sie tun kann',
  'help.intro': 'Hallo {name}, Sie können Folgendes schreiben:',
  'help.outro':
    'Ich zeige Ihnen immer, was geschehen wird, und bitte Sie um Bestätigung, bevor sich etwas ändert. Schreiben Sie *cancel*, um eine Frage zu verwerfen.',
  'help.support_note':
    'Sie können jeden Fall einsehen und werden über Ablehnungen informiert, die eine manuelle Prüfung erfordern.',
  'accept.plan': 'Fall {caseId} ({debtorName}) annehmen und mit dem Inkasso beginnen.',
  'accept.plan.active': 'Der Fall wird Active, und der 6-monatige Inkassozeitraum läuft bis zum {day}.',
  'accept.plan.told':
    '{who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} wird benachrichtigt.',
  'accept.done':
    'Fall {caseId} ist Active. Der Inkassozeitraum läuft bis zum {day}; {who, select, managing {der verwaltende Partner} other {der Gläubiger}} wurde benachrichtigt.',
  'language.set':
    'Ab sofort antworte ich Ihnen auf Deutsch, und Ihre Benachrichtigungen werden auf Deutsch verfasst.',
  'language.unknown':
    'Ich kann auf Englisch, Dänisch, Schwedisch, Norwegisch, Deutsch, Finnisch und Spanisch antworten. Welche Sprache möchten Sie? Zum Beispiel "speak German" oder "language: de".',
  'email.greeting': 'Guten Tag {name},',
  'email.footer':
    'Sie erhalten diese E-Mail, weil Sie in Slack oder Teams nicht mit Debitura verbunden sind. Verbinden Sie Ihr Chat-Konto, um Benachrichtigungen stattdessen dort zu erhalten.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: Fall {caseId} {what}}}',
  'subject.case.declined': 'vom Partner abgelehnt',
  'subject.case.accepted': 'angenommen',
  'subject.lead.quotes_ready': 'Angebote liegen zur Prüfung vor',
  'subject.lead.reminder': 'Erinnerung: Angebot auswählen',
  'subject.lead.expired': 'Angebotsfrist abgelaufen',
  'subject.lead.declined_options': 'wie es nach der Ablehnung weitergeht',
  'subject.lead.no_quote_escalation': 'keine Angebote: der Support kümmert sich',
  'notice.info_requested':
    '{partnerName} benötigt weitere Informationen, bevor mit Fall {caseId} ({debtorName}) begonnen werden kann: {question} Antworten Sie mit den Angaben zu Fall {caseId}; der Fall geht dann zur Prüfung an den Partner zurück.',
  'notice.period_ended':
    'Der 6-monatige Inkassozeitraum für Fall {caseId} endete am {day}. Der Partner arbeitet weiter, bis er den Fall schließt. {next}',
  'notice.period_ended.withdraw':
    'Wenn Sie den Fall jetzt zurückziehen, wird er sofort als Withdrawn by Client geschlossen.',
  // --- Round 2: partners and support, escalation, network sharing
  'lead.invitation':
    'Neuer Lead {leadId}: Fall {caseId}, {debtorType, select, company {ein Unternehmen} person {eine Privatperson} other {{debtorType}}} als Schuldner in {where}, {claimType, select, unpaid_invoice {unbezahlte Rechnung} loan_repayment {Darlehensrückzahlung} other {{claimType}}} über {amount}. Angebote werden bis {until} UTC gesammelt. Antworten Sie "quote <Prozent>% on case {caseId}", um ein Angebot abzugeben, oder "no quote on case {caseId}", um zu verzichten.',
  'lead.no_partners':
    'Lead {leadId} für Fall {caseId} (eröffnet {origin, select, decline {nachdem der zugewiesene Partner ihn abgelehnt hat} custom_terms {weil der zugewiesene Partner individuelle Konditionen angeboten hat} legal_escalation {für die gerichtliche Eskalation} other {weil kein exklusiver Partner ihn abdeckt}}) passt zu keinem Partner in {country}. Bitte suchen Sie manuell Partner dafür.',
  'decline.needs_review':
    '{partnerName} hat Fall {caseId} ({debtorName}) mit einer Begründung abgelehnt, die in keine Ablehnungskategorie passt: "{reason}". Bitte prüfen Sie sie und legen Sie die Kategorie fest (schließen Sie die Prüfung zu Fall {caseId} ab).',
  'decline.needs_review.doubt':
    '{partnerName} hat Fall {caseId} ({debtorName}) mit der Begründung "{reason}" abgelehnt. {doubt} Der Gläubiger hat noch keine Begründung erhalten. Bitte prüfen Sie sie und legen Sie die Kategorie fest (schließen Sie die Prüfung zu Fall {caseId} ab).',
  'escalate.stop_for_legal':
    'Der Gläubiger hat Fall {caseId} ({debtorName}) nach dem vorgerichtlichen Inkassozeitraum an die gerichtliche Durchsetzung übergeben. Ihr Auftrag endet als Pre-Legal Exhausted: Bitte stellen Sie alle Inkassomaßnahmen ein. Das Rechtsnetzwerk gibt jetzt Angebote dafür ab.',
  'escalate.done':
    'Fall {caseId} ist an die gerichtliche Durchsetzung eskaliert: {invited, plural, =0 {noch kein Partner des Rechtsnetzwerks deckt {country} ab, daher sucht der Support einen (Lead {leadId})} one {# Partner des Rechtsnetzwerks ist eingeladen, ein Angebot abzugeben (Lead {leadId})} other {# Partner des Rechtsnetzwerks sind eingeladen, ein Angebot abzugeben (Lead {leadId})}}{told, select, none {} other {; {told} wurde aufgefordert, das Inkasso einzustellen}}. Sie werden benachrichtigt, sobald die Angebote vorliegen.',
  'sharing.meaning':
    '{on, select, yes {wenn ein Partner einen {whose, select, your {Ihrer} other {seiner}} Fälle ablehnt, geht der Fall an das Partnernetzwerk, damit andere Partner Angebote abgeben können} other {wenn ein Partner einen {whose, select, your {Ihrer} other {seiner}} Fälle ablehnt, wird der Fall geschlossen}}',
  'sharing.status':
    'Netzwerkfreigabe ist für {own, select, yes {Ihr Konto} other {{creditorName}}} *{on, select, yes {aktiviert} other {deaktiviert}}*: {meaning}. {own, select, yes {Sagen Sie "turn {on, select, yes {off} other {on}} network sharing", um dies zu ändern.} other {Sagen Sie "turn {on, select, yes {off} other {on}} network sharing for {creditorName}", um dies zu ändern.}}',
  'sharing.now':
    'Netzwerkfreigabe ist jetzt für {creditorName} {on, select, yes {aktiviert} other {deaktiviert}}. Ab sofort gilt: {meaning}. Bereits abgelehnte Fälle bleiben unverändert.',
  'sharing.changed_by_support':
    'Der Debitura-Support hat die Netzwerkfreigabe für {creditorName} {on, select, yes {aktiviert} other {deaktiviert}}. Ab sofort gilt: {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Ihr Angebot {quoteId} ({pct} %) für Fall {caseId} ({debtorName}) wurde ausgewählt. Der Fall ist Ihnen zugewiesen und Active: Sie können sofort mit der Arbeit beginnen.',
  'quote.declined.other_partner':
    'Ihr Angebot {quoteId} für Fall {caseId} wurde nicht ausgewählt: Der Gläubiger hat sich für einen anderen Partner entschieden. Sie müssen nichts weiter tun.',
  'quote.declined.pullback':
    'Ihr Angebot {quoteId} für Fall {caseId} wurde nicht ausgewählt: Der Gläubiger hat entschieden, mit keinem Angebot fortzufahren. Sie müssen nichts weiter tun.',
  'lead.withdrawn':
    'Der Lead zu Fall {caseId} wurde vom Gläubiger zurückgezogen; es wird kein Angebot mehr benötigt.',
  'quote.selected_for_client':
    'Der Debitura-Support hat im Namen Ihres Mandanten {clientName} Angebot {quoteId} von {partnerName} ({pct} % Erfolgsprovision) für Fall {caseId} ({debtorName}) ausgewählt. Der Fall liegt jetzt bei {partnerName} und ist Active; Sie können ihn mit "status {caseId}" verfolgen.',

  // --- Round 2 (cat2a): refusals, questions, declining a case ---
  'perm.act.view': 'den Fall einzusehen',
  'perm.act.accept': 'den Fall anzunehmen',
  'perm.act.decline': 'den Fall abzulehnen',
  'perm.act.request_info': 'zum Fall weitere Informationen anzufordern',
  'perm.act.offer_terms': 'für den Fall individuelle Konditionen anzubieten',
  'perm.act.register_payment': 'für den Fall eine Zahlung zu erfassen',
  'perm.act.close': 'den Fall zu schließen',
  'perm.act.withdraw': 'den Fall zurückzuziehen',
  'perm.act.answer_info': 'die Informationsanfrage zum Fall zu beantworten',
  'perm.act.select_quote': 'für den Fall ein Angebot auszuwählen',
  'perm.act.pullback': 'den Fall zurückzuholen',
  'perm.act.escalate': 'den Fall zu eskalieren',
  'perm.act.submit_quote': 'für den Fall ein Angebot abzugeben',
  'perm.act.decline_to_quote': 'auf den Lead zum Fall zu verzichten',
  'perm.act.resolve_review': 'die Prüfung der Ablehnung des Falls abzuschließen',
  'perm.act.message': 'im Fall-Chat zu schreiben',
  'perm.act.read_messages': 'den Fall-Chat zu lesen',
  'perm.act.add_info': 'dem Fall Informationen hinzuzufügen',
  'perm.who.parties':
    'die Beteiligten von Fall {caseId} (der bearbeitende Partner sowie der Gläubiger oder verwaltende Partner)',
  'perm.who.assigned': 'der Inkassopartner, der Fall {caseId} bearbeitet',
  'perm.who.creditor_or_managing':
    'der Gläubiger von Fall {caseId} (oder der verwaltende Partner, der ihn eingereicht hat)',
  'perm.who.creditor': 'der Gläubiger von Fall {caseId}',
  'perm.who.lead': 'die zum Lead von Fall {caseId} eingeladenen Partner',
  'perm.who.support': 'ein Support-Mitarbeiter',
  'perm.only': 'Die Berechtigung, {act}, hat ausschließlich: {who}.',
  'perm.refused.managing':
    'Sie haben Fall {caseId} für Ihren Mandanten eingereicht, daher haben Sie nur Lesezugriff: Sie können ihn verfolgen (schreiben Sie "status {caseId}") und dem bearbeitenden Partner im Fall-Chat schreiben (schreiben Sie "message the partner on {caseId}: …"), sind aber nicht berechtigt, {act}.{partnerWork, select, yes {} other { Um für Ihren Mandanten zu handeln, wenden Sie sich an den Debitura-Support.}}',
  'perm.refused.creditor':
    '{only} Als Gläubiger können Sie Fall {caseId} verfolgen, die Fragen des Partners beantworten, ihn zurückziehen oder unter seinen Angeboten wählen.',
  'perm.refused.assigned':
    '{only} Sie bearbeiten Fall {caseId}: Sie können Zahlungen dazu erfassen und ihn mit einem Abschlusscode schließen.',
  'perm.refused.lead':
    'Fall {caseId} ist ein Lead, zu dem Ihre Organisation für ein Angebot eingeladen wurde, kein Ihnen zugewiesener Fall, daher sind Sie nicht berechtigt, {act}{decline, select, yes {: Leads werden nicht abgelehnt} other {}}. Für ein Angebot schreiben Sie "quote <percent>% on case {caseId}"; wenn Sie ihn nicht möchten, verzichten Sie mit "no quote on case {caseId}".',
  'perm.refused.former':
    'Ihre Organisation betreut Fall {caseId} nicht mehr, daher sind Sie nicht berechtigt, {act}. Seinen Status können Sie weiterhin einsehen.',
  'perm.refused.support':
    'Der Support kann Fall {caseId} lesen und Prüfungen von Ablehnungen abschließen, aber die Berechtigung, {act}, hat ausschließlich: {who}.',
  'perm.refused.stranger':
    'Fall {caseId} gehört nicht zu Ihren Fällen, daher können Sie ihn weder einsehen noch ändern.',
  'case.not_found': 'Es gibt keinen Fall {caseId}. Bitte prüfen Sie die Fallnummer.',
  'case.which': 'Welcher Fall? Geben Sie die Fallnummer an, zum Beispiel "case 123".',
  'ask.case': 'Welchen Fall meinen Sie? Bitte geben Sie die Fallnummer an.',
  'ask.reason':
    'Aus welchem Grund lehnen Sie Fall {caseId} ab? Bitte bleiben Sie konkret und sachlich (zum Beispiel: "die Schuldnergesellschaft wurde letztes Jahr aufgelöst").',
  'ask.code': 'Mit welchem Abschlusscode soll Fall {caseId} geschlossen werden?',
  'ask.other_comment':
    'Um Fall {caseId} als *Other* zu schließen, ist ein Kommentar nötig: Was ist passiert? Ich schlage einen genaueren Code vor, falls einer passt.',
  'ask.amount':
    'Wie viel hat der Schuldner auf Fall {caseId} gezahlt? Geben Sie Betrag und Währung an, z. B. "1200 EUR".',
  'ask.success_fee':
    'Welches Erfolgshonorar bieten Sie für Fall {caseId} an, in Prozent des beigetriebenen Betrags? (z. B. "18%")',
  'ask.answer': 'Welche Informationen senden Sie dem Partner zu Fall {caseId}?',
  'ask.category':
    'Welche Ablehnungskategorie passt zur Ablehnung von Fall {caseId}? Nennen Sie eine, z. B. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    'Welches Angebot für Fall {caseId} wählen Sie? Geben Sie die Angebotsnummer an (schreiben Sie "quotes on {caseId}", um sie zu sehen).',
  'ask.message':
    'Wie lautet Ihre Nachricht zu Fall {caseId}? Sie geht an die andere Seite des Fall-Chats und wird beim Fall gespeichert.',
  'ask.information':
    'Welche Informationen fügen Sie Fall {caseId} hinzu? Zum Beispiel die neue Adresse des Schuldners oder was gefehlt hat.',
  'decline.plan':
    'Fall {caseId} {category, select, none {zur manuellen Prüfung durch den Support (der Grund passt in keine Kategorie, oder der Fall stützt ihn nicht)} other {als *{label}*}} ablehnen. {who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} wird benachrichtigt; {sharing, select, yes {der Fall geht zur Angebotsabgabe an das Partnernetzwerk.} other {die Netzwerkfreigabe ist ausgeschaltet, daher wird der Fall als Case never started geschlossen.}}',
  'decline.plan.doubt':
    '{doubt} Der Support prüft den Grund, bevor {who, select, managing {der verwaltende Partner} other {der Gläubiger}} ihn erfährt.',
  'decline.plan.told':
    '{who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} erhält eine Nachricht, die die Ablehnung erklärt.',
  'decline.plan.assignment':
    'Ihre Zuweisung endet als Case never started; das zählt nicht gegen Ihren Score.',
  'decline.plan.lead':
    'Für das Partnernetzwerk (ohne Sie) wird ein Lead eröffnet, und der Fall ist Collecting Quotes.',
  'decline.plan.closed': 'Der Fall ist Closed als Case never started.',
  'decline.plan.review': 'Der Support prüft den Grund und legt die Kategorie fest.',
  'decline.done':
    'Fall {caseId} {category, select, none {abgelehnt (der Support prüft den Grund)} other {als {label} abgelehnt}}; {who, select, managing {der verwaltende Partner} other {der Gläubiger}} wurde benachrichtigt, und {next, select, closed {da die Netzwerkfreigabe ausgeschaltet ist, ist er Closed als Case never started} searching {er ist Collecting Quotes, aber noch kein Partner im Netzwerk deckt ihn ab, daher sucht der Support einen (Lead {leadId})} lead {er ist Collecting Quotes aus dem Partnernetzwerk (Lead {leadId})} other {er ist Collecting Quotes aus dem Partnernetzwerk}}.{doubt}',
  'decline.doubt': 'Der Grund klingt nach "{label}", aber {why}',
  'decline.doubt.below_minimum':
    'Fall {caseId} beläuft sich auf {amount} und liegt damit auf oder über dem Mindestbetrag des Partners von {minimum}.',
  'decline.doubt.out_of_jurisdiction':
    'der Schuldner befindet sich in {where}, einem Gebiet, das der Partner abdeckt.',
  'decline.doubt.duplicate': 'es gibt keinen anderen Fall dieses Gläubigers gegen diesen Schuldner.',
  'category.label.conflict_of_interest': 'Interessenkonflikt',
  'category.label.custom_terms_requested': 'Abweichende Konditionen gewünscht',
  'category.label.below_minimum': 'Unter dem Mindestbetrag',
  'category.label.untraceable_debtor': 'Schuldner nicht auffindbar',
  'category.label.out_of_jurisdiction': 'Außerhalb des Zuständigkeitsgebiets',
  'category.label.time_barred': 'Verjährt',
  'category.label.regulatory_restriction': 'Regulatorische Beschränkung',
  'category.label.sanctions_legal_block': 'Sanktionen oder rechtliches Hindernis',
  'category.label.misclassified_not_prelegal': 'Falsch eingestuft',
  'category.label.insolvency_or_ceased': 'Insolvenz oder erloschen',
  'category.label.duplicate': 'Duplikat',
  'category.label.missing_information': 'Wesentliche Angaben fehlen',
  'category.label.fraud_risk': 'Betrugsrisiko',

  // --- Round 2 (cat2a): the engine's own sentences ---
  'engine.choice_expired':
    'Diese Auswahl wurde bereits verwendet oder ist abgelaufen; es wurde nichts weiter getan.',
  'engine.choice_not_yours':
    'Nur {known, select, yes {{name}} other {die Person, die gefragt hat,}} kann hierauf antworten; es war ihre Anfrage. Es wurde nichts geändert.',
  'engine.choice_used': 'Diese Auswahl wurde bereits verwendet; es wurde nichts weiter getan.',
  'engine.choice_unknown': 'Diese Auswahl habe ich nicht verstanden.',
  'engine.cannot_do':
    '"{action}" kann ich im Chat noch nicht ausführen. Schreiben Sie "help", um zu sehen, was ich kann.',
  'engine.no_longer': 'Dieser Befehl ist nicht mehr verfügbar.',
  'engine.carried_out': 'Bestätigt und ausgeführt{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell':
    'Schildern Sie mir, was in dem Fall passiert ist, dann schlage ich den passenden Abschlusscode vor.',
  'engine.need_more':
    'Dafür brauche ich etwas mehr: {missing, select, none {was Sie tun möchten} other {{missing}}}. Schreiben Sie "help" für Beispiele.',
  'engine.need_argument': 'Um fortzufahren, brauche ich: {missing}.',
  'engine.failed':
    'Entschuldigung, bei mir ist etwas schiefgelaufen, und es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal; wenn es weiterhin passiert, wenden Sie sich an den Support.',
  'platform.unreachable':
    'Ich erreiche die Fallplattform gerade nicht; es wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut.',
  'platform.too_slow':
    'Die Fallplattform antwortet gerade zu langsam; es wurde nichts geändert. Bitte versuchen Sie es in einer Minute erneut.',

  // --- Round 2 (cat2a): payments and information requests ---
  'payment.plan': 'Eine Zahlung von *{amount}* für Fall {caseId} ({debtorName}) erfassen.',
  'payment.plan.effect':
    'Die Zahlung wird erfasst; schließen Sie den Fall als Paid oder Partially paid, wenn das Inkasso abgeschlossen ist.',
  'payment.done':
    'Zahlung von {amount} für Fall {caseId} erfasst; bisher gezahlt: {total}. Schließen Sie ihn als Paid oder Partially paid, wenn Sie fertig sind.',
  'payment.zero': 'Eine Zahlung muss größer als null sein.',
  'payment.currency':
    'Fall {caseId} wird in {caseCurrency} geführt, erfassen Sie die Zahlung daher in {caseCurrency} (rechnen Sie den Betrag in {currency} zuerst um).',
  'info.plan':
    '{who, select, managing {Den verwaltenden Partner} other {Den Gläubiger}} um weitere Informationen zu Fall {caseId} bitten: "{question}"',
  'info.plan.effect':
    'Der Fall wird Needs Additional Details, bis eine Antwort kommt, und kehrt dann zu Pending Verification zurück.',
  'info.done':
    'Fall {caseId} ist Needs Additional Details; {who, select, managing {der verwaltende Partner} other {der Gläubiger}} wurde gefragt: "{question}"',

  // --- Round 2 (cat2a): withdrawing a case ---
  'withdraw.plan.within':
    'Fall {caseId} ({debtorName}) innerhalb des Inkassozeitraums (bis zum {day}) zurückziehen.',
  'withdraw.plan': 'Fall {caseId} ({debtorName}) zurückziehen.',
  'withdraw.effect.paused': 'Der Fall wird pausiert, und der Partner schließt ihn.',
  'withdraw.effect.fee': 'Das volle Erfolgshonorar und die Inkassokosten fallen an.',
  'withdraw.effect.closed':
    'Der Fall wird sofort als Withdrawn by Client geschlossen, und der Partner wird aufgefordert, alle Inkassomaßnahmen einzustellen.',
  'withdraw.done.paused':
    'Fall {caseId} ist pausiert; {known, select, yes {{partnerName}} other {der Partner}} schließt ihn. Da dies innerhalb des Inkassozeitraums geschieht, fallen das volle Erfolgshonorar und die Inkassokosten an.',
  'withdraw.done.closed':
    'Fall {caseId} ist als Withdrawn by Client geschlossen; {known, select, yes {{partnerName}} other {der Partner}} wurde aufgefordert, alle Inkassomaßnahmen einzustellen.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'Lead {leadId} ist Closed ({outcome})',
  'quotes3.lead.ready': 'Für Lead {leadId} liegen Angebote vor',
  'quotes3.lead.status': 'Lead {leadId} ist {status}',
  'quotes3.lead.not_selectable': '{lead}, daher kann kein Angebot mehr ausgewählt werden.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, daher kann kein Angebot mehr ausgewählt werden. Der Fall liegt bereits beim gewählten Partner.',
  'quotes3.lead.not_sent':
    '{lead}: Er wurde noch nicht an Partner gesendet, daher gibt es keine Angebote zur Auswahl. Bitte warten Sie, bis die Angebote eingehen.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, daher gibt es nichts zurückzuziehen.',
  'quotes3.list.title': 'Angebote zu Fall {caseId}',
  'quotes3.list.none': '{lead}. Noch keine Angebote.',
  'quotes3.list.line':
    '• Angebot {quoteId} von {partnerName}: {pct} % Erfolgshonorar{fixed, select, yes { + {fixedFee} Festgebühr} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status, select, sent {gesendet} accepted {angenommen} declined {abgelehnt} other {{status}}}',
  'quotes3.list.hint.support':
    'Um eines für den Mandanten auszuwählen, schreiben Sie zum Beispiel "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor':
    'Um eines auszuwählen, schreiben Sie zum Beispiel "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown':
    'Angebot {quoteId} ist kein Angebot zu Fall {caseId}. Die Angebote zu diesem Fall sind {ids}.',
  'quotes3.select.unknown.none':
    'Angebot {quoteId} ist kein Angebot zu Fall {caseId}. Zu diesem Fall liegen noch keine Angebote vor.',
  'quotes3.select.already':
    'Angebot {quoteId} von {partnerName} wurde bereits ausgewählt; Fall {caseId} liegt bei diesem Partner.',
  'quotes3.select.declined': 'Angebot {quoteId} wurde abgelehnt und kann daher nicht mehr ausgewählt werden.',
  'quotes3.select.not_collecting':
    'Fall {caseId} ist {status} und sammelt keine Angebote, daher kann dort kein Angebot ausgewählt werden.',
  'quotes3.select.plan':
    'Angebot {quoteId} von {partnerName} ({pct} % Erfolgshonorar) für Fall {caseId} auswählen.',
  'quotes3.select.plan.behalf':
    'Angebot {quoteId} von {partnerName} ({pct} % Erfolgshonorar) für Fall {caseId} im Namen des Mandanten {clientName} auswählen, eingereicht von {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'Fall {caseId} wird {partnerName} zugewiesen und wird Active; der Partner wird gebeten, zu beginnen.',
  'quotes3.select.plan.others':
    '{count, plural, one {Das andere Angebot wird abgelehnt und sein Partner benachrichtigt.} other {Die übrigen # Angebote werden abgelehnt und ihre Partner benachrichtigt.}}',
  'quotes3.select.plan.history':
    'Der Fallverlauf vermerkt die Auswahl als durch den Support im Namen von {clientName} getroffen; {managingPartnerName} (der verwaltende Partner) wird benachrichtigt.',
  'quotes3.select.done':
    'Angebot {quoteId} ausgewählt: Fall {caseId} liegt jetzt bei {partnerName} und ist Active.',
  'quotes3.select.done.behalf':
    'Angebot {quoteId} im Namen von {clientName} ausgewählt: Fall {caseId} liegt jetzt bei {partnerName} und ist Active.',
  'quotes3.select.done.others':
    '{count, plural, one {# weiteres Angebot wurde abgelehnt und sein Partner benachrichtigt.} other {# weitere Angebote wurden abgelehnt und ihre Partner benachrichtigt.}}',
  'quotes3.select.done.told': '{name} wurde benachrichtigt.',
  'quotes3.pullback.closed': 'Fall {caseId} ist bereits geschlossen, daher gibt es nichts zurückzuziehen.',
  'quotes3.pullback.plan':
    'Fall {caseId} aus dem Angebotsverfahren zurückziehen, ohne ein Angebot auszuwählen.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {Das Angebot wird} other {Alle # Angebote werden}} abgelehnt und die Partner benachrichtigt.',
  'quotes3.pullback.plan.none':
    'Es ist kein Angebot eingegangen; die eingeladenen Partner werden benachrichtigt, dass der Lead zurückgezogen ist.',
  'quotes3.pullback.plan.closed': 'Fall {caseId} wird als Withdrawn by Client geschlossen.',
  'quotes3.pullback.done':
    'Fall {caseId} ist zurückgezogen: {count, plural, =0 {} one {# Angebot abgelehnt und die Partner benachrichtigt; } other {# Angebote abgelehnt und die Partner benachrichtigt; }}der Fall ist als Withdrawn by Client geschlossen.',
  'quotes3.partner_unknown': 'Ihre Partnerorganisation ist der Plattform nicht bekannt.',
  'quotes3.pass.plan':
    'Auf Fall {caseId} verzichten: Ihre Organisation gibt kein Angebot zu Lead {leadId} ab.',
  'quotes3.pass.plan.final': 'Sie können danach kein Angebot mehr zu diesem Lead abgeben.',
  'quotes3.pass.plan.last':
    'Sie sind der letzte eingeladene Partner, der antwortet: Die Angebotsphase endet jetzt.',
  'quotes3.pass.done': 'Notiert: Sie geben kein Angebot zu Fall {caseId} ab.',
  'quotes3.pass.done.all':
    'Notiert: Sie geben kein Angebot zu Fall {caseId} ab. Alle eingeladenen Partner haben verzichtet, daher wird der Lead geschlossen und der Gläubiger benachrichtigt.',
  'quotes3.quote.partners_only':
    'Nur zum Lead von Fall {caseId} eingeladene Inkassopartner können dazu ein Angebot abgeben oder darauf verzichten.',
  'quotes3.quote.not_invited':
    'Ihre Organisation wurde nicht eingeladen, ein Angebot zu Fall {caseId} abzugeben, und kann daher kein Angebot abgeben. Nur zu einem Lead eingeladene Partner können Angebote abgeben.',
  'quotes3.quote.plan':
    'Ein Angebot mit einem Erfolgshonorar von {pct} %{fixed, select, yes { zuzüglich einer Festgebühr von {fixedFee}} other {}} zu Fall {caseId} (Lead {leadId}) abgeben.',
  'quotes3.quote.plan.seen':
    'Der Gläubiger sieht Ihr Angebot zusammen mit den anderen, wenn die Angebotsphase endet.',
  'quotes3.quote.plan.once': 'Jeder Partner gibt ein Angebot ab: Es kann danach nicht mehr geändert werden.',
  'quotes3.quote.done':
    'Angebot {quoteId} ({pct} %) zu Fall {caseId} ist eingegangen. Der Gläubiger sieht es, wenn die Angebotsphase endet.',
  'quotes3.quote.done.ended':
    'Angebot {quoteId} ({pct} %) zu Fall {caseId} ist eingegangen. Die Angebotsphase ist beendet, und der Gläubiger wählt jetzt aus.',
  'quotes3.terms.fee_range':
    'Ein Erfolgshonorar von {pct} % ist nicht möglich. Geben Sie einen Prozentsatz über 0 und höchstens 100 an, z. B. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative':
    'Eine Festgebühr kann nicht negativ sein. Lassen Sie sie weg oder geben Sie einen Betrag ≥ 0 an.',
  'quotes3.can_quote.not_invited':
    'Ihre Organisation wurde nicht eingeladen, ein Angebot zu Lead {leadId} abzugeben, und kann daher kein Angebot abgeben. Nur eingeladene Partner können Angebote abgeben.',
  'quotes3.can_quote.already':
    'Ihre Organisation hat zu Lead {leadId} bereits {pct} % angeboten (Angebot {quoteId}); jeder Partner gibt ein Angebot ab.',
  'quotes3.can_quote.passed':
    'Ihre Organisation hat bei Lead {leadId} bereits auf ein Angebot verzichtet und kann jetzt kein Angebot mehr abgeben.',
  'quotes3.can_quote.closed':
    '{lead}; es werden keine Angebote mehr angenommen, daher kann kein Angebot hinzugefügt werden.',
  'quotes3.can_pass.not_invited':
    'Ihre Organisation wurde nicht eingeladen, ein Angebot zu Lead {leadId} abzugeben, daher gibt es nichts abzulehnen.',
  'quotes3.can_pass.already':
    'Ihre Organisation hat zu Lead {leadId} bereits {answer, select, quoted {ein Angebot abgegeben} other {auf ein Angebot verzichtet}}.',
  'quotes3.can_pass.closed': '{lead}; es werden keine Angebote mehr angenommen.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'Neuer Fall {caseId} zur Prüfung{submitted, select, yes {, eingereicht von {partnerName} für {clientName}} other {}}: {debtorName} ({debtorType, select, company {Unternehmen} person {Privatperson} other {{debtorType}}}, {where}), {claimType, select, unpaid_invoice {unbezahlte Rechnung} loan_repayment {Darlehensrückzahlung} other {{claimText}}} über {amount}. Nehmen Sie ihn an, fordern Sie weitere Informationen an, bieten Sie individuelle Konditionen an oder lehnen Sie ihn mit Begründung ab.',
  'notices3.verification_reminder':
    'Erinnerung: Fall {caseId} ({debtorName}, {amount}) wartet seit {days} Werktagen auf Ihre Prüfung. Nehmen Sie ihn an, lehnen Sie ihn mit Begründung ab oder bitten Sie den Gläubiger um weitere Informationen.',
  'notices3.withdrawal_paused':
    'Der Mandant hat darum gebeten, Fall {caseId} ({debtorName}) innerhalb des Inkassozeitraums zurückzuziehen; der Fall ist daher pausiert. Das volle Erfolgshonorar und die Inkassokosten fallen an. Schließen Sie den Fall mit dem passenden Abschlusscode und stellen Sie gegebenenfalls die fälligen Rechnungen aus.',
  'notices3.withdrawal_stop':
    'Der Mandant hat Fall {caseId} ({debtorName}){after, select, yes { nach Ablauf des Inkassozeitraums} other {}} zurückgezogen; er ist daher als Withdrawn by Client geschlossen. Bitte stellen Sie alle Inkassomaßnahmen in diesem Fall ein. Von Ihnen ist nichts weiter zu tun.',
  'notices3.custom_terms_offered':
    '{partnerName} hat für Fall {caseId} ({debtorName}) individuelle Konditionen angeboten: ein Erfolgshonorar von {pct} %{hasTerms, select, yes { ({terms})} other {}}. Für den Fall werden jetzt Angebote eingeholt; Sie werden benachrichtigt, sobald Sie zwischen ihnen wählen können.',
  'notices3.payment_registered':
    '{partnerName} hat eine Zahlung von {amount} für Fall {caseId} ({debtorName}) erfasst. Bisher gezahlt: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks ---
  'cases3.close.plan':
    'Fall {caseId} ({debtorName}) als *{code}* schließen{hasComment, select, yes { mit dem Kommentar "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Eine Zahlung von *{amount}* für Fall {caseId} ({debtorName}) erfassen und den Fall als *{code}* schließen{hasComment, select, yes { mit dem Kommentar "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'Die Zahlung von {amount} wird zuerst im selben Schritt erfasst: Wird das Schließen abgelehnt, wird keine Zahlung gespeichert.',
  'cases3.close.effect.payout':
    'Eine Auszahlung von {total} wird angelegt: {creditorAmount} an den Gläubiger, {partnerAmount} an Sie ({pct} % Provision).',
  'cases3.close.effect.told':
    '{who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} wird über das Ergebnis informiert.',
  'cases3.close.effect.suggestion': 'Der Vorschlag *{code}* wird an das Close-Code-Team weitergegeben.',
  'cases3.close.done':
    'Fall {caseId} ist als {code} geschlossen (Closed).{payout, select, yes { Auszahlung angelegt: {creditorAmount} an den Gläubiger, {partnerAmount} an Sie.} other {}} {who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} wurde informiert.',
  'cases3.close.not_paid':
    'Für Fall {caseId} sind {paid} von {full} gezahlt, daher ist er nicht Paid: Paid gilt nur für den vollen offenen Betrag. Stattdessen als Partially paid schließen? Wenn der Rest eingegangen ist, brechen Sie ab und erfassen Sie zuerst die restlichen {rest} ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'Für Fall {caseId} sind {paid} gezahlt, der volle offene Betrag von {full}, daher ist er Paid und nicht Partially paid. Stattdessen als Paid schließen?',
  'cases3.score.success':
    '{name} ist ein Erfolgscode: Er zählt nicht gegen Ihre Bewertung und erzeugt die Auszahlung, aufgeteilt nach der vereinbarten Provision.',
  'cases3.score.partner_decline':
    '{name} ist ein Partner-Ablehnungscode: Er zählt weder gegen Ihren Engagement-Multiplikator noch gegen Ihre Inkassobewertung.',
  'cases3.score.client_decision':
    '{name} ist ein Code für eine Kundenentscheidung: Er zählt derzeit gegen Ihre Inkassobewertung, obwohl die Schließung auf der Entscheidung des Kunden beruht und nicht auf Ihrer Leistung (eine bekannte Einschränkung).',
  'cases3.score.process_completion':
    '{name} ist ein Code für einen abgeschlossenen Prozess: Er wird erfasst und wirkt sich auf Ihre Leistungsbewertung aus.',
  'cases3.score.fallback':
    'Other ist der Auffangcode: Er wird erfasst, wirkt sich auf Ihre Leistungsbewertung aus und erfordert einen Kommentar; wählen Sie einen spezifischen Code, wenn einer passt.',
  'cases3.status.head':
    'Fall {caseId} ({debtorName}, {amount}) ist {status}{closed, select, yes { als {code}} other {}}.',
  'cases3.status.partner': 'Partner: {partnerName}.',
  'cases3.status.period.running': 'Inkassozeitraum bis zum {day}.',
  'cases3.status.period.ended': 'Inkassozeitraum endete am {day}.',
  'cases3.status.paid': 'Bisher gezahlt: {amount}.',
  'cases3.status.lead': '{lead}, mit {count} von {expected} erwarteten Angeboten{window}.',
  'cases3.status.window.running': '; Angebote werden bis zum {day} gesammelt',
  'cases3.status.window.ended': '; die Angebotsfrist endete am {day}',
  'cases3.status.own_quote': 'Ihr Angebot {quoteId} ({pct} % Erfolgsprovision) liegt vor, Status: {status}.',
  'cases3.status.passed': 'Ihre Organisation hat auf diesen Lead verzichtet.',
  'cases3.status.invited':
    'Ihre Organisation ist eingeladen, ein Angebot abzugeben: Schreiben Sie "quote <percent>% on case {caseId}" oder "no quote on case {caseId}", um zu verzichten.',
  'cases3.tasks.forbidden':
    'Aufgaben sind die Fälle, die ein Partner prüfen muss. Für die Fälle, die Sie sehen können, schreiben Sie "my cases".',
  'cases3.tasks.legal':
    'Sie haben keine Fälle zu prüfen: Als Partner des Rechtsnetzwerks erhalten Sie Leads und entscheiden, ob Sie ein Angebot abgeben; daher wartet nichts in Pending Verification auf Sie.',
  'cases3.tasks.none': 'Sie haben keine Fälle, die auf Prüfung warten.',
  'cases3.tasks.count':
    '{count, plural, one {# Fall wartet} other {# Fälle warten}} auf Ihre Prüfung (älteste zuerst):',
  'cases3.tasks.item':
    '• Fall {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { Der Gläubiger hat Ihre Bitte um weitere Informationen beantwortet: Lesen Sie zuerst die Antwort.} other {}} Annehmen ("accept {caseId}"), mit Begründung ablehnen ("decline {caseId}, <reason>") oder weitere Informationen anfordern ("request info on {caseId}").',
  'cases3.tasks.wait':
    'wartet seit {under, select, yes {weniger als 1 Werktag} other {{days, plural, one {# Werktag} other {# Werktagen}}}}{late, select, yes { (überfällig)} other {}}',
  'cases3.tasks.waiting':
    'Warten auf die Antwort des Gläubigers auf Ihre Bitte um weitere Informationen: {cases}.',
  'cases3.tasks.case': 'Fall {caseId}',
  'cases3.tasks.speed':
    'Ihre Reaktionszeit: im Median {median} Werktage bis zur Prüfung eines Falls, über {count, plural, one {# Fall} other {# Fälle}} in den letzten {window} Tagen.',
  'cases3.tasks.speed.none':
    'Ihre Reaktionszeit: In den letzten {window} Tagen wurde noch kein Fall geprüft.',
  'cases3.list.none': 'Sie haben keine {status, select, any {Fälle} other {Fälle im Status {status}}}.',
  'cases3.list.head':
    'Ihre {status, select, any {Fälle} other {Fälle im Status {status}}} ({count}{full, select, yes {, neueste zuerst} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'Keine Ablehnungen warten auf eine manuelle Prüfung.',
  'cases3.reviews.head': 'Ablehnungen, die auf eine manuelle Prüfung warten ({count}):',
  'cases3.reviews.item': '• Fall {caseId}: "{reason}"',
  'cases3.review.plan': 'Die Ablehnung von Fall {caseId} ("{reason}") als *{category}* erfassen.',
  'cases3.review.effect':
    'Die manuelle Prüfung wird abgeschlossen, und der ablehnende Partner erfährt die Kategorie.',
  'cases3.review.done': 'Die Ablehnung von Fall {caseId} ist als {category} erfasst.',
  'cases3.review.none': 'Für Fall {caseId} wartet keine Ablehnung auf eine manuelle Prüfung.',
  'cases3.answer.plan': 'Ihre Antwort zu Fall {caseId} an den Partner senden.',
  'cases3.answer.effect':
    'Der Fall kehrt zu Pending Verification zurück, und der Partner wird benachrichtigt.',
  'cases3.answer.done': 'Danke. Fall {caseId} liegt wieder zur Prüfung beim Partner.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} hat Fall {caseId} ({debtorName}) als {code} geschlossen.{payout, select, yes { Beigetrieben wurden {total}: {creditorAmount} werden an Sie ausgezahlt.} other {}}{hasComment, select, yes { Kommentar: {comment}} other {}}',
  'notices4.closecode_suggestion':
    'Fall {caseId} wurde von {partnerName} als Other geschlossen, mit dem Kommentar "{comment}". Vorgeschlagener Code: {code}.',
  'notices4.no_quote_alert':
    'Fall {caseId} ({creditorName}, Schuldner {debtorName}) wurde am {day} abgelehnt und hat seit {days} Werktagen kein Angebot erhalten (Lead {leadId}). Ablehnungsgrund: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Lead: {leadState}; {invited, plural, one {# Partner} other {# Partner}} eingeladen ({declinedToQuote} abgesagt, {waiting} ohne Antwort); bisher 0 Angebote; Angebotsfrist {window}. Der Gläubiger wurde gebeten, sich an den Support zu wenden. Bitte haken Sie beim Gläubiger nach.',
  'notices4.no_quote_alert.uncategorised': 'nicht kategorisiert (manuelle Prüfung durch den Support)',
  'notices4.no_quote_alert.no_decline': 'keine Ablehnung erfasst',
  'notices4.lead_state':
    '{state, select, open {Offen} qualified {Qualifiziert} winner {geschlossen (Angebot gewählt)} pullback {geschlossen (zurückgezogen)} expired {geschlossen (abgelaufen)} declined_options {geschlossen (keine Angebote)} other {Geschlossen}}',
  'notices4.window.ended': 'endete am {day} um {time} UTC',
  'notices4.window.ends': 'endet am {day} um {time} UTC',
  'notices4.window.none': 'nicht begonnen (der Lead ist noch nicht qualifiziert)',
  'notices4.decline_reviewed':
    'Der Support hat Ihre Ablehnung von Fall {caseId} ("{reason}") geprüft und als {category} erfasst.',
  'notices4.info_answered':
    'Die Informationen, um die Sie zu Fall {caseId} ({debtorName}) gebeten haben, sind eingegangen: {answer} Der Fall ist wieder in Pending Verification: Nehmen Sie ihn an, lehnen Sie ihn ab oder bieten Sie individuelle Konditionen an.',
  'notices4.period_ended_partner':
    'Der Inkassozeitraum von Fall {caseId} endete am {day}. Zieht der Gläubiger den Fall jetzt zurück, wird er sofort geschlossen. Wenn alle außergerichtlichen Maßnahmen ausgeschöpft sind, schließen Sie ihn als Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'der Schuldner (Privatperson)',
  'subject.case.closed': 'geschlossen',
  'subject.case.info_answered': 'Ihre Frage wurde beantwortet',
  'subject.decline.reviewed': 'Ablehnung geprüft',
  'subject.case.collection_period_ended': 'Inkassozeitraum beendet',
  'support4.user_unknown': 'Es gibt keinen Plattformbenutzer "{ref}".',
  'support4.identity.already': '{account} ist bereits mit {name} verknüpft.',
  'support4.identity.taken':
    '{account} ist mit {known, select, yes {{name} ({handle})} other {einem anderen Benutzer}} verknüpft; heben Sie die Verknüpfung zuerst auf ("unlink {account}").',
  'support4.identity.plan': '{account} mit {name}{hasOrg, select, yes { bei {org}} other {}} verknüpfen?',
  'support4.identity.plan.effect':
    'Wer dieses Konto nutzt, ist für den Assistenten dann {name} ({handle}, {role, select, support {Support} partner {Partner} creditor {Gläubiger} other {{role}}}).',
  'support4.identity.linked': '{account} ist jetzt mit {name} verknüpft.',
  'support4.identity.not_linked': '{account} ist mit niemandem verknüpft.',
  'support4.identity.unlink_plan': 'Verknüpfung von {account} mit {name} aufheben?',
  'support4.identity.unlink_effect':
    'Die Person kann den Assistenten dann nicht mehr von diesem Konto aus nutzen.',
  'support4.identity.unlinked': 'Die Verknüpfung von {account} mit {name} ist aufgehoben.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': '{who} hat kein verknüpftes Chat-Konto.',
  'support4.identity.list': '{who} ist verknüpft mit: {accounts}.',
  'support4.link_code':
    'Verknüpfungscode für {name} ({handle}): *{code}*, einmal gültig für {hours, plural, one {# Stunde} other {# Stunden}}. Geben Sie ihn der Person vertraulich weiter; sie schreibt dem Bot `link {code}`.',
  'support4.ask.person': 'Wen meinen Sie? Nennen Sie die Person mit Handle oder E-Mail-Adresse.',
  'support4.ask.account':
    'Welches Chat-Konto? Schreiben Sie es als "slack T123/U456", "teams <tenant>/<user id>" oder "console <handle>".',
  'support4.ask.notice': 'Welche Benachrichtigung? Nennen Sie ihre Nummer, z. B. "requeue notice 42".',
  'support4.ask.channel':
    'Welcher Kanal? Sagen Sie zum Beispiel "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface':
    'Sagen Sie, ob es ein Slack- oder ein Teams-Kanal ist: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Nur der Support kann einen Kanal registrieren oder abmelden. Bitten Sie den Support, das für Ihre Organisation zu tun.',
  'support4.channel.not_channel':
    'Das ist kein Kanal: Nur Kanäle und Gruppenchats können registriert werden.',
  'support4.channel.no_partner': 'Es gibt keinen Partner {id}.',
  'support4.channel.no_creditor': 'Es gibt keinen Gläubiger {id}.',
  'support4.channel.no_org': 'Es gibt keinen Partner und keinen Gläubiger namens "{owner}".',
  'support4.channel.ambiguous':
    'Mit "{owner}" kann {names} gemeint sein: Bitte nennen Sie den vollständigen Namen.',
  'support4.or': ' oder ',
  'support4.channel.plan':
    '{surface}-Kanal {channelId} als {support, select, yes {Support-Kanal} other {eigenen Kanal von {name}}} registrieren?',
  'support4.channel.effect.support':
    'Fallabfragen von Support-Mitarbeitern werden dort für alle im Kanal sichtbar beantwortet; die aller anderen bleiben privat.',
  'support4.channel.effect.org':
    'Fallabfragen der Mitarbeiter dieser Organisation werden dort für alle im Kanal sichtbar beantwortet; die aller anderen bleiben privat.',
  'support4.channel.unregister_plan': '{surface}-Kanal {channelId} abmelden?',
  'support4.channel.unregister_effect': 'Fallabfragen dort werden dann nur noch dem Fragenden beantwortet.',
  'support4.channel.registered':
    'Dieser Kanal ist jetzt als {support, select, yes {Support-Kanal registriert: Fallabfragen von Support-Mitarbeitern} other {eigener Kanal von {name} registriert: Fallabfragen der Mitarbeiter von {name}}} werden für alle im Kanal sichtbar beantwortet. Die aller anderen bleiben nur für sie selbst sichtbar.',
  'support4.channel.unregistered':
    'Dieser Kanal ist nicht mehr registriert: Fallabfragen hier werden nur dem Fragenden beantwortet.',
  'support4.channel.was_not':
    'Dieser Kanal war nicht registriert; Fallabfragen hier werden nur dem Fragenden beantwortet.',
  'support4.parked.none':
    'Keine Benachrichtigungen sind zurückgestellt: Jede wurde zugestellt oder ist unterwegs.',
  'support4.parked.head': 'Zurückgestellte Benachrichtigungen ({total}), die am längsten wartenden zuerst:',
  'support4.parked.line':
    '• Benachrichtigung {id}: "{subject}" an {type, select, channel {{name}} creditor {Gläubiger {name}} partner {Partner {name}} other {Benutzer {name}}}, zurückgestellt seit {when}: {reason}',
  'support4.parked.more': '…und {count} weitere (die am längsten wartenden werden angezeigt).',
  'support4.parked.fix':
    'Beheben Sie die Ursache (Person verknüpfen, E-Mail-Adresse ergänzen) und sagen Sie dann "requeue notice <number>".',
  'support4.parked.delivered':
    'Benachrichtigung {id} wurde bereits zugestellt{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting':
    'Benachrichtigung {id} ist nicht zurückgestellt: Sie wartet bereits auf den Versand.',
  'support4.parked.unknown': 'Es gibt keine Benachrichtigung {id}.',
  'support4.parked.plan': 'Benachrichtigung {id} ("{subject}") erneut senden?',
  'support4.parked.plan.why': 'Sie wurde zurückgestellt, weil: {reason}.',
  'support4.parked.plan.no_reason': 'kein Grund erfasst',
  'support4.parked.plan.effect':
    'Der Postausgang versucht es jetzt erneut; wer sie bereits erhalten hat, bekommt sie nicht doppelt.',
  'support4.parked.done':
    'Benachrichtigung {id} ("{subject}") ist wieder in der Warteschlange und wird in Kürze gesendet.',
  'support4.link.unknown':
    'Dieser Verknüpfungscode ist nicht gültig. Vergleichen Sie ihn mit dem Code, den Sie erhalten haben (Codes sehen aus wie K7MQ-3PXA), oder bitten Sie den Support um einen neuen.',
  'support4.link.expired':
    'Dieser Verknüpfungscode ist abgelaufen. Bitte fragen Sie den Support nach einem neuen.',
  'support4.link.used':
    'Dieser Verknüpfungscode wurde bereits verwendet: Jeder Code verknüpft ein Konto, einmal. Bitte fragen Sie den Support nach einem neuen.',
  'support4.link.already_linked':
    'Dieses Chat-Konto ist bereits mit einem Plattformbenutzer verknüpft; der Code wurde daher nicht verwendet. Sagen Sie "help", um zu sehen, was ich kann.',
  'support4.link.email_none': 'Kein Plattformbenutzer passt zu Ihrer E-Mail-Adresse.',
  'support4.link.email_already':
    'Dieses Chat-Konto ist bereits mit einem Plattformbenutzer verknüpft. Sagen Sie "help", um zu sehen, was ich kann.',
  'support4.link.done':
    'Erledigt: Dieses {surface}-Konto ist jetzt mit *{name}*{hasOrg, select, yes { bei {org}} other {}} verknüpft. Sagen Sie "help", um zu sehen, was ich für Sie tun kann.',
  'support4.link.offer':
    'Hallo! Dieses {surface}-Konto ist noch nicht mit der Inkassoplattform verknüpft. Ihre E-Mail-Adresse gehört zu *{name}*{hasOrg, select, yes { bei {org}} other {}}: Sind Sie das? Sagen Sie "yes" oder klicken Sie auf *{button}*, um es zu verknüpfen; wenn Sie das nicht sind, ignorieren Sie dies und wenden Sie sich an den Support.',
  'support4.link.button': 'Dieses Konto verknüpfen',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    'Welches Erfolgshonorar schlagen Sie für Fall {caseId} vor? Schreiben Sie z. B. "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    'Ein Erfolgshonorar von {pct} % ist nicht möglich; geben Sie einen Prozentsatz über 0 und höchstens 100 an.',
  'chat4.terms.plan':
    'Individuelle Konditionen für Fall {caseId} anbieten: ein Erfolgshonorar von *{pct} %*{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead': 'Der Fall wird zu einem Lead mit Ihrem Angebot und geht in Collecting Quotes.',
  'chat4.terms.effect.told':
    '{who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} wird benachrichtigt und wählt ein Angebot.',
  'chat4.terms.done':
    'Ihr Angebot von {pct} % liegt auf Lead {leadId}; Fall {caseId} ist Collecting Quotes, und {who, select, managing {der verwaltende Partner} other {der Gläubiger}} wurde benachrichtigt.',
  'chat4.chat.nobody':
    'Derzeit bearbeitet kein Inkassopartner Fall {caseId} (er ist {status}), daher gibt es im Fall-Chat niemanden, dem Sie schreiben könnten. {closed, select, yes {Um ihn erneut einzureichen oder eine Frage dazu zu stellen, schreiben Sie "add information to case {caseId}: …", dann sieht es der Support.} other {Um den Partnern, die ihn prüfen, mehr Informationen zu geben, schreiben Sie "add information to case {caseId}: …".}}',
  'chat4.chat.empty': 'Bitte geben Sie die Nachricht zu Fall {caseId} an.',
  'chat4.chat.too_long':
    'Diese Nachricht ist {length, number} Zeichen lang; eine Nachricht zu einem Fall darf höchstens {max, number} Zeichen haben. Bitte kürzen Sie sie oder senden Sie sie in Teilen.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {verwaltender Partner} assigned_partner {Inkassopartner} creditor {Gläubiger} support {Support} other {Partner}})',
  'chat4.chat.notice':
    'Nachricht zu Fall {caseId} ({debtorName}) von {from}: „{text}“ Zum Antworten schreiben Sie "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …"; "messages on {caseId}" zeigt den Fall-Chat.',
  'chat4.chat.sent':
    'An {name} zu Fall {caseId} gesendet; die Nachricht wird jetzt zugestellt. Schreiben Sie "messages on {caseId}", um den Fall-Chat zu sehen.',
  'chat4.chat.the_partner': 'den Partner',
  'chat4.chat.title': 'Fall {caseId}: Chat',
  'chat4.chat.none': 'Zu Fall {caseId} gibt es noch keine Nachrichten.',
  'chat4.chat.how':
    '{write, select, reply {Zum Schreiben: "reply on {caseId}: …".} other {Zum Schreiben: "message the partner on {caseId}: …".}}',
  'chat4.chat.head': 'Fall-Chat zu Fall {caseId} ({debtorName}), älteste zuerst:',
  'chat4.chat.platform': 'Die Plattform',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {hat Informationen hinzugefügt: {hasText, select, yes {„{text}“} other {}}} request_info {hat weitere Informationen angefordert{hasText, select, yes {: „{text}“} other {}}} answer_info {hat die Informationsanfrage beantwortet: {hasText, select, yes {„{text}“} other {}}} other {{hasText, select, yes {„{text}“} other {}}}}',
  'chat4.info.waiting':
    'Der Partner, der Fall {caseId} bearbeitet, wartet auf Ihre Antwort: schreiben Sie "answer {caseId}: …", dann geht der Fall an ihn zurück.',
  'chat4.info.has_partner':
    'Ein Inkassopartner bearbeitet Fall {caseId} ({status}): schreiben Sie ihm im Fall-Chat mit "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} ({name}) hat Fall {caseId} ({debtorName}), {status}, Informationen hinzugefügt: „{text}“{next, select, closed { Der Fall wurde nach einer Ablehnung geschlossen: möglicherweise soll er erneut eingereicht werden.} told { {count, plural, one {Der Partner, der den Lead prüft, wurde} other {Die # Partner, die den Lead prüfen, wurden}} benachrichtigt.} other { Derzeit prüft ihn kein Partner.}}',
  'chat4.info.partner':
    '{who, select, managing {Der verwaltende Partner} other {Der Gläubiger}} hat Fall {caseId} ({debtorName}), zu dessen Lead Sie gehören, Informationen hinzugefügt: „{text}“ "status {caseId}" zeigt den Fall.',
  'chat4.info.done':
    'Zu Fall {caseId} hinzugefügt: {count, plural, =0 {der Support wurde benachrichtigt} one {der Support und der Partner, der den Fall prüft, wurden benachrichtigt} other {der Support und die # Partner, die den Fall prüfen, wurden benachrichtigt}}.{closed, select, yes { Der Fall ist geschlossen; der Support meldet sich bei Ihnen wegen einer erneuten Einreichung.} other {}} Schreiben Sie "messages on {caseId}", um es beim Fall zu sehen.',
  'chat4.engine.confirm_title': 'Bitte bestätigen',
  'chat4.engine.sure_title': 'Sind Sie sicher?',
  'chat4.engine.confirm_desc': 'Bestätigen: {action}',
  'chat4.engine.cancel_desc': 'Abbrechen: nicht „{action}“',
  'chat4.engine.choose_desc': '{label} wählen{caseId, select, none {} other { für Fall {caseId}}}',
  'chat4.engine.form_choice_desc': '{form} als {label}',
  'chat4.engine.settled': '{outcome} von {name}',
  'chat4.engine.settled_at': 'um',
  'chat4.engine.too_long':
    'Diese Nachricht ist mir zu lang: Ich lese Anfragen mit bis zu {max, number} Zeichen. Bitte senden Sie die Anfrage für sich, mit einer kurzen Begründung.',
  'chat4.engine.late':
    'Die Frage, die "{n}" beantworten würde ({question}?), {used, select, yes {wurde bereits beantwortet oder abgebrochen} other {ist abgelaufen}}; es wurde also nichts gewählt und nichts geändert.{example}',
  'chat4.engine.late.earlier': 'eine frühere Frage',
  'chat4.engine.late.quote':
    'Um ein Angebot zu wählen, schreiben Sie zum Beispiel "go with quote {quoteId} on case {caseId}" oder "quotes on {caseId}", um sie noch einmal zu sehen.',
  'chat4.engine.quote_choice':
    'Angebot {quoteId}: {partnerName}, {pct} %{fixed, select, yes { + {fee} fix} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {Fall{caseId, select, none {} other { {caseId}}} annehmen} case_decline {Fall{caseId, select, none {} other { {caseId}}} ablehnen} case_request_info {weitere Informationen zu Fall{caseId, select, none {} other { {caseId}}} anfordern} case_offer_terms {individuelle Konditionen für Fall{caseId, select, none {} other { {caseId}}} anbieten} case_close {Fall{caseId, select, none {} other { {caseId}}} abschließen} payment_register {eine Zahlung zu Fall{caseId, select, none {} other { {caseId}}} erfassen} quote_select {ein Angebot für Fall{caseId, select, none {} other { {caseId}}} auswählen} quote_submit {ein Angebot für Fall{caseId, select, none {} other { {caseId}}} abgeben} lead_pullback {Fall{caseId, select, none {} other { {caseId}}} aus der Angebotsrunde zurückholen} case_withdraw {Fall{caseId, select, none {} other { {caseId}}} zurückziehen} quote_decline {auf ein Angebot für Fall{caseId, select, none {} other { {caseId}}} verzichten} decline_resolve {die Ablehnung von Fall{caseId, select, none {} other { {caseId}}} klären} case_answer_info {die Informationsanfrage zu Fall{caseId, select, none {} other { {caseId}}} beantworten} case_submit {einen neuen Fall einreichen} other {{name} zu Fall{caseId, select, none {} other { {caseId}}}}}',
  'chat4.action.done':
    '{action, select, case_accept {Angenommen} case_decline {Abgelehnt} case_request_info {Informationen angefordert} case_offer_terms {Konditionen angeboten} case_close {Abgeschlossen} payment_register {Zahlung erfasst} quote_select {Angebot ausgewählt} quote_submit {Angebot abgegeben} lead_pullback {Zurückgeholt} case_withdraw {Zurückgezogen} quote_decline {Auf Angebot verzichtet} decline_resolve {Ablehnung geklärt} case_answer_info {Beantwortet} case_submit {Eingereicht} cancelled {Abgebrochen} chosen {Gewählt} refused {Nicht ausgeführt: bei der Bestätigung abgelehnt} other {Bestätigt}}',
  'chat4.form.decline': '{caseId, select, none {Einen Fall ablehnen} other {Fall {caseId} ablehnen}}',
  'chat4.form.close': '{caseId, select, none {Einen Fall abschließen} other {Fall {caseId} abschließen}}',
  'chat4.form.submit_case': 'Einen Fall einreichen',
  'chat4.busy':
    'Ich bearbeite gerade sehr viele Anfragen und konnte diese nicht annehmen; es wurde nichts geändert. Bitte versuchen Sie es gleich noch einmal.',
  'chat4.rate_limited':
    'Sie senden Nachrichten schneller, als ich sie bearbeiten kann; bitte warten Sie einen Moment.',
  'chat4.gave_up':
    'Entschuldigung, ich konnte das wegen eines Problems auf unserer Seite nicht abschließen. Bitte versuchen Sie es in einer Minute noch einmal; wenn es weiterhin passiert, wenden Sie sich an den Support.',
  'chat4.home.header': 'Ihre Fälle',
  'chat4.home.nothing': 'Es wartet nichts auf Sie.',
  'chat4.home.how_to':
    'Schreiben Sie mir hier, erwähnen Sie mich in einem Kanal oder nutzen Sie `/case`: `/case 123` zeigt einen Fall, `/case decline 123 <reason>` lehnt ihn ab, `/case close 123` öffnet das Abschlussformular, `/case help` listet alles auf.',
  'chat4.home.submit_button': 'Einen Fall für einen Mandanten einreichen',
  'chat4.home.not_linked': 'Noch nicht verknüpft',
  'chat4.home.waiting': 'Wartet auf Sie',
  'chat4.home.waiting.none': 'Gerade wartet nichts auf Sie.',
  'chat4.home.responsiveness': 'Ihre Reaktionszeit',
  'chat4.home.more': '…und {count} weitere',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {der Gläubiger hat Ihre Anfrage nach weiteren Informationen beantwortet; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {prüfen: annehmen, ablehnen, weitere Informationen anfordern oder individuelle Konditionen anbieten} paused {der Mandant hat zurückgezogen: mit einem Abschlusscode abschließen} details {der Partner hat weitere Informationen angefordert: bitte beantworten} other {Angebote werden eingeholt: vergleichen und einen Partner wählen}}',
  'chat4.link.not_linked':
    'Hallo! Ihr {surface, select, slack {Slack} teams {Microsoft Teams} other {Konsolen}}-Konto ist noch mit keinem Benutzer der Inkassoplattform verknüpft, daher kann ich Ihnen keinen Fall zeigen oder ändern. Bitten Sie den Support, Ihr {surface, select, slack {Slack} teams {Microsoft Teams} other {Konsolen}}-Konto mit Ihrem Plattformbenutzer zu verknüpfen; danach schreiben Sie "help", um zu sehen, was ich kann.',
  'chat4.link.code_hint':
    'Wenn der Support Ihnen einen Verknüpfungscode gegeben hat, schreiben Sie "link" und dann den Code, z. B. "link K7MQ-3PXA".',
  'chat4.title.case': 'Fall {caseId}',
  'chat4.title.tasks': 'Ihre Aufgaben',
  'chat4.submit.open':
    'Reichen wir einen Fall für Ihren Mandanten ein: Füllen Sie das Formular aus (Mandant, Schuldner, Forderung, Dokumente). Bevor etwas eingereicht wird, zeige ich Ihnen das Erfolgshonorar und was geschieht.',
  'chat4.submit.not_partner':
    'Fälle im Chat einreichen können nur verwaltende Partner. Gläubiger reichen Fälle auf der Plattform ein.',
  'chat4.form.again':
    'Ich konnte dieses Formular nicht verwenden, es wurde nichts geändert: {problems} Bitte füllen Sie es erneut aus.',
  'chat4.link.too_many':
    'Von diesem Konto wurden zu viele falsche Verknüpfungscodes eingegeben. Bitte warten Sie eine Stunde und versuchen Sie es erneut, oder bitten Sie den Support, Ihr Konto zu verknüpfen.',
  'chat4.link.paused':
    'In der letzten Stunde wurden zu viele falsche Verknüpfungscodes eingegeben, daher ist das Verknüpfen per Code vorübergehend ausgesetzt. Bitte versuchen Sie es später erneut, oder bitten Sie den Support, Ihr Konto zu verknüpfen.',
  'chat4.engine.invalid_choice':
    'Das ist keine der Optionen, die ich angeboten habe, daher wurde nichts geändert. Wählen Sie eine der Schaltflächen, oder antworten Sie in Worten.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    'Fall {caseId} ist noch in seiner vorgerichtlichen Inkassophase (bis {until}) und kann daher noch nicht an die gerichtliche Durchsetzung gehen. Er kann eskaliert werden, sobald die Phase abgelaufen ist oder der Partner ihn als Pre-Legal Exhausted schließt.',
  'refusals4.escalate.no_period':
    'Fall {caseId} hat keine abgelaufene vorgerichtliche Inkassophase und kann daher nicht per Chat an die gerichtliche Durchsetzung gehen. Wenden Sie sich dazu an den Debitura-Support.',
  'refusals4.escalate.window_passed':
    'Fall {caseId} wurde am {closedOn} als Pre-Legal Exhausted geschlossen, vor mehr als {days} Tagen, und kann daher nicht mehr per Chat eskaliert werden. Wenden Sie sich an den Debitura-Support, um ihn weiterzuverfolgen.',
  'refusals4.escalate.closed_as':
    'Fall {caseId} ist als {label} geschlossen und kann daher nicht an die gerichtliche Durchsetzung gehen: Das geht nur bei einem Fall, der als Pre-Legal Exhausted geschlossen wurde (innerhalb von {days} Tagen), oder bei einem Active-Fall, dessen Inkassophase abgelaufen ist.',
  'refusals4.escalate.already':
    'Fall {caseId} ist bereits an die gerichtliche Durchsetzung eskaliert: Das Rechtsnetzwerk gibt Angebote dazu ab. Schreiben Sie "quotes on {caseId}", um die Angebote zu sehen.',
  'refusals4.escalate.status':
    'Fall {caseId} ist {status} und kann daher nicht an die gerichtliche Durchsetzung eskaliert werden.{instead, select, collecting_quotes { Er sammelt bereits Angebote; schreiben Sie "quotes on {caseId}", um sie zu sehen.} paused { Er ist nach einem Rückzug pausiert; der Partner schließt ihn jetzt.} other { Das vorgerichtliche Inkasso hat für ihn noch nicht begonnen.}}',
  'refusals4.escalate.can':
    'Fall {caseId} kann jetzt an die gerichtliche Durchsetzung eskaliert werden: Sein vorgerichtliches Inkasso ist abgeschlossen. Schreiben Sie "escalate {caseId} to legal", um einen Lead für das Rechtsnetzwerk zu eröffnen.',
  'refusals4.escalate.plan': 'Fall {caseId} ({debtorName}) an die gerichtliche Durchsetzung eskalieren?',
  'refusals4.escalate.plan.ends':
    'Der vorgerichtliche Auftrag {named, select, yes {von {partnerName}} other {des Partners}} endet als Pre-Legal Exhausted, und der Partner wird aufgefordert, das Inkasso einzustellen.',
  'refusals4.escalate.plan.reopens':
    'Der Fall wurde als Pre-Legal Exhausted geschlossen; er wird für die gerichtliche Durchsetzung wieder geöffnet.',
  'refusals4.escalate.plan.lead':
    'Für das Rechtsnetzwerk wird ein Lead eröffnet: Partner, die {country} abdecken{named, select, yes { (nicht {partnerName})} other {}}, werden eingeladen, Angebote abzugeben.',
  'refusals4.escalate.plan.collecting':
    'Der Fall ist Collecting Quotes, bis Sie eines der Angebote auswählen.',
  'refusals4.sub.file':
    'Eine Forderung über {usd} (über 10.000 USD) braucht eine Datei: Hängen Sie die Originalrechnung, den Vertrag oder einen anderen Beleg an.',
  'refusals4.sub.file_or_description':
    'Eine Forderung über {usd} (2.000–10.000 USD) braucht eine Datei oder eine Beschreibung: Hängen Sie die Rechnung an oder beschreiben Sie die Forderung.',
  'refusals4.sub.no_rate':
    'Die Plattform hat keinen Wechselkurs für {currency}. Geben Sie zusätzlich den Gegenwert der Forderung in USD an oder reichen Sie sie in USD oder EUR ein.',
  'refusals4.sub.usd_too_large':
    '{amount} sind etwa {huge, select, yes {USD 1e15 oder mehr} other {{usd}}}, mehr als die Plattform erfassen kann (Forderungen bis zum Gegenwert von 999.999.999.999,99 USD). Prüfen Sie den Betrag.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {Das Land "{text}" kenne ich nicht. } other {}}Geben Sie das Land Ihres Mandanten als Namen oder mit zwei Buchstaben an, z. B. Dänemark oder DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {Das Land "{text}" kenne ich nicht. } other {}}Geben Sie das Land des Schuldners als Namen oder mit zwei Buchstaben an, z. B. Deutschland oder DE.',
  'refusals4.sub.debtor_type': 'Der Schuldner muss ein Unternehmen oder eine Person sein.',
  'refusals4.sub.claim_type':
    'Von Partnern eingereichte Fälle können nur eine Unpaid Invoice oder ein Loan Repayment sein, nicht "{wanted}".',
  'refusals4.sub.api_claim_type':
    'Über die API eingereichte Fälle sind immer Unpaid Invoice. Reichen Sie ein Loan Repayment stattdessen über das Formular ein.',
  'refusals4.sub.disputed':
    'Nur unbestrittene Forderungen können eingereicht werden: Eine bestrittene Forderung braucht gerichtliche Schritte, kein vorgerichtliches Inkasso.',
  'refusals4.sub.amount_zero': 'Der Forderungsbetrag muss größer als 0 sein.',
  'refusals4.sub.amount_number':
    'Bitte geben Sie den geschuldeten Betrag als Zahl an, z. B. 12500, 4.800,00 oder 4,800.00.',
  'refusals4.sub.debt_date':
    'Geben Sie das Fälligkeitsdatum der Forderung mit Tag, Monat und Jahr an, z. B. 30/06/2026, 30.06.2026 oder 2026-06-30.',
  'refusals4.sub.partners_only':
    'Nur ein Inkassopartner kann einen Fall für seinen Mandanten einreichen. Gläubiger legen Fälle im Portal an.',
  'refusals4.sub.client_name':
    'Geben Sie den Firmennamen und das Land Ihres Mandanten an (zwei Buchstaben, z. B. DK). Wenn die Forderung Ihnen geschuldet wird, geben Sie Ihren eigenen Firmennamen an.',
  'refusals4.sub.debtor_name': 'Geben Sie Namen und Land des Schuldners an (zwei Buchstaben, z. B. DE).',
  'refusals4.sub.own_jurisdiction':
    'Ihre Organisation deckt {country}{hasRegion, select, yes { ({region})} other {}} selbst ab, daher würde der Fall an Sie zurückgeleitet. Treiben Sie ihn selbst ein, statt ihn einzureichen.',
  'refusals4.fee.future_date':
    'Das Forderungsdatum liegt in der Zukunft. Geben Sie das Datum an, an dem die Forderung fällig wurde (z. B. das Fälligkeitsdatum der Rechnung).',
  'refusals4.sdca':
    '{partnerName} hat die Standard Debt Collection Agreement (SDCA) noch nicht unterzeichnet, daher können Sie keine Fälle bearbeiten. Unterzeichnen Sie sie unter {link} und versuchen Sie es dann erneut.',
  'refusals4.give': 'Bitte geben Sie {what} an.',
  'refusals4.give.other_comment': 'einen Kommentar, warum Fall {caseId} als Other geschlossen wird,',
  'refusals4.give.decline_reason':
    'einen Grund für die Ablehnung (zum Beispiel "der Schuldner ist insolvent")',
  'refusals4.give.info_answer': 'die Informationen, nach denen der Partner zu Fall {caseId} gefragt hat,',
  'refusals4.close.no_payment':
    'Für Fall {caseId} ist keine Zahlung erfasst, daher kann er nicht als {label} geschlossen werden. Erfassen Sie zuerst die Zahlung und schließen Sie ihn dann.',
  'refusals4.close.prelegal_early':
    'Die Inkassophase von Fall {caseId} läuft bis {until}. Pre-Legal Exhausted ist dafür gedacht, dass alle sinnvollen vorgerichtlichen Versuche ausgeschöpft sind, typischerweise nach der 6-monatigen Phase. Trotzdem als Pre-Legal Exhausted schließen?',
  'refusals4.case.already':
    'Fall {caseId} wurde bereits {done}: Er ist {status}, daher kann er nicht mehr {verb} werden.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    'Fall {caseId} ist {status}, daher {can, select, not_yet {kann er noch nicht {verb} werden} cannot {kann er nicht {verb} werden} other {kann er nicht mehr {verb} werden}}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.verb.accept': 'angenommen',
  'refusals4.case.verb.decline': 'abgelehnt',
  'refusals4.case.verb.request_info': 'für weitere Informationen zurückgeschickt',
  'refusals4.case.verb.offer_terms': 'zu Sonderkonditionen angeboten',
  'refusals4.case.verb.answer_info': 'beantwortet',
  'refusals4.case.verb.register_payment': 'mit einer Zahlung verbucht',
  'refusals4.case.verb.close': 'geschlossen',
  'refusals4.case.verb.withdraw': 'zurückgezogen',
  'refusals4.case.done.accepted': 'angenommen',
  'refusals4.case.done.declined': 'abgelehnt',
  'refusals4.case.done.closed': 'geschlossen',
  'refusals4.case.done.withdrawn': 'zurückgezogen',
  'refusals4.case.done.offered_terms': 'zu Sonderkonditionen angeboten',
  'refusals4.case.done.sent_back': 'für weitere Informationen zurückgeschickt',
  'refusals4.case.advice.closed': 'Geschlossene Fälle können nicht mehr geändert werden.',
  'refusals4.case.advice.close_it':
    'Um die Arbeit daran zu beenden, schließen Sie ihn mit einem Abschlusscode.',
  'refusals4.case.advice.with_network': 'Er liegt jetzt beim Partnernetzwerk zur Angebotsabgabe.',
  'refusals4.case.advice.verify_first': 'Nehmen Sie ihn zuerst an oder lehnen Sie ihn ab.',
  'refusals4.case.advice.waiting_quotes': 'Er wartet auf Angebote; der Gläubiger kann den Lead zurückziehen.',
  'refusals4.case.advice.paused':
    'Er ist nach einem Rückzug bereits pausiert; der Partner schließt ihn jetzt.',
  'refusals4.case.advice.pull_back': 'Um ihn zu stoppen, ziehen Sie stattdessen den Lead zurück.',
  'refusals4.case.advice.nobody_waiting': 'Niemand wartet darauf, mehr Informationen dazu zu erhalten.',
  'refusals4.case.not_a_number': 'Das ist keine Fallnummer: Fallnummern gehen bis {max}.',
  'refusals4.case.give_number': 'Bitte geben Sie eine Fallnummer an.',
  'refusals4.money.not_amount': '"{amount}" ist kein Geldbetrag.',
  'refusals4.money.not_amount_that': 'Das ist kein Geldbetrag.',
  'refusals4.money.decimals':
    '{amount} hat mehr als zwei Nachkommastellen; geben Sie den Betrag höchstens auf den Cent genau an.',
  'refusals4.money.negative':
    'Ein Betrag kann nicht negativ sein: Geben Sie ihn ohne Minuszeichen an, z. B. 5000 (um eine Zahlung zu korrigieren, wenden Sie sich an den Debitura-Support).',
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {Dieser Betrag}} ist mehr, als ich erfassen kann: Beträge gehen bis {max}.',
  'refusals4.money.krone':
    '"kr" kann dänische, schwedische, norwegische oder isländische Krone bedeuten, und Fall {caseId} ist in {currency}, daher weiß ich nicht, welche Währung Sie meinen. Geben Sie den Betrag in {currency} an, z. B. "1200 {currency}" (rechnen Sie ihn vorher um, wenn er in einer anderen Währung gezahlt wurde).',
  'refusals4.money.not_rate': '"{rate}" ist kein Satz.',
  'refusals4.money.rate_over': 'Ein Satz von {rate} ist mehr als 100 %.',
  'refusals4.perm.on_behalf_only':
    'Der Gläubiger von Fall {caseId} hat eigene Benutzer und trifft diese Entscheidung daher selbst. Der Support ist nur für einen Mandanten, den ein Managing Partner eingereicht hat und der selbst nur Lesezugriff hat, berechtigt, {act}.',
  'refusals4.perm.legal_network':
    'Partner des Rechtsnetzwerks {what}: Sie erhalten Leads und entscheiden, ob Sie ein Angebot abgeben. Wenn Sie Fall {caseId} nicht möchten, geben Sie einfach kein Angebot ab.',
  'refusals4.perm.legal_network.verify': 'prüfen keine Fälle',
  'refusals4.perm.legal_network.accept': 'nehmen keine Fälle an',
  'refusals4.perm.legal_network.decline': 'lehnen keine Fälle ab',
  'refusals4.perm.legal_network.offer_terms': 'bieten für Fälle keine Sonderkonditionen an',
  'refusals4.perm.support_only': 'Nur ein Support-Mitarbeiter kann {what}.',
  'refusals4.perm.support_only.link_codes': 'Verknüpfungscodes ausstellen',
  'refusals4.perm.support_only.link': 'Chat-Konten verknüpfen',
  'refusals4.perm.support_only.unlink': 'Verknüpfungen von Chat-Konten aufheben',
  'refusals4.perm.support_only.see_accounts': 'die Chat-Konten anderer Personen sehen',
  'refusals4.perm.support_only.see_reviews': 'die Ablehnungen sehen, die auf manuelle Prüfung warten',
  'refusals4.perm.support_only.resolve_review': 'eine Ablehnung entscheiden, die manuell geprüft werden muss',
  'refusals4.perm.support_only.see_parked': 'die Benachrichtigungen sehen, die niemand empfangen konnte',
  'refusals4.perm.support_only.requeue': 'eine Benachrichtigung erneut einreihen',
  'refusals4.perm.settings.partner':
    'Die Netzwerkfreigabe ist eine eigene Kontoeinstellung des Gläubigers: Nur die Benutzer des Gläubigers (oder der Debitura-Support) können sie sehen oder ändern.',
  'refusals4.perm.settings.other':
    'Sie können nur die Kontoeinstellungen Ihrer eigenen Organisation sehen oder ändern.',
  'refusals4.sharing.which':
    'Welcher Gläubiger? Nennen Sie ihn, z. B. "is network sharing on for Acme ApS?" oder "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Mehrere Gläubiger heißen "{said}": {names}. Welchen meinen Sie?',
  'refusals4.sharing.no_creditor': 'Auf der Plattform gibt es keinen Gläubiger namens "{said}".',
  'refusals4.sharing.no_creditor_id': 'Es gibt keinen Gläubiger {creditorId}.',
  'refusals4.sharing.already':
    'Die Netzwerkfreigabe ist für {creditorName} bereits {on, select, yes {aktiviert} other {deaktiviert}}: Es gibt nichts zu ändern.',
  'refusals4.sharing.plan':
    'Netzwerkfreigabe für {creditorName} *{on, select, yes {aktivieren} other {deaktivieren}}*?',
  'refusals4.sharing.plan.from_now': 'Ab sofort gilt: {meaning}.',
  'refusals4.sharing.plan.past': 'Fälle, die vor der Änderung abgelehnt wurden, bleiben unverändert.',
  'refusals4.sharing.plan.told': 'Die Benutzer von {creditorName} werden über die Änderung informiert.',
  'refusals4.org_unknown': 'Ihre Organisation ist der Plattform nicht bekannt.',
  'refusals4.partner_unknown': 'Ihre Partnerorganisation ist der Plattform nicht bekannt.',
  'refusals4.commission.partners_only':
    'Nur ein Inkassopartner kann einen Provisionsfall eröffnen, für ein Erfolgshonorar, das ihm ein Gläubiger schuldet.',
  'refusals4.commission.partners_only_prefill':
    'Nur ein Inkassopartner kann einen Provisionsfall für ein ihm geschuldetes Honorar eröffnen.',
  'refusals4.commission.which':
    'Welcher Gläubiger schuldet Ihnen das Erfolgshonorar? Schreiben Sie zum Beispiel "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor':
    'Auf der Plattform gibt es keinen Gläubiger namens "{said}". Prüfen Sie den Namen.',
  'refusals4.commission.no_creditor_id':
    'Es gibt keinen Gläubiger {creditorId}. Prüfen Sie die ID des Gläubigers.',
  'refusals4.commission.several':
    'Die Namen mehrerer Gläubiger beginnen mit "{said}": {names}. Welcher schuldet Ihnen das Honorar?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} sitzt in {country}, einer Jurisdiktion, die Ihre Organisation selbst abdeckt, daher würde ein Provisionsfall gegen ihn an Sie zurückgeleitet: Für Provisionsfälle gilt dieselbe Regel zur eigenen Jurisdiktion wie für jede Einreichung. Wenden Sie sich wegen des Einzugs des Honorars an den Debitura-Support.',
  'refusals4.commission.already':
    'Sie haben für dieses Honorar bereits den Provisionsfall {caseId} gegen {creditorName} eröffnet. Schreiben Sie "status {caseId}", um ihn zu verfolgen.',
  'refusals4.commission.nothing_owed':
    'Laut den Daten der Plattform schuldet {creditorName} Ihrer Organisation kein Erfolgshonorar{onCase, select, yes { für Fall {caseId}} other {}}, daher gibt es nichts vorauszufüllen.',
  'refusals4.commission.currencies':
    'Die Honorare, die {creditorName} schuldet, sind in mehreren Währungen ({currencies}); reichen Sie einen Provisionsfall pro Währung ein.',
  'refusals4.commission.file_hint':
    '{refusal} Öffnen Sie das Einreichungsformular ("submit a case"), um sie anzuhängen; der Provisionskommentar gehört in die Beschreibung.',
  'refusals4.commission.plan':
    'Einen Provisionsfall gegen {creditorName} über {amount} (Unpaid Invoice) eröffnen?',
  'refusals4.commission.plan.prefilled':
    'Vorausgefüllt: Schuldner {creditorName} (Unternehmen, {country}); Ihre Organisation {clientName} ist der Mandant; Kommentar: "{comment}"',
  'refusals4.commission.done':
    'Provisionsfall {caseId} gegen {creditorName} über {amount} ist eröffnet. {submitted}',
  'refusals4.quotes.not_yours':
    'Fall {caseId} ist keiner Ihrer Fälle, und Ihre Organisation wurde nicht zur Angebotsabgabe eingeladen, daher können Sie seine Angebote nicht sehen.',
  'refusals4.lead.no_case':
    'Es gibt keinen Fall {caseId}. Prüfen Sie die Fallnummer und versuchen Sie es erneut.',
  'refusals4.lead.none':
    'Fall {caseId} hat keinen Lead, daher gibt es keine Angebote dazu. Angebote werden nur nach einer Ablehnung, nach Sonderkonditionen oder dann eingeholt, wenn kein exklusiver Partner einen Fall abdeckt.',
  'refusals4.lead.case_missing': 'Fall {caseId} existiert nicht.',
  'refusals4.route.support_only': 'Nur der Support (oder die Plattform selbst) kann Fall {caseId} zuweisen.',
  'refusals4.route.again':
    'Fall {caseId} liegt bereits bei einem Partner oder ist in einem anderen Status und kann daher nicht erneut zugewiesen werden.',
  'refusals4.due_today.support_only':
    'Was die Plattform heute geplant hat, ist für Support-Mitarbeiter. Für Ihre eigenen Fälle fragen Sie "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'für einen Fall ein Angebot auszuwählen',
  'refusals4.submit.plan':
    '{claimType, select, unpaid_invoice {Eine unbezahlte Rechnung} other {Eine Darlehensrückzahlung}} über {amount} gegen {debtorName} ({country}) für {clientName} einreichen, zu einem Erfolgshonorar von {pct} %.',
  'refusals4.submit.plan.fee': 'Erfolgshonorar {pct} %: {explained}. Maßgeblich ist die SDCA.',
  'refusals4.fee.explanation':
    '{pct} % ({region}, {upTo, select, yes {Forderungen bis {max}} other {größere Forderungen}}){surcharge, select, yes { + {add} Punkte für eine {months} Monate alte Forderung} other {}}',
  'refusals4.submit.plan.documents':
    'Unterlagen: {need, select, none {keine Unterlagen nötig (unter 2.000 USD)} file_or_description {eine Datei oder eine Beschreibung (2.000–10.000 USD)} other {eine Datei (über 10.000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} erhält ihn in Pending Verification.',
  'refusals4.submit.plan.network':
    'Kein exklusiver Partner deckt ihn ab: Er geht zur Angebotsabgabe an das Rechtsnetzwerk.',
  'refusals4.submit.plan.client':
    '{clientName} wird als Ihr Mandant geführt (nur Name und Land); Sie verfolgen den Fall mit Lesezugriff.',
  'refusals4.submit.done':
    'Fall {caseId} ist für {clientName} zu einem Erfolgshonorar von {pct} % eingereicht{exclusive, select, yes { und liegt bei {partnerName} zur Prüfung.} other {; kein exklusiver Partner deckt ihn ab, daher gibt das Rechtsnetzwerk Angebote dazu ab.}}',
  'refusals4.close.register_first':
    'Für Fall {caseId} ist noch keine Zahlung erfasst, daher erfasse ich sie und schließe den Fall in einem Schritt.',
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': 'Firmenname Ihres Mandanten',
  'forms.label.clientCountry': 'Land Ihres Mandanten',
  'forms.hint.clientCountry': 'ein Name oder zwei Buchstaben, z. B. Deutschland oder DE',
  'forms.label.debtorName': 'Name des Schuldners',
  'forms.label.debtorType': 'Art des Schuldners',
  'forms.option.company': 'Unternehmen',
  'forms.option.person': 'Privatperson',
  'forms.label.debtorCountry': 'Land des Schuldners',
  'forms.hint.debtorCountry': 'ein Name oder zwei Buchstaben, z. B. Dänemark oder DK',
  'forms.label.debtorRegion': 'Region des Schuldners',
  'forms.label.claimType': 'Art der Forderung',
  'forms.option.unpaid_invoice': 'Unbezahlte Rechnung',
  'forms.option.loan_repayment': 'Darlehensrückzahlung',
  'forms.label.principal': 'Geschuldeter Betrag',
  'forms.hint.principal': 'z. B. 12500, 4.800,00 oder 4,800.00',
  'forms.label.currency': 'Währung',
  'forms.hint.currency': 'z. B. EUR',
  'forms.label.debtDate': 'Fälligkeitsdatum der Forderung',
  'forms.hint.debtDate': 'z. B. 30.06.2026 oder 2026-06-30',
  'forms.label.disputed': 'Bestreitet der Schuldner die Forderung?',
  'forms.option.no': 'Nein',
  'forms.option.yes': 'Ja',
  'forms.label.documentName': 'Dokument (Dateiname)',
  'forms.hint.documentName': 'erforderlich über 10.000 USD; ab 2.000 USD eine Datei oder eine Beschreibung',
  'forms.label.description': 'Beschreibung der Forderung',
  'forms.submit': 'Weiter',
  'forms.cancel': 'Abbrechen',
  'forms.modal.submit_case': 'Fall einreichen',
  'forms.document_rule':
    'Dokumente nach Forderungswert (Gegenwert in USD): unter 2.000 keine; 2.000–10.000 eine Datei oder eine Beschreibung; über 10.000 eine Datei.',
  'forms.submit_case_note':
    'Nur unbestrittene Fälle außerhalb der Rechtsgebiete, die Sie selbst abdecken. Die Erfolgsprovision wird Ihnen vor dem Einreichen zur Bestätigung angezeigt.',
  'forms.open_form': 'Formular öffnen: {title}',
  'forms.continue_to': 'Weiter: {title}',
  'forms.needed': '{label} wird benötigt.',
  'forms.problem.too_long': '{label} ist zu lang (höchstens 200 Zeichen).',
  'forms.problem.pick_one': '{label}: Bitte wählen Sie eine der Optionen {options}.',
  'forms.problem.principal':
    'Der geschuldete Betrag muss eine positive Zahl sein, z. B. 12500, 4.800,00 oder 4,800.00.',
  'forms.problem.paymentAmount':
    'Der eingezogene Betrag muss eine positive Zahl sein, z. B. 1200, 1.200,50 oder 1,200.50.',
  'forms.problem.paymentCurrency': 'Die Währung muss ein dreibuchstabiger Code sein, z. B. EUR.',
  'forms.problem.description': 'Die Beschreibung ist zu lang (höchstens 2.000 Zeichen).',
  'forms.case_number': 'Fallnummer',
  'forms.case_placeholder': 'z. B. 123',
  'forms.modal.decline': 'Fall ablehnen',
  'forms.modal.close': 'Fall abschließen',
  'forms.decline.reason': 'Warum lehnen Sie ab?',
  'forms.decline.hint':
    'Ein konkreter, sachlicher Grund, z. B. „der Schuldner wurde im Mai für insolvent erklärt“. Der Gläubiger wird in professionellen Worten informiert; Sie bestätigen, bevor etwas geschieht.',
  'forms.decline.placeholder': 'Ein konkreter, sachlicher Grund',
  'forms.close.code': 'Abschlusscode',
  'forms.close.choose': 'Wählen Sie das Ergebnis',
  'forms.close.comment': 'Kommentar',
  'forms.close.comment_hint': 'Erforderlich bei „Other“; bei jedem Abschluss empfohlen.',
  'forms.close.amount': 'Eingezogener Betrag',
  'forms.close.amount_hint':
    'Nur bei Paid oder Partially paid: Die Zahlung wird erfasst, bevor der Fall abgeschlossen wird.',
  'forms.close.currency': 'Währung der Zahlung',
  'forms.close.currency_placeholder': 'z. B. EUR (leer: die Währung des Falls)',
  'forms.close.comment_teams': 'Kommentar (erforderlich bei Other)',
  'forms.close.amount_teams': 'Eingezogener Betrag (Paid / Partially paid)',
  'forms.group.success': 'Erfolg',
  'forms.group.partner_decline': 'Ablehnung durch den Partner',
  'forms.group.client_decision': 'Entscheidung des Mandanten',
  'forms.group.process_completion': 'Abschluss des Verfahrens',
  'forms.group.fallback': 'Sonstiges',
  'forms.krone_why':
    '"kr" kann dänische, schwedische, norwegische oder isländische Krone bedeuten, und Fall {caseId} ist in {currency}, daher weiß ich nicht, welche Währung Sie meinen.',
};
