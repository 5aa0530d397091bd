import type { Translations } from '../messages.ts';

// Spanish (español). Formal business Spanish ("usted"); the platform's own terms ("Collecting Quotes") and
// the commands people type in English, quoted.

export const es: Translations = {
  'decline.letter':
    'Estimado/a {creditorName}:\n\nEl socio de cobro asignado al expediente #{caseId} (deudor: {debtorName}) ha rechazado el expediente. {why}\n\n{next}\n\nSi tiene alguna pregunta sobre este rechazo, responda a este mensaje o póngase en contacto con el servicio de asistencia de Debitura indicando la referencia de su expediente #{caseId}.\n\nAtentamente,\nDebitura',
  'decline.letter.managed':
    'Estimado/a {recipientName}:\n\nEl socio de cobro asignado al expediente #{caseId}, que usted presentó en nombre de su cliente {clientName} (deudor: {debtorName}), ha rechazado el expediente. {why}\n\n{next}\n\nSi tiene alguna pregunta sobre este rechazo, responda a este mensaje o póngase en contacto con el servicio de asistencia de Debitura indicando la referencia de su expediente #{caseId}.\n\nAtentamente,\nDebitura',
  'decline.fallback.creditor': 'cliente',
  'decline.fallback.partner': 'socio',
  'decline.fallback.client': 'su cliente',
  'decline.fallback.debtor': 'el deudor',
  'decline.why.below_minimum':
    'Motivo: el importe de la reclamación es inferior al umbral mínimo del socio (normalmente el equivalente a USD 100,00 para el cobro extrajudicial).',
  'decline.why.conflict_of_interest':
    'Motivo: el socio tiene un conflicto de intereses (por ejemplo, ya actúa en nombre del deudor) que le impide aceptar el expediente.',
  'decline.why.custom_terms_requested':
    'Motivo: el expediente requiere condiciones no estándar que el socio no puede ofrecer en el marco del acuerdo estándar.',
  'decline.why.duplicate': 'Motivo: este expediente ya se había enviado al socio.',
  'decline.why.fraud_risk':
    'Motivo: el socio ha detectado indicios de que la reclamación puede conllevar un riesgo de fraude o estafa.',
  'decline.why.insolvency_or_ceased':
    'Motivo: el deudor parece estar en quiebra, haber fallecido o haberse disuelto.',
  'decline.why.misclassified_not_prelegal':
    'Motivo: la reclamación parece estar impugnada o requerir acciones judiciales en lugar de un cobro extrajudicial.',
  'decline.why.missing_information':
    'Motivo: sigue faltando información esencial para continuar, a pesar de haberse solicitado. Disponer de los datos completos del deudor y de la documentación justificativa (factura, contrato) ayuda al siguiente socio a empezar con rapidez.',
  'decline.why.out_of_jurisdiction':
    'Motivo: el deudor se encuentra fuera del área geográfica que cubre el socio.',
  'decline.why.regulatory_restriction':
    'Motivo: el socio no dispone de licencia ni autorización para cobrar deudas en la jurisdicción del deudor.',
  'decline.why.sanctions_legal_block':
    'Motivo: sanciones u otra restricción legal impiden al socio trabajar en este expediente.',
  'decline.why.time_barred':
    'Motivo: la deuda parece haber prescrito y es posible que ya no pueda cobrarse por vía legal.',
  'decline.why.untraceable_debtor':
    'Motivo: el socio no ha podido verificar ni localizar la dirección o los datos de contacto del deudor.',
  'decline.why.manual_review':
    'Nuestro equipo está revisando el motivo indicado por el socio y nos pondremos en contacto con usted si fuera necesario.',
  'decline.next.network':
    'Próximos pasos: su expediente se ha compartido con nuestra red de socios y se está invitando a otros socios de cobro cualificados a presentar ofertas. El estado del expediente es "Collecting Quotes" y se le avisará en cuanto haya ofertas listas para su revisión.',
  'decline.next.no_partners':
    'Próximos pasos: el expediente debe compartirse con nuestra red de socios, pero actualmente ningún otro socio de cobro lo cubre, por lo que todavía no se ha invitado a ningún socio. Nuestro equipo de asistencia ya está informado y está buscando un socio adecuado; nos pondremos en contacto con usted en cuanto haya novedades. Mientras tanto, el estado del expediente es "Collecting Quotes".',
  'decline.next.closed':
    'Próximos pasos: dado que el uso compartido con la red de socios está desactivado para su cuenta, el expediente se ha cerrado y no se ofrecerá a otros socios. Si desea volver a presentar el expediente o estudiar otras opciones, póngase en contacto con el servicio de asistencia de Debitura.',

  'category.conflict_of_interest': 'Conflicto de intereses',
  'category.custom_terms_requested': 'Condiciones especiales solicitadas',
  'category.below_minimum': 'Por debajo del mínimo',
  'category.untraceable_debtor': 'Deudor ilocalizable',
  'category.out_of_jurisdiction': 'Fuera de la jurisdicción',
  'category.time_barred': 'Prescrita',
  'category.regulatory_restriction': 'Restricción normativa',
  'category.sanctions_legal_block': 'Sanciones o impedimento legal',
  'category.misclassified_not_prelegal': 'Mal clasificado',
  'category.insolvency_or_ceased': 'Insolvencia o cese',
  'category.duplicate': 'Duplicado',
  'category.missing_information': 'Falta información esencial',
  'category.fraud_risk': 'Riesgo de fraude',

  'lead.managed_next_step':
    'Usted solo tiene acceso de lectura al expediente {caseId}: para elegir una oferta o detener el expediente en nombre de su cliente, póngase en contacto con el servicio de asistencia de Debitura indicando la referencia #{caseId}.',
  'lead.quotes_ready': 'Hay ofertas disponibles para el expediente {caseId} ({debtorName}): {quotes}. {next}',
  'lead.quotes_ready.item': 'oferta {quoteId}: {partnerName}, {pct} %',
  'lead.quotes_ready.next':
    'Responda "go with quote <número> on case {caseId}" para elegir una, o "pull back case {caseId}" para detener el expediente.',
  'lead.quotes_ready.alert':
    'Lead {leadId} del expediente {caseId}: {count, plural, one {# oferta lista} other {# ofertas listas}} para el acreedor.',
  'lead.declined_options':
    'Ningún socio de cobro se ha interesado por el expediente {caseId} ({debtorName}): todos los socios invitados lo rechazaron o el plazo de ofertas terminó sin ninguna oferta. Puede ajustar las condiciones del expediente (una comisión de éxito más alta, más documentación) o probar otra vía, como las acciones judiciales. {next}',
  'lead.declined_options.next':
    'Pida al servicio de asistencia que reinicie el proceso o responda "pull back case {caseId}" para cerrar el expediente.',
  'lead.reminder':
    'Recordatorio: el expediente {caseId} tiene {count, plural, one {# oferta pendiente} other {# ofertas pendientes}} de su elección desde el {since}. {next}{last, select, yes { El lead vence ahora, {days} días después de que las ofertas estuvieran listas; aun así, podrá elegir una oferta más adelante.} other {}}',
  'lead.reminder.next': 'Escriba "quotes for case {caseId}" para compararlas y elegir una.',
  'lead.expired':
    'Las ofertas del expediente {caseId} ({debtorName}) han vencido: no se eligió ninguna oferta en un plazo de {days} días. {next}',
  'lead.expired.next':
    'Todavía puede elegir manualmente {count, plural, one {la oferta recibida} other {una de las # ofertas}} ("go with quote <número> on case {caseId}") o retirar el expediente.',
  'lead.no_quote_escalation':
    'El expediente {caseId} ({debtorName}) fue rechazado el {day}{reason, select, none {} other { ({reason})}} y no ha recibido ninguna oferta en {days} días hábiles. Póngase en contacto con el servicio de asistencia de Debitura e indique el número de referencia de su expediente (#{caseId}), el motivo de rechazo que recibió y cualquier otra información que considere relevante. Ya hemos informado al servicio de asistencia.',
  'notice.case_accepted':
    '{partnerName} ha aceptado el expediente {caseId} ({debtorName}) y ha comenzado el cobro. El periodo de cobro finaliza el {day}.',
  'reply.cancelled': 'Cancelado; no se ha modificado nada.',
  'reply.already_confirmed': 'Esto ya se había confirmado o cancelado; no se ha hecho nada más.',
  'reply.none':
    'No he reconocido ninguna solicitud que pueda gestionar. Escriba "help" para ver qué puede pedirme; cada cambio debe indicar un número de expediente.',
  'confirm.expires': 'Esta confirmación caduca en {duration}.',
  'confirm.button.confirm': 'Confirmar',
  'confirm.button.cancel': 'Cancelar',
  'duration.minutes': '{n, plural, one {# minuto} other {# minutos}}',
  'duration.hours': '{n, plural, one {# hora} other {# horas}}',
  'help.title': 'En qué puedo ayudarle',
  'help.intro': 'Hola, {name}. Puede escribir:',
  'help.outro':
    'Siempre le muestro lo que va a ocurrir y le pido confirmación antes de cambiar nada. Escriba *cancel* para descartar una pregunta.',
  'help.support_note':
    'Puede consultar cualquier expediente y recibe avisos de los rechazos que requieren una revisión manual.',
  'accept.plan': 'Aceptar el expediente {caseId} ({debtorName}) y comenzar el cobro.',
  'accept.plan.active': 'El expediente pasa a Active y el periodo de cobro de 6 meses finaliza el {day}.',
  'accept.plan.told': 'Se informará {who, select, managing {al socio gestor} other {al acreedor}}.',
  'accept.done':
    'El expediente {caseId} está Active. El periodo de cobro finaliza el {day}; se ha informado {who, select, managing {al socio gestor} other {al acreedor}}.',
  'language.set': 'A partir de ahora le respondo en español y sus notificaciones se redactan en español.',
  'language.unknown':
    'Puedo responder en inglés, danés, sueco, noruego, alemán, finés y español. ¿Qué idioma prefiere? Por ejemplo, "speak Spanish" o "language: es".',
  'email.greeting': 'Estimado/a {name}:',
  'email.footer':
    'Recibe este correo electrónico porque no está conectado a Debitura en Slack ni en Teams. Conecte su cuenta de chat para recibir allí las notificaciones.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: expediente {caseId} {what}}}',
  'subject.case.declined': 'rechazado por el socio',
  'subject.case.accepted': 'aceptado',
  'subject.lead.quotes_ready': 'ofertas listas para revisar',
  'subject.lead.reminder': 'recordatorio: elija una oferta',
  'subject.lead.expired': 'plazo de ofertas finalizado',
  'subject.lead.declined_options': 'qué ocurre tras el rechazo',
  'subject.lead.no_quote_escalation': 'sin ofertas: el servicio de asistencia se ocupa',
  'notice.info_requested':
    '{partnerName} necesita más información antes de poder empezar con el expediente {caseId} ({debtorName}): {question} Responda con los datos del expediente {caseId} y volverá al socio para su verificación.',
  'notice.period_ended':
    'El periodo de cobro de 6 meses del expediente {caseId} finalizó el {day}. El socio continúa hasta que cierre el expediente. {next}',
  'notice.period_ended.withdraw':
    'Si retira el expediente ahora, se cerrará de inmediato como Withdrawn by Client.',
  // --- Round 2: partners and support, escalation, network sharing
  'lead.invitation':
    'Nuevo lead {leadId}: expediente {caseId}, {debtorType, select, company {una empresa} person {un particular} other {{debtorType}}} como deudor en {where}, {claimType, select, unpaid_invoice {factura impagada} loan_repayment {devolución de préstamo} other {{claimType}}} por {amount}. Las ofertas se reciben hasta el {until} UTC. Responda "quote <porcentaje>% on case {caseId}" para enviar una oferta, o "no quote on case {caseId}" para no participar.',
  'lead.no_partners':
    'El lead {leadId} del expediente {caseId} (abierto {origin, select, decline {después de que el socio asignado lo rechazara} custom_terms {porque el socio asignado ofreció condiciones especiales} legal_escalation {para escalado judicial} other {porque ningún socio exclusivo lo cubre}}) no coincide con ningún socio en {country}. Busque socios para él manualmente.',
  'decline.needs_review':
    '{partnerName} rechazó el expediente {caseId} ({debtorName}) con un motivo que no encaja en ninguna categoría de rechazo: "{reason}". Revíselo y asigne la categoría (resuelva la revisión del expediente {caseId}).',
  'decline.needs_review.doubt':
    '{partnerName} rechazó el expediente {caseId} ({debtorName}) con el motivo "{reason}". {doubt} Al acreedor aún no se le ha dado ningún motivo. Revíselo y asigne la categoría (resuelva la revisión del expediente {caseId}).',
  'escalate.stop_for_legal':
    'El acreedor ha llevado el expediente {caseId} ({debtorName}) a la vía judicial tras el periodo de cobro extrajudicial. Su encargo termina como Pre-Legal Exhausted: detenga toda actividad de cobro. La red jurídica está enviando ofertas para él.',
  'escalate.done':
    'El expediente {caseId} se ha escalado a la vía judicial: {invited, plural, =0 {ningún socio de la red jurídica cubre {country} todavía, por lo que soporte está buscando uno (lead {leadId})} one {# socio de la red jurídica está invitado a enviar una oferta (lead {leadId})} other {# socios de la red jurídica están invitados a enviar una oferta (lead {leadId})}}{told, select, none {} other {; se ha pedido a {told} que detenga el cobro}}. Se le avisará cuando las ofertas estén listas.',
  'sharing.meaning':
    '{on, select, yes {cuando un socio rechaza uno de {whose, select, your {sus} other {sus}} expedientes, el expediente pasa a la red de socios para que otros socios puedan enviar ofertas} other {cuando un socio rechaza uno de {whose, select, your {sus} other {sus}} expedientes, el expediente se cierra}}',
  'sharing.status':
    'El uso compartido en red está *{on, select, yes {activado} other {desactivado}}* para {own, select, yes {su cuenta} other {{creditorName}}}: {meaning}. {own, select, yes {Diga "turn {on, select, yes {off} other {on}} network sharing" para cambiarlo.} other {Diga "turn {on, select, yes {off} other {on}} network sharing for {creditorName}" para cambiarlo.}}',
  'sharing.now':
    'El uso compartido en red está ahora {on, select, yes {activado} other {desactivado}} para {creditorName}. A partir de ahora: {meaning}. Los expedientes rechazados antes se quedan como están.',
  'sharing.changed_by_support':
    'El soporte de Debitura ha {on, select, yes {activado} other {desactivado}} el uso compartido en red para {creditorName}. A partir de ahora: {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Su oferta {quoteId} ({pct} %) para el expediente {caseId} ({debtorName}) ha sido seleccionada. El expediente se le ha asignado y está Active: puede empezar a trabajar de inmediato.',
  'quote.declined.other_partner':
    'Su oferta {quoteId} para el expediente {caseId} no ha sido seleccionada: el acreedor eligió a otro socio. No tiene que hacer nada más.',
  'quote.declined.pullback':
    'Su oferta {quoteId} para el expediente {caseId} no ha sido seleccionada: el acreedor decidió no seguir adelante con ninguna oferta. No tiene que hacer nada más.',
  'lead.withdrawn':
    'El acreedor ha retirado el lead del expediente {caseId}; ya no se necesita ninguna oferta.',
  'quote.selected_for_client':
    'El soporte de Debitura ha seleccionado la oferta {quoteId} de {partnerName} ({pct} % de comisión de éxito) para el expediente {caseId} ({debtorName}) en nombre de su cliente {clientName}. El expediente está ahora con {partnerName} y Active; puede seguirlo con "status {caseId}".',

  // --- Round 2 (cat2a): refusals, questions, declining a case ---
  'perm.act.view': 'verlo',
  'perm.act.accept': 'aceptarlo',
  'perm.act.decline': 'rechazarlo',
  'perm.act.request_info': 'solicitar más información sobre él',
  'perm.act.offer_terms': 'ofrecer condiciones especiales para él',
  'perm.act.register_payment': 'registrar un pago en él',
  'perm.act.close': 'cerrarlo',
  'perm.act.withdraw': 'retirarlo',
  'perm.act.answer_info': 'responder a su solicitud de información',
  'perm.act.select_quote': 'seleccionar una oferta para él',
  'perm.act.pullback': 'retirarlo',
  'perm.act.escalate': 'escalarlo',
  'perm.act.submit_quote': 'presentar una oferta para él',
  'perm.act.decline_to_quote': 'renunciar a su lead',
  'perm.act.resolve_review': 'resolver la revisión de su rechazo',
  'perm.act.message': 'escribir en su chat',
  'perm.act.read_messages': 'leer su chat',
  'perm.act.add_info': 'añadirle información',
  'perm.who.parties':
    'las partes del expediente {caseId} (el socio que lo gestiona y su acreedor o socio gestor)',
  'perm.who.assigned': 'el socio de cobro que gestiona el expediente {caseId}',
  'perm.who.creditor_or_managing': 'el acreedor del expediente {caseId} (o el socio gestor que lo presentó)',
  'perm.who.creditor': 'el acreedor del expediente {caseId}',
  'perm.who.lead': 'los socios invitados al lead del expediente {caseId}',
  'perm.who.support': 'un agente de soporte',
  'perm.only': 'Solo puede {act}: {who}.',
  'perm.refused.managing':
    'Usted presentó el expediente {caseId} en nombre de su cliente, por lo que solo tiene acceso de lectura: puede seguirlo (escriba "status {caseId}") y escribir al socio que lo gestiona en el chat del expediente (escriba "message the partner on {caseId}: …"), pero no puede {act}.{partnerWork, select, yes {} other { Para actuar en nombre de su cliente, contacte con el soporte de Debitura.}}',
  'perm.refused.creditor':
    '{only} Como acreedor, puede seguir el expediente {caseId}, responder a las preguntas del socio, retirarlo o elegir entre sus ofertas.',
  'perm.refused.assigned':
    '{only} Usted gestiona el expediente {caseId}: puede registrar pagos en él y cerrarlo con un código de cierre.',
  'perm.refused.lead':
    'El expediente {caseId} es un lead al que su organización fue invitada a presentar una oferta, no un expediente asignado a usted, por lo que no puede {act}{decline, select, yes {: los leads no se rechazan} other {}}. Para presentar una oferta, escriba "quote <percent>% on case {caseId}"; si no lo quiere, renuncie con "no quote on case {caseId}".',
  'perm.refused.former':
    'Su organización ya no tiene el expediente {caseId}, por lo que no puede {act}. Todavía puede consultar su estado.',
  'perm.refused.support':
    'El soporte puede leer el expediente {caseId} y resolver revisiones de rechazos, pero solo puede {act}: {who}.',
  'perm.refused.stranger':
    'El expediente {caseId} no es uno de sus expedientes, por lo que no puede verlo ni modificarlo.',
  'case.not_found': 'No existe el expediente {caseId}. Compruebe el número de expediente.',
  'case.which': '¿Qué expediente? Indique el número de expediente, por ejemplo "case 123".',
  'ask.case': '¿A qué expediente se refiere? Indique el número de expediente.',
  'ask.reason':
    '¿Cuál es el motivo para rechazar el expediente {caseId}? Sea concreto y objetivo (por ejemplo: "la empresa deudora se disolvió el año pasado").',
  'ask.code': '¿Con qué código de cierre debe cerrarse el expediente {caseId}?',
  'ask.other_comment':
    'Cerrar el expediente {caseId} como *Other* requiere un comentario: ¿qué ocurrió? Le sugeriré un código más específico si alguno encaja.',
  'ask.amount':
    '¿Cuánto pagó el deudor en el expediente {caseId}? Indique el importe y la moneda, p. ej. "1200 EUR".',
  'ask.success_fee':
    '¿Qué comisión de éxito ofrece para el expediente {caseId}, en porcentaje de lo recuperado? (p. ej. "18%")',
  'ask.answer': '¿Qué información envía al socio sobre el expediente {caseId}?',
  'ask.category':
    '¿Qué categoría de rechazo corresponde al rechazo del expediente {caseId}? Indique una, p. ej. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    '¿Qué oferta selecciona para el expediente {caseId}? Indique el número de la oferta (escriba "quotes on {caseId}" para verlas).',
  'ask.message':
    '¿Cuál es su mensaje sobre el expediente {caseId}? Llega a la otra parte del chat del expediente y queda guardado en él.',
  'ask.information':
    '¿Qué información añade al expediente {caseId}? Por ejemplo, la nueva dirección del deudor o lo que faltaba.',
  'decline.plan':
    'Rechazar el expediente {caseId} {category, select, none {para revisión manual por el soporte (el motivo no encaja en ninguna categoría o el expediente no lo respalda)} other {como *{label}*}}. Se informará {who, select, managing {al socio gestor} other {al acreedor}}; {sharing, select, yes {el expediente pasa a la red de socios para recibir ofertas.} other {el uso compartido en la red está desactivado, por lo que el expediente se cierra como Case never started.}}',
  'decline.plan.doubt':
    '{doubt} El soporte comprueba el motivo antes de explicárselo {who, select, managing {al socio gestor} other {al acreedor}}.',
  'decline.plan.told':
    '{who, select, managing {El socio gestor} other {El acreedor}} recibe un mensaje que explica el rechazo.',
  'decline.plan.assignment':
    'Su asignación termina como Case never started, lo que no cuenta en contra de su puntuación.',
  'decline.plan.lead':
    'Se abre un lead para la red de socios (sin usted) y el expediente queda en Collecting Quotes.',
  'decline.plan.closed': 'El expediente queda Closed como Case never started.',
  'decline.plan.review': 'El soporte revisa el motivo y asigna la categoría.',
  'decline.done':
    'Expediente {caseId} rechazado {category, select, none {(el soporte revisará el motivo)} other {como {label}}}; se ha informado {who, select, managing {al socio gestor} other {al acreedor}} y {next, select, closed {el uso compartido en la red está desactivado, por lo que queda Closed como Case never started} searching {está en Collecting Quotes, pero ningún socio de la red lo cubre todavía, así que el soporte busca uno (lead {leadId})} lead {está en Collecting Quotes de la red de socios (lead {leadId})} other {está en Collecting Quotes de la red de socios}}.{doubt}',
  'decline.doubt': 'El motivo parece "{label}", pero {why}',
  'decline.doubt.below_minimum':
    'el expediente {caseId} es de {amount}, igual o superior al mínimo del socio de {minimum}.',
  'decline.doubt.out_of_jurisdiction': 'el deudor está en {where}, zona que el socio cubre.',
  'decline.doubt.duplicate': 'no hay ningún otro expediente de este acreedor contra este deudor.',
  'category.label.conflict_of_interest': 'Conflicto de intereses',
  'category.label.custom_terms_requested': 'Condiciones especiales solicitadas',
  'category.label.below_minimum': 'Por debajo del mínimo',
  'category.label.untraceable_debtor': 'Deudor ilocalizable',
  'category.label.out_of_jurisdiction': 'Fuera de la jurisdicción',
  'category.label.time_barred': 'Prescrita',
  'category.label.regulatory_restriction': 'Restricción normativa',
  'category.label.sanctions_legal_block': 'Sanciones o impedimento legal',
  'category.label.misclassified_not_prelegal': 'Mal clasificado',
  'category.label.insolvency_or_ceased': 'Insolvencia o cese',
  'category.label.duplicate': 'Duplicado',
  'category.label.missing_information': 'Falta información esencial',
  'category.label.fraud_risk': 'Riesgo de fraude',

  // --- Round 2 (cat2a): the engine's own sentences ---
  'engine.choice_expired': 'Esta opción ya se utilizó o ha caducado; no se hizo nada más.',
  'engine.choice_not_yours':
    'Solo {known, select, yes {{name}} other {la persona que lo pidió}} puede responder a esto; fue su solicitud. No se cambió nada.',
  'engine.choice_used': 'Esta opción ya se utilizó; no se hizo nada más.',
  'engine.choice_unknown': 'No entendí esa opción.',
  'engine.cannot_do':
    'Todavía no puedo hacer "{action}" desde el chat. Escriba "help" para ver lo que puedo hacer.',
  'engine.no_longer': 'Ese comando ya no está disponible.',
  'engine.carried_out': 'Confirmado y realizado{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell':
    'Cuénteme qué ocurrió en el expediente y le sugeriré el código de cierre adecuado.',
  'engine.need_more':
    'Necesito algo más para continuar: {missing, select, none {qué desea hacer} other {{missing}}}. Escriba "help" para ver ejemplos.',
  'engine.need_argument': 'Para continuar necesito: {missing}.',
  'engine.failed':
    'Lo siento, algo ha fallado por mi parte y no se cambió nada. Vuelva a intentarlo en un momento; si sigue ocurriendo, avise al soporte.',
  'platform.unreachable':
    'No puedo acceder a la plataforma de expedientes en este momento; no se cambió nada. Vuelva a intentarlo en un minuto.',
  'platform.too_slow':
    'La plataforma de expedientes tarda demasiado en responder en este momento; no se cambió nada. Vuelva a intentarlo en un minuto.',

  // --- Round 2 (cat2a): payments and information requests ---
  'payment.plan': 'Registrar un pago de *{amount}* en el expediente {caseId} ({debtorName}).',
  'payment.plan.effect':
    'El pago queda registrado; cierre el expediente como Paid o Partially paid cuando termine el cobro.',
  'payment.done':
    'Pago de {amount} registrado en el expediente {caseId}; {total} pagado hasta ahora. Ciérrelo como Paid o Partially paid cuando haya terminado.',
  'payment.zero': 'Un pago debe ser mayor que cero.',
  'payment.currency':
    'El expediente {caseId} está en {caseCurrency}, así que registre el pago en {caseCurrency} (convierta primero el importe en {currency}).',
  'info.plan':
    'Pedir más información {who, select, managing {al socio gestor} other {al acreedor}} sobre el expediente {caseId}: "{question}"',
  'info.plan.effect':
    'El expediente pasa a Needs Additional Details hasta que respondan y luego vuelve a Pending Verification.',
  'info.done':
    'El expediente {caseId} está en Needs Additional Details; se ha preguntado {who, select, managing {al socio gestor} other {al acreedor}}: "{question}"',

  // --- Round 2 (cat2a): withdrawing a case ---
  'withdraw.plan.within':
    'Retirar el expediente {caseId} ({debtorName}) dentro de su periodo de cobro (hasta el {day}).',
  'withdraw.plan': 'Retirar el expediente {caseId} ({debtorName}).',
  'withdraw.effect.paused': 'El expediente queda en pausa y el socio lo cierra.',
  'withdraw.effect.fee': 'Se aplican la comisión de éxito completa y los costes de cobro.',
  'withdraw.effect.closed':
    'El expediente se cierra de inmediato como Withdrawn by Client y se indica al socio que detenga toda actividad de cobro.',
  'withdraw.done.paused':
    'El expediente {caseId} está en pausa; {known, select, yes {{partnerName}} other {el socio}} lo cerrará. Como está dentro del periodo de cobro, se aplican la comisión de éxito completa y los costes de cobro.',
  'withdraw.done.closed':
    'El expediente {caseId} está cerrado como Withdrawn by Client; se ha indicado a {known, select, yes {{partnerName}} other {el socio}} que detenga toda actividad de cobro.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'El lead {leadId} está Closed ({outcome})',
  'quotes3.lead.ready': 'El lead {leadId} tiene ofertas listas',
  'quotes3.lead.status': 'El lead {leadId} está {status}',
  'quotes3.lead.not_selectable': '{lead}, así que ya no se puede elegir ninguna oferta.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, así que ya no se puede elegir ninguna oferta. El expediente ya está con el socio elegido.',
  'quotes3.lead.not_sent':
    '{lead}: aún no se ha enviado a los socios, así que no hay ofertas que elegir. Espere a que lleguen las ofertas.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, así que no hay nada que retirar.',
  'quotes3.list.title': 'Ofertas del expediente {caseId}',
  'quotes3.list.none': '{lead}. Todavía no hay ofertas.',
  'quotes3.list.line':
    '• Oferta {quoteId} de {partnerName}: {pct} % de comisión de éxito{fixed, select, yes { + {fixedFee} de tarifa fija} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status, select, sent {enviada} accepted {aceptada} declined {rechazada} other {{status}}}',
  'quotes3.list.hint.support':
    'Para elegir una en nombre del cliente, escriba por ejemplo "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor':
    'Para elegir una, escriba por ejemplo "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown':
    'La oferta {quoteId} no es una oferta del expediente {caseId}. Sus ofertas son {ids}.',
  'quotes3.select.unknown.none':
    'La oferta {quoteId} no es una oferta del expediente {caseId}. El expediente todavía no tiene ofertas.',
  'quotes3.select.already':
    'La oferta {quoteId} de {partnerName} ya fue elegida; el expediente {caseId} está con ellos.',
  'quotes3.select.declined': 'La oferta {quoteId} fue rechazada, así que ya no se puede elegir.',
  'quotes3.select.not_collecting':
    'El expediente {caseId} está {status} y no está recibiendo ofertas, así que no se puede elegir ninguna oferta en él.',
  'quotes3.select.plan':
    'Elegir la oferta {quoteId} de {partnerName} ({pct} % de comisión de éxito) para el expediente {caseId}.',
  'quotes3.select.plan.behalf':
    'Elegir la oferta {quoteId} de {partnerName} ({pct} % de comisión de éxito) para el expediente {caseId} en nombre del cliente {clientName}, presentado por {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'El expediente {caseId} se asigna a {partnerName} y pasa a Active; se les pide que empiecen.',
  'quotes3.select.plan.others':
    '{count, plural, one {La otra oferta se rechaza y se avisa a su socio.} other {Las otras # ofertas se rechazan y se avisa a sus socios.}}',
  'quotes3.select.plan.history':
    'El historial del expediente registra la elección como hecha por el servicio de asistencia en nombre de {clientName}; se avisa a {managingPartnerName} (el socio gestor).',
  'quotes3.select.done':
    'Oferta {quoteId} elegida: el expediente {caseId} está ahora con {partnerName} y en Active.',
  'quotes3.select.done.behalf':
    'Oferta {quoteId} elegida en nombre de {clientName}: el expediente {caseId} está ahora con {partnerName} y en Active.',
  'quotes3.select.done.others':
    '{count, plural, one {Se rechazó # oferta más y se avisó a su socio.} other {Se rechazaron # ofertas más y se avisó a sus socios.}}',
  'quotes3.select.done.told': 'Se ha avisado a {name}.',
  'quotes3.pullback.closed': 'El expediente {caseId} ya está cerrado, así que no hay nada que retirar.',
  'quotes3.pullback.plan': 'Retirar el expediente {caseId} del proceso de ofertas sin elegir ninguna oferta.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {Se rechaza la oferta} other {Se rechazan las # ofertas}} y se avisa a los socios.',
  'quotes3.pullback.plan.none':
    'No ha llegado ninguna oferta; se avisa a los socios invitados de que el lead se ha retirado.',
  'quotes3.pullback.plan.closed': 'El expediente {caseId} se cierra como Withdrawn by Client.',
  'quotes3.pullback.done':
    'El expediente {caseId} se ha retirado: {count, plural, =0 {} one {se rechazó # oferta y se avisó a los socios; } other {se rechazaron # ofertas y se avisó a los socios; }}el expediente queda cerrado como Withdrawn by Client.',
  'quotes3.partner_unknown': 'La plataforma no conoce su organización colaboradora.',
  'quotes3.pass.plan':
    'Renunciar al expediente {caseId}: su organización no presentará oferta para el lead {leadId}.',
  'quotes3.pass.plan.final': 'Después no podrá presentar oferta para este lead.',
  'quotes3.pass.plan.last':
    'Usted es el último socio invitado en responder: la recogida de ofertas termina ahora.',
  'quotes3.pass.done': 'Anotado: no presentará oferta para el expediente {caseId}.',
  'quotes3.pass.done.all':
    'Anotado: no presentará oferta para el expediente {caseId}. Todos los socios invitados han renunciado, así que el lead se cierra y se avisa al acreedor.',
  'quotes3.quote.partners_only':
    'Solo los socios de cobro invitados al lead del expediente {caseId} pueden presentar oferta o renunciar a hacerlo.',
  'quotes3.quote.not_invited':
    'Su organización no fue invitada a presentar oferta para el expediente {caseId}, así que no puede hacerlo. Solo los socios invitados a un lead pueden presentar oferta.',
  'quotes3.quote.plan':
    'Ofertar una comisión de éxito del {pct} %{fixed, select, yes { más una tarifa fija de {fixedFee}} other {}} para el expediente {caseId} (lead {leadId}).',
  'quotes3.quote.plan.seen':
    'El acreedor verá su oferta junto con las demás cuando termine la recogida de ofertas.',
  'quotes3.quote.plan.once': 'Cada socio presenta una sola oferta: no se puede cambiar después.',
  'quotes3.quote.done':
    'La oferta {quoteId} ({pct} %) para el expediente {caseId} está registrada. El acreedor la verá cuando termine la recogida de ofertas.',
  'quotes3.quote.done.ended':
    'La oferta {quoteId} ({pct} %) para el expediente {caseId} está registrada. La recogida de ofertas ha terminado y el acreedor está eligiendo ahora.',
  'quotes3.terms.fee_range':
    'Una comisión de éxito del {pct} % no es posible. Indique un porcentaje mayor que 0 y como máximo 100, p. ej. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative': 'Una tarifa fija no puede ser negativa. Omítala o indique un importe ≥ 0.',
  'quotes3.can_quote.not_invited':
    'Su organización no fue invitada a presentar oferta para el lead {leadId}, así que no puede hacerlo. Solo los socios invitados pueden presentar oferta.',
  'quotes3.can_quote.already':
    'Su organización ya ofertó un {pct} % para el lead {leadId} (oferta {quoteId}); cada socio presenta una sola oferta.',
  'quotes3.can_quote.passed':
    'Su organización ya renunció a presentar oferta para el lead {leadId}, así que ahora no puede hacerlo.',
  'quotes3.can_quote.closed': '{lead}; ya no recibe ofertas, así que no se puede añadir ninguna.',
  'quotes3.can_pass.not_invited':
    'Su organización no fue invitada a presentar oferta para el lead {leadId}, así que no hay nada que rechazar.',
  'quotes3.can_pass.already':
    'Su organización ya {answer, select, quoted {presentó oferta} other {renunció a presentar oferta}} para el lead {leadId}.',
  'quotes3.can_pass.closed': '{lead}; ya no recibe ofertas.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'Nuevo caso {caseId} por verificar{submitted, select, yes {, enviado por {partnerName} para {clientName}} other {}}: {debtorName} ({debtorType, select, company {empresa} person {particular} other {{debtorType}}}, {where}), {claimType, select, unpaid_invoice {factura impagada} loan_repayment {devolución de préstamo} other {{claimText}}} por {amount}. Acéptelo, solicite más información, ofrezca condiciones especiales o recháselo indicando el motivo.',
  'notices3.verification_reminder':
    'Recordatorio: el caso {caseId} ({debtorName}, {amount}) lleva {days} días hábiles esperando su verificación. Acéptelo, recháselo indicando el motivo o pida más información al acreedor.',
  'notices3.withdrawal_paused':
    'El cliente ha solicitado retirar el caso {caseId} ({debtorName}) dentro del periodo de cobro, por lo que el caso queda en pausa. Se aplican la comisión de éxito completa y los gastos de cobro. Cierre el caso con el código de cierre correspondiente y emita las facturas que procedan.',
  'notices3.withdrawal_stop':
    'El cliente ha retirado el caso {caseId} ({debtorName}){after, select, yes { después del periodo de cobro} other {}}, por lo que queda cerrado como Withdrawn by Client. Detenga toda actividad de cobro en él. No se requiere ninguna otra acción por su parte.',
  'notices3.custom_terms_offered':
    '{partnerName} ha ofrecido condiciones especiales para el caso {caseId} ({debtorName}): una comisión de éxito del {pct} %{hasTerms, select, yes { ({terms})} other {}}. El caso está recibiendo ofertas; se le avisará cuando pueda elegir entre ellas.',
  'notices3.payment_registered':
    '{partnerName} ha registrado un pago de {amount} en el caso {caseId} ({debtorName}). Pagado hasta ahora: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks ---
  'cases3.close.plan':
    'Cerrar el expediente {caseId} ({debtorName}) como *{code}*{hasComment, select, yes { con el comentario "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Registrar un pago de *{amount}* en el expediente {caseId} ({debtorName}) y cerrarlo como *{code}*{hasComment, select, yes { con el comentario "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'El pago de {amount} se registra primero, en el mismo paso: si se rechaza el cierre, no queda ningún pago registrado.',
  'cases3.close.effect.payout':
    'Se crea un desembolso de {total}: {creditorAmount} para el acreedor y {partnerAmount} para usted ({pct} % de comisión).',
  'cases3.close.effect.told':
    'Se informará del resultado {who, select, managing {al socio gestor} other {al acreedor}}.',
  'cases3.close.effect.suggestion': 'La sugerencia *{code}* se comparte con el equipo de códigos de cierre.',
  'cases3.close.done':
    'El expediente {caseId} está cerrado (Closed) como {code}.{payout, select, yes { Desembolso creado: {creditorAmount} para el acreedor y {partnerAmount} para usted.} other {}} Se ha informado {who, select, managing {al socio gestor} other {al acreedor}}.',
  'cases3.close.not_paid':
    'En el expediente {caseId} se han pagado {paid} de {full}, así que no es Paid: Paid corresponde al importe pendiente completo. ¿Cerrarlo como Partially paid en su lugar? Si el resto ya ha llegado, cancele y registre primero los {rest} restantes ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'En el expediente {caseId} se han pagado {paid}, la totalidad de los {full} pendientes, así que es Paid y no Partially paid. ¿Cerrarlo como Paid en su lugar?',
  'cases3.score.success':
    '{name} es un código de éxito: no cuenta en contra de su puntuación y genera el desembolso repartido según la comisión acordada.',
  'cases3.score.partner_decline':
    '{name} es un código de rechazo del socio: no cuenta en contra de su multiplicador de compromiso ni de su puntuación de cobro.',
  'cases3.score.client_decision':
    '{name} es un código de decisión del cliente: actualmente cuenta en contra de su puntuación de cobro, aunque el cierre se deba a la decisión del cliente y no a su desempeño (una limitación conocida).',
  'cases3.score.process_completion':
    '{name} es un código de proceso completado: queda registrado y afecta a su puntuación de desempeño.',
  'cases3.score.fallback':
    'Other es el código genérico: queda registrado, afecta a su puntuación de desempeño y requiere un comentario; elija un código específico cuando haya uno adecuado.',
  'cases3.status.head':
    'El expediente {caseId} ({debtorName}, {amount}) está en {status}{closed, select, yes { como {code}} other {}}.',
  'cases3.status.partner': 'Socio: {partnerName}.',
  'cases3.status.period.running': 'Periodo de cobro hasta el {day}.',
  'cases3.status.period.ended': 'El periodo de cobro terminó el {day}.',
  'cases3.status.paid': 'Pagado hasta ahora: {amount}.',
  'cases3.status.lead': '{lead}, con {count} de {expected} ofertas esperadas{window}.',
  'cases3.status.window.running': '; se reciben ofertas hasta el {day}',
  'cases3.status.window.ended': '; la recepción de ofertas terminó el {day}',
  'cases3.status.own_quote':
    'Su oferta {quoteId} ({pct} % de comisión de éxito) figura en él, estado {status}.',
  'cases3.status.passed': 'Su organización ha renunciado a este lead.',
  'cases3.status.invited':
    'Su organización está invitada a presentar una oferta: escriba "quote <percent>% on case {caseId}", o "no quote on case {caseId}" para renunciar.',
  'cases3.tasks.forbidden':
    'Las tareas son los expedientes que un socio debe verificar. Para los expedientes que puede ver, escriba "my cases".',
  'cases3.tasks.legal':
    'No tiene expedientes que verificar: como socio de la red jurídica recibe leads y decide si presenta una oferta, así que nada le espera en Pending Verification.',
  'cases3.tasks.none': 'No tiene expedientes pendientes de verificación.',
  'cases3.tasks.count':
    '{count, plural, one {# expediente espera} other {# expedientes esperan}} su verificación (los más antiguos primero):',
  'cases3.tasks.item':
    '• Expediente {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { El acreedor ha respondido a su solicitud de más información: lea primero la respuesta.} other {}} Acéptelo ("accept {caseId}"), rechácelo con un motivo ("decline {caseId}, <reason>") o solicite más información ("request info on {caseId}").',
  'cases3.tasks.wait':
    'en espera desde hace {under, select, yes {menos de 1 día hábil} other {{days, plural, one {# día hábil} other {# días hábiles}}}}{late, select, yes { (vencido)} other {}}',
  'cases3.tasks.waiting':
    'A la espera de la respuesta del acreedor a su solicitud de más información: {cases}.',
  'cases3.tasks.case': 'expediente {caseId}',
  'cases3.tasks.speed':
    'Su capacidad de respuesta: una mediana de {median} días hábiles para verificar un expediente, sobre {count, plural, one {# expediente} other {# expedientes}} en los últimos {window} días.',
  'cases3.tasks.speed.none':
    'Su capacidad de respuesta: aún no ha verificado ningún expediente en los últimos {window} días.',
  'cases3.list.none': 'No tiene {status, select, any {expedientes} other {expedientes en {status}}}.',
  'cases3.list.head':
    'Sus {status, select, any {expedientes} other {expedientes en {status}}} ({count}{full, select, yes {, los más recientes primero} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'No hay rechazos pendientes de revisión manual.',
  'cases3.reviews.head': 'Rechazos pendientes de revisión manual ({count}):',
  'cases3.reviews.item': '• expediente {caseId}: "{reason}"',
  'cases3.review.plan': 'Registrar el rechazo del expediente {caseId} ("{reason}") como *{category}*.',
  'cases3.review.effect': 'La revisión manual se cierra y se comunica la categoría al socio que rechazó.',
  'cases3.review.done': 'El rechazo del expediente {caseId} queda registrado como {category}.',
  'cases3.review.none': 'El expediente {caseId} no tiene ningún rechazo pendiente de revisión manual.',
  'cases3.answer.plan': 'Enviar su respuesta sobre el expediente {caseId} al socio.',
  'cases3.answer.effect': 'El expediente vuelve a Pending Verification y se informa al socio.',
  'cases3.answer.done': 'Gracias. El expediente {caseId} vuelve a estar con el socio para su verificación.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} ha cerrado el expediente {caseId} ({debtorName}) como {code}.{payout, select, yes { Se han recuperado {total}: se le abonan {creditorAmount}.} other {}}{hasComment, select, yes { Comentario: {comment}} other {}}',
  'notices4.closecode_suggestion':
    '{partnerName} cerró el expediente {caseId} como Other con el comentario "{comment}". Código sugerido: {code}.',
  'notices4.no_quote_alert':
    'El expediente {caseId} ({creditorName}, deudor {debtorName}) fue rechazado el {day} y no ha recibido ninguna oferta en {days} días hábiles (lead {leadId}). Motivo del rechazo: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Lead: {leadState}; {invited, plural, one {# socio invitado} other {# socios invitados}} (rechazaron ofertar: {declinedToQuote}; sin respuesta: {waiting}); 0 ofertas hasta ahora; plazo de ofertas {window}. Se ha indicado al acreedor que contacte con soporte. Haga el seguimiento con el acreedor.',
  'notices4.no_quote_alert.uncategorised': 'sin categoría (revisión manual por soporte)',
  'notices4.no_quote_alert.no_decline': 'no consta ningún rechazo',
  'notices4.lead_state':
    '{state, select, open {Abierto} qualified {Cualificado} winner {cerrado (oferta elegida)} pullback {cerrado (retirado)} expired {cerrado (vencido)} declined_options {cerrado (sin ofertas)} other {Cerrado}}',
  'notices4.window.ended': 'terminó el {day} a las {time} UTC',
  'notices4.window.ends': 'termina el {day} a las {time} UTC',
  'notices4.window.none': 'sin iniciar (el lead aún no está cualificado)',
  'notices4.decline_reviewed':
    'Soporte ha revisado su rechazo del expediente {caseId} ("{reason}") y lo ha registrado como {category}.',
  'notices4.info_answered':
    'Ha llegado la información que pidió sobre el expediente {caseId} ({debtorName}): {answer} El expediente vuelve a estar en Pending Verification: acéptelo, rechácelo u ofrezca condiciones especiales.',
  'notices4.period_ended_partner':
    'El periodo de cobro del expediente {caseId} terminó el {day}. Si el acreedor lo retira ahora, se cierra de inmediato. Cuando se hayan agotado todas las gestiones de cobro extrajudicial, ciérrelo como Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'el deudor (persona física)',
  'subject.case.closed': 'cerrado',
  'subject.case.info_answered': 'su pregunta tiene respuesta',
  'subject.decline.reviewed': 'rechazo revisado',
  'subject.case.collection_period_ended': 'fin del periodo de cobro',
  'support4.user_unknown': 'No existe ningún usuario de la plataforma "{ref}".',
  'support4.identity.already': '{account} ya está vinculada a {name}.',
  'support4.identity.taken':
    '{account} está vinculada a {known, select, yes {{name} ({handle})} other {otro usuario}}; desvincúlela primero ("unlink {account}").',
  'support4.identity.plan': '¿Vincular {account} a {name}{hasOrg, select, yes { de {org}} other {}}?',
  'support4.identity.plan.effect':
    'Quien use esa cuenta será entonces {name} ({handle}, {role, select, support {soporte} partner {socio} creditor {acreedor} other {{role}}}) para el asistente.',
  'support4.identity.linked': '{account} queda vinculada a {name}.',
  'support4.identity.not_linked': '{account} no está vinculada a nadie.',
  'support4.identity.unlink_plan': '¿Desvincular {account} de {name}?',
  'support4.identity.unlink_effect': 'Esa persona ya no podrá usar el asistente desde esa cuenta.',
  'support4.identity.unlinked': '{account} queda desvinculada de {name}.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': '{who} no tiene ninguna cuenta de chat vinculada.',
  'support4.identity.list': '{who} está vinculado a: {accounts}.',
  'support4.link_code':
    'Código de vinculación para {name} ({handle}): *{code}*, de un solo uso y válido durante {hours, plural, one {# hora} other {# horas}}. Entrégueselo en privado; la persona escribe `link {code}` al bot.',
  'support4.ask.person':
    '¿A quién se refiere? Indique la persona por su handle o su dirección de correo electrónico.',
  'support4.ask.account':
    '¿Qué cuenta de chat? Escríbala como "slack T123/U456", "teams <tenant>/<user id>" o "console <handle>".',
  'support4.ask.notice': '¿Qué aviso? Indique su número, p. ej. "requeue notice 42".',
  'support4.ask.channel': '¿Qué canal? Diga por ejemplo "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface': 'Indique si es un canal de Slack o de Teams: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Solo soporte puede registrar o dar de baja un canal. Pida a soporte que lo haga para su organización.',
  'support4.channel.not_channel': 'Eso no es un canal: solo se pueden registrar canales y chats de grupo.',
  'support4.channel.no_partner': 'No existe el socio {id}.',
  'support4.channel.no_creditor': 'No existe el acreedor {id}.',
  'support4.channel.no_org': 'No hay ningún socio ni acreedor llamado "{owner}".',
  'support4.channel.ambiguous': '"{owner}" podría ser {names}: indique el nombre completo.',
  'support4.or': ' o ',
  'support4.channel.plan':
    '¿Registrar el canal de {surface} {channelId} como {support, select, yes {canal de soporte} other {canal propio de {name}}}?',
  'support4.channel.effect.support':
    'Las consultas de expedientes de los agentes de soporte se responden allí a la vista de todos los del canal; las de los demás siguen siendo privadas.',
  'support4.channel.effect.org':
    'Las consultas de expedientes de las personas de esa organización se responden allí a la vista de todos los del canal; las de los demás siguen siendo privadas.',
  'support4.channel.unregister_plan': '¿Dar de baja el canal de {surface} {channelId}?',
  'support4.channel.unregister_effect':
    'Las consultas de expedientes allí se responderán solo a quien pregunte.',
  'support4.channel.registered':
    'Este canal queda registrado como {support, select, yes {canal de soporte: las consultas de expedientes de los agentes de soporte} other {canal propio de {name}: las consultas de expedientes de las personas de {name}}} se responden a la vista de todos los del canal. Las de los demás siguen viéndolas solo ellos.',
  'support4.channel.unregistered':
    'Este canal ya no está registrado: las consultas de expedientes aquí se responden solo a quien pregunta.',
  'support4.channel.was_not':
    'Este canal no estaba registrado; las consultas de expedientes aquí se responden solo a quien pregunta.',
  'support4.parked.none': 'No hay avisos retenidos: todos se han entregado o están en camino.',
  'support4.parked.head': 'Avisos retenidos ({total}), primero los que más llevan esperando:',
  'support4.parked.line':
    '• aviso {id}: "{subject}" para {type, select, channel {{name}} creditor {el acreedor {name}} partner {el socio {name}} other {el usuario {name}}}, retenido desde {when}: {reason}',
  'support4.parked.more': '…y {count} más (se muestran los que más llevan esperando).',
  'support4.parked.fix':
    'Corrija la causa (vincule a la persona, añada una dirección de correo) y después diga "requeue notice <number>".',
  'support4.parked.delivered': 'El aviso {id} ya se entregó{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting': 'El aviso {id} no está retenido: ya está esperando a enviarse.',
  'support4.parked.unknown': 'No existe el aviso {id}.',
  'support4.parked.plan': '¿Enviar de nuevo el aviso {id} ("{subject}")?',
  'support4.parked.plan.why': 'Se retuvo porque: {reason}.',
  'support4.parked.plan.no_reason': 'no consta ningún motivo',
  'support4.parked.plan.effect':
    'La bandeja de salida lo intenta de nuevo ahora; quienes ya lo recibieron no lo recibirán dos veces.',
  'support4.parked.done': 'El aviso {id} ("{subject}") vuelve a estar en cola y se enviará en breve.',
  'support4.link.unknown':
    'Ese código de vinculación no es válido. Compárelo con el que recibió (los códigos son como K7MQ-3PXA) o pida uno nuevo a soporte.',
  'support4.link.expired': 'Ese código de vinculación ha caducado. Pida uno nuevo a soporte.',
  'support4.link.used':
    'Ese código de vinculación ya se usó: cada código vincula una cuenta, una sola vez. Pida uno nuevo a soporte.',
  'support4.link.already_linked':
    'Esta cuenta de chat ya está vinculada a un usuario de la plataforma, así que no se usó el código. Diga "help" para ver lo que puedo hacer.',
  'support4.link.email_none': 'Ningún usuario de la plataforma coincide con su correo electrónico.',
  'support4.link.email_already':
    'Esta cuenta de chat ya está vinculada a un usuario de la plataforma. Diga "help" para ver lo que puedo hacer.',
  'support4.link.done':
    'Hecho: esta cuenta de {surface} queda vinculada a *{name}*{hasOrg, select, yes { de {org}} other {}}. Diga "help" para ver lo que puedo hacer por usted.',
  'support4.link.offer':
    '¡Hola! Esta cuenta de {surface} aún no está vinculada a la plataforma de cobro. Su correo electrónico pertenece a *{name}*{hasOrg, select, yes { de {org}} other {}}: ¿es usted? Diga "yes" o pulse *{button}* para vincularla; si no es usted, ignore este mensaje y contacte con soporte.',
  'support4.link.button': 'Vincular esta cuenta',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    '¿Qué comisión de éxito propone para el expediente {caseId}? Escriba, por ejemplo, "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    'Una comisión de éxito del {pct} % no es posible; indique un porcentaje mayor que 0 y como máximo 100.',
  'chat4.terms.plan':
    'Ofrecer condiciones especiales para el expediente {caseId}: una comisión de éxito del *{pct} %*{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead':
    'El expediente se convierte en un lead con su oferta y pasa a Collecting Quotes.',
  'chat4.terms.effect.told':
    'Se informa {who, select, managing {al socio gestor} other {al acreedor}}, que elige una oferta.',
  'chat4.terms.done':
    'Su oferta del {pct} % está en el lead {leadId}; el expediente {caseId} está en Collecting Quotes y se ha informado {who, select, managing {al socio gestor} other {al acreedor}}.',
  'chat4.chat.nobody':
    'Ningún socio de cobro gestiona ahora el expediente {caseId} (está en {status}), así que no hay nadie a quien escribir en su chat. {closed, select, yes {Para volver a presentarlo o preguntar por él, escriba "add information to case {caseId}: …" y el soporte lo verá.} other {Para dar más información a los socios que lo están valorando, escriba "add information to case {caseId}: …".}}',
  'chat4.chat.empty': 'Indique el mensaje para el expediente {caseId}.',
  'chat4.chat.too_long':
    'Ese mensaje tiene {length, number} caracteres; un mensaje en un expediente puede tener como máximo {max, number}. Acórtelo o envíelo en varias partes.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {socio gestor} assigned_partner {socio de cobro} creditor {acreedor} support {soporte} other {socio}})',
  'chat4.chat.notice':
    'Mensaje sobre el expediente {caseId} ({debtorName}) de {from}: «{text}» Para responder, escriba "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …"; "messages on {caseId}" muestra el chat del expediente.',
  'chat4.chat.sent':
    'Enviado a {name} en el expediente {caseId}; se le avisa ahora. Escriba "messages on {caseId}" para ver el chat del expediente.',
  'chat4.chat.the_partner': 'el socio',
  'chat4.chat.title': 'Expediente {caseId}: chat',
  'chat4.chat.none': 'Todavía no hay mensajes en el expediente {caseId}.',
  'chat4.chat.how':
    '{write, select, reply {Para escribir, use "reply on {caseId}: …".} other {Para escribir, use "message the partner on {caseId}: …".}}',
  'chat4.chat.head': 'Chat del expediente {caseId} ({debtorName}), del más antiguo al más reciente:',
  'chat4.chat.platform': 'La plataforma',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {añadió información: {hasText, select, yes {«{text}»} other {}}} request_info {pidió más información{hasText, select, yes {: «{text}»} other {}}} answer_info {respondió a la solicitud de información: {hasText, select, yes {«{text}»} other {}}} other {{hasText, select, yes {«{text}»} other {}}}}',
  'chat4.info.waiting':
    'El socio que gestiona el expediente {caseId} espera su respuesta: escriba "answer {caseId}: …" y el expediente volverá a él.',
  'chat4.info.has_partner':
    'Un socio de cobro gestiona el expediente {caseId} ({status}): escríbale en el chat del expediente con "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {El socio gestor} other {El acreedor}} ({name}) ha añadido información al expediente {caseId} ({debtorName}), {status}: «{text}»{next, select, closed { El expediente se cerró tras un rechazo: quizá quieran volver a presentarlo.} told { Se ha informado {count, plural, one {al socio que valora su lead} other {a los # socios que valoran su lead}}.} other { Ningún socio lo está valorando ahora.}}',
  'chat4.info.partner':
    '{who, select, managing {El socio gestor} other {El acreedor}} ha añadido información al expediente {caseId} ({debtorName}), en cuyo lead participa usted: «{text}» "status {caseId}" muestra el expediente.',
  'chat4.info.done':
    'Añadido al expediente {caseId}: {count, plural, =0 {se ha informado al soporte} one {se ha informado al soporte y al socio que lo valora} other {se ha informado al soporte y a los # socios que lo valoran}}.{closed, select, yes { El expediente está cerrado; el soporte se pondrá en contacto con usted para volver a presentarlo.} other {}} Escriba "messages on {caseId}" para verlo en el expediente.',
  'chat4.engine.confirm_title': 'Confirme, por favor',
  'chat4.engine.sure_title': '¿Está seguro?',
  'chat4.engine.confirm_desc': 'Confirmar: {action}',
  'chat4.engine.cancel_desc': 'Cancelar: no {action}',
  'chat4.engine.choose_desc': 'Elegir {label}{caseId, select, none {} other { para el expediente {caseId}}}',
  'chat4.engine.form_choice_desc': '{form} como {label}',
  'chat4.engine.settled': '{outcome} por {name}',
  'chat4.engine.settled_at': 'a las',
  'chat4.engine.too_long':
    'Ese mensaje es demasiado largo para mí: leo solicitudes de hasta {max, number} caracteres. Envíe la solicitud por separado, con un motivo breve.',
  'chat4.engine.late':
    'La pregunta que "{n}" respondería ({question}?) {used, select, yes {ya se respondió o se canceló} other {ha caducado}}, así que no se eligió ni se cambió nada.{example}',
  'chat4.engine.late.earlier': 'una pregunta anterior',
  'chat4.engine.late.quote':
    'Para elegir una oferta, escriba por ejemplo "go with quote {quoteId} on case {caseId}", o "quotes on {caseId}" para volver a verlas.',
  'chat4.engine.quote_choice':
    'Oferta {quoteId}: {partnerName}, {pct} %{fixed, select, yes { + {fee} fijos} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {aceptar el expediente{caseId, select, none {} other { {caseId}}}} case_decline {rechazar el expediente{caseId, select, none {} other { {caseId}}}} case_request_info {pedir información sobre el expediente{caseId, select, none {} other { {caseId}}}} case_offer_terms {ofrecer condiciones para el expediente{caseId, select, none {} other { {caseId}}}} case_close {cerrar el expediente{caseId, select, none {} other { {caseId}}}} payment_register {registrar un pago en el expediente{caseId, select, none {} other { {caseId}}}} quote_select {elegir una oferta para el expediente{caseId, select, none {} other { {caseId}}}} quote_submit {enviar una oferta para el expediente{caseId, select, none {} other { {caseId}}}} lead_pullback {retirar el expediente{caseId, select, none {} other { {caseId}}} de las ofertas} case_withdraw {retirar el expediente{caseId, select, none {} other { {caseId}}}} quote_decline {no ofertar por el expediente{caseId, select, none {} other { {caseId}}}} decline_resolve {resolver el rechazo del expediente{caseId, select, none {} other { {caseId}}}} case_answer_info {responder a la solicitud de información del expediente{caseId, select, none {} other { {caseId}}}} case_submit {presentar un expediente nuevo} other {{name} en el expediente{caseId, select, none {} other { {caseId}}}}}',
  'chat4.action.done':
    '{action, select, case_accept {Aceptado} case_decline {Rechazado} case_request_info {Información solicitada} case_offer_terms {Condiciones ofrecidas} case_close {Cerrado} payment_register {Pago registrado} quote_select {Oferta elegida} quote_submit {Oferta enviada} lead_pullback {Retirado de las ofertas} case_withdraw {Retirado} quote_decline {Sin oferta} decline_resolve {Rechazo resuelto} case_answer_info {Respondido} case_submit {Presentado} cancelled {Cancelado} chosen {Elegido} refused {No realizado: rechazado al confirmar} other {Confirmado}}',
  'chat4.form.decline':
    '{caseId, select, none {Rechazar un expediente} other {Rechazar el expediente {caseId}}}',
  'chat4.form.close': '{caseId, select, none {Cerrar un expediente} other {Cerrar el expediente {caseId}}}',
  'chat4.form.submit_case': 'Presentar un expediente',
  'chat4.busy':
    'Ahora mismo estoy atendiendo muchísimas solicitudes y no he podido aceptar esta; no se cambió nada. Vuelva a intentarlo en breve.',
  'chat4.rate_limited': 'Está enviando mensajes más rápido de lo que puedo atender; espere un momento.',
  'chat4.gave_up':
    'Lo siento, no he podido terminarlo por un problema por nuestra parte. Vuelva a intentarlo dentro de un minuto; si sigue ocurriendo, avise al soporte.',
  'chat4.home.header': 'Sus expedientes',
  'chat4.home.nothing': 'No hay nada pendiente para usted.',
  'chat4.home.how_to':
    'Escríbame aquí, mencióneme en un canal o use `/case`: `/case 123` muestra un expediente, `/case decline 123 <reason>` lo rechaza, `/case close 123` abre el formulario de cierre, `/case help` lo enumera todo.',
  'chat4.home.submit_button': 'Presentar un expediente para un cliente',
  'chat4.home.not_linked': 'Aún sin vincular',
  'chat4.home.waiting': 'Pendiente de usted',
  'chat4.home.waiting.none': 'Ahora mismo no hay nada pendiente para usted.',
  'chat4.home.responsiveness': 'Su tiempo de respuesta',
  'chat4.home.more': '…y {count} más',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {el acreedor respondió a su solicitud de más información; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {verifíquelo: acéptelo, recháchelo, pida más información u ofrezca condiciones especiales} paused {el cliente lo retiró: ciérrelo con un código de cierre} details {el socio pidió más información: respóndala} other {se están recibiendo ofertas: compárelas y elija un socio}}',
  'chat4.link.not_linked':
    '¡Hola! Su cuenta de {surface, select, slack {Slack} teams {Microsoft Teams} other {consola}} aún no está vinculada a un usuario de la plataforma de cobro, así que no puedo mostrarle ni cambiar ningún expediente. Pida al soporte que vincule su cuenta de {surface, select, slack {Slack} teams {Microsoft Teams} other {consola}} a su usuario de la plataforma; cuando esté hecho, escriba "help" para ver lo que puedo hacer.',
  'chat4.link.code_hint':
    'Si el soporte le dio un código de vinculación, escriba "link" seguido del código, por ejemplo "link K7MQ-3PXA".',
  'chat4.title.case': 'Expediente {caseId}',
  'chat4.title.tasks': 'Sus tareas',
  'chat4.submit.open':
    'Presentemos un expediente para su cliente: rellene el formulario (cliente, deudor, reclamación, documentos). Antes de presentar nada le mostraré la comisión de éxito y lo que ocurrirá.',
  'chat4.submit.not_partner':
    'Presentar expedientes desde el chat es para socios gestores. Los acreedores presentan expedientes en la plataforma.',
  'chat4.form.again':
    'No he podido usar ese formulario, no se ha cambiado nada: {problems} Vuelva a rellenarlo.',
  'chat4.link.too_many':
    'Se han probado demasiados códigos de vinculación incorrectos desde esta cuenta. Espere una hora y vuelva a intentarlo, o pida al soporte que vincule su cuenta.',
  'chat4.link.paused':
    'En la última hora se han probado demasiados códigos de vinculación incorrectos, así que la vinculación por código está en pausa durante un tiempo. Vuelva a intentarlo más tarde, o pida al soporte que vincule su cuenta.',
  'chat4.engine.invalid_choice':
    'Esa no es una de las opciones que ofrecí, así que no se ha cambiado nada. Elija uno de los botones o responda con palabras.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    'El expediente {caseId} sigue en su periodo de cobro extrajudicial (hasta el {until}), así que todavía no puede pasar a la vía judicial. Podrá escalarse cuando termine el periodo o cuando el socio lo cierre como Pre-Legal Exhausted.',
  'refusals4.escalate.no_period':
    'El expediente {caseId} no tiene un periodo de cobro extrajudicial terminado, así que no puede pasar a la vía judicial desde el chat. Contacte con el soporte de Debitura al respecto.',
  'refusals4.escalate.window_passed':
    'El expediente {caseId} se cerró como Pre-Legal Exhausted el {closedOn}, hace más de {days} días, así que ya no puede escalarse desde el chat. Contacte con el soporte de Debitura para llevarlo más lejos.',
  'refusals4.escalate.closed_as':
    'El expediente {caseId} está cerrado como {label}, así que no puede pasar a la vía judicial: solo puede hacerlo un expediente cerrado como Pre-Legal Exhausted (en los últimos {days} días) o un expediente Active cuyo periodo de cobro haya terminado.',
  'refusals4.escalate.already':
    'El expediente {caseId} ya está escalado a la vía judicial: la red jurídica está enviando ofertas. Escriba "quotes on {caseId}" para ver las ofertas.',
  'refusals4.escalate.status':
    'El expediente {caseId} está en estado {status}, así que no puede escalarse a la vía judicial.{instead, select, collecting_quotes { Ya está recibiendo ofertas; escriba "quotes on {caseId}" para verlas.} paused { Está en pausa tras una retirada; el socio lo cierra ahora.} other { El cobro extrajudicial aún no ha empezado.}}',
  'refusals4.escalate.can':
    'El expediente {caseId} puede escalarse ya a la vía judicial: su cobro extrajudicial ha terminado. Escriba "escalate {caseId} to legal" para abrir un lead para la red jurídica.',
  'refusals4.escalate.plan': '¿Escalar el expediente {caseId} ({debtorName}) a la vía judicial?',
  'refusals4.escalate.plan.ends':
    'El encargo extrajudicial {named, select, yes {de {partnerName}} other {del socio}} termina como Pre-Legal Exhausted, y se le pide que detenga el cobro.',
  'refusals4.escalate.plan.reopens':
    'El expediente se cerró como Pre-Legal Exhausted; se reabre para la vía judicial.',
  'refusals4.escalate.plan.lead':
    'Se abre un lead para la red jurídica: se invita a enviar ofertas a los socios que cubren {country}{named, select, yes { (no a {partnerName})} other {}}.',
  'refusals4.escalate.plan.collecting':
    'El expediente estará en Collecting Quotes hasta que elija una de las ofertas.',
  'refusals4.sub.file':
    'Una reclamación de {usd} (más de 10.000 USD) necesita un archivo: adjunte la factura original, el contrato u otro documento justificativo.',
  'refusals4.sub.file_or_description':
    'Una reclamación de {usd} (2.000–10.000 USD) necesita un archivo o una descripción: adjunte la factura o describa la reclamación.',
  'refusals4.sub.no_rate':
    'La plataforma no tiene tipo de cambio para {currency}. Indique también el equivalente en USD de la reclamación, o preséntela en USD o EUR.',
  'refusals4.sub.usd_too_large':
    '{amount} equivale a unos {huge, select, yes {USD 1e15 o más} other {{usd}}}, más de lo que la plataforma puede registrar (las reclamaciones llegan hasta el equivalente de 999.999.999.999,99 USD). Revise el importe.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {No conozco el país "{text}". } other {}}Indique el país de su cliente con su nombre o con dos letras, p. ej. Dinamarca o DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {No conozco el país "{text}". } other {}}Indique el país del deudor con su nombre o con dos letras, p. ej. Alemania o DE.',
  'refusals4.sub.debtor_type': 'El deudor debe ser una empresa o una persona.',
  'refusals4.sub.claim_type':
    'Los expedientes presentados por socios solo pueden ser Unpaid Invoice o Loan Repayment, no "{wanted}".',
  'refusals4.sub.api_claim_type':
    'Los expedientes presentados por la API son siempre Unpaid Invoice. Presente un Loan Repayment mediante el formulario.',
  'refusals4.sub.disputed':
    'Solo se pueden presentar deudas no impugnadas: una reclamación impugnada necesita acciones judiciales, no cobro extrajudicial.',
  'refusals4.sub.amount_zero': 'El importe de la reclamación debe ser mayor que 0.',
  'refusals4.sub.amount_number':
    'Indique el importe adeudado como número, p. ej. 12500, 4.800,00 o 4,800.00.',
  'refusals4.sub.debt_date':
    'Indique la fecha de vencimiento de la deuda con día, mes y año, p. ej. 30/06/2026, 30.06.2026 o 2026-06-30.',
  'refusals4.sub.partners_only':
    'Solo un socio de cobro puede presentar un expediente para su cliente. Los acreedores crean expedientes en el portal.',
  'refusals4.sub.client_name':
    'Indique el nombre de la empresa de su cliente y su país (dos letras, p. ej. DK). Si la deuda es con usted, indique el nombre de su propia empresa.',
  'refusals4.sub.debtor_name': 'Indique el nombre y el país del deudor (dos letras, p. ej. DE).',
  'refusals4.sub.own_jurisdiction':
    'Su organización cubre {country}{hasRegion, select, yes { ({region})} other {}} por sí misma, así que el expediente volvería a usted. Cóbrelo usted mismo en lugar de presentarlo.',
  'refusals4.fee.future_date':
    'La fecha de la deuda está en el futuro. Indique la fecha en que venció la deuda (p. ej. la fecha de vencimiento de la factura).',
  'refusals4.sdca':
    '{partnerName} aún no ha firmado el Standard Debt Collection Agreement (SDCA), así que no puede actuar sobre expedientes. Fírmelo en {link} y vuelva a intentarlo.',
  'refusals4.give': 'Indique {what}.',
  'refusals4.give.other_comment':
    'un comentario que explique por qué el expediente {caseId} se cierra como Other',
  'refusals4.give.decline_reason': 'un motivo para el rechazo (por ejemplo, "el deudor está en quiebra")',
  'refusals4.give.info_answer': 'la información que pidió el socio sobre el expediente {caseId}',
  'refusals4.close.no_payment':
    'El expediente {caseId} no tiene ningún pago registrado, así que no puede cerrarse como {label}. Registre primero el pago y luego ciérrelo.',
  'refusals4.close.prelegal_early':
    'El periodo de cobro del expediente {caseId} dura hasta el {until}. Pre-Legal Exhausted está pensado para cuando se han agotado todos los intentos extrajudiciales razonables, normalmente tras el periodo de 6 meses. ¿Cerrarlo igualmente como Pre-Legal Exhausted?',
  'refusals4.case.already':
    'El expediente {caseId} ya fue {done}: está en estado {status}, así que ya no se puede {verb}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    'El expediente {caseId} está en estado {status}, así que {can, select, not_yet {todavía no se puede {verb}} cannot {no se puede {verb}} other {ya no se puede {verb}}}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.verb.accept': 'aceptar',
  'refusals4.case.verb.decline': 'rechazar',
  'refusals4.case.verb.request_info': 'devolver para pedir más información',
  'refusals4.case.verb.offer_terms': 'ofrecer con condiciones especiales',
  'refusals4.case.verb.answer_info': 'responder',
  'refusals4.case.verb.register_payment': 'registrarle un pago',
  'refusals4.case.verb.close': 'cerrar',
  'refusals4.case.verb.withdraw': 'retirar',
  'refusals4.case.done.accepted': 'aceptado',
  'refusals4.case.done.declined': 'rechazado',
  'refusals4.case.done.closed': 'cerrado',
  'refusals4.case.done.withdrawn': 'retirado',
  'refusals4.case.done.offered_terms': 'ofrecido con condiciones especiales',
  'refusals4.case.done.sent_back': 'devuelto para pedir más información',
  'refusals4.case.advice.closed': 'Los expedientes cerrados no se pueden modificar.',
  'refusals4.case.advice.close_it': 'Para dejar de trabajar en él, ciérrelo con un código de cierre.',
  'refusals4.case.advice.with_network': 'Ahora está en la red de socios para recibir ofertas.',
  'refusals4.case.advice.verify_first': 'Primero acéptelo o recházelo.',
  'refusals4.case.advice.waiting_quotes': 'Está esperando ofertas; el acreedor puede retirar el lead.',
  'refusals4.case.advice.paused': 'Ya está en pausa tras una retirada; el socio lo cierra ahora.',
  'refusals4.case.advice.pull_back': 'Para detenerlo, retire el lead en su lugar.',
  'refusals4.case.advice.nobody_waiting': 'Nadie está esperando más información sobre él.',
  'refusals4.case.not_a_number':
    'Eso no es un número de expediente: los números de expediente llegan hasta {max}.',
  'refusals4.case.give_number': 'Indique un número de expediente.',
  'refusals4.money.not_amount': '"{amount}" no es un importe de dinero.',
  'refusals4.money.not_amount_that': 'Eso no es un importe de dinero.',
  'refusals4.money.decimals':
    '{amount} tiene más de dos decimales; indique el importe como mucho en céntimos.',
  'refusals4.money.negative':
    'Un importe no puede ser negativo: indíquelo sin signo menos, p. ej. 5000 (para corregir un pago, contacte con el soporte de Debitura).',
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {Ese importe}} es más de lo que puedo registrar: los importes llegan hasta {max}.',
  'refusals4.money.krone':
    '"kr" puede ser corona danesa, sueca, noruega o islandesa, y el expediente {caseId} está en {currency}, así que no sé qué moneda quiere decir. Indique el importe en {currency}, p. ej. "1200 {currency}" (conviértalo antes si se pagó en otra moneda).',
  'refusals4.money.not_rate': '"{rate}" no es un porcentaje.',
  'refusals4.money.rate_over': 'Un porcentaje de {rate} es más del 100 %.',
  'refusals4.perm.on_behalf_only':
    'El acreedor del expediente {caseId} tiene sus propios usuarios, así que toma esta decisión él mismo. El soporte solo puede {act} para un cliente que presentó un managing partner y cuyo propio acceso es de solo lectura.',
  'refusals4.perm.legal_network':
    'Los socios de la red jurídica no {what}: usted recibe leads y decide si envía una oferta. Si no quiere el expediente {caseId}, simplemente no envíe ninguna oferta.',
  'refusals4.perm.legal_network.verify': 'verifican expedientes',
  'refusals4.perm.legal_network.accept': 'aceptan expedientes',
  'refusals4.perm.legal_network.decline': 'rechazan expedientes',
  'refusals4.perm.legal_network.offer_terms': 'ofrecen condiciones especiales para expedientes',
  'refusals4.perm.support_only': 'Solo un agente de soporte puede {what}.',
  'refusals4.perm.support_only.link_codes': 'emitir códigos de vinculación',
  'refusals4.perm.support_only.link': 'vincular cuentas de chat',
  'refusals4.perm.support_only.unlink': 'desvincular cuentas de chat',
  'refusals4.perm.support_only.see_accounts': 'ver las cuentas de chat de otras personas',
  'refusals4.perm.support_only.see_reviews': 'ver los rechazos que esperan revisión manual',
  'refusals4.perm.support_only.resolve_review': 'resolver un rechazo que necesita revisión manual',
  'refusals4.perm.support_only.see_parked': 'ver los avisos que nadie pudo recibir',
  'refusals4.perm.support_only.requeue': 'volver a poner un aviso en cola',
  'refusals4.perm.settings.partner':
    'El uso compartido con la red es un ajuste de la cuenta del propio acreedor: solo los usuarios del acreedor (o el soporte de Debitura) pueden verlo o cambiarlo.',
  'refusals4.perm.settings.other':
    'Solo puede ver o cambiar los ajustes de la cuenta de su propia organización.',
  'refusals4.sharing.which':
    '¿Qué acreedor? Indique su nombre, p. ej. "is network sharing on for Acme ApS?" o "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Varios acreedores se llaman "{said}": {names}. ¿A cuál se refiere?',
  'refusals4.sharing.no_creditor': 'No hay ningún acreedor llamado "{said}" en la plataforma.',
  'refusals4.sharing.no_creditor_id': 'No existe el acreedor {creditorId}.',
  'refusals4.sharing.already':
    'El uso compartido con la red ya está {on, select, yes {activado} other {desactivado}} para {creditorName}: no hay nada que cambiar.',
  'refusals4.sharing.plan':
    '¿*{on, select, yes {Activar} other {Desactivar}}* el uso compartido con la red para {creditorName}?',
  'refusals4.sharing.plan.from_now': 'A partir de ahora, {meaning}.',
  'refusals4.sharing.plan.past': 'Los expedientes rechazados antes del cambio se quedan como están.',
  'refusals4.sharing.plan.told': 'Se informa del cambio a los usuarios de {creditorName}.',
  'refusals4.org_unknown': 'La plataforma no conoce su organización.',
  'refusals4.partner_unknown': 'La plataforma no conoce su organización asociada.',
  'refusals4.commission.partners_only':
    'Solo un socio de cobro puede abrir un expediente de comisión, por unos honorarios de éxito que un acreedor le debe.',
  'refusals4.commission.partners_only_prefill':
    'Solo un socio de cobro puede abrir un expediente de comisión por unos honorarios que se le deben.',
  'refusals4.commission.which':
    '¿Qué acreedor le debe los honorarios de éxito? Escriba por ejemplo "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor':
    'No hay ningún acreedor llamado "{said}" en la plataforma. Revise el nombre.',
  'refusals4.commission.no_creditor_id':
    'No existe el acreedor {creditorId}. Revise el identificador del acreedor.',
  'refusals4.commission.several':
    'Los nombres de varios acreedores empiezan por "{said}": {names}. ¿Cuál le debe los honorarios?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} está en {country}, una jurisdicción que su organización cubre por sí misma, así que un expediente de comisión contra él volvería a usted: los expedientes de comisión siguen la misma regla de jurisdicción propia que cualquier presentación. Contacte con el soporte de Debitura para cobrar los honorarios.',
  'refusals4.commission.already':
    'Ya abrió el expediente de comisión {caseId} contra {creditorName} por estos honorarios. Escriba "status {caseId}" para seguirlo.',
  'refusals4.commission.nothing_owed':
    'Según los registros de la plataforma, {creditorName} no debe a su organización honorarios de éxito{onCase, select, yes { por el expediente {caseId}} other {}}, así que no hay nada que rellenar.',
  'refusals4.commission.currencies':
    'Los honorarios que debe {creditorName} están en varias monedas ({currencies}); presente un expediente de comisión por moneda.',
  'refusals4.commission.file_hint':
    '{refusal} Abra el formulario de presentación ("submit a case") para adjuntarlo; el comentario de la comisión va en la descripción.',
  'refusals4.commission.plan':
    '¿Abrir un expediente de comisión contra {creditorName} por {amount} (Unpaid Invoice)?',
  'refusals4.commission.plan.prefilled':
    'Rellenado: deudor {creditorName} (empresa, {country}); su organización {clientName} es el cliente; comentario: "{comment}"',
  'refusals4.commission.done':
    'El expediente de comisión {caseId} contra {creditorName} por {amount} está abierto. {submitted}',
  'refusals4.quotes.not_yours':
    'El expediente {caseId} no es uno de sus expedientes y su organización no fue invitada a enviar ofertas, así que no puede ver sus ofertas.',
  'refusals4.lead.no_case':
    'No existe el expediente {caseId}. Compruebe el número de expediente y vuelva a intentarlo.',
  'refusals4.lead.none':
    'El expediente {caseId} no tiene lead, así que no hay ofertas. Las ofertas solo se reúnen tras un rechazo, tras unas condiciones especiales o cuando ningún socio exclusivo cubre un expediente.',
  'refusals4.lead.case_missing': 'El expediente {caseId} no existe.',
  'refusals4.route.support_only':
    'Solo el soporte (o la propia plataforma) puede asignar el expediente {caseId}.',
  'refusals4.route.again':
    'El expediente {caseId} ya está con un socio o en otro estado, así que no puede asignarse de nuevo.',
  'refusals4.due_today.support_only':
    'Lo que la plataforma tiene programado hoy es para los agentes de soporte. Para sus propios expedientes, pregunte "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'seleccionar una oferta para un expediente',
  'refusals4.submit.plan':
    'Presentar {claimType, select, unpaid_invoice {una factura impagada} other {un reembolso de préstamo}} de {amount} contra {debtorName} ({country}) para {clientName}, con unos honorarios de éxito del {pct} %.',
  'refusals4.submit.plan.fee':
    'Honorarios de éxito del {pct} %: {explained}. El SDCA es la fuente vinculante.',
  'refusals4.fee.explanation':
    '{pct} % ({region}, {upTo, select, yes {reclamaciones de hasta {max}} other {reclamaciones mayores}}){surcharge, select, yes { + {add} puntos por una deuda de {months} meses} other {}}',
  'refusals4.submit.plan.documents':
    'Documentos: {need, select, none {no se necesitan documentos (menos de 2.000 USD)} file_or_description {un archivo o una descripción (2.000–10.000 USD)} other {un archivo (más de 10.000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} lo recibe en Pending Verification.',
  'refusals4.submit.plan.network':
    'Ningún socio exclusivo lo cubre: va a la red jurídica para recibir ofertas.',
  'refusals4.submit.plan.client':
    '{clientName} se guarda como su cliente (solo nombre y país); usted sigue el expediente con acceso de solo lectura.',
  'refusals4.submit.done':
    'El expediente {caseId} se ha presentado para {clientName} con unos honorarios de éxito del {pct} %{exclusive, select, yes { y está con {partnerName} para su verificación.} other {; ningún socio exclusivo lo cubre, así que la red jurídica está enviando ofertas.}}',
  'refusals4.close.register_first':
    'El expediente {caseId} todavía no tiene ningún pago registrado, así que lo registraré y cerraré el expediente en un solo paso.',
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': 'Nombre de la empresa de su cliente',
  'forms.label.clientCountry': 'País de su cliente',
  'forms.hint.clientCountry': 'un nombre o dos letras, p. ej. Alemania o DE',
  'forms.label.debtorName': 'Nombre del deudor',
  'forms.label.debtorType': 'Tipo de deudor',
  'forms.option.company': 'Empresa',
  'forms.option.person': 'Particular',
  'forms.label.debtorCountry': 'País del deudor',
  'forms.hint.debtorCountry': 'un nombre o dos letras, p. ej. Dinamarca o DK',
  'forms.label.debtorRegion': 'Región del deudor',
  'forms.label.claimType': 'Tipo de reclamación',
  'forms.option.unpaid_invoice': 'Factura impagada',
  'forms.option.loan_repayment': 'Devolución de préstamo',
  'forms.label.principal': 'Importe adeudado',
  'forms.hint.principal': 'p. ej. 12500, 4.800,00 o 4,800.00',
  'forms.label.currency': 'Moneda',
  'forms.hint.currency': 'p. ej. EUR',
  'forms.label.debtDate': 'Fecha de vencimiento de la deuda',
  'forms.hint.debtDate': 'p. ej. 30/06/2026 o 2026-06-30',
  'forms.label.disputed': '¿Disputa el deudor la reclamación?',
  'forms.option.no': 'No',
  'forms.option.yes': 'Sí',
  'forms.label.documentName': 'Documento (nombre del archivo)',
  'forms.hint.documentName':
    'obligatorio por encima de 10.000 USD; desde 2.000 USD, un archivo o una descripción',
  'forms.label.description': 'Descripción de la reclamación',
  'forms.submit': 'Continuar',
  'forms.cancel': 'Cancelar',
  'forms.modal.submit_case': 'Enviar un caso',
  'forms.document_rule':
    'Documentos según el importe (equivalente en USD): por debajo de 2.000, ninguno; de 2.000 a 10.000, un archivo o una descripción; por encima de 10.000, un archivo.',
  'forms.submit_case_note':
    'Solo casos no disputados, fuera de las jurisdicciones que usted cubre. La comisión de éxito se le muestra para que la confirme antes de enviar el caso.',
  'forms.open_form': 'Abrir el formulario: {title}',
  'forms.continue_to': 'Continuar: {title}',
  'forms.needed': '{label} es obligatorio.',
  'forms.problem.too_long': '{label} es demasiado largo (200 caracteres como máximo).',
  'forms.problem.pick_one': '{label}: elija una de estas opciones: {options}.',
  'forms.problem.principal':
    'El importe adeudado debe ser un número positivo, p. ej. 12500, 4.800,00 o 4,800.00.',
  'forms.problem.paymentAmount':
    'El importe recuperado debe ser un número positivo, p. ej. 1200, 1.200,50 o 1,200.50.',
  'forms.problem.paymentCurrency': 'La moneda debe ser un código de tres letras, p. ej. EUR.',
  'forms.problem.description': 'La descripción es demasiado larga (2.000 caracteres como máximo).',
  'forms.case_number': 'Número de caso',
  'forms.case_placeholder': 'p. ej. 123',
  'forms.modal.decline': 'Rechazar caso',
  'forms.modal.close': 'Cerrar caso',
  'forms.decline.reason': '¿Por qué lo rechaza?',
  'forms.decline.hint':
    'Un motivo concreto y objetivo, p. ej. «el deudor fue declarado en quiebra en mayo». Se informa al acreedor en términos profesionales; usted confirma antes de que ocurra nada.',
  'forms.decline.placeholder': 'Un motivo concreto y objetivo',
  'forms.close.code': 'Código de cierre',
  'forms.close.choose': 'Elija el resultado',
  'forms.close.comment': 'Comentario',
  'forms.close.comment_hint': 'Obligatorio para «Other»; recomendado en todo cierre.',
  'forms.close.amount': 'Importe recuperado',
  'forms.close.amount_hint': 'Solo para Paid o Partially paid: el pago se registra antes de cerrar el caso.',
  'forms.close.currency': 'Moneda del pago',
  'forms.close.currency_placeholder': 'p. ej. EUR (vacío: la moneda del caso)',
  'forms.close.comment_teams': 'Comentario (obligatorio para Other)',
  'forms.close.amount_teams': 'Importe recuperado (Paid / Partially paid)',
  'forms.group.success': 'Éxito',
  'forms.group.partner_decline': 'Rechazo del socio',
  'forms.group.client_decision': 'Decisión del cliente',
  'forms.group.process_completion': 'Fin del proceso',
  'forms.group.fallback': 'Otros',
  'forms.krone_why':
    '"kr" puede ser corona danesa, sueca, noruega o islandesa, y el expediente {caseId} está en {currency}, así que no sé qué moneda quiere decir.',
};
