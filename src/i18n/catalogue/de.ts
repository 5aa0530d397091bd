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
};
