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
  // --- Refusals of the permission table (src/domain/permissions.ts); rendered by refusalText -------------
  'perm.act.view': 'see it',
  'perm.act.accept': 'accept it',
  'perm.act.decline': 'decline it',
  'perm.act.request_info': 'ask for more information on it',
  'perm.act.offer_terms': 'offer custom terms on it',
  'perm.act.register_payment': 'register a payment on it',
  'perm.act.close': 'close it',
  'perm.act.withdraw': 'withdraw it',
  'perm.act.answer_info': 'answer the information request on it',
  'perm.act.select_quote': 'select a quote on it',
  'perm.act.pullback': 'pull back it',
  'perm.act.escalate': 'escalate it',
  'perm.act.submit_quote': 'quote on it',
  'perm.act.decline_to_quote': 'pass on the lead of it',
  'perm.act.resolve_review': 'resolve the decline review of it',
  'perm.act.message': 'write in the case chat on it',
  'perm.act.read_messages': 'read the case chat on it',
  'perm.act.add_info': 'add information to it',
  'perm.who.parties':
    'the parties of case {caseId} (the partner working it, and its creditor or managing partner)',
  'perm.who.assigned': 'the collection partner working case {caseId}',
  'perm.who.creditor_or_managing':
    'the creditor of case {caseId} (or the managing partner that submitted it)',
  'perm.who.creditor': 'the creditor of case {caseId}',
  'perm.who.lead': 'the partners invited to the lead on case {caseId}',
  'perm.who.support': 'a support agent',
  'perm.only': 'Only {who} can {act}.',
  'perm.refused.managing':
    'You submitted case {caseId} for your client, so your access to it is read-only: you can follow it (say "status {caseId}") and message the partner working it in the case chat (say "message the partner on {caseId}: …"), but you can\'t {act}.{partnerWork, select, yes {} other { To act for your client, contact Debitura support.}}',
  'perm.refused.creditor':
    "{only} As the creditor you can follow case {caseId}, answer the partner's questions, withdraw it, or choose among its quotes.",
  'perm.refused.assigned':
    '{only} You work case {caseId}: you can register payments on it and close it with a close code.',
  'perm.refused.lead':
    'Case {caseId} is a lead your organisation was invited to quote on, not a case assigned to you, so you can\'t {act}{decline, select, yes {: leads are not declined} other {}}. To quote, say "quote <percent>% on case {caseId}"; if you don\'t want it, pass with "no quote on case {caseId}".',
  'perm.refused.former':
    "Your organisation no longer holds case {caseId}, so you can't {act}. You can still look at its status.",
  'perm.refused.support':
    'Support can read case {caseId} and resolve decline reviews, but only {who} can {act}.',
  'perm.refused.stranger': "Case {caseId} is not one of your cases, so you can't see or change it.",
  'case.not_found': 'There is no case {caseId}. Check the case number.',
  'case.which': 'Which case? Give the case number, for example "case 123".',

  // --- The questions the conversation asks (src/commands/arguments.ts, case-chat-commands.ts) -----------
  'ask.case': 'Which case do you mean? Please give the case number.',
  'ask.reason':
    'What is the reason for declining case {caseId}? Please be specific and factual (for example: "the debtor company was dissolved last year").',
  'ask.code': 'Which close code should case {caseId} be closed with?',
  'ask.other_comment':
    "Closing case {caseId} as *Other* needs a comment: what happened? I'll suggest a more specific code if one fits.",
  'ask.amount':
    'How much did the debtor pay on case {caseId}? Give the amount and currency, e.g. "1,200 EUR".',
  'ask.success_fee':
    'What success fee do you quote on case {caseId}, in percent of what is recovered? (e.g. "18%")',
  'ask.answer': 'What information do you send the partner for case {caseId}?',
  'ask.category':
    'Which decline category fits the decline of case {caseId}? Name one, e.g. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    'Which quote on case {caseId} do you select? Give the quote number (say "quotes on {caseId}" to see them).',
  'ask.message':
    'What is your message on case {caseId}? It goes to the other side of the case chat and is kept on the case.',
  'ask.information':
    "What information do you add to case {caseId}? For example the debtor's new address, or what was missing.",

  // --- Declining a case (src/use-cases/cases/decline-case.ts) ---------------------------------------------
  'decline.plan':
    'Decline case {caseId} {category, select, none {for manual review by support (the reason fits no category, or the case does not bear it out)} other {as *{label}*}}. {who, select, managing {The managing partner} other {The creditor}} will be told; {sharing, select, yes {the case goes to the partner network for quotes.} other {network sharing is off, so the case is closed as Case never started.}}',
  'decline.plan.doubt':
    '{doubt} Support checks the reason before {who, select, managing {the managing partner} other {the creditor}} is told why.',
  'decline.plan.told':
    '{who, select, managing {The managing partner} other {The creditor}} gets a message explaining the decline.',
  'decline.plan.assignment':
    'Your assignment ends as Case never started, which does not count against your score.',
  'decline.plan.lead':
    'A lead opens for the partner network (without you) and the case is Collecting Quotes.',
  'decline.plan.closed': 'The case is Closed as Case never started.',
  'decline.plan.review': 'Support reviews the reason and sets the category.',
  'decline.done':
    'Case {caseId} declined {category, select, none {(support will review the reason)} other {as {label}}}; {who, select, managing {the managing partner} other {the creditor}} has been told and {next, select, closed {network sharing is off, so it is Closed as Case never started} searching {it is Collecting Quotes, but no partner in the network covers it yet, so support is looking for one (lead {leadId})} lead {it is Collecting Quotes from the partner network (lead {leadId})} other {it is Collecting Quotes from the partner network}}.{doubt}',
  'decline.doubt': 'The reason reads as "{label}", but {why}',
  'decline.doubt.below_minimum': "case {caseId} is {amount}, at or above the partner's minimum of {minimum}.",
  'decline.doubt.out_of_jurisdiction': 'the debtor is in {where}, which the partner covers.',
  'decline.doubt.duplicate': 'there is no other case from this creditor against this debtor.',
  // The category's label as the help centre lists it, with its parenthetical (DECLINE_CATEGORY_INFO).
  'category.label.conflict_of_interest': 'Conflict of interest',
  'category.label.custom_terms_requested': 'Custom terms requested',
  'category.label.below_minimum': 'Below minimum (typically 100 USD equivalent)',
  'category.label.untraceable_debtor': 'Untraceable debtor',
  'category.label.out_of_jurisdiction': 'Out of jurisdiction',
  'category.label.time_barred': 'Time-barred',
  'category.label.regulatory_restriction': 'Regulatory restriction (not licensed there)',
  'category.label.sanctions_legal_block': 'Sanctions or legal block',
  'category.label.misclassified_not_prelegal': 'Misclassified (disputed / needs legal action)',
  'category.label.insolvency_or_ceased': 'Insolvency or ceased (bankrupt, deceased, dissolved)',
  'category.label.duplicate': 'Duplicate',
  'category.label.missing_information': 'Missing essential information (after it was requested)',
  'category.label.fraud_risk': 'Fraud or scam risk',

  // --- The engine's own sentences (src/conversation/engine/*) and the platform being down (src/db/database-unavailable.ts) ---
  'engine.choice_expired': 'This choice was already used or has expired; nothing more was done.',
  'engine.choice_not_yours':
    'Only {known, select, yes {{name}} other {the person who asked}} can answer this; it was their request. Nothing was changed.',
  'engine.choice_used': 'This choice was already used; nothing more was done.',
  'engine.choice_unknown': 'I did not understand that choice.',
  'engine.cannot_do': 'I can\'t do "{action}" from chat yet. Say "help" to see what I can do.',
  'engine.no_longer': 'That command is no longer available.',
  'engine.carried_out': 'Confirmed and carried out{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell': 'Tell me what happened on the case and I will suggest the close code that fits.',
  'engine.need_more':
    'I need a bit more to go on: {missing, select, none {what you want to do} other {{missing}}}. Say "help" for examples.',
  'engine.need_argument': 'I need the {missing} to go on.',
  'engine.failed':
    'Sorry, something went wrong on my side and nothing was changed. Please try again in a moment; if it keeps happening, tell support.',
  'platform.unreachable':
    "I can't reach the case platform right now; nothing was changed. Please try again in a minute.",
  'platform.too_slow':
    'The case platform is too slow to answer right now; nothing was changed. Please try again in a minute.',

  // --- Registering a payment and asking for information (src/use-cases/cases/register-payment.ts, request-info.ts) ---
  'payment.plan': 'Register a payment of *{amount}* on case {caseId} ({debtorName}).',
  'payment.plan.effect':
    'The payment is recorded; close the case as Paid or Partially paid when collection is done.',
  'payment.done':
    "Payment of {amount} registered on case {caseId}; {total} paid so far. Close it as Paid or Partially paid when you're done.",
  'payment.zero': 'A payment must be more than zero.',
  'payment.currency':
    'Case {caseId} is in {caseCurrency}, so register the payment in {caseCurrency} (convert the {currency} amount first).',
  'info.plan':
    'Ask {who, select, managing {the managing partner} other {the creditor}} for more information on case {caseId}: "{question}"',
  'info.plan.effect':
    'The case becomes Needs Additional Details until they answer, then returns to Pending Verification.',
  'info.done':
    'Case {caseId} is Needs Additional Details; {who, select, managing {the managing partner} other {the creditor}} has been asked: "{question}"',

  // --- Withdrawing a case (src/use-cases/cases/withdraw-case.ts) ---
  'withdraw.plan.within': 'Withdraw case {caseId} ({debtorName}) within its collection period (until {day}).',
  'withdraw.plan': 'Withdraw case {caseId} ({debtorName}).',
  'withdraw.effect.paused': 'The case is paused and the partner closes it.',
  'withdraw.effect.fee': 'The full success fee and collection costs apply.',
  'withdraw.effect.closed':
    'The case is closed as Withdrawn by Client at once, and the partner is told to stop all collection activity.',
  'withdraw.done.paused':
    'Case {caseId} is paused; {known, select, yes {{partnerName}} other {the partner}} will close it. As it is within the collection period, the full success fee and collection costs apply.',
  'withdraw.done.closed':
    'Case {caseId} is closed as Withdrawn by Client; {known, select, yes {{partnerName}} other {the partner}} has been told to stop all collection activity.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'Lead {leadId} is Closed ({outcome})',
  'quotes3.lead.ready': 'Lead {leadId} has quotes ready',
  'quotes3.lead.status': 'Lead {leadId} is {status}',
  'quotes3.lead.not_selectable': '{lead}, so no quote can be selected any more.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, so no quote can be selected any more. The case is already with the chosen partner.',
  'quotes3.lead.not_sent':
    '{lead}: it has not been sent to partners yet, so there are no quotes to select. Wait for the quotes to come in.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, so there is nothing to pull back.',
  'quotes3.list.title': 'Quotes on case {caseId}',
  'quotes3.list.none': '{lead}. No quotes yet.',
  'quotes3.list.line':
    '• Quote {quoteId} from {partnerName}: {pct}% success fee{fixed, select, yes { + {fixedFee} fixed fee} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status}',
  'quotes3.list.hint.support':
    'To choose one for the client, say for example "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor': 'To choose one, say for example "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown': 'Quote {quoteId} is not a quote on case {caseId}. The quotes on it are {ids}.',
  'quotes3.select.unknown.none':
    'Quote {quoteId} is not a quote on case {caseId}. The case has no quotes yet.',
  'quotes3.select.already':
    'Quote {quoteId} from {partnerName} was already selected; case {caseId} is with them.',
  'quotes3.select.declined': 'Quote {quoteId} was declined, so it can no longer be selected.',
  'quotes3.select.not_collecting':
    'Case {caseId} is {status}, not collecting quotes, so no quote can be selected on it.',
  'quotes3.select.plan': 'Select quote {quoteId} from {partnerName} ({pct}% success fee) for case {caseId}.',
  'quotes3.select.plan.behalf':
    'Select quote {quoteId} from {partnerName} ({pct}% success fee) for case {caseId} on behalf of the client {clientName}, submitted by {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'Case {caseId} is assigned to {partnerName} and becomes Active; they are told to start.',
  'quotes3.select.plan.others':
    'The other {count, plural, one {quote is} other {# quotes are}} declined and {count, plural, one {its partner is} other {their partners are}} told.',
  'quotes3.select.plan.history':
    'The case history records the selection as made by support on behalf of {clientName}; {managingPartnerName} (the managing partner) is told.',
  'quotes3.select.done': 'Quote {quoteId} selected: case {caseId} is now with {partnerName} and Active.',
  'quotes3.select.done.behalf':
    'Quote {quoteId} selected on behalf of {clientName}: case {caseId} is now with {partnerName} and Active.',
  'quotes3.select.done.others':
    '{count, plural, one {# other quote was declined and its partner told.} other {# other quotes were declined and their partners told.}}',
  'quotes3.select.done.told': '{name} has been told.',
  'quotes3.pullback.closed': 'Case {caseId} is already closed, so there is nothing to pull back.',
  'quotes3.pullback.plan': 'Pull back case {caseId} from the quote process without choosing a quote.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {The quote is} other {All # quotes are}} declined and the partners told.',
  'quotes3.pullback.plan.none': 'No quote has arrived; the invited partners are told the lead is withdrawn.',
  'quotes3.pullback.plan.closed': 'Case {caseId} is closed as Withdrawn by Client.',
  'quotes3.pullback.done':
    'Case {caseId} is pulled back: {count, plural, =0 {} one {# quote declined and the partners told; } other {# quotes declined and the partners told; }}the case is closed as Withdrawn by Client.',
  'quotes3.partner_unknown': 'Your partner organisation is not known to the platform.',
  'quotes3.pass.plan': 'Pass on case {caseId}: your organisation will not quote on lead {leadId}.',
  'quotes3.pass.plan.final': 'You cannot quote on this lead afterwards.',
  'quotes3.pass.plan.last': 'You are the last invited partner to answer: quote collection ends now.',
  'quotes3.pass.done': 'Noted: you will not quote on case {caseId}.',
  'quotes3.pass.done.all':
    'Noted: you will not quote on case {caseId}. Every invited partner has passed, so the lead is closed and the creditor is told.',
  'quotes3.quote.partners_only':
    'Only collection partners invited to the lead on case {caseId} can quote or decline to quote on it.',
  'quotes3.quote.not_invited':
    'Your organisation was not invited to quote on case {caseId}, so it cannot quote on it. Only partners invited to a lead can quote.',
  'quotes3.quote.plan':
    'Quote a success fee of {pct}%{fixed, select, yes { plus a fixed fee of {fixedFee}} other {}} on case {caseId} (lead {leadId}).',
  'quotes3.quote.plan.seen': 'The creditor sees your quote with the others when quote collection ends.',
  'quotes3.quote.plan.once': 'There is one quote per partner: it cannot be changed afterwards.',
  'quotes3.quote.done':
    'Quote {quoteId} ({pct}%) is in for case {caseId}. The creditor sees it when quote collection ends.',
  'quotes3.quote.done.ended':
    'Quote {quoteId} ({pct}%) is in for case {caseId}. Quote collection has ended and the creditor is choosing now.',
  'quotes3.terms.fee_range':
    'A success fee of {pct}% is not possible. Give a percentage above 0 and at most 100, e.g. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative': 'A fixed fee cannot be negative. Leave it out or give an amount ≥ 0.',
  'quotes3.can_quote.not_invited':
    'Your organisation was not invited to quote on lead {leadId}, so it cannot quote on it. Only invited partners can quote.',
  'quotes3.can_quote.already':
    'Your organisation already quoted {pct}% on lead {leadId} (quote {quoteId}); there is one quote per partner.',
  'quotes3.can_quote.passed':
    'Your organisation already declined to quote on lead {leadId}, so it cannot quote on it now.',
  'quotes3.can_quote.closed': '{lead} and no longer collects quotes, so a quote cannot be added.',
  'quotes3.can_pass.not_invited':
    'Your organisation was not invited to quote on lead {leadId}, so there is nothing to decline.',
  'quotes3.can_pass.already':
    'Your organisation already {answer, select, quoted {quoted} other {declined to quote}} on lead {leadId}.',
  'quotes3.can_pass.closed': '{lead} and no longer collects quotes.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'New case {caseId} to verify{submitted, select, yes {, submitted by {partnerName} for {clientName}} other {}}: {debtorName} ({debtorType}, {where}), {claimType, select, unpaid_invoice {unpaid invoice} loan_repayment {loan repayment} other {{claimText}}} of {amount}. Accept it, request more information, offer custom terms or decline it with a reason.',
  'notices3.verification_reminder':
    'Reminder: case {caseId} ({debtorName}, {amount}) has waited {days} business days for your verification. Accept it, decline it with a reason, or ask the creditor for more information.',
  'notices3.withdrawal_paused':
    'The client has asked to withdraw case {caseId} ({debtorName}) within the collection period, so the case is paused. The full success fee and collection costs apply. Close the case with the appropriate close code and issue any applicable invoices.',
  'notices3.withdrawal_stop':
    'The client has withdrawn case {caseId} ({debtorName}){after, select, yes { after the collection period} other {}}, so it is closed as Withdrawn by Client. Please stop all collection activity on it. No further action is needed from you.',
  'notices3.custom_terms_offered':
    "{partnerName} offered custom terms on case {caseId} ({debtorName}): a {pct}% success fee{hasTerms, select, yes { ({terms})} other {}}. The case is collecting quotes now; you'll be told when they're ready to choose from.",
  'notices3.payment_registered':
    '{partnerName} registered a payment of {amount} on case {caseId} ({debtorName}). Paid so far: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks (src/use-cases/cases/close-case.ts, get-case-status.ts, list-partner-tasks.ts) ---
  'cases3.close.plan':
    'Close case {caseId} ({debtorName}) as *{code}*{hasComment, select, yes { with the comment "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Register a payment of *{amount}* on case {caseId} ({debtorName}) and close it as *{code}*{hasComment, select, yes { with the comment "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'The payment of {amount} is registered first, in the same step: if the close is refused, no payment is recorded.',
  'cases3.close.effect.payout':
    'A payout of {total} is created: {creditorAmount} to the creditor, {partnerAmount} to you ({pct}% commission).',
  'cases3.close.effect.told':
    '{who, select, managing {The managing partner} other {The creditor}} is told the outcome.',
  'cases3.close.effect.suggestion': 'The suggestion *{code}* is shared with the close-code team.',
  'cases3.close.done':
    'Case {caseId} is Closed as {code}.{payout, select, yes { Payout created: {creditorAmount} to the creditor, {partnerAmount} to you.} other {}} {who, select, managing {The managing partner} other {The creditor}} has been told.',
  'cases3.close.not_paid':
    'Case {caseId} has {paid} paid of {full}, so it is not Paid: Paid is for the full outstanding amount. Close it as Partially paid instead? If the rest has come in, cancel and register the remaining {rest} first ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'Case {caseId} has {paid} paid, the full {full} outstanding, so it is Paid rather than Partially paid. Close it as Paid instead?',
  'cases3.score.success':
    '{name} is a success code: it does not count against your score, and it creates the payout split by the agreed commission rate.',
  'cases3.score.partner_decline':
    '{name} is a partner decline code: it does not count against your engagement multiplier or collection score.',
  'cases3.score.client_decision':
    "{name} is a client decision code: it currently counts against your collection score, even though the closure is driven by the client's decision, not your performance (a known limitation).",
  'cases3.score.process_completion':
    '{name} is a process completion code: it is recorded and affects your performance score.',
  'cases3.score.fallback':
    'Other is the fallback code: it is recorded and affects your performance score, and needs a comment; pick a specific code when one fits.',
  'cases3.status.head':
    'Case {caseId} ({debtorName}, {amount}) is {status}{closed, select, yes { as {code}} other {}}.',
  'cases3.status.partner': 'Partner: {partnerName}.',
  'cases3.status.period.running': 'Collection period until {day}.',
  'cases3.status.period.ended': 'Collection period ended on {day}.',
  'cases3.status.paid': 'Paid so far: {amount}.',
  'cases3.status.lead': '{lead} with {count} of {expected} expected quotes{window}.',
  'cases3.status.window.running': '; collecting quotes until {day}',
  'cases3.status.window.ended': '; quote collection ended on {day}',
  'cases3.status.own_quote': 'Your quote {quoteId} ({pct}% success fee) is on it, {status}.',
  'cases3.status.passed': 'Your organisation passed on this lead.',
  'cases3.status.invited':
    'Your organisation is invited to quote on it: say "quote <percent>% on case {caseId}", or "no quote on case {caseId}" to pass.',
  'cases3.tasks.forbidden':
    'Tasks are the cases a partner has to verify. For the cases you can see, ask "my cases".',
  'cases3.tasks.legal':
    'You have no cases to verify: as a legal-network partner you receive leads and choose whether to quote, so nothing waits in Pending Verification for you.',
  'cases3.tasks.none': 'You have no cases waiting for verification.',
  'cases3.tasks.count':
    '{count, plural, one {# case} other {# cases}} waiting for you to verify (oldest first):',
  'cases3.tasks.item':
    '• Case {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { The creditor answered your request for more information: read the answer first.} other {}} Accept ("accept {caseId}"), decline with a reason ("decline {caseId}, <reason>") or request more information ("request info on {caseId}").',
  'cases3.tasks.wait':
    'waiting {under, select, yes {less than 1 business day} other {{days, plural, one {# business day} other {# business days}}}}{late, select, yes { (overdue)} other {}}',
  'cases3.tasks.waiting': "Waiting for the creditor's answer to your request for more information: {cases}.",
  'cases3.tasks.case': 'case {caseId}',
  'cases3.tasks.speed':
    'Your responsiveness: a median of {median} business days to verify a case, over {count, plural, one {# case} other {# cases}} in the last {window} days.',
  'cases3.tasks.speed.none': 'Your responsiveness: no case verified in the last {window} days yet.',
  'cases3.list.none': 'You have no {status, select, any {cases} other {{status} cases}}.',
  'cases3.list.head':
    'Your {status, select, any {cases} other {{status} cases}} ({count}{full, select, yes {, most recent first} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'No declines are waiting for manual review.',
  'cases3.reviews.head': 'Declines waiting for manual review ({count}):',
  'cases3.reviews.item': '• case {caseId}: "{reason}"',
  'cases3.review.plan': 'Record the decline of case {caseId} ("{reason}") as *{category}*.',
  'cases3.review.effect': 'The manual review is closed and the declining partner is told the category.',
  'cases3.review.done': 'The decline of case {caseId} is recorded as {category}.',
  'cases3.review.none': 'Case {caseId} has no decline waiting for a manual review.',
  'cases3.answer.plan': 'Send your answer on case {caseId} to the partner.',
  'cases3.answer.effect': 'The case goes back to Pending Verification, and the partner is told.',
  'cases3.answer.done': 'Thanks. Case {caseId} is back with the partner for verification.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} closed case {caseId} ({debtorName}) as {code}.{payout, select, yes { {total} was recovered: {creditorAmount} is paid out to you.} other {}}{hasComment, select, yes { Comment: {comment}} other {}}',
  'notices4.closecode_suggestion':
    'Case {caseId} was closed as Other by {partnerName} with the comment "{comment}". Suggested code: {code}.',
  'notices4.no_quote_alert':
    'Case {caseId} ({creditorName}, debtor {debtorName}) was declined on {day} and has had no quote in {days} business days (lead {leadId}). Decline reason: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Lead: {leadState}; {invited, plural, one {# partner} other {# partners}} invited ({declinedToQuote} declined to quote, {waiting} not answered); 0 quotes so far; quote window {window}. The creditor has been told to contact support. Please follow up with the creditor.',
  'notices4.no_quote_alert.uncategorised': 'not categorised (manual review by support)',
  'notices4.no_quote_alert.no_decline': 'no decline on record',
  'notices4.lead_state':
    '{state, select, open {Open} qualified {Qualified} winner {closed (Winner)} pullback {closed (Pullback)} expired {closed (Expired)} declined_options {closed (Declined Options)} other {Closed}}',
  'notices4.window.ended': 'ended {day} {time} UTC',
  'notices4.window.ends': 'ends {day} {time} UTC',
  'notices4.window.none': 'not started (the lead is not qualified yet)',
  'notices4.decline_reviewed':
    'Support reviewed your decline of case {caseId} ("{reason}") and recorded it as {category}.',
  'notices4.info_answered':
    'The information you asked for on case {caseId} ({debtorName}) has arrived: {answer} The case is back in Pending Verification: accept, decline or offer custom terms.',
  'notices4.period_ended_partner':
    'The collection period of case {caseId} ended on {day}. If the creditor withdraws it now, the case closes at once. When all pre-legal efforts are exhausted, close it as Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'the debtor (private person)',
  'subject.case.closed': 'closed',
  'subject.case.info_answered': 'your question was answered',
  'subject.decline.reviewed': 'decline reviewed',
  'subject.case.collection_period_ended': 'collection period ended',
  'support4.user_unknown': 'There is no platform user "{ref}".',
  'support4.identity.already': '{account} is already linked to {name}.',
  'support4.identity.taken':
    '{account} is linked to {known, select, yes {{name} ({handle})} other {another user}}; unlink it first ("unlink {account}").',
  'support4.identity.plan': 'Link {account} to {name}{hasOrg, select, yes { at {org}} other {}}?',
  'support4.identity.plan.effect':
    'Whoever uses that account is then {name} ({handle}, {role, select, support {support} partner {partner} creditor {creditor} other {{role}}}) to the assistant.',
  'support4.identity.linked': 'Linked {account} to {name}.',
  'support4.identity.not_linked': '{account} is not linked to anyone.',
  'support4.identity.unlink_plan': 'Unlink {account} from {name}?',
  'support4.identity.unlink_effect': 'They will no longer be able to use the assistant from that account.',
  'support4.identity.unlinked': 'Unlinked {account} from {name}.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': '{who} has no linked chat account.',
  'support4.identity.list': '{who} is linked to: {accounts}.',
  'support4.link_code':
    'Link code for {name} ({handle}): *{code}*, valid once for {hours} hours. Give it to them privately; they say `link {code}` to the bot.',
  'support4.ask.person': 'Whom do you mean? Name them by handle or e-mail address.',
  'support4.ask.account':
    'Which chat account? Write it as "slack T123/U456", "teams <tenant>/<user id>" or "console <handle>".',
  'support4.ask.notice': 'Which notice? Give its number, e.g. "requeue notice 42".',
  'support4.ask.channel': 'Which channel? Say for example "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface':
    'Say whether it is a Slack or a Teams channel: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Only support can register or unregister a channel. Ask support to do it for your organisation.',
  'support4.channel.not_channel': 'That is not a channel: only channels and group chats can be registered.',
  'support4.channel.no_partner': 'There is no partner {id}.',
  'support4.channel.no_creditor': 'There is no creditor {id}.',
  'support4.channel.no_org': 'There is no partner or creditor called "{owner}".',
  'support4.channel.ambiguous': '"{owner}" could be {names}: please give the full name.',
  'support4.or': ' or ',
  'support4.channel.plan':
    "Register {surface} channel {channelId} as {support, select, yes {the support channel} other {{name}'s own channel}}?",
  'support4.channel.effect.support':
    "Case look-ups by support agents there are answered for everyone in it; anyone else's stay private.",
  'support4.channel.effect.org':
    "Case look-ups by that organisation's people there are answered for everyone in it; anyone else's stay private.",
  'support4.channel.unregister_plan': 'Unregister {surface} channel {channelId}?',
  'support4.channel.unregister_effect': 'Case look-ups there will be answered to the asker only.',
  'support4.channel.registered':
    "This channel is now registered as {support, select, yes {the support channel: case look-ups by support agents} other {{name}'s own channel: case look-ups by people of {name}}} are answered for everyone in it. Anyone else's stay visible to them only.",
  'support4.channel.unregistered':
    'This channel is no longer registered: case look-ups here are answered to the asker only.',
  'support4.channel.was_not':
    'This channel was not registered; case look-ups here are answered to the asker only.',
  'support4.parked.none': 'No notices are parked: every notice was delivered or is on its way.',
  'support4.parked.head': 'Parked notices ({total}), longest waiting first:',
  'support4.parked.line':
    '• notice {id}: "{subject}" to {type, select, channel {{name}} creditor {creditor {name}} partner {partner {name}} other {user {name}}}, parked since {when}: {reason}',
  'support4.parked.more': '…and {count} more (the longest waiting are shown).',
  'support4.parked.fix':
    'Fix the cause (link the person, add an e-mail address), then "requeue notice <number>".',
  'support4.parked.delivered':
    'Notice {id} was already delivered{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting': 'Notice {id} is not parked: it is waiting to be sent already.',
  'support4.parked.unknown': 'There is no notice {id}.',
  'support4.parked.plan': 'Send notice {id} ("{subject}") again?',
  'support4.parked.plan.why': 'It was parked because: {reason}.',
  'support4.parked.plan.no_reason': 'no reason recorded',
  'support4.parked.plan.effect':
    'The outbox tries it again now; the people it already reached are not sent it twice.',
  'support4.parked.done': 'Notice {id} ("{subject}") is queued again and will be sent shortly.',
  'support4.link.unknown':
    'That link code is not valid. Check it against the one you were given (codes look like K7MQ-3PXA), or ask support for a new one.',
  'support4.link.expired': 'That link code has expired. Please ask support for a new one.',
  'support4.link.used':
    'That link code was already used: each code links one account, once. Please ask support for a new one.',
  'support4.link.already_linked':
    'This chat account is already linked to a platform user, so the code was not used. Say "help" to see what I can do.',
  'support4.link.email_none': 'No platform user matches your e-mail.',
  'support4.link.email_already':
    'This chat account is already linked to a platform user. Say "help" to see what I can do.',
  'support4.link.done':
    'Done: this {surface} account is now linked to *{name}*{hasOrg, select, yes { at {org}} other {}}. Say "help" to see what I can do for you.',
  'support4.link.offer':
    'Hello! This {surface} account is not linked to the collection platform yet. Your e-mail belongs to *{name}*{hasOrg, select, yes { at {org}} other {}}: is that you? Say "yes" or press *{button}* to link it; if it isn\'t you, ignore this and ask support.',
  'support4.link.button': 'Link this account',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    'Which success fee do you propose for case {caseId}? Say e.g. "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    'A success fee of {pct}% is not possible; give a percentage above 0 and at most 100.',
  'chat4.terms.plan':
    'Offer custom terms on case {caseId}: a *{pct}%* success fee{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead': 'The case becomes a lead with your quote on it and goes to Collecting Quotes.',
  'chat4.terms.effect.told':
    '{who, select, managing {The managing partner} other {The creditor}} is told and picks a quote.',
  'chat4.terms.done':
    'Your {pct}% quote is on lead {leadId}; case {caseId} is Collecting Quotes and {who, select, managing {the managing partner} other {the creditor}} has been told.',
  'chat4.chat.nobody':
    'No collection partner is working case {caseId} now (it is {status}), so there is nobody to message in its case chat. {closed, select, yes {To resubmit it or ask about it, say "add information to case {caseId}: …" and support will see it.} other {To give the partners considering it more information, say "add information to case {caseId}: …".}}',
  'chat4.chat.empty': 'Please give the message for case {caseId}.',
  'chat4.chat.too_long':
    'That message is {length, number} characters long; a message on a case can be up to {max, number}. Please shorten it or send it in parts.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {managing partner} assigned_partner {collection partner} creditor {creditor} support {support} other {partner}})',
  'chat4.chat.notice':
    'Message on case {caseId} ({debtorName}) from {from}: “{text}” To answer, say "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …"; "messages on {caseId}" shows the case chat.',
  'chat4.chat.sent':
    'Sent to {name} on case {caseId}; they are told now. Say "messages on {caseId}" to see the case chat.',
  'chat4.chat.the_partner': 'the partner',
  'chat4.chat.title': 'Case {caseId}: chat',
  'chat4.chat.none': 'No messages on case {caseId} yet.',
  'chat4.chat.how':
    '{write, select, reply {To write, say "reply on {caseId}: …".} other {To write, say "message the partner on {caseId}: …".}}',
  'chat4.chat.head': 'Case chat of case {caseId} ({debtorName}), oldest first:',
  'chat4.chat.platform': 'The platform',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {added information: {hasText, select, yes {“{text}”} other {}}} request_info {asked for more information{hasText, select, yes {: “{text}”} other {}}} answer_info {answered the information request: {hasText, select, yes {“{text}”} other {}}} other {{hasText, select, yes {“{text}”} other {}}}}',
  'chat4.info.waiting':
    'The partner working case {caseId} is waiting for your answer: say "answer {caseId}: …" and the case goes back to them.',
  'chat4.info.has_partner':
    'A collection partner is working case {caseId} ({status}): write to them in the case chat with "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {The managing partner} other {The creditor}} ({name}) added information to case {caseId} ({debtorName}), {status}: “{text}”{next, select, closed { The case is closed after a decline: they may want it resubmitted.} told { The {count, plural, one {partner} other {# partners}} considering its lead {count, plural, one {was} other {were}} told.} other { No partner is considering it now.}}',
  'chat4.info.partner':
    '{who, select, managing {The managing partner} other {The creditor}} added information to case {caseId} ({debtorName}), whose lead you are on: “{text}” "status {caseId}" shows the case.',
  'chat4.info.done':
    'Added to case {caseId}: {count, plural, =0 {support has been told} one {support and the partner considering it has been told} other {support and the # partners considering it have been told}}.{closed, select, yes { The case is closed; support will get back to you about resubmitting it.} other {}} Say "messages on {caseId}" to see it on the case.',
  'chat4.engine.confirm_title': 'Please confirm',
  'chat4.engine.sure_title': 'Are you sure?',
  'chat4.engine.confirm_desc': 'Confirm: {action}',
  'chat4.engine.cancel_desc': 'Cancel: do not {action}',
  'chat4.engine.choose_desc': 'Choose {label}{caseId, select, none {} other { for case {caseId}}}',
  'chat4.engine.form_choice_desc': '{form} as {label}',
  'chat4.engine.settled': '{outcome} by {name}',
  'chat4.engine.settled_at': 'at',
  'chat4.engine.too_long':
    'That message is too long for me: I read requests of up to {max, number} characters. Please send the request on its own, with a short reason.',
  'chat4.engine.late':
    'The question "{n}" would answer ({question}?) {used, select, yes {was already answered or cancelled} other {has expired}}, so nothing was chosen and nothing was changed.{example}',
  'chat4.engine.late.earlier': 'an earlier question',
  'chat4.engine.late.quote':
    'To choose a quote, say for example "go with quote {quoteId} on case {caseId}", or "quotes on {caseId}" to see them again.',
  'chat4.engine.quote_choice':
    'Quote {quoteId}: {partnerName}, {pct}%{fixed, select, yes { + {fee} fixed} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {accept case} case_decline {decline case} case_request_info {request information on case} case_offer_terms {offer terms on case} case_close {close case} payment_register {register a payment on case} quote_select {select a quote on case} quote_submit {submit a quote on case} lead_pullback {pull back case} case_withdraw {withdraw case} quote_decline {decline to quote on case} decline_resolve {resolve the decline of case} case_answer_info {answer the information request on case} case_submit {submit a new case} other {{name} on case}}{caseId, select, none {} other { {caseId}}}',
  'chat4.action.done':
    '{action, select, case_accept {Accepted} case_decline {Declined} case_request_info {Information requested} case_offer_terms {Terms offered} case_close {Closed} payment_register {Payment registered} quote_select {Quote selected} quote_submit {Quote submitted} lead_pullback {Pulled back} case_withdraw {Withdrawn} quote_decline {Declined to quote} decline_resolve {Decline resolved} case_answer_info {Answered} case_submit {Submitted} cancelled {Cancelled} chosen {Chosen} refused {Not carried out: refused when confirmed} other {Confirmed}}',
  'chat4.form.decline': '{caseId, select, none {Decline a case} other {Decline case {caseId}}}',
  'chat4.form.close': '{caseId, select, none {Close a case} other {Close case {caseId}}}',
  'chat4.form.submit_case': 'Submit a case',
  'chat4.busy':
    "I'm handling a lot of requests right now and couldn't take this one; nothing was changed. Please try again shortly.",
  'chat4.rate_limited': "You're sending messages faster than I can handle; please wait a moment.",
  'chat4.gave_up':
    'Sorry, I could not finish that because of a problem on our side. Please try again in a minute; if it keeps happening, tell support.',
  'chat4.home.header': 'Your cases',
  'chat4.home.nothing': 'Nothing is waiting for you.',
  'chat4.home.how_to':
    'Message me here, mention me in a channel, or use `/case`: `/case 123` shows a case, `/case decline 123 <reason>` declines it, `/case close 123` opens the close form, `/case help` lists everything.',
  'chat4.home.submit_button': 'Submit a case for a client',
  'chat4.home.not_linked': 'Not linked yet',
  'chat4.home.waiting': 'Waiting for you',
  'chat4.home.waiting.none': 'Nothing is waiting for you right now.',
  'chat4.home.responsiveness': 'Your responsiveness',
  'chat4.home.more': '…and {count} more',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {the creditor answered your request for more information; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {verify it: accept, decline, ask for more information or offer custom terms} paused {the client withdrew: close it with a close code} details {the partner asked for more information: answer it} other {quotes are being collected: compare them and choose a partner}}',
  'chat4.link.not_linked':
    'Hello! Your {surface, select, slack {Slack} teams {Microsoft Teams} other {console}} account is not linked to a user of the collection platform yet, so I can\'t show or change any case for you. Please ask support to link your {surface, select, slack {Slack} teams {Microsoft Teams} other {console}} account to your platform user; once that is done, say "help" to see what I can do.',
  'chat4.link.code_hint':
    'If support gave you a link code, say "link" followed by the code, e.g. "link K7MQ-3PXA".',
  'chat4.title.case': 'Case {caseId}',
  'chat4.title.tasks': 'Your tasks',
  'chat4.submit.open':
    "Let's submit a case for your client: fill in the form (client, debtor, claim, documents). I'll show the success fee and what happens before anything is submitted.",
  'chat4.submit.not_partner':
    'Submitting a case from chat is for managing partners. Creditors submit cases on the platform.',
  'chat4.form.again': "I couldn't use that form, nothing was changed: {problems} Please fill it in again.",
  'chat4.link.too_many':
    'Too many wrong link codes were tried from this account. Please wait an hour and try again, or ask support to link your account.',
  'chat4.link.paused':
    'Too many wrong link codes were tried in the last hour, so linking by code is paused for a while. Please try again later, or ask support to link your account.',
  'chat4.engine.invalid_choice':
    'That is not one of the options I offered, so nothing was changed. Pick one of the buttons, or answer in words.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    "Case {caseId} is still in its pre-legal collection period (until {until}), so it can't go to legal yet. It can be escalated once the period has ended, or once the partner closes it as Pre-Legal Exhausted.",
  'refusals4.escalate.no_period':
    "Case {caseId} has no pre-legal collection period that has ended, so it can't go to legal from chat. Contact Debitura support about it.",
  'refusals4.escalate.window_passed':
    'Case {caseId} was closed as Pre-Legal Exhausted on {closedOn}, more than {days} days ago, so it can no longer be escalated from chat. Contact Debitura support to take it further.',
  'refusals4.escalate.closed_as':
    "Case {caseId} is closed as {label}, so it can't go to legal: only a case closed as Pre-Legal Exhausted (within {days} days) or an Active case whose collection period has ended can.",
  'refusals4.escalate.already':
    'Case {caseId} is already escalated to legal: the legal network is quoting on it. Say "quotes on {caseId}" to see the quotes.',
  'refusals4.escalate.status':
    'Case {caseId} is {status}, so it can\'t be escalated to legal.{instead, select, collecting_quotes { It is collecting quotes already; say "quotes on {caseId}" to see them.} paused { It is paused after a withdrawal; the partner closes it now.} other { Pre-legal collection has not started on it yet.}}',
  'refusals4.escalate.can':
    'Case {caseId} can be escalated to legal now: its pre-legal collection is over. Say "escalate {caseId} to legal" to open a lead for the legal network.',
  'refusals4.escalate.plan': 'Escalate case {caseId} ({debtorName}) to legal?',
  'refusals4.escalate.plan.ends':
    "{named, select, yes {{partnerName}} other {The partner}}'s pre-legal assignment ends as Pre-Legal Exhausted, and it is told to stop collection.",
  'refusals4.escalate.plan.reopens':
    'The case was closed as Pre-Legal Exhausted; it reopens for legal action.',
  'refusals4.escalate.plan.lead':
    'A lead opens for the legal network: partners covering {country}{named, select, yes { (not {partnerName})} other {}} are invited to quote.',
  'refusals4.escalate.plan.collecting': 'The case is Collecting Quotes until you choose one of the quotes.',
  'refusals4.sub.file':
    'A claim of {usd} (over 10,000 USD) needs a file: attach the original invoice, contract or other supporting document.',
  'refusals4.sub.file_or_description':
    'A claim of {usd} (2,000–10,000 USD) needs a file or a description: attach the invoice, or describe the claim.',
  'refusals4.sub.no_rate':
    "The platform has no exchange rate for {currency}. Give the claim's USD equivalent as well, or submit it in USD or EUR.",
  'refusals4.sub.usd_too_large':
    '{amount} is about {huge, select, yes {USD 1e15 or more} other {{usd}}}, more than the platform can record (claims go up to the equivalent of USD 999,999,999,999.99). Check the amount.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {I don\'t know the country "{text}". } other {}}Give your client\'s country as a name or two letters, e.g. Denmark or DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {I don\'t know the country "{text}". } other {}}Give the debtor\'s country as a name or two letters, e.g. Germany or DE.',
  'refusals4.sub.debtor_type': 'The debtor must be a company or a person.',
  'refusals4.sub.claim_type':
    'Partner-submitted cases can only be an Unpaid Invoice or a Loan Repayment, not "{wanted}".',
  'refusals4.sub.api_claim_type':
    'Cases submitted through the API are always Unpaid Invoice. Submit a Loan Repayment through the form instead.',
  'refusals4.sub.disputed':
    'Only undisputed debts can be submitted: a disputed claim needs legal action, not pre-legal collection.',
  'refusals4.sub.amount_zero': 'The claim amount must be more than 0.',
  'refusals4.sub.amount_number': 'Please give the amount owed as a number, e.g. 12500, 4.800,00 or 4,800.00.',
  'refusals4.sub.debt_date':
    'Give the date the debt fell due as day, month and year, e.g. 30/06/2026, 30.06.2026 or 2026-06-30.',
  'refusals4.sub.partners_only':
    'Only a collection partner can submit a case for its client. Creditors create cases in the portal.',
  'refusals4.sub.client_name':
    "Give your client's company name and country (two letters, e.g. DK). If the debt is owed to you, give your own company name.",
  'refusals4.sub.debtor_name': "Give the debtor's name and country (two letters, e.g. DE).",
  'refusals4.sub.own_jurisdiction':
    'Your organisation covers {country}{hasRegion, select, yes { ({region})} other {}} itself, so the case would be routed back to you. Collect it yourself instead of submitting it.',
  'refusals4.fee.future_date':
    'The debt date is in the future. Give the date the debt fell due (e.g. the invoice due date).',
  'refusals4.sdca':
    "{partnerName} has not signed the Standard Debt Collection Agreement (SDCA) yet, so you can't act on cases. Sign it at {link}, then try again.",
  'refusals4.give': 'Please give {what}.',
  'refusals4.give.other_comment': 'a comment saying why case {caseId} closes as Other',
  'refusals4.give.decline_reason': 'a reason for declining (for example "the debtor is bankrupt")',
  'refusals4.give.info_answer': 'the information the partner asked for on case {caseId}',
  'refusals4.close.no_payment':
    "Case {caseId} has no registered payment, so it can't close as {label}. Register the payment first, then close it.",
  'refusals4.close.prelegal_early':
    "Case {caseId}'s collection period runs until {until}. Pre-Legal Exhausted is meant for when all reasonable pre-legal attempts are done, typically after the 6-month period. Close it as Pre-Legal Exhausted anyway?",
  'refusals4.case.already':
    'Case {caseId} was already {done}: it is {status}, so it can no longer be {verb}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    "Case {caseId} is {status}, so it {can, select, not_yet {can't be {verb} yet} cannot {can't be {verb}} other {can no longer be {verb}}}.{hasAdvice, select, yes { {advice}} other {}}",
  'refusals4.case.verb.accept': 'accepted',
  'refusals4.case.verb.decline': 'declined',
  'refusals4.case.verb.request_info': 'sent back for more information',
  'refusals4.case.verb.offer_terms': 'offered custom terms',
  'refusals4.case.verb.answer_info': 'answered',
  'refusals4.case.verb.register_payment': 'given a payment',
  'refusals4.case.verb.close': 'closed',
  'refusals4.case.verb.withdraw': 'withdrawn',
  'refusals4.case.done.accepted': 'accepted',
  'refusals4.case.done.declined': 'declined',
  'refusals4.case.done.closed': 'closed',
  'refusals4.case.done.withdrawn': 'withdrawn',
  'refusals4.case.done.offered_terms': 'offered custom terms',
  'refusals4.case.done.sent_back': 'sent back for more information',
  'refusals4.case.advice.closed': 'Closed cases cannot be changed.',
  'refusals4.case.advice.close_it': 'To stop working on it, close it with a close code.',
  'refusals4.case.advice.with_network': 'It is with the partner network for quotes now.',
  'refusals4.case.advice.verify_first': 'Accept or decline it first.',
  'refusals4.case.advice.waiting_quotes': 'It is waiting for quotes; the creditor can pull the lead back.',
  'refusals4.case.advice.paused': 'It is already paused after a withdrawal; the partner closes it now.',
  'refusals4.case.advice.pull_back': 'To stop it, pull back the lead instead.',
  'refusals4.case.advice.nobody_waiting': 'Nobody is waiting for more information on it.',
  'refusals4.case.not_a_number': 'That is not a case number: case numbers go up to {max}.',
  'refusals4.case.give_number': 'Please give a case number.',
  'refusals4.money.not_amount': '"{amount}" is not an amount of money.',
  'refusals4.money.not_amount_that': 'That is not an amount of money.',
  'refusals4.money.decimals': '{amount} has more than two decimals; give the amount in cents at most.',
  'refusals4.money.negative':
    "An amount can't be negative: give it without a minus sign, e.g. 5000 (to correct a payment, contact Debitura support).",
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {That amount}} is more than I can record: amounts go up to {max}.',
  'refusals4.money.krone':
    '"kr" can be Danish, Swedish, Norwegian or Icelandic krone, and case {caseId} is in {currency}, so I can\'t tell which currency you mean. Give the amount in {currency}, e.g. "1,200 {currency}" (convert it first if it was paid in another currency).',
  'refusals4.money.not_rate': '"{rate}" is not a rate.',
  'refusals4.money.rate_over': 'A rate of {rate} is more than 100%.',
  'refusals4.perm.on_behalf_only':
    'The creditor of case {caseId} has users of its own, so it takes this decision itself. Support can {act} only for a client a managing partner submitted, whose own access is read-only.',
  'refusals4.perm.legal_network':
    "Legal-network partners don't {what} cases: you receive leads and choose whether to quote. If you don't want case {caseId}, simply don't quote on it.",
  'refusals4.perm.legal_network.verify': 'verify',
  'refusals4.perm.legal_network.accept': 'accept',
  'refusals4.perm.legal_network.decline': 'decline',
  'refusals4.perm.legal_network.offer_terms': 'offer custom terms on',
  'refusals4.perm.support_only': 'Only a support agent can {what}.',
  'refusals4.perm.support_only.link_codes': 'issue link codes',
  'refusals4.perm.support_only.link': 'link chat accounts',
  'refusals4.perm.support_only.unlink': 'unlink chat accounts',
  'refusals4.perm.support_only.see_accounts': "see people's chat accounts",
  'refusals4.perm.support_only.see_reviews': 'see the declines waiting for manual review',
  'refusals4.perm.support_only.resolve_review': 'resolve a decline that needs manual review',
  'refusals4.perm.support_only.see_parked': 'see the notices nobody could receive',
  'refusals4.perm.support_only.requeue': 'requeue a notice',
  'refusals4.perm.settings.partner':
    "Network sharing is a creditor's own account setting: only the creditor's users (or Debitura support) can see or change it.",
  'refusals4.perm.settings.other': "You can only see or change your own organisation's account settings.",
  'refusals4.sharing.which':
    'Which creditor? Name it, e.g. "is network sharing on for Acme ApS?" or "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Several creditors are called "{said}": {names}. Which one do you mean?',
  'refusals4.sharing.no_creditor': 'There is no creditor called "{said}" on the platform.',
  'refusals4.sharing.no_creditor_id': 'There is no creditor {creditorId}.',
  'refusals4.sharing.already':
    'Network sharing is already {on, select, yes {on} other {off}} for {creditorName}: nothing to change.',
  'refusals4.sharing.plan': 'Turn network sharing *{on, select, yes {on} other {off}}* for {creditorName}?',
  'refusals4.sharing.plan.from_now': 'From now on, {meaning}.',
  'refusals4.sharing.plan.past': 'Cases declined before the change stay as they are.',
  'refusals4.sharing.plan.told': "{creditorName}'s users are told about the change.",
  'refusals4.org_unknown': 'Your organisation is not known to the platform.',
  'refusals4.partner_unknown': 'Your partner organisation is not known to the platform.',
  'refusals4.commission.partners_only':
    'Only a collection partner can open a commission case, for a success fee a creditor owes it.',
  'refusals4.commission.partners_only_prefill':
    'Only a collection partner can open a commission case for a fee owed to it.',
  'refusals4.commission.which':
    'Which creditor owes you the success fee? Say for example "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor': 'There is no creditor called "{said}" on the platform. Check the name.',
  'refusals4.commission.no_creditor_id': "There is no creditor {creditorId}. Check the creditor's id.",
  'refusals4.commission.several':
    'Several creditors\' names start with "{said}": {names}. Which one owes you the fee?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} is in {country}, a jurisdiction your organisation covers itself, so a commission case against it would be routed back to you: commission cases follow the same own-jurisdiction rule as every submission. Contact Debitura support about collecting the fee.',
  'refusals4.commission.already':
    'You already opened commission case {caseId} against {creditorName} for this fee. Say "status {caseId}" to follow it.',
  'refusals4.commission.nothing_owed':
    "{creditorName} owes your organisation no success fee{onCase, select, yes { on case {caseId}} other {}} on the platform's records, so there is nothing to prefill.",
  'refusals4.commission.currencies':
    'The fees {creditorName} owes are in several currencies ({currencies}); submit one commission case per currency.',
  'refusals4.commission.file_hint':
    '{refusal} Open the submission form ("submit a case") to attach it; the commission comment goes in the description.',
  'refusals4.commission.plan': 'Open a commission case against {creditorName} for {amount} (Unpaid Invoice)?',
  'refusals4.commission.plan.prefilled':
    'Prefilled: debtor {creditorName} (company, {country}); your organisation {clientName} is the client; comment: "{comment}"',
  'refusals4.commission.done':
    'Commission case {caseId} against {creditorName} for {amount} is opened. {submitted}',
  'refusals4.quotes.not_yours':
    "Case {caseId} is not one of your cases and your organisation was not invited to quote on it, so you can't see its quotes.",
  'refusals4.lead.no_case': 'There is no case {caseId}. Check the case number and try again.',
  'refusals4.lead.none':
    'Case {caseId} has no lead, so there are no quotes on it. Quotes are only collected after a decline, custom terms or when no exclusive partner covers a case.',
  'refusals4.lead.case_missing': 'Case {caseId} does not exist.',
  'refusals4.route.support_only': 'Only support (or the platform itself) can route case {caseId}.',
  'refusals4.route.again':
    'Case {caseId} is already with a partner or in another state, so it cannot be routed again.',
  'refusals4.due_today.support_only':
    'What the platform has scheduled today is for support agents. For your own cases, ask "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'select a quote on a case',
  'refusals4.submit.plan':
    'Submit {claimType, select, unpaid_invoice {an unpaid invoice} other {a loan repayment}} of {amount} against {debtorName} ({country}) for {clientName}, at a success fee of {pct}%.',
  'refusals4.submit.plan.fee': 'Success fee {pct}%: {explained}. The SDCA is the binding source.',
  'refusals4.fee.explanation':
    '{pct}% ({region}, {upTo, select, yes {claims up to {max}} other {larger claims}}){surcharge, select, yes { + {add} points for a debt {months} months old} other {}}',
  'refusals4.submit.plan.documents':
    'Documents: {need, select, none {no documents needed (under 2,000 USD)} file_or_description {a file or a description (2,000–10,000 USD)} other {a file (over 10,000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} receives it in Pending Verification.',
  'refusals4.submit.plan.network': 'No exclusive partner covers it: it goes to the legal network for quotes.',
  'refusals4.submit.plan.client':
    '{clientName} is kept as your client (name and country only); you follow the case read-only.',
  'refusals4.submit.done':
    'Case {caseId} is submitted for {clientName} at a {pct}% success fee{exclusive, select, yes { and is with {partnerName} for verification.} other {; no exclusive partner covers it, so the legal network is quoting on it.}}',
  'refusals4.close.register_first':
    "Case {caseId} has no registered payment yet, so I'll register it and close the case in one step.",
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': "Your client's company name",
  'forms.label.clientCountry': "Your client's country",
  'forms.hint.clientCountry': 'a name or two letters, e.g. Germany or DE',
  'forms.label.debtorName': 'Debtor name',
  'forms.label.debtorType': 'Debtor type',
  'forms.option.company': 'Company',
  'forms.option.person': 'Person',
  'forms.label.debtorCountry': "Debtor's country",
  'forms.hint.debtorCountry': 'a name or two letters, e.g. Denmark or DK',
  'forms.label.debtorRegion': "Debtor's region",
  'forms.label.claimType': 'Claim type',
  'forms.option.unpaid_invoice': 'Unpaid invoice',
  'forms.option.loan_repayment': 'Loan repayment',
  'forms.label.principal': 'Amount owed',
  'forms.hint.principal': 'e.g. 12500, 4.800,00 or 4,800.00',
  'forms.label.currency': 'Currency',
  'forms.hint.currency': 'e.g. EUR',
  'forms.label.debtDate': 'Date the debt fell due',
  'forms.hint.debtDate': 'e.g. 30/06/2026 or 2026-06-30',
  'forms.label.disputed': 'Does the debtor dispute the claim?',
  'forms.option.no': 'No',
  'forms.option.yes': 'Yes',
  'forms.label.documentName': 'Document (file name)',
  'forms.hint.documentName': 'needed over 10,000 USD; from 2,000 USD a file or a description',
  'forms.label.description': 'Description of the claim',
  'forms.submit': 'Continue',
  'forms.cancel': 'Cancel',
  'forms.modal.submit_case': 'Submit a case',
  'forms.document_rule':
    'Documents by claim value (USD equivalent): under 2,000 none needed; 2,000–10,000 a file or a description; over 10,000 a file.',
  'forms.submit_case_note':
    'Only undisputed cases, outside the jurisdictions you cover yourself. The success fee is shown for you to confirm before the case is submitted.',
  'forms.open_form': 'Open the form: {title}',
  'forms.continue_to': 'Continue: {title}',
  'forms.needed': '{label} is needed.',
  'forms.problem.too_long': '{label} is too long (200 characters at most).',
  'forms.problem.pick_one': '{label}: pick one of {options}.',
  'forms.problem.principal': 'The amount owed should be a positive number, e.g. 12500, 4.800,00 or 4,800.00.',
  'forms.problem.paymentAmount':
    'The amount recovered should be a positive number, e.g. 1200, 1.200,50 or 1,200.50.',
  'forms.problem.paymentCurrency': 'The currency should be a three-letter code, e.g. EUR.',
  'forms.problem.description': 'The description is too long (2,000 characters at most).',
  'forms.case_number': 'Case number',
  'forms.case_placeholder': 'e.g. 123',
  'forms.modal.decline': 'Decline case',
  'forms.modal.close': 'Close case',
  'forms.decline.reason': 'Why are you declining?',
  'forms.decline.hint':
    'A specific, factual reason, e.g. "the debtor was declared bankrupt in May". The creditor is told in professional words; you confirm before anything happens.',
  'forms.decline.placeholder': 'A specific, factual reason',
  'forms.close.code': 'Close code',
  'forms.close.choose': 'Choose the outcome',
  'forms.close.comment': 'Comment',
  'forms.close.comment_hint': 'Required for "Other"; recommended for every close.',
  'forms.close.amount': 'Amount recovered',
  'forms.close.amount_hint':
    'Only for Paid or Partially paid: the payment is registered before the case is closed.',
  'forms.close.currency': 'Currency of the payment',
  'forms.close.currency_placeholder': "e.g. EUR (the case's currency when empty)",
  'forms.close.comment_teams': 'Comment (required for Other)',
  'forms.close.amount_teams': 'Amount recovered (Paid / Partially paid)',
  'forms.group.success': 'Success',
  'forms.group.partner_decline': 'Partner decline',
  'forms.group.client_decision': 'Client decision',
  'forms.group.process_completion': 'Process completion',
  'forms.group.fallback': 'Fallback',
  'forms.krone_why':
    '"kr" can be Danish, Swedish, Norwegian or Icelandic krone, and case {caseId} is in {currency}, so I can\'t tell which currency you mean.',
} as const;

export type MessageKey = keyof typeof en;
