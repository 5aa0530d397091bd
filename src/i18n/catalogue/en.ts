// THE message catalogue's source language. Every key the bot can say in several languages is here, in
// ICU MessageFormat (https://formatjs.github.io/docs/core-concepts/icu-syntax): {name} for a value,
// {count, plural, one {…} other {…}}, {flag, select, yes {…} other {…}}. Money, dates and numbers arrive
// already written for the reader (src/i18n/reader-format.ts). Command words people type ("go with quote …")
// and the platform's status names ("Collecting Quotes") stay as the platform writes them in every
// language: they are what the bot reads and what the help centre shows. `<…>` is plain text, not a tag.
// A key missing in another language is said in English.

export const en = {
  // --- The creditor's decline letter (renderDeclineNotice) --------------------------------------------
  'decline.letter':
    'Dear {creditorName},\n\nThe collection partner assigned to case #{caseId} (debtor: {debtorName}) has declined the case. {why}\n\n{next}\n\nIf you have questions about this decline, reply here or contact Debitura support with your case reference #{caseId}.\n\nKind regards,\nDebitura',
  'decline.letter.managed':
    'Dear {recipientName},\n\nThe collection partner assigned to case #{caseId}, which you submitted for your client {clientName} (debtor: {debtorName}), has declined the case. {why}\n\n{next}\n\nIf you have questions about this decline, reply here or contact Debitura support with your case reference #{caseId}.\n\nKind regards,\nDebitura',
  'decline.fallback.creditor': 'customer',
  'decline.fallback.partner': 'partner',
  'decline.fallback.client': 'your client',
  'decline.fallback.debtor': 'the debtor',
  'decline.why.below_minimum':
    "Reason: the claim amount is below the partner's minimum threshold (typically USD 100.00 equivalent for pre-legal collection).",
  'decline.why.conflict_of_interest':
    'Reason: the partner has a conflict of interest (for example, they already act for the debtor) that prevents them from taking the case.',
  'decline.why.custom_terms_requested':
    'Reason: the case requires non-standard terms, which the partner cannot offer under the standard agreement.',
  'decline.why.duplicate': 'Reason: this case had already been submitted to the partner.',
  'decline.why.fraud_risk':
    'Reason: the partner identified signs that the claim may carry a fraud or scam risk.',
  'decline.why.insolvency_or_ceased': 'Reason: the debtor appears to be bankrupt, deceased or dissolved.',
  'decline.why.misclassified_not_prelegal':
    'Reason: the claim appears to be disputed or to require legal action rather than pre-legal collection.',
  'decline.why.missing_information':
    'Reason: essential information needed to proceed is still missing after it was requested. Complete debtor details and supporting documents (invoice, contract) help the next partner start quickly.',
  'decline.why.out_of_jurisdiction': 'Reason: the debtor is outside the geographic area the partner covers.',
  'decline.why.regulatory_restriction':
    "Reason: the partner is not licensed or authorised to collect debts in the debtor's jurisdiction.",
  'decline.why.sanctions_legal_block':
    'Reason: sanctions or another legal restriction prevent the partner from working on this case.',
  'decline.why.time_barred':
    'Reason: the debt appears to have passed the statute of limitations and may no longer be legally collectible.',
  'decline.why.untraceable_debtor':
    "Reason: the partner could not verify or locate the debtor's address or contact information.",
  'decline.why.manual_review':
    "The partner's reason is being reviewed by our team, and we will follow up with you if anything is needed.",
  'decline.next.network':
    'What happens next: your case has been shared with our partner network, and other qualified collection partners are now being invited to submit quotes. The case status is "Collecting Quotes", and you will be notified as soon as quotes are ready for you to review.',
  'decline.next.no_partners':
    'What happens next: the case is to be shared with our partner network, but no other collection partner currently covers it, so no partner has been invited yet. Our support team has been alerted and is looking for a suitable partner; we will contact you as soon as there is news. Until then the case status is "Collecting Quotes".',
  'decline.next.closed':
    'What happens next: because network sharing is turned off for your account, the case has now been closed and will not be offered to other partners. If you would like to resubmit the case or explore other options, please contact Debitura support.',

  // --- Decline categories, short (as the help centre lists them) ----------------------------------------
  'category.conflict_of_interest': 'Conflict of interest',
  'category.custom_terms_requested': 'Custom terms requested',
  'category.below_minimum': 'Below minimum',
  'category.untraceable_debtor': 'Untraceable debtor',
  'category.out_of_jurisdiction': 'Out of jurisdiction',
  'category.time_barred': 'Time-barred',
  'category.regulatory_restriction': 'Regulatory restriction',
  'category.sanctions_legal_block': 'Sanctions or legal block',
  'category.misclassified_not_prelegal': 'Misclassified',
  'category.insolvency_or_ceased': 'Insolvency or ceased',
  'category.duplicate': 'Duplicate',
  'category.missing_information': 'Missing essential information',
  'category.fraud_risk': 'Fraud or scam risk',

  // --- Leads and quotes: what the creditor hears (src/use-cases/leads, src/use-cases/scheduled) ---------
  'lead.managed_next_step':
    'Your access to case {caseId} is read-only: to choose a quote or stop the case for your client, contact Debitura support with the case reference #{caseId}.',
  'lead.quotes_ready': 'Quotes are ready for case {caseId} ({debtorName}): {quotes}. {next}',
  'lead.quotes_ready.item': 'quote {quoteId}: {partnerName}, {pct}%',
  'lead.quotes_ready.next':
    'Reply "go with quote <number> on case {caseId}" to choose one, or "pull back case {caseId}" to stop.',
  'lead.quotes_ready.alert':
    'Lead {leadId} on case {caseId}: {count, plural, one {# quote} other {# quotes}} ready for the creditor.',
  'lead.declined_options':
    'No collection partner was interested in case {caseId} ({debtorName}): every invited partner declined or the quote window ended without a quote. You could adjust the case terms (a higher success fee, more documentation) or try another approach such as legal action. {next}',
  'lead.declined_options.next':
    'Ask support to restart the process, or reply "pull back case {caseId}" to close the case.',
  'lead.reminder':
    'Reminder: case {caseId} has {count, plural, one {# quote} other {# quotes}} waiting for a selection since {since}. {next}{last, select, yes { The lead expires now, {days} days after the quotes were ready; you can still select a quote afterwards.} other {}}',
  'lead.reminder.next': 'Ask "quotes for case {caseId}" to compare them and select one.',
  'lead.expired':
    'The quotes on case {caseId} ({debtorName}) expired: no quote was selected within {days} days. {next}',
  'lead.expired.next':
    'You can still select one of the {count, plural, one {# quote} other {# quotes}} manually ("go with quote <number> on case {caseId}"), or pull the case back.',
  'lead.no_quote_escalation':
    'Case {caseId} ({debtorName}) was declined on {day}{reason, select, none {} other { ({reason})}} and has not received any quotes within {days} business days. Please contact Debitura support and include your case reference number (#{caseId}), the decline reason you received, and any additional information you believe is relevant. We have already let support know.',
  // --- Creditor notices of case changes -------------------------------------------------------------------
  'notice.case_accepted':
    '{partnerName} accepted case {caseId} ({debtorName}) and has started collecting. The collection period runs until {day}.',

  'notice.info_requested':
    '{partnerName} needs more information before it can start on case {caseId} ({debtorName}): {question} Reply with the details for case {caseId} and it goes back to the partner for verification.',

  'notice.period_ended':
    'The 6-month collection period of case {caseId} ended on {day}. The partner continues until it closes the case. {next}',
  'notice.period_ended.withdraw':
    'If you withdraw the case now, it is closed at once as Withdrawn by Client.',

  // --- The conversation's own words (src/conversation/engine/presenting.ts, help-text.ts) ----------------
  'reply.cancelled': 'Cancelled; nothing was changed.',
  'reply.already_confirmed': 'This was already confirmed or cancelled; nothing more was done.',
  'reply.none':
    'I did not catch a request I can handle there. Say "help" to see what you can ask me; every change names a case number.',
  'confirm.expires': 'This confirmation expires in {duration}.',
  'confirm.button.confirm': 'Confirm',
  'confirm.button.cancel': 'Cancel',
  'duration.minutes': '{n, plural, one {# minute} other {# minutes}}',
  'duration.hours': '{n, plural, one {# hour} other {# hours}}',
  'help.title': 'What I can do',
  'help.intro': 'Hi {name}, you can say:',
  'help.outro':
    'I always show what will happen and ask you to confirm before anything changes. Say *cancel* to drop a question.',
  'help.support_note': 'You can read any case, and are told about declines that need a manual review.',

  // --- Accepting a case (src/use-cases/cases/accept-case.ts) ---------------------------------------------
  'accept.plan': 'Accept case {caseId} ({debtorName}) and start collecting.',
  'accept.plan.active': 'The case becomes Active and the 6-month collection period runs until {day}.',
  'accept.plan.told': '{who, select, managing {The managing partner} other {The creditor}} is told.',
  'accept.done':
    'Case {caseId} is Active. The collection period runs until {day}; {who, select, managing {the managing partner} other {the creditor}} has been told.',

  // --- The person's language (the user.language command) -------------------------------------------------
  'language.set': 'From now on I answer you in English, and your notices are written in English.',
  'language.unknown':
    'I can answer in English, Danish, Swedish, Norwegian, German, Finnish and Spanish. Which one would you like? For example "speak Danish" or "language: sv".',
  // --- E-mail frame (src/surfaces/email/email-render.ts) and subjects of what a creditor receives -------
  'email.greeting': 'Hello {name},',
  'email.footer':
    'You receive this e-mail because you are not linked to Debitura in Slack or Teams. Link your chat account to get notices there instead.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: case {caseId} {what}}}',
  'subject.case.declined': 'declined by the partner',
  'subject.case.accepted': 'accepted',
  'subject.lead.quotes_ready': 'quotes are ready for review',
  'subject.lead.reminder': 'reminder: choose a quote',
  'subject.lead.expired': 'quote window ended',
  'subject.lead.declined_options': 'what happens after the decline',
  'subject.lead.no_quote_escalation': 'no quotes: support is on it',

  // --- Partners and support (round 2): invitations, support alerts, escalation, network sharing ----------
  'lead.invitation':
    'New lead {leadId}: case {caseId}, a {debtorType, select, company {company} person {person} other {{debtorType}}} debtor in {where}, {claimType, select, unpaid_invoice {unpaid invoice} loan_repayment {loan repayment} other {{claimType}}} of {amount}. Quotes are collected until {until} UTC. Reply "quote <percent>% on case {caseId}" to quote, or "no quote on case {caseId}" to pass.',
  'lead.no_partners':
    'Lead {leadId} for case {caseId} (opened {origin, select, decline {after the assigned partner declined it} custom_terms {because the assigned partner offered custom terms} legal_escalation {for legal escalation} other {because no exclusive partner covers it}}) matches no partner in {country}. Please find partners for it by hand.',
  'decline.needs_review':
    '{partnerName} declined case {caseId} ({debtorName}) with a reason that fits no decline category: "{reason}". Please review it and set the category (resolve the review on case {caseId}).',
  'decline.needs_review.doubt':
    '{partnerName} declined case {caseId} ({debtorName}) with the reason "{reason}". {doubt} The creditor has not been given a reason yet. Please review it and set the category (resolve the review on case {caseId}).',
  'escalate.stop_for_legal':
    'The creditor has taken case {caseId} ({debtorName}) to legal after the pre-legal collection period. Your assignment ends as Pre-Legal Exhausted: please stop all collection activity. The legal network is quoting on it now.',
  'escalate.done':
    "Case {caseId} is escalated to legal: {invited, plural, =0 {no legal-network partner covers {country} yet, so support is looking for one (lead {leadId})} one {# legal-network partner is invited to quote (lead {leadId})} other {# legal-network partners are invited to quote (lead {leadId})}}{told, select, none {} other {; {told} has been told to stop collection}}. You'll be told when the quotes are ready.",
  'sharing.meaning':
    '{on, select, yes {when a partner declines one of {whose, select, your {your} other {its}} cases, the case goes to the partner network so other partners can quote} other {when a partner declines one of {whose, select, your {your} other {its}} cases, the case is closed}}',
  'sharing.status':
    'Network sharing is *{on, select, yes {on} other {off}}* for {own, select, yes {your account} other {{creditorName}}}: {meaning}. {own, select, yes {Say "turn {on, select, yes {off} other {on}} network sharing" to change it.} other {Say "turn {on, select, yes {off} other {on}} network sharing for {creditorName}" to change it.}}',
  'sharing.now':
    'Network sharing is now {on, select, yes {on} other {off}} for {creditorName}: from now on, {meaning}. Cases declined before stay as they are.',
  'sharing.changed_by_support':
    'Debitura support turned network sharing {on, select, yes {on} other {off}} for {creditorName}: from now on, {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Your quote {quoteId} ({pct}%) on case {caseId} ({debtorName}) was selected. The case is assigned to you and Active: you can begin work immediately.',
  'quote.declined.other_partner':
    'Your quote {quoteId} on case {caseId} was not selected: the creditor chose another partner. No further action is needed.',
  'quote.declined.pullback':
    'Your quote {quoteId} on case {caseId} was not selected: the creditor decided not to proceed with any quote. No further action is needed.',
  'lead.withdrawn': 'The lead on case {caseId} was withdrawn by the creditor; no quote is needed any more.',
  'quote.selected_for_client':
    'Debitura support selected quote {quoteId} from {partnerName} ({pct}% success fee) on case {caseId} ({debtorName}) on behalf of your client {clientName}. The case is now with {partnerName} and Active; you can follow it with "status {caseId}".',
} as const;

export type MessageKey = keyof typeof en;
