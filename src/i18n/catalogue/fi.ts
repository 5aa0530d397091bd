import type { Translations } from '../messages.ts';

// Finnish (suomi). Formal business Finnish (the reader addressed as "te"); the platform's own terms
// ("Collecting Quotes") and the commands people type in English, quoted. Values are set where Finnish needs
// no inflection of them (the noun before a number carries the case).

export const fi: Translations = {
  'decline.letter':
    'Hyvä {creditorName}\n\nPerintäkumppani, jolle toimeksianto #{caseId} (velallinen: {debtorName}) oli osoitettu, on kieltäytynyt toimeksiannosta. {why}\n\n{next}\n\nJos teillä on kysyttävää tästä päätöksestä, vastatkaa tähän viestiin tai ottakaa yhteyttä Debituran asiakastukeen ja mainitkaa toimeksiannon viite #{caseId}.\n\nYstävällisin terveisin\nDebitura',
  'decline.letter.managed':
    'Hyvä {recipientName}\n\nPerintäkumppani, jolle toimeksianto #{caseId} oli osoitettu, on kieltäytynyt toimeksiannosta. Toimititte toimeksiannon asiakkaanne {clientName} puolesta (velallinen: {debtorName}). {why}\n\n{next}\n\nJos teillä on kysyttävää tästä päätöksestä, vastatkaa tähän viestiin tai ottakaa yhteyttä Debituran asiakastukeen ja mainitkaa toimeksiannon viite #{caseId}.\n\nYstävällisin terveisin\nDebitura',
  'decline.fallback.creditor': 'asiakas',
  'decline.fallback.partner': 'yhteistyökumppani',
  'decline.fallback.client': 'asiakkaanne',
  'decline.fallback.debtor': 'velallinen',
  'decline.why.below_minimum':
    'Syy: saatavan määrä alittaa kumppanin vähimmäisrajan (tyypillisesti USD 100,00:aa vastaava summa vapaaehtoisessa perinnässä).',
  'decline.why.conflict_of_interest':
    'Syy: kumppanilla on eturistiriita (se esimerkiksi edustaa jo velallista), joka estää sitä ottamasta toimeksiantoa vastaan.',
  'decline.why.custom_terms_requested':
    'Syy: toimeksianto edellyttää erityisehtoja, joita kumppani ei voi tarjota vakiosopimuksen puitteissa.',
  'decline.why.duplicate': 'Syy: toimeksianto oli jo aiemmin toimitettu kumppanille.',
  'decline.why.fraud_risk':
    'Syy: kumppani havaitsi merkkejä siitä, että saatavaan voi liittyä petoksen riski.',
  'decline.why.insolvency_or_ceased': 'Syy: velallinen vaikuttaa olevan konkurssissa, kuollut tai lakannut.',
  'decline.why.misclassified_not_prelegal':
    'Syy: saatava vaikuttaa riitautetulta tai edellyttää oikeudellisia toimia vapaaehtoisen perinnän sijaan.',
  'decline.why.missing_information':
    'Syy: jatkamiseen tarvittavia olennaisia tietoja puuttuu edelleen, vaikka niitä on pyydetty. Velallisen täydelliset tiedot ja liiteasiakirjat (lasku, sopimus) auttavat seuraavaa kumppania aloittamaan nopeasti.',
  'decline.why.out_of_jurisdiction':
    'Syy: velallinen on kumppanin kattaman maantieteellisen alueen ulkopuolella.',
  'decline.why.regulatory_restriction':
    'Syy: kumppanilla ei ole lupaa periä saatavia velallisen lainkäyttöalueella.',
  'decline.why.sanctions_legal_block':
    'Syy: pakotteet tai muu oikeudellinen rajoitus estävät kumppania käsittelemästä toimeksiantoa.',
  'decline.why.time_barred':
    'Syy: saatava vaikuttaa vanhentuneen, eikä sitä välttämättä voi enää periä oikeudellisesti.',
  'decline.why.untraceable_debtor':
    'Syy: kumppani ei pystynyt varmistamaan tai selvittämään velallisen osoitetta tai yhteystietoja.',
  'decline.why.manual_review':
    'Tiimimme käy kumppanin perustelun läpi, ja olemme teihin yhteydessä, jos tarvitsemme lisätietoja.',
  'decline.next.network':
    'Mitä seuraavaksi tapahtuu: toimeksiantonne on jaettu kumppaniverkostollemme, ja muita päteviä perintäkumppaneita kutsutaan nyt tekemään tarjouksia. Toimeksiannon tila on "Collecting Quotes", ja saatte ilmoituksen heti, kun tarjoukset ovat valmiina tarkasteltavaksi.',
  'decline.next.no_partners':
    'Mitä seuraavaksi tapahtuu: toimeksianto on tarkoitus jakaa kumppaniverkostollemme, mutta mikään muu perintäkumppani ei tällä hetkellä kata sitä, joten yhtään kumppania ei ole vielä kutsuttu. Asiakastukemme on saanut tiedon ja etsii sopivaa kumppania; olemme teihin yhteydessä heti, kun asiassa on uutta. Siihen asti toimeksiannon tila on "Collecting Quotes".',
  'decline.next.closed':
    'Mitä seuraavaksi tapahtuu: koska jakaminen kumppaniverkostolle on poistettu käytöstä tililtänne, toimeksianto on nyt suljettu, eikä sitä tarjota muille kumppaneille. Jos haluatte toimittaa toimeksiannon uudelleen tai selvittää muita vaihtoehtoja, ottakaa yhteyttä Debituran asiakastukeen.',

  'category.conflict_of_interest': 'Eturistiriita',
  'category.custom_terms_requested': 'Erityisehtoja pyydetty',
  'category.below_minimum': 'Alle vähimmäismäärän',
  'category.untraceable_debtor': 'Velallista ei tavoiteta',
  'category.out_of_jurisdiction': 'Toimialueen ulkopuolella',
  'category.time_barred': 'Vanhentunut',
  'category.regulatory_restriction': 'Sääntelyrajoitus',
  'category.sanctions_legal_block': 'Pakotteet tai oikeudellinen este',
  'category.misclassified_not_prelegal': 'Väärin luokiteltu',
  'category.insolvency_or_ceased': 'Maksukyvyttömyys tai toiminta lakannut',
  'category.duplicate': 'Kaksoiskappale',
  'category.missing_information': 'Olennaisia tietoja puuttuu',
  'category.fraud_risk': 'Petoksen riski',

  'lead.managed_next_step':
    'Teillä on toimeksiantoon {caseId} vain lukuoikeus: jos haluatte valita tarjouksen tai keskeyttää toimeksiannon asiakkaanne puolesta, ottakaa yhteyttä Debituran asiakastukeen ja mainitkaa viite #{caseId}.',
  'lead.quotes_ready': 'Toimeksiantoon {caseId} ({debtorName}) on saatu tarjouksia: {quotes}. {next}',
  'lead.quotes_ready.item': 'tarjous {quoteId}: {partnerName}, {pct} %',
  'lead.quotes_ready.next':
    'Vastatkaa "go with quote <numero> on case {caseId}" valitaksenne tarjouksen tai "pull back case {caseId}" keskeyttääksenne toimeksiannon.',
  'lead.quotes_ready.alert':
    'Liidi {leadId}, toimeksianto {caseId}: {count, plural, one {# tarjous} other {# tarjousta}} valmiina velkojalle.',
  'lead.declined_options':
    'Yksikään perintäkumppani ei ollut kiinnostunut toimeksiannosta {caseId} ({debtorName}): kaikki kutsutut kumppanit kieltäytyivät tai tarjousaika päättyi ilman tarjouksia. Voitte muuttaa toimeksiannon ehtoja (korkeampi onnistumispalkkio, enemmän asiakirjoja) tai valita toisen lähestymistavan, kuten oikeudelliset toimet. {next}',
  'lead.declined_options.next':
    'Pyytäkää asiakastukea käynnistämään prosessi uudelleen tai vastatkaa "pull back case {caseId}" sulkeaksenne toimeksiannon.',
  'lead.reminder':
    'Muistutus: toimeksiannossa {caseId} on {count, plural, one {# tarjous, joka on odottanut} other {# tarjousta, jotka ovat odottaneet}} valintaanne {since} lähtien. {next}{last, select, yes { Liidi vanhenee nyt, {days} päivää sen jälkeen, kun tarjoukset olivat valmiina; voitte silti valita tarjouksen myöhemmin.} other {}}',
  'lead.reminder.next':
    'Kirjoittakaa "quotes for case {caseId}" vertaillaksenne tarjouksia ja valitaksenne yhden.',
  'lead.expired':
    'Toimeksiannon {caseId} ({debtorName}) tarjoukset ovat vanhentuneet: yhtään tarjousta ei valittu {days} päivän kuluessa. {next}',
  'lead.expired.next':
    'Voitte edelleen valita {count, plural, one {tarjouksen} other {yhden # tarjouksesta}} manuaalisesti ("go with quote <numero> on case {caseId}") tai vetää toimeksiannon takaisin.',
  'lead.no_quote_escalation':
    'Toimeksiannosta {caseId} ({debtorName}) kieltäydyttiin {day}{reason, select, none {} other { ({reason})}}, eikä siihen ole saatu yhtään tarjousta {days} arkipäivän kuluessa. Ottakaa yhteyttä Debituran asiakastukeen ja mainitkaa toimeksiannon viitenumero (#{caseId}), saamanne kieltäytymisen syy sekä muut tiedot, jotka katsotte olennaisiksi. Olemme jo ilmoittaneet asiasta asiakastuelle.',
  'notice.case_accepted':
    '{partnerName} on hyväksynyt toimeksiannon {caseId} ({debtorName}) ja aloittanut perinnän. Perintäjakso jatkuu {day} asti.',
  'reply.cancelled': 'Peruttu; mitään ei muutettu.',
  'reply.already_confirmed': 'Tämä on jo vahvistettu tai peruttu; muuta ei tehty.',
  'reply.none':
    'En tunnistanut pyyntöä, jonka voisin käsitellä. Kirjoittakaa "help" nähdäksenne, mitä voitte kysyä; jokaisessa muutoksessa mainitaan toimeksiannon numero.',
  'confirm.expires': 'Tämä vahvistus vanhenee {duration} kuluttua.',
  'confirm.button.confirm': 'Vahvista',
  'confirm.button.cancel': 'Peruuta',
  'duration.minutes': '{n, plural, one {# minuutin} other {# minuutin}}',
  'duration.hours': '{n, plural, one {# tunnin} other {# tunnin}}',
  'help.title': 'Näissä voin auttaa',
  'help.intro': 'Hei {name}, voitte kirjoittaa:',
  'help.outro':
    'Näytän aina, mitä tapahtuu, ja pyydän vahvistuksen ennen kuin mitään muutetaan. Kirjoittakaa *cancel* hylätäksenne kysymyksen.',
  'help.support_note':
    'Voitte lukea kaikki toimeksiannot, ja saatte tiedon kieltäytymisistä, jotka on tarkistettava manuaalisesti.',
  'accept.plan': 'Hyväksy toimeksianto {caseId} ({debtorName}) ja aloita perintä.',
  'accept.plan.active': 'Toimeksiannon tilaksi tulee Active, ja 6 kuukauden perintäjakso jatkuu {day} asti.',
  'accept.plan.told': '{who, select, managing {Hallinnoivalle kumppanille} other {Velkojalle}} ilmoitetaan.',
  'accept.done':
    'Toimeksianto {caseId} on Active. Perintäjakso jatkuu {day} asti; {who, select, managing {hallinnoivalle kumppanille} other {velkojalle}} on ilmoitettu.',
  'language.set': 'Tästä lähtien vastaan teille suomeksi, ja ilmoituksenne kirjoitetaan suomeksi.',
  'language.unknown':
    'Voin vastata englanniksi, tanskaksi, ruotsiksi, norjaksi, saksaksi, suomeksi ja espanjaksi. Minkä kielen haluatte? Esimerkiksi "speak Finnish" tai "language: fi".',
  'email.greeting': 'Hei {name},',
  'email.footer':
    'Saatte tämän sähköpostin, koska ette ole yhdistäneet Debituraa Slackiin tai Teamsiin. Yhdistäkää chat-tilinne, niin saatte ilmoitukset jatkossa sinne.',
  'email.subject': '{caseId, select, none {Debitura: {what}} other {Debitura: toimeksianto {caseId} {what}}}',
  'subject.case.declined': 'kumppani kieltäytyi',
  'subject.case.accepted': 'hyväksytty',
  'subject.lead.quotes_ready': 'tarjoukset valmiina tarkasteltavaksi',
  'subject.lead.reminder': 'muistutus: valitkaa tarjous',
  'subject.lead.expired': 'tarjousaika päättyi',
  'subject.lead.declined_options': 'mitä kieltäytymisen jälkeen tapahtuu',
  'subject.lead.no_quote_escalation': 'ei tarjouksia: asiakastuki hoitaa asian',
  'notice.info_requested':
    '{partnerName} tarvitsee lisätietoja ennen kuin toimeksiannon {caseId} ({debtorName}) käsittely voi alkaa: {question} Vastatkaa toimeksiannon {caseId} tiedoilla, niin toimeksianto palaa kumppanille tarkistettavaksi.',
  'notice.period_ended':
    'Toimeksiannon {caseId} 6 kuukauden perintäjakso päättyi {day}. Kumppani jatkaa, kunnes se sulkee toimeksiannon. {next}',
  'notice.period_ended.withdraw':
    'Jos vedätte toimeksiannon takaisin nyt, se suljetaan heti tilaan Withdrawn by Client.',
  // --- Round 2: partners and support, escalation, network sharing
  'lead.invitation':
    'Uusi liidi {leadId}: toimeksianto {caseId}, velallisena {debtorType, select, company {yritys} person {yksityishenkilö} other {{debtorType}}} ({where}), {claimType, select, unpaid_invoice {maksamaton lasku} loan_repayment {lainan takaisinmaksu} other {{claimType}}}, {amount}. Tarjouksia kerätään {until} UTC asti. Vastatkaa "quote <prosentti>% on case {caseId}" antaaksenne tarjouksen tai "no quote on case {caseId}" jättääksenne tarjoamatta.',
  'lead.no_partners':
    'Toimeksiannon {caseId} liidi {leadId} (avattu {origin, select, decline {sen jälkeen, kun nimetty kumppani hylkäsi sen} custom_terms {koska nimetty kumppani tarjosi erityisehtoja} legal_escalation {oikeudellista jatkokäsittelyä varten} other {koska mikään yksinoikeudellinen kumppani ei kata sitä}}) ei vastaa yhtäkään kumppania maassa {country}. Etsikää sille kumppanit käsin.',
  'decline.needs_review':
    '{partnerName} hylkäsi toimeksiannon {caseId} ({debtorName}) perusteella, joka ei sovi mihinkään hylkäysluokkaan: "{reason}". Tarkistakaa se ja asettakaa luokka (ratkaiskaa tarkistus toimeksiannossa {caseId}).',
  'decline.needs_review.doubt':
    '{partnerName} hylkäsi toimeksiannon {caseId} ({debtorName}) perusteella "{reason}". {doubt} Velkojalle ei ole vielä kerrottu perustetta. Tarkistakaa se ja asettakaa luokka (ratkaiskaa tarkistus toimeksiannossa {caseId}).',
  'escalate.stop_for_legal':
    'Velkoja on siirtänyt toimeksiannon {caseId} ({debtorName}) oikeudelliseen perintään sovinnollisen perintäjakson jälkeen. Toimeksiantonne päättyy tilaan Pre-Legal Exhausted: lopettakaa kaikki perintätoimet. Oikeudellinen verkosto tekee nyt siitä tarjouksia.',
  'escalate.done':
    'Toimeksianto {caseId} on siirretty oikeudelliseen perintään: {invited, plural, =0 {yksikään oikeudellisen verkoston kumppani ei vielä kata maata {country}, joten tuki etsii sellaista (liidi {leadId})} one {# oikeudellisen verkoston kumppani on kutsuttu tekemään tarjous (liidi {leadId})} other {# oikeudellisen verkoston kumppania on kutsuttu tekemään tarjous (liidi {leadId})}}{told, select, none {} other {; kumppania {told} on pyydetty lopettamaan perintä}}. Saatte tiedon, kun tarjoukset ovat valmiina.',
  'sharing.meaning':
    '{on, select, yes {kun kumppani hylkää {whose, select, your {teidän} other {sen}} toimeksiannon, toimeksianto siirtyy kumppaniverkostolle, jotta muut kumppanit voivat tehdä tarjouksia} other {kun kumppani hylkää {whose, select, your {teidän} other {sen}} toimeksiannon, toimeksianto suljetaan}}',
  'sharing.status':
    'Verkostojako on *{on, select, yes {päällä} other {pois päältä}}* {own, select, yes {tilillänne} other {velkojalla {creditorName}}}: {meaning}. {own, select, yes {Sanokaa "turn {on, select, yes {off} other {on}} network sharing" muuttaaksenne sitä.} other {Sanokaa "turn {on, select, yes {off} other {on}} network sharing for {creditorName}" muuttaaksenne sitä.}}',
  'sharing.now':
    'Verkostojako on nyt {on, select, yes {päällä} other {pois päältä}} velkojalla {creditorName}. Tästä lähtien: {meaning}. Aiemmin hylätyt toimeksiannot pysyvät ennallaan.',
  'sharing.changed_by_support':
    'Debituran tuki on {on, select, yes {ottanut verkostojaon käyttöön} other {poistanut verkostojaon käytöstä}} velkojalla {creditorName}. Tästä lähtien: {meaning}.',
  // --- Round 2: quotes chosen or not, lead withdrawn
  'quote.accepted':
    'Tarjouksenne {quoteId} ({pct} %) toimeksiannosta {caseId} ({debtorName}) valittiin. Toimeksianto on osoitettu teille ja on tilassa Active: voitte aloittaa työn heti.',
  'quote.declined.other_partner':
    'Tarjoustanne {quoteId} toimeksiannosta {caseId} ei valittu: velkoja valitsi toisen kumppanin. Teidän ei tarvitse tehdä mitään.',
  'quote.declined.pullback':
    'Tarjoustanne {quoteId} toimeksiannosta {caseId} ei valittu: velkoja päätti olla jatkamatta minkään tarjouksen kanssa. Teidän ei tarvitse tehdä mitään.',
  'lead.withdrawn': 'Velkoja peruutti toimeksiannon {caseId} liidin; tarjousta ei enää tarvita.',
  'quote.selected_for_client':
    'Debituran tuki valitsi asiakkaanne {clientName} puolesta kumppanin {partnerName} tarjouksen {quoteId} ({pct} % onnistumispalkkio) toimeksiannossa {caseId} ({debtorName}). Toimeksianto on nyt kumppanilla {partnerName} ja tilassa Active; voitte seurata sitä komennolla "status {caseId}".',

  // --- Round 2 (cat2a): refusals, questions, declining a case ---
  'perm.act.view': 'toimeksiannon tarkastelu',
  'perm.act.accept': 'toimeksiannon hyväksyminen',
  'perm.act.decline': 'toimeksiannon hylkääminen',
  'perm.act.request_info': 'lisätietojen pyytäminen toimeksiantoon',
  'perm.act.offer_terms': 'erityisehtojen tarjoaminen toimeksiantoon',
  'perm.act.register_payment': 'maksun kirjaaminen toimeksiantoon',
  'perm.act.close': 'toimeksiannon sulkeminen',
  'perm.act.withdraw': 'toimeksiannon peruuttaminen',
  'perm.act.answer_info': 'toimeksiannon tietopyyntöön vastaaminen',
  'perm.act.select_quote': 'tarjouksen valitseminen toimeksiantoon',
  'perm.act.pullback': 'toimeksiannon vetäminen takaisin',
  'perm.act.escalate': 'toimeksiannon eskalointi',
  'perm.act.submit_quote': 'tarjouksen antaminen toimeksiantoon',
  'perm.act.decline_to_quote': 'toimeksiannon liidistä kieltäytyminen',
  'perm.act.resolve_review': 'toimeksiannon hylkäyksen tarkistuksen ratkaiseminen',
  'perm.act.message': 'kirjoittaminen toimeksiannon keskusteluun',
  'perm.act.read_messages': 'toimeksiannon keskustelun lukeminen',
  'perm.act.add_info': 'tietojen lisääminen toimeksiantoon',
  'perm.who.parties':
    'toimeksiannon {caseId} osapuolet (sitä hoitava kumppani sekä sen velkoja tai hallinnoiva kumppani)',
  'perm.who.assigned': 'toimeksiantoa {caseId} hoitava perintäkumppani',
  'perm.who.creditor_or_managing': 'toimeksiannon {caseId} velkoja (tai sen jättänyt hallinnoiva kumppani)',
  'perm.who.creditor': 'toimeksiannon {caseId} velkoja',
  'perm.who.lead': 'toimeksiannon {caseId} liidiin kutsutut kumppanit',
  'perm.who.support': 'tukihenkilö',
  'perm.only': 'Toiminto ({act}) on sallittu vain seuraavalle: {who}.',
  'perm.refused.managing':
    'Jätitte toimeksiannon {caseId} asiakkaanne puolesta, joten teillä on siihen vain lukuoikeus: voitte seurata sitä (kirjoittakaa "status {caseId}") ja viestiä sitä hoitavalle kumppanille toimeksiannon keskustelussa (kirjoittakaa "message the partner on {caseId}: …"), mutta toiminto ({act}) ei ole teille sallittu.{partnerWork, select, yes {} other { Jos haluatte toimia asiakkaanne puolesta, ottakaa yhteyttä Debituran tukeen.}}',
  'perm.refused.creditor':
    '{only} Velkojana voitte seurata toimeksiantoa {caseId}, vastata kumppanin kysymyksiin, peruuttaa sen tai valita sen tarjouksista.',
  'perm.refused.assigned':
    '{only} Hoidatte toimeksiantoa {caseId}: voitte kirjata siihen maksuja ja sulkea sen sulkemiskoodilla.',
  'perm.refused.lead':
    'Toimeksianto {caseId} on liidi, johon organisaationne on kutsuttu antamaan tarjous, ei teille osoitettu toimeksianto, joten toiminto ({act}) ei ole teille sallittu{decline, select, yes {: liidejä ei hylätä} other {}}. Antakaa tarjous kirjoittamalla "quote <percent>% on case {caseId}"; jos ette halua sitä, ohittakaa se kirjoittamalla "no quote on case {caseId}".',
  'perm.refused.former':
    'Organisaationne ei enää hoida toimeksiantoa {caseId}, joten toiminto ({act}) ei ole teille sallittu. Voitte edelleen tarkastella sen tilaa.',
  'perm.refused.support':
    'Tuki voi lukea toimeksiannon {caseId} ja ratkaista hylkäysten tarkistuksia, mutta toiminto ({act}) on sallittu vain seuraavalle: {who}.',
  'perm.refused.stranger':
    'Toimeksianto {caseId} ei ole teidän toimeksiantojanne, joten ette voi tarkastella tai muuttaa sitä.',
  'case.not_found': 'Toimeksiantoa {caseId} ei ole. Tarkistakaa toimeksiannon numero.',
  'case.which': 'Mikä toimeksianto? Antakaa toimeksiannon numero, esimerkiksi "case 123".',
  'ask.case': 'Mitä toimeksiantoa tarkoitatte? Antakaa toimeksiannon numero.',
  'ask.reason':
    'Mikä on syy toimeksiannon {caseId} hylkäämiseen? Olkaa täsmällinen ja asiallinen (esimerkiksi: "velallisyhtiö purettiin viime vuonna").',
  'ask.code': 'Millä sulkemiskoodilla toimeksianto {caseId} suljetaan?',
  'ask.other_comment':
    'Toimeksiannon {caseId} sulkeminen koodilla *Other* vaatii kommentin: mitä tapahtui? Ehdotan tarkempaa koodia, jos jokin sopii.',
  'ask.amount':
    'Paljonko velallinen maksoi toimeksiantoon {caseId}? Antakaa summa ja valuutta, esim. "1200 EUR".',
  'ask.success_fee':
    'Minkä onnistumispalkkion tarjoatte toimeksiannosta {caseId}, prosentteina perityistä varoista? (esim. "18%")',
  'ask.answer': 'Mitä tietoja lähetätte kumppanille toimeksiannosta {caseId}?',
  'ask.category':
    'Mikä hylkäysluokka sopii toimeksiannon {caseId} hylkäykseen? Nimetkää yksi, esim. "duplicate", "time barred", "conflict of interest".',
  'ask.quote':
    'Minkä tarjouksen valitsette toimeksiannolle {caseId}? Antakaa tarjouksen numero (kirjoittakaa "quotes on {caseId}" nähdäksenne ne).',
  'ask.message':
    'Mikä on viestinne toimeksiannosta {caseId}? Se menee toimeksiannon keskustelun toiselle osapuolelle ja tallennetaan toimeksiantoon.',
  'ask.information':
    'Mitä tietoja lisäätte toimeksiantoon {caseId}? Esimerkiksi velallisen uuden osoitteen tai sen, mitä puuttui.',
  'decline.plan':
    'Hylkää toimeksianto {caseId} {category, select, none {tuen manuaalista tarkistusta varten (syy ei sovi mihinkään luokkaan, tai toimeksianto ei tue sitä)} other {luokalla *{label}*}}. {who, select, managing {Hallinnoivalle kumppanille} other {Velkojalle}} ilmoitetaan; {sharing, select, yes {toimeksianto menee kumppaniverkostolle tarjouksia varten.} other {verkostojako on pois päältä, joten toimeksianto suljetaan koodilla Case never started.}}',
  'decline.plan.doubt':
    '{doubt} Tuki tarkistaa syyn ennen kuin se kerrotaan {who, select, managing {hallinnoivalle kumppanille} other {velkojalle}}.',
  'decline.plan.told':
    '{who, select, managing {Hallinnoiva kumppani} other {Velkoja}} saa viestin, joka selittää hylkäyksen.',
  'decline.plan.assignment':
    'Toimeksiantonne päättyy koodilla Case never started, mikä ei vaikuta pisteisiinne.',
  'decline.plan.lead':
    'Kumppaniverkostolle avataan liidi (ilman teitä), ja toimeksiannon tila on Collecting Quotes.',
  'decline.plan.closed': 'Toimeksianto on Closed koodilla Case never started.',
  'decline.plan.review': 'Tuki tarkistaa syyn ja asettaa luokan.',
  'decline.done':
    'Toimeksianto {caseId} hylätty {category, select, none {(tuki tarkistaa syyn)} other {luokalla {label}}}; {who, select, managing {hallinnoivalle kumppanille} other {velkojalle}} on ilmoitettu, ja {next, select, closed {verkostojako on pois päältä, joten se on Closed koodilla Case never started} searching {sen tila on Collecting Quotes, mutta mikään verkoston kumppani ei vielä kata sitä, joten tuki etsii sopivaa (liidi {leadId})} lead {sen tila on Collecting Quotes kumppaniverkostolta (liidi {leadId})} other {sen tila on Collecting Quotes kumppaniverkostolta}}.{doubt}',
  'decline.doubt': 'Syy vaikuttaa luokalta "{label}", mutta {why}',
  'decline.doubt.below_minimum':
    'toimeksianto {caseId} on {amount}, mikä on vähintään kumppanin minimin {minimum} suuruinen.',
  'decline.doubt.out_of_jurisdiction': 'velallinen on alueella {where}, jonka kumppani kattaa.',
  'decline.doubt.duplicate': 'tältä velkojalta ei ole muuta toimeksiantoa tätä velallista vastaan.',
  'category.label.conflict_of_interest': 'Eturistiriita',
  'category.label.custom_terms_requested': 'Erityisehtoja pyydetty',
  'category.label.below_minimum': 'Alle vähimmäismäärän',
  'category.label.untraceable_debtor': 'Velallista ei tavoiteta',
  'category.label.out_of_jurisdiction': 'Toimialueen ulkopuolella',
  'category.label.time_barred': 'Vanhentunut',
  'category.label.regulatory_restriction': 'Sääntelyrajoitus',
  'category.label.sanctions_legal_block': 'Pakotteet tai oikeudellinen este',
  'category.label.misclassified_not_prelegal': 'Väärin luokiteltu',
  'category.label.insolvency_or_ceased': 'Maksukyvyttömyys tai toiminta lakannut',
  'category.label.duplicate': 'Kaksoiskappale',
  'category.label.missing_information': 'Olennaisia tietoja puuttuu',
  'category.label.fraud_risk': 'Petoksen riski',

  // --- Round 2 (cat2a): the engine's own sentences ---
  'engine.choice_expired': 'Tämä valinta on jo käytetty tai se on vanhentunut; mitään muuta ei tehty.',
  'engine.choice_not_yours':
    'Vain {known, select, yes {{name}} other {kysyjä}} voi vastata tähän; pyyntö oli hänen. Mitään ei muutettu.',
  'engine.choice_used': 'Tämä valinta on jo käytetty; mitään muuta ei tehty.',
  'engine.choice_unknown': 'En ymmärtänyt tätä valintaa.',
  'engine.cannot_do':
    'En voi vielä tehdä toimintoa "{action}" keskustelussa. Kirjoittakaa "help" nähdäksenne, mitä voin tehdä.',
  'engine.no_longer': 'Tämä komento ei ole enää käytettävissä.',
  'engine.carried_out': 'Vahvistettu ja suoritettu{has, select, yes {: {summary}} other {.}}',
  'engine.closecode_tell':
    'Kertokaa, mitä toimeksiannossa tapahtui, niin ehdotan siihen sopivaa sulkemiskoodia.',
  'engine.need_more':
    'Tarvitsen hieman lisää tietoa: {missing, select, none {mitä haluatte tehdä} other {{missing}}}. Kirjoittakaa "help" nähdäksenne esimerkkejä.',
  'engine.need_argument': 'Tarvitsen jatkaakseni tiedon: {missing}.',
  'engine.failed':
    'Valitettavasti jokin meni vikaan päässäni, eikä mitään muutettu. Yrittäkää hetken kuluttua uudelleen; jos ongelma jatkuu, ottakaa yhteyttä tukeen.',
  'platform.unreachable':
    'En tavoita toimeksiantoalustaa juuri nyt; mitään ei muutettu. Yrittäkää minuutin kuluttua uudelleen.',
  'platform.too_slow':
    'Toimeksiantoalusta vastaa juuri nyt liian hitaasti; mitään ei muutettu. Yrittäkää minuutin kuluttua uudelleen.',

  // --- Round 2 (cat2a): payments and information requests ---
  'payment.plan': 'Kirjaa maksu *{amount}* toimeksiantoon {caseId} ({debtorName}).',
  'payment.plan.effect':
    'Maksu kirjataan; sulkekaa toimeksianto koodilla Paid tai Partially paid, kun perintä on valmis.',
  'payment.done':
    'Maksu {amount} kirjattu toimeksiantoon {caseId}; tähän mennessä maksettu {total}. Sulkekaa se koodilla Paid tai Partially paid, kun olette valmis.',
  'payment.zero': 'Maksun on oltava suurempi kuin nolla.',
  'payment.currency':
    'Toimeksiannon {caseId} valuutta on {caseCurrency}, joten kirjatkaa maksu valuutassa {caseCurrency} (muuntakaa {currency}-määräinen summa ensin).',
  'info.plan':
    'Pyydä {who, select, managing {hallinnoivalta kumppanilta} other {velkojalta}} lisätietoja toimeksiannosta {caseId}: "{question}"',
  'info.plan.effect':
    'Toimeksiannon tila on Needs Additional Details, kunnes he vastaavat, minkä jälkeen se palaa tilaan Pending Verification.',
  'info.done':
    'Toimeksiannon {caseId} tila on Needs Additional Details; {who, select, managing {hallinnoivalta kumppanilta} other {velkojalta}} on kysytty: "{question}"',

  // --- Round 2 (cat2a): withdrawing a case ---
  'withdraw.plan.within': 'Peruuta toimeksianto {caseId} ({debtorName}) perintäjakson aikana ({day} asti).',
  'withdraw.plan': 'Peruuta toimeksianto {caseId} ({debtorName}).',
  'withdraw.effect.paused': 'Toimeksianto keskeytetään, ja kumppani sulkee sen.',
  'withdraw.effect.fee': 'Täysi onnistumispalkkio ja perintäkulut veloitetaan.',
  'withdraw.effect.closed':
    'Toimeksianto suljetaan heti koodilla Withdrawn by Client, ja kumppania pyydetään lopettamaan kaikki perintätoimet.',
  'withdraw.done.paused':
    'Toimeksianto {caseId} on keskeytetty; {known, select, yes {{partnerName}} other {kumppani}} sulkee sen. Koska peruutus tehdään perintäjakson aikana, täysi onnistumispalkkio ja perintäkulut veloitetaan.',
  'withdraw.done.closed':
    'Toimeksianto {caseId} on suljettu koodilla Withdrawn by Client; {known, select, yes {{partnerName}} other {kumppania}} on pyydetty lopettamaan kaikki perintätoimet.',
  // --- quotes3: the quote list, selecting a quote, lead refusals (src/commands/quote-commands.ts, src/use-cases/leads/, src/domain/lead.ts) ---
  'quotes3.lead.closed': 'Liidi {leadId} on tilassa Closed ({outcome})',
  'quotes3.lead.ready': 'Liidin {leadId} tarjoukset ovat valmiina',
  'quotes3.lead.status': 'Liidi {leadId} on tilassa {status}',
  'quotes3.lead.not_selectable': '{lead}, joten tarjousta ei voi enää valita.',
  'quotes3.lead.not_selectable.winner':
    '{lead}, joten tarjousta ei voi enää valita. Toimeksianto on jo valitulla kumppanilla.',
  'quotes3.lead.not_sent':
    '{lead}: sitä ei ole vielä lähetetty kumppaneille, joten valittavia tarjouksia ei ole. Odottakaa, kunnes tarjoukset saapuvat.',
  'quotes3.lead.nothing_to_pull_back': '{lead}, joten peruutettavaa ei ole.',
  'quotes3.list.title': 'Toimeksiannon {caseId} tarjoukset',
  'quotes3.list.none': '{lead}. Tarjouksia ei ole vielä.',
  'quotes3.list.line':
    '• Tarjous {quoteId}, {partnerName}: {pct} %:n onnistumispalkkio{fixed, select, yes { + {fixedFee} kiinteä maksu} other {}}{hasTerms, select, yes { ({terms})} other {}}; {status, select, sent {lähetetty} accepted {hyväksytty} declined {hylätty} other {{status}}}',
  'quotes3.list.hint.support':
    'Valitaksenne tarjouksen asiakkaan puolesta kirjoittakaa esimerkiksi "select quote {quoteId} on case {caseId} for the client".',
  'quotes3.list.hint.creditor':
    'Valitaksenne tarjouksen kirjoittakaa esimerkiksi "go with quote {quoteId} on case {caseId}".',
  'quotes3.select.unknown':
    'Tarjous {quoteId} ei ole toimeksiannon {caseId} tarjous. Sen tarjoukset ovat {ids}.',
  'quotes3.select.unknown.none':
    'Tarjous {quoteId} ei ole toimeksiannon {caseId} tarjous. Toimeksiannolla ei ole vielä tarjouksia.',
  'quotes3.select.already':
    'Kumppanin {partnerName} tarjous {quoteId} on jo valittu; toimeksianto {caseId} on heillä.',
  'quotes3.select.declined': 'Tarjous {quoteId} on hylätty, joten sitä ei voi enää valita.',
  'quotes3.select.not_collecting':
    'Toimeksianto {caseId} on tilassa {status} eikä kerää tarjouksia, joten siihen ei voi valita tarjousta.',
  'quotes3.select.plan':
    'Valitse kumppanin {partnerName} tarjous {quoteId} ({pct} %:n onnistumispalkkio) toimeksiannolle {caseId}.',
  'quotes3.select.plan.behalf':
    'Valitse kumppanin {partnerName} tarjous {quoteId} ({pct} %:n onnistumispalkkio) toimeksiannolle {caseId} asiakkaan {clientName} puolesta; toimeksiannon jätti {managingPartnerName}.',
  'quotes3.select.plan.assigned':
    'Toimeksianto {caseId} annetaan kumppanille {partnerName} ja siirtyy tilaan Active; kumppania pyydetään aloittamaan.',
  'quotes3.select.plan.others':
    '{count, plural, one {Toinen tarjous hylätään ja sen kumppanille ilmoitetaan.} other {Muut # tarjousta hylätään ja niiden kumppaneille ilmoitetaan.}}',
  'quotes3.select.plan.history':
    'Toimeksiannon historiaan kirjataan, että asiakastuki teki valinnan asiakkaan {clientName} puolesta; {managingPartnerName} (hallinnoiva kumppani) saa ilmoituksen.',
  'quotes3.select.done':
    'Tarjous {quoteId} valittu: toimeksianto {caseId} on nyt kumppanilla {partnerName} ja tilassa Active.',
  'quotes3.select.done.behalf':
    'Tarjous {quoteId} valittu asiakkaan {clientName} puolesta: toimeksianto {caseId} on nyt kumppanilla {partnerName} ja tilassa Active.',
  'quotes3.select.done.others':
    '{count, plural, one {# muu tarjous hylättiin ja sen kumppanille ilmoitettiin.} other {# muuta tarjousta hylättiin ja niiden kumppaneille ilmoitettiin.}}',
  'quotes3.select.done.told': '{name} on saanut ilmoituksen.',
  'quotes3.pullback.closed': 'Toimeksianto {caseId} on jo suljettu, joten peruutettavaa ei ole.',
  'quotes3.pullback.plan': 'Peruuta toimeksianto {caseId} tarjousprosessista valitsematta tarjousta.',
  'quotes3.pullback.plan.quotes':
    '{count, plural, one {Tarjous hylätään} other {Kaikki # tarjousta hylätään}} ja kumppaneille ilmoitetaan.',
  'quotes3.pullback.plan.none':
    'Yhtään tarjousta ei ole saapunut; kutsutuille kumppaneille ilmoitetaan, että liidi on peruttu.',
  'quotes3.pullback.plan.closed': 'Toimeksianto {caseId} suljetaan tilaan Withdrawn by Client.',
  'quotes3.pullback.done':
    'Toimeksianto {caseId} on peruttu: {count, plural, =0 {} one {# tarjous hylättiin ja kumppaneille ilmoitettiin; } other {# tarjousta hylättiin ja kumppaneille ilmoitettiin; }}toimeksianto on suljettu tilaan Withdrawn by Client.',
  'quotes3.partner_unknown': 'Kumppaniorganisaationne ei ole alustan tiedossa.',
  'quotes3.pass.plan': 'Ohita toimeksianto {caseId}: organisaationne ei tee tarjousta liidiin {leadId}.',
  'quotes3.pass.plan.final': 'Ette voi tehdä tarjousta tähän liidiin jälkikäteen.',
  'quotes3.pass.plan.last': 'Olette viimeinen kutsuttu kumppani, joka vastaa: tarjousten keruu päättyy nyt.',
  'quotes3.pass.done': 'Merkitty: ette tee tarjousta toimeksiantoon {caseId}.',
  'quotes3.pass.done.all':
    'Merkitty: ette tee tarjousta toimeksiantoon {caseId}. Kaikki kutsutut kumppanit ovat jättäneet tarjoamatta, joten liidi suljetaan ja velkojalle ilmoitetaan.',
  'quotes3.quote.partners_only':
    'Vain toimeksiannon {caseId} liidiin kutsutut perintäkumppanit voivat tehdä siihen tarjouksen tai jättää tarjoamatta.',
  'quotes3.quote.not_invited':
    'Organisaatiotanne ei ole kutsuttu tekemään tarjousta toimeksiantoon {caseId}, joten se ei voi tehdä siihen tarjousta. Vain liidiin kutsutut kumppanit voivat tehdä tarjouksen.',
  'quotes3.quote.plan':
    'Tee tarjous, jonka onnistumispalkkio on {pct} %{fixed, select, yes { ja kiinteä maksu {fixedFee}} other {}}, toimeksiantoon {caseId} (liidi {leadId}).',
  'quotes3.quote.plan.seen': 'Velkoja näkee tarjouksenne muiden kanssa, kun tarjousten keruu päättyy.',
  'quotes3.quote.plan.once': 'Kukin kumppani tekee yhden tarjouksen: sitä ei voi muuttaa jälkikäteen.',
  'quotes3.quote.done':
    'Tarjous {quoteId} ({pct} %) toimeksiantoon {caseId} on jätetty. Velkoja näkee sen, kun tarjousten keruu päättyy.',
  'quotes3.quote.done.ended':
    'Tarjous {quoteId} ({pct} %) toimeksiantoon {caseId} on jätetty. Tarjousten keruu on päättynyt, ja velkoja valitsee nyt.',
  'quotes3.terms.fee_range':
    '{pct} %:n onnistumispalkkio ei ole mahdollinen. Antakaa prosentti, joka on yli 0 ja enintään 100, esim. "quote 15% on case 123".',
  'quotes3.terms.fixed_negative':
    'Kiinteä maksu ei voi olla negatiivinen. Jättäkää se pois tai antakaa summa ≥ 0.',
  'quotes3.can_quote.not_invited':
    'Organisaatiotanne ei ole kutsuttu tekemään tarjousta liidiin {leadId}, joten se ei voi tehdä siihen tarjousta. Vain kutsutut kumppanit voivat tehdä tarjouksen.',
  'quotes3.can_quote.already':
    'Organisaationne on jo tarjonnut {pct} % liidiin {leadId} (tarjous {quoteId}); kukin kumppani tekee yhden tarjouksen.',
  'quotes3.can_quote.passed':
    'Organisaationne on jo jättänyt tarjoamatta liidiin {leadId}, joten se ei voi tehdä tarjousta nyt.',
  'quotes3.can_quote.closed': '{lead}; se ei enää kerää tarjouksia, joten tarjousta ei voi lisätä.',
  'quotes3.can_pass.not_invited':
    'Organisaatiotanne ei ole kutsuttu tekemään tarjousta liidiin {leadId}, joten kieltäydyttävää ei ole.',
  'quotes3.can_pass.already':
    'Organisaationne on jo {answer, select, quoted {tehnyt tarjouksen} other {jättänyt tarjoamatta}} liidiin {leadId}.',
  'quotes3.can_pass.closed': '{lead}; se ei enää kerää tarjouksia.',

  // --- notices3 (cat3c): withdrawal, new case to verify, verification reminder ---
  'notices3.new_to_verify':
    'Uusi toimeksianto {caseId} tarkistettavaksi{submitted, select, yes {, lähettäjä {partnerName} asiakkaan {clientName} puolesta} other {}}: {debtorName} ({debtorType, select, company {yritys} person {yksityishenkilö} other {{debtorType}}}, {where}), {claimType, select, unpaid_invoice {maksamaton lasku} loan_repayment {lainan takaisinmaksu} other {{claimText}}}, {amount}. Hyväksykää se, pyytäkää lisätietoja, tarjotkaa erityisehtoja tai hylätkää se perustellen.',
  'notices3.verification_reminder':
    'Muistutus: toimeksianto {caseId} ({debtorName}, {amount}) on odottanut tarkistustanne {days} arkipäivää. Hyväksykää se, hylätkää se perustellen tai pyytäkää velkojalta lisätietoja.',
  'notices3.withdrawal_paused':
    'Asiakas on pyytänyt perumaan toimeksiannon {caseId} ({debtorName}) perintäjakson aikana, joten toimeksianto on keskeytetty. Täysi onnistumispalkkio ja perintäkulut veloitetaan. Sulkekaa toimeksianto asianmukaisella sulkemiskoodilla ja laatikaa mahdolliset laskut.',
  'notices3.withdrawal_stop':
    'Asiakas on perunut toimeksiannon {caseId} ({debtorName}){after, select, yes { perintäjakson päätyttyä} other {}}, joten se on suljettu koodilla Withdrawn by Client. Lopettakaa kaikki perintätoimet siinä. Teiltä ei tarvita muita toimia.',
  'notices3.custom_terms_offered':
    '{partnerName} tarjosi erityisehtoja toimeksiannolle {caseId} ({debtorName}): {pct} %:n onnistumispalkkio{hasTerms, select, yes { ({terms})} other {}}. Toimeksiannolle kerätään nyt tarjouksia; saatte ilmoituksen, kun niistä voi valita.',
  'notices3.payment_registered':
    '{partnerName} kirjasi toimeksiantoon {caseId} ({debtorName}) maksun, jonka määrä on {amount}. Maksettu tähän mennessä: {total}.',

  // --- Round 3 (cat3a): close, status, partner tasks ---
  'cases3.close.plan':
    'Sulje toimeksianto {caseId} ({debtorName}) koodilla *{code}*{hasComment, select, yes { kommentilla "{comment}"} other {}}.',
  'cases3.close.plan.payment':
    'Kirjaa maksu *{amount}* toimeksiantoon {caseId} ({debtorName}) ja sulje se koodilla *{code}*{hasComment, select, yes { kommentilla "{comment}"} other {}}.',
  'cases3.close.effect.payment':
    'Maksu {amount} kirjataan ensin samassa vaiheessa: jos sulkeminen hylätään, maksua ei kirjata.',
  'cases3.close.effect.payout':
    'Luodaan {total} suuruinen tilitys: {creditorAmount} velkojalle, {partnerAmount} teille ({pct} %:n palkkio).',
  'cases3.close.effect.told':
    '{who, select, managing {Hallinnoivalle kumppanille} other {Velkojalle}} ilmoitetaan lopputuloksesta.',
  'cases3.close.effect.suggestion': 'Ehdotus *{code}* jaetaan sulkemiskooditiimin kanssa.',
  'cases3.close.done':
    'Toimeksianto {caseId} on suljettu (Closed) koodilla {code}.{payout, select, yes { Tilitys luotu: {creditorAmount} velkojalle, {partnerAmount} teille.} other {}} {who, select, managing {Hallinnoivalle kumppanille} other {Velkojalle}} on ilmoitettu.',
  'cases3.close.not_paid':
    'Toimeksiannosta {caseId} on maksettu {paid} / {full}, joten se ei ole Paid: Paid tarkoittaa koko avointa määrää. Suljetaanko se sen sijaan koodilla Partially paid? Jos loppuosa on saapunut, peruuttakaa ja kirjatkaa ensin jäljellä oleva {rest} ("register payment {restPlain} {currency} on {caseId}").',
  'cases3.close.fully_paid':
    'Toimeksiannosta {caseId} on maksettu {paid}, eli koko avoin määrä {full}, joten se on Paid eikä Partially paid. Suljetaanko se sen sijaan koodilla Paid?',
  'cases3.score.success':
    '{name} on onnistumiskoodi: se ei heikennä pisteitänne, ja se luo tilityksen sovitun palkkion mukaan jaettuna.',
  'cases3.score.partner_decline':
    '{name} on kumppanin hylkäyskoodi: se ei vaikuta sitoutumiskertoimeenne eikä perintäpisteisiinne.',
  'cases3.score.client_decision':
    '{name} on asiakkaan päätöksen koodi: se heikentää tällä hetkellä perintäpisteitänne, vaikka sulkeminen johtuu asiakkaan päätöksestä eikä teidän suoriutumisestanne (tunnettu rajoitus).',
  'cases3.score.process_completion':
    '{name} on prosessin päättymisen koodi: se kirjataan ja vaikuttaa suorituspisteisiinne.',
  'cases3.score.fallback':
    'Other on yleiskoodi: se kirjataan, vaikuttaa suorituspisteisiinne ja vaatii kommentin; valitkaa tarkempi koodi, kun sellainen sopii.',
  'cases3.status.head':
    'Toimeksiannon {caseId} ({debtorName}, {amount}) tila on {status}{closed, select, yes {, koodi {code}} other {}}.',
  'cases3.status.partner': 'Kumppani: {partnerName}.',
  'cases3.status.period.running': 'Perintäjakso jatkuu {day} asti.',
  'cases3.status.period.ended': 'Perintäjakso päättyi {day}.',
  'cases3.status.paid': 'Tähän mennessä maksettu: {amount}.',
  'cases3.status.lead': '{lead}, tarjouksia {count}/{expected} odotetusta{window}.',
  'cases3.status.window.running': '; tarjouksia kerätään {day} asti',
  'cases3.status.window.ended': '; tarjousten keruu päättyi {day}',
  'cases3.status.own_quote':
    'Tarjouksenne {quoteId} ({pct} %:n onnistumispalkkio) on jätetty, tila {status}.',
  'cases3.status.passed': 'Organisaationne jätti tämän liidin väliin.',
  'cases3.status.invited':
    'Organisaationne on kutsuttu tekemään tarjous: kirjoittakaa "quote <percent>% on case {caseId}" tai "no quote on case {caseId}", jos jätätte väliin.',
  'cases3.tasks.forbidden':
    'Tehtävät ovat toimeksiantoja, jotka kumppanin on tarkistettava. Näkemänne toimeksiannot saatte kirjoittamalla "my cases".',
  'cases3.tasks.legal':
    'Teillä ei ole tarkistettavia toimeksiantoja: oikeudellisen verkoston kumppanina saatte liidejä ja päätätte, teettekö tarjouksen, joten Pending Verification -tilassa ei odota mitään.',
  'cases3.tasks.none': 'Teillä ei ole tarkistusta odottavia toimeksiantoja.',
  'cases3.tasks.count':
    '{count, plural, one {# toimeksianto odottaa} other {# toimeksiantoa odottaa}} tarkistustanne (vanhin ensin):',
  'cases3.tasks.item':
    '• Toimeksianto {caseId} ({debtorName}, {amount}): {wait}.{answered, select, yes { Velkoja on vastannut lisätietopyyntöönne: lukekaa vastaus ensin.} other {}} Hyväksykää ("accept {caseId}"), hylätkää perustellen ("decline {caseId}, <reason>") tai pyytäkää lisätietoja ("request info on {caseId}").',
  'cases3.tasks.wait':
    'odottanut {under, select, yes {alle 1 arkipäivän} other {{days, plural, one {# arkipäivän} other {# arkipäivää}}}}{late, select, yes { (myöhässä)} other {}}',
  'cases3.tasks.waiting': 'Odottaa velkojan vastausta lisätietopyyntöönne: {cases}.',
  'cases3.tasks.case': 'toimeksianto {caseId}',
  'cases3.tasks.speed':
    'Reagointinopeutenne: mediaani {median} arkipäivää toimeksiannon tarkistamiseen, {count, plural, one {# toimeksianto} other {# toimeksiantoa}} viimeisten {window} päivän aikana.',
  'cases3.tasks.speed.none':
    'Reagointinopeutenne: yhtään toimeksiantoa ei ole vielä tarkistettu viimeisten {window} päivän aikana.',
  'cases3.list.none':
    'Teillä ei ole {status, select, any {toimeksiantoja} other {toimeksiantoja tilassa {status}}}.',
  'cases3.list.head':
    'Toimeksiantonne{status, select, any {} other { tilassa {status}}} ({count}{full, select, yes {, uusimmat ensin} other {}}):',
  'cases3.list.item': '• {caseId} {debtorName}, {amount}: {status}',
  'cases3.reviews.none': 'Yksikään hylkäys ei odota manuaalista tarkistusta.',
  'cases3.reviews.head': 'Manuaalista tarkistusta odottavat hylkäykset ({count}):',
  'cases3.reviews.item': '• toimeksianto {caseId}: "{reason}"',
  'cases3.review.plan': 'Kirjaa toimeksiannon {caseId} hylkäys ("{reason}") luokkaan *{category}*.',
  'cases3.review.effect': 'Manuaalinen tarkistus suljetaan, ja hylännyt kumppani saa tiedon luokasta.',
  'cases3.review.done': 'Toimeksiannon {caseId} hylkäys on kirjattu luokkaan {category}.',
  'cases3.review.none': 'Toimeksiannolla {caseId} ei ole manuaalista tarkistusta odottavaa hylkäystä.',
  'cases3.answer.plan': 'Lähetä vastauksenne toimeksiannosta {caseId} kumppanille.',
  'cases3.answer.effect': 'Toimeksianto palaa tilaan Pending Verification, ja kumppanille ilmoitetaan.',
  'cases3.answer.done': 'Kiitos. Toimeksianto {caseId} on taas kumppanin tarkistettavana.',
  // cat4c: notices round 4 (case closed, close-code suggestion, no-quote alert, decline reviewed, information answered, period end to the partner) and support replies (linking, channels, parked notices) ---
  'notices4.case_closed':
    '{partnerName} sulki toimeksiannon {caseId} ({debtorName}) koodilla {code}.{payout, select, yes { Perittiin {total}: teille maksetaan {creditorAmount}.} other {}}{hasComment, select, yes { Kommentti: {comment}} other {}}',
  'notices4.closecode_suggestion':
    '{partnerName} sulki toimeksiannon {caseId} koodilla Other kommentilla "{comment}". Ehdotettu koodi: {code}.',
  'notices4.no_quote_alert':
    'Toimeksianto {caseId} ({creditorName}, velallinen {debtorName}) hylättiin {day} eikä se ole saanut tarjousta {days} arkipäivässä (liidi {leadId}). Hylkäyksen syy: {reason}{hasDecline, select, yes { - "{declineReason}"} other {}}. Liidi: {leadState}; kutsuttuja kumppaneita {invited} (kieltäytyi tarjoamasta: {declinedToQuote}, ei vastannut: {waiting}); tarjouksia toistaiseksi 0; tarjousaika {window}. Velkojaa on kehotettu ottamaan yhteyttä tukeen. Olkaa yhteydessä velkojaan.',
  'notices4.no_quote_alert.uncategorised': 'ei luokiteltu (tuki tarkistaa käsin)',
  'notices4.no_quote_alert.no_decline': 'hylkäystä ei ole kirjattu',
  'notices4.lead_state':
    '{state, select, open {Avoin} qualified {Kvalifioitu} winner {suljettu (tarjous valittu)} pullback {suljettu (vedetty takaisin)} expired {suljettu (vanhentunut)} declined_options {suljettu (ei tarjouksia)} other {Suljettu}}',
  'notices4.window.ended': 'päättyi {day} klo {time} UTC',
  'notices4.window.ends': 'päättyy {day} klo {time} UTC',
  'notices4.window.none': 'ei alkanut (liidi ei ole vielä kvalifioitu)',
  'notices4.decline_reviewed':
    'Tuki tarkisti hylkäyksenne toimeksiannosta {caseId} ("{reason}") ja kirjasi sen luokkaan {category}.',
  'notices4.info_answered':
    'Tiedot, joita pyysitte toimeksiannosta {caseId} ({debtorName}), ovat saapuneet: {answer} Toimeksianto on taas tilassa Pending Verification: hyväksykää se, hylätkää se tai tarjotkaa erityisehtoja.',
  'notices4.period_ended_partner':
    'Toimeksiannon {caseId} perintäjakso päättyi {day}. Jos velkoja peruu toimeksiannon nyt, se suljetaan heti. Kun kaikki sovinnolliset perintäkeinot on käytetty, sulkekaa se koodilla Pre-Legal Exhausted - No Payment.',
  'notices4.private_debtor': 'velallinen (yksityishenkilö)',
  'subject.case.closed': 'suljettu',
  'subject.case.info_answered': 'kysymykseenne on vastattu',
  'subject.decline.reviewed': 'hylkäys tarkistettu',
  'subject.case.collection_period_ended': 'perintäjakso päättyi',
  'support4.user_unknown': 'Alustalla ei ole käyttäjää "{ref}".',
  'support4.identity.already': '{account} on jo liitetty käyttäjään {name}.',
  'support4.identity.taken':
    '{account} on liitetty {known, select, yes {käyttäjään {name} ({handle})} other {toiseen käyttäjään}}; poistakaa liitos ensin ("unlink {account}").',
  'support4.identity.plan':
    'Liitetäänkö {account} käyttäjään {name}{hasOrg, select, yes { ({org})} other {}}?',
  'support4.identity.plan.effect':
    'Tiliä käyttävä henkilö on sen jälkeen avustajalle {name} ({handle}, {role, select, support {tuki} partner {kumppani} creditor {velkoja} other {{role}}}).',
  'support4.identity.linked': '{account} on nyt liitetty käyttäjään {name}.',
  'support4.identity.not_linked': '{account} ei ole liitetty kehenkään.',
  'support4.identity.unlink_plan': 'Poistetaanko liitos {account} – {name}?',
  'support4.identity.unlink_effect': 'Henkilö ei sen jälkeen voi enää käyttää avustajaa kyseiseltä tililtä.',
  'support4.identity.unlinked': 'Liitos {account} – {name} on poistettu.',
  'support4.identity.who': '{name} ({handle}{hasOrg, select, yes {, {org}} other {}})',
  'support4.identity.none': 'Käyttäjällä {who} ei ole liitettyä chat-tiliä.',
  'support4.identity.list': 'Käyttäjään {who} on liitetty: {accounts}.',
  'support4.link_code':
    'Liitoskoodi käyttäjälle {name} ({handle}): *{code}*, kertakäyttöinen ja voimassa {hours, plural, one {# tunnin} other {# tuntia}}. Antakaa se henkilölle yksityisesti; hän kirjoittaa botille `link {code}`.',
  'support4.ask.person':
    'Ketä tarkoitatte? Nimetkää henkilö käyttäjätunnuksella (handle) tai sähköpostiosoitteella.',
  'support4.ask.account':
    'Mikä chat-tili? Kirjoittakaa se muodossa "slack T123/U456", "teams <tenant>/<user id>" tai "console <handle>".',
  'support4.ask.notice': 'Mikä ilmoitus? Antakaa sen numero, esim. "requeue notice 42".',
  'support4.ask.channel': 'Mikä kanava? Sanokaa esimerkiksi "register channel C0123ABC for Nordic Collect".',
  'support4.ask.surface':
    'Kertokaa, onko kyseessä Slack- vai Teams-kanava: "register slack channel C0123ABC …".',
  'support4.channel.support_only':
    'Vain tuki voi rekisteröidä kanavan tai poistaa sen rekisteröinnin. Pyytäkää tukea tekemään se organisaationne puolesta.',
  'support4.channel.not_channel': 'Tämä ei ole kanava: vain kanavia ja ryhmächatteja voi rekisteröidä.',
  'support4.channel.no_partner': 'Kumppania {id} ei ole.',
  'support4.channel.no_creditor': 'Velkojaa {id} ei ole.',
  'support4.channel.no_org': 'Kumppania tai velkojaa nimeltä "{owner}" ei ole.',
  'support4.channel.ambiguous': '"{owner}" voi olla {names}: antakaa koko nimi.',
  'support4.or': ' tai ',
  'support4.channel.plan':
    'Rekisteröidäänkö {surface}-kanava {channelId} {support, select, yes {tukikanavaksi} other {organisaation {name} omaksi kanavaksi}}?',
  'support4.channel.effect.support':
    'Tukihenkilöiden toimeksiantokyselyihin vastataan siellä kaikkien kanavalla olevien nähden; muiden kyselyt pysyvät yksityisinä.',
  'support4.channel.effect.org':
    'Organisaation omien henkilöiden toimeksiantokyselyihin vastataan siellä kaikkien kanavalla olevien nähden; muiden kyselyt pysyvät yksityisinä.',
  'support4.channel.unregister_plan': 'Poistetaanko {surface}-kanavan {channelId} rekisteröinti?',
  'support4.channel.unregister_effect':
    'Siellä tehtyihin toimeksiantokyselyihin vastataan sen jälkeen vain kysyjälle.',
  'support4.channel.registered':
    'Kanava on nyt rekisteröity {support, select, yes {tukikanavaksi: tukihenkilöiden} other {organisaation {name} omaksi kanavaksi: organisaation {name} henkilöiden}} toimeksiantokyselyihin vastataan kaikkien kanavalla olevien nähden. Muiden kyselyt näkyvät edelleen vain heille itselleen.',
  'support4.channel.unregistered':
    'Kanava ei ole enää rekisteröity: täällä tehtyihin toimeksiantokyselyihin vastataan vain kysyjälle.',
  'support4.channel.was_not':
    'Kanavaa ei ollut rekisteröity; täällä tehtyihin toimeksiantokyselyihin vastataan vain kysyjälle.',
  'support4.parked.none': 'Pysäytettyjä ilmoituksia ei ole: jokainen ilmoitus on toimitettu tai matkalla.',
  'support4.parked.head': 'Pysäytetyt ilmoitukset ({total}), pisimpään odottaneet ensin:',
  'support4.parked.line':
    '• ilmoitus {id}: "{subject}" vastaanottajalle {type, select, channel {{name}} creditor {velkoja {name}} partner {kumppani {name}} other {käyttäjä {name}}}, pysäytetty {when} alkaen: {reason}',
  'support4.parked.more': '…ja {count} muuta (pisimpään odottaneet näytetään).',
  'support4.parked.fix':
    'Korjatkaa syy (liittäkää henkilö, lisätkää sähköpostiosoite) ja sanokaa sitten "requeue notice <number>".',
  'support4.parked.delivered': 'Ilmoitus {id} on jo toimitettu{hasWhen, select, yes { ({when})} other {}}.',
  'support4.parked.waiting': 'Ilmoitus {id} ei ole pysäytetty: se odottaa jo lähettämistä.',
  'support4.parked.unknown': 'Ilmoitusta {id} ei ole.',
  'support4.parked.plan': 'Lähetetäänkö ilmoitus {id} ("{subject}") uudelleen?',
  'support4.parked.plan.why': 'Se pysäytettiin, koska: {reason}.',
  'support4.parked.plan.no_reason': 'syytä ei ole kirjattu',
  'support4.parked.plan.effect':
    'Lähtevien jono yrittää sitä nyt uudelleen; ne, jotka ovat jo saaneet sen, eivät saa sitä kahdesti.',
  'support4.parked.done': 'Ilmoitus {id} ("{subject}") on taas jonossa ja lähetetään pian.',
  'support4.link.unknown':
    'Liitoskoodi ei ole kelvollinen. Tarkistakaa se saamaanne koodiin (koodit ovat muotoa K7MQ-3PXA) tai pyytäkää tuelta uusi.',
  'support4.link.expired': 'Liitoskoodi on vanhentunut. Pyytäkää tuelta uusi.',
  'support4.link.used':
    'Liitoskoodi on jo käytetty: kukin koodi liittää yhden tilin kerran. Pyytäkää tuelta uusi.',
  'support4.link.already_linked':
    'Tämä chat-tili on jo liitetty alustan käyttäjään, joten koodia ei käytetty. Sanokaa "help", niin näette, mitä osaan.',
  'support4.link.email_none': 'Sähköpostiosoitteenne ei vastaa yhtäkään alustan käyttäjää.',
  'support4.link.email_already':
    'Tämä chat-tili on jo liitetty alustan käyttäjään. Sanokaa "help", niin näette, mitä osaan.',
  'support4.link.done':
    'Valmis: tämä {surface}-tili on nyt liitetty käyttäjään *{name}*{hasOrg, select, yes { ({org})} other {}}. Sanokaa "help", niin näette, mitä voin tehdä puolestanne.',
  'support4.link.offer':
    'Hei! Tätä {surface}-tiliä ei ole vielä liitetty perintäalustaan. Sähköpostiosoitteenne kuuluu käyttäjälle *{name}*{hasOrg, select, yes { ({org})} other {}}: oletteko se te? Sanokaa "yes" tai painakaa *{button}* liittääksenne sen; jos ette ole hän, jättäkää tämä huomiotta ja ottakaa yhteyttä tukeen.',
  'support4.link.button': 'Liitä tämä tili',
  // cat4a: conversation and chat features (custom terms, case chat, added information, the engine's own
  // words, busy / rate limit / gave up, App Home)
  'chat4.terms.ask_fee':
    'Minkä onnistumispalkkion ehdotatte toimeksiannolle {caseId}? Kirjoittakaa esim. "offer 25% on case {caseId}".',
  'chat4.terms.bad_fee':
    '{pct} %:n onnistumispalkkio ei ole mahdollinen; antakaa prosentti, joka on yli 0 ja enintään 100.',
  'chat4.terms.plan':
    'Tarjoa erityisehtoja toimeksiannolle {caseId}: *{pct} %:n* onnistumispalkkio{hasTerms, select, yes { ({terms})} other {}}.',
  'chat4.terms.effect.lead':
    'Toimeksiannosta tulee liidi, jossa on tarjouksenne, ja se siirtyy tilaan Collecting Quotes.',
  'chat4.terms.effect.told':
    '{who, select, managing {Hallinnoivalle kumppanille} other {Velkojalle}} ilmoitetaan, ja se valitsee tarjouksen.',
  'chat4.terms.done':
    '{pct} %:n tarjouksenne on liidissä {leadId}; toimeksianto {caseId} on tilassa Collecting Quotes, ja {who, select, managing {hallinnoivalle kumppanille} other {velkojalle}} on ilmoitettu.',
  'chat4.chat.nobody':
    'Mikään perintäkumppani ei nyt hoida toimeksiantoa {caseId} (sen tila on {status}), joten toimeksiannon keskustelussa ei ole ketään, jolle kirjoittaa. {closed, select, yes {Jos haluatte jättää sen uudelleen tai kysyä siitä, kirjoittakaa "add information to case {caseId}: …", niin tuki näkee sen.} other {Jos haluatte antaa sitä harkitseville kumppaneille lisätietoja, kirjoittakaa "add information to case {caseId}: …".}}',
  'chat4.chat.empty': 'Kirjoittakaa viesti toimeksiantoon {caseId}.',
  'chat4.chat.too_long':
    'Viestissä on {length, number} merkkiä; toimeksiannon viestissä voi olla enintään {max, number}. Lyhentäkää sitä tai lähettäkää se osissa.',
  'chat4.chat.from':
    '{name} ({hasOrg, select, yes {{org}, } other {}}{side, select, managing_partner {hallinnoiva kumppani} assigned_partner {perintäkumppani} creditor {velkoja} support {tuki} other {kumppani}})',
  'chat4.chat.notice':
    'Viesti toimeksiannosta {caseId} ({debtorName}) lähettäjältä {from}: ”{text}” Vastatkaa kirjoittamalla "{reply, select, yes {reply on} other {message the partner on}} {caseId}: …"; "messages on {caseId}" näyttää toimeksiannon keskustelun.',
  'chat4.chat.sent':
    'Lähetetty vastaanottajalle {name} toimeksiannossa {caseId}; hänelle ilmoitetaan nyt. Kirjoittakaa "messages on {caseId}", niin näette toimeksiannon keskustelun.',
  'chat4.chat.the_partner': 'kumppani',
  'chat4.chat.title': 'Toimeksianto {caseId}: keskustelu',
  'chat4.chat.none': 'Toimeksiannossa {caseId} ei ole vielä viestejä.',
  'chat4.chat.how':
    '{write, select, reply {Kirjoittakaa "reply on {caseId}: …", jos haluatte kirjoittaa.} other {Kirjoittakaa "message the partner on {caseId}: …", jos haluatte kirjoittaa.}}',
  'chat4.chat.head': 'Toimeksiannon {caseId} ({debtorName}) keskustelu, vanhin ensin:',
  'chat4.chat.platform': 'Alusta',
  'chat4.chat.entry':
    '• {when}, {who}: {action, select, add_info {lisäsi tietoja: {hasText, select, yes {”{text}”} other {}}} request_info {pyysi lisätietoja{hasText, select, yes {: ”{text}”} other {}}} answer_info {vastasi lisätietopyyntöön: {hasText, select, yes {”{text}”} other {}}} other {{hasText, select, yes {”{text}”} other {}}}}',
  'chat4.info.waiting':
    'Toimeksiantoa {caseId} hoitava kumppani odottaa vastaustanne: kirjoittakaa "answer {caseId}: …", niin toimeksianto palaa sille.',
  'chat4.info.has_partner':
    'Perintäkumppani hoitaa toimeksiantoa {caseId} ({status}): kirjoittakaa sille toimeksiannon keskustelussa "message the partner on {caseId}: …".',
  'chat4.info.support':
    '{who, select, managing {Hallinnoiva kumppani} other {Velkoja}} ({name}) lisäsi tietoja toimeksiantoon {caseId} ({debtorName}), {status}: ”{text}”{next, select, closed { Toimeksianto suljettiin hylkäyksen jälkeen: se halutaan ehkä jättää uudelleen.} told { {count, plural, one {Sen liidiä harkitsevalle kumppanille} other {Sen liidiä harkitseville # kumppanille}} ilmoitettiin.} other { Mikään kumppani ei harkitse sitä nyt.}}',
  'chat4.info.partner':
    '{who, select, managing {Hallinnoiva kumppani} other {Velkoja}} lisäsi tietoja toimeksiantoon {caseId} ({debtorName}), jonka liidissä olette mukana: ”{text}” "status {caseId}" näyttää toimeksiannon.',
  'chat4.info.done':
    'Lisätty toimeksiantoon {caseId}: {count, plural, =0 {tuelle on ilmoitettu} one {tuelle ja sitä harkitsevalle kumppanille on ilmoitettu} other {tuelle ja sitä harkitseville # kumppanille on ilmoitettu}}.{closed, select, yes { Toimeksianto on suljettu; tuki ottaa teihin yhteyttä sen jättämisestä uudelleen.} other {}} Kirjoittakaa "messages on {caseId}", niin näette sen toimeksiannossa.',
  'chat4.engine.confirm_title': 'Vahvistakaa',
  'chat4.engine.sure_title': 'Oletteko varma?',
  'chat4.engine.confirm_desc': 'Vahvista: {action}',
  'chat4.engine.cancel_desc': 'Peruuta ({action} jää tekemättä)',
  'chat4.engine.choose_desc': 'Valitse {label}{caseId, select, none {} other { toimeksiannolle {caseId}}}',
  'chat4.engine.form_choice_desc': '{form}: {label}',
  'chat4.engine.settled': '{outcome} ({name})',
  'chat4.engine.settled_at': 'klo',
  'chat4.engine.too_long':
    'Viesti on minulle liian pitkä: luen enintään {max, number} merkin pyyntöjä. Lähettäkää pyyntö yksinään ja lyhyesti perusteltuna.',
  'chat4.engine.late':
    'Kysymys, johon "{n}" vastaisi ({question}?), {used, select, yes {on jo vastattu tai peruttu} other {on vanhentunut}}, joten mitään ei valittu eikä muutettu.{example}',
  'chat4.engine.late.earlier': 'aiempi kysymys',
  'chat4.engine.late.quote':
    'Valitkaa tarjous kirjoittamalla esimerkiksi "go with quote {quoteId} on case {caseId}", tai kirjoittakaa "quotes on {caseId}", niin näette ne uudelleen.',
  'chat4.engine.quote_choice':
    'Tarjous {quoteId}: {partnerName}, {pct} %{fixed, select, yes { + {fee} kiinteä} other {}}',
  'chat4.action.doing':
    '{action, select, case_accept {toimeksiannon{caseId, select, none {} other { {caseId}}} hyväksyminen} case_decline {toimeksiannon{caseId, select, none {} other { {caseId}}} hylkääminen} case_request_info {lisätietojen pyytäminen toimeksiannosta{caseId, select, none {} other { {caseId}}}} case_offer_terms {ehtojen tarjoaminen toimeksiannolle{caseId, select, none {} other { {caseId}}}} case_close {toimeksiannon{caseId, select, none {} other { {caseId}}} sulkeminen} payment_register {maksun kirjaaminen toimeksiantoon{caseId, select, none {} other { {caseId}}}} quote_select {tarjouksen valitseminen toimeksiannolle{caseId, select, none {} other { {caseId}}}} quote_submit {tarjouksen antaminen toimeksiannosta{caseId, select, none {} other { {caseId}}}} lead_pullback {toimeksiannon{caseId, select, none {} other { {caseId}}} vetäminen takaisin} case_withdraw {toimeksiannon{caseId, select, none {} other { {caseId}}} peruuttaminen} quote_decline {tarjoamatta jättäminen toimeksiannosta{caseId, select, none {} other { {caseId}}}} decline_resolve {toimeksiannon{caseId, select, none {} other { {caseId}}} hylkäyksen ratkaiseminen} case_answer_info {lisätietopyyntöön vastaaminen toimeksiannossa{caseId, select, none {} other { {caseId}}}} case_submit {uuden toimeksiannon jättäminen} other {{name}, toimeksianto{caseId, select, none {} other { {caseId}}}}}',
  'chat4.action.done':
    '{action, select, case_accept {Hyväksytty} case_decline {Hylätty} case_request_info {Lisätietoja pyydetty} case_offer_terms {Ehtoja tarjottu} case_close {Suljettu} payment_register {Maksu kirjattu} quote_select {Tarjous valittu} quote_submit {Tarjous annettu} lead_pullback {Vedetty takaisin} case_withdraw {Peruutettu} quote_decline {Jätetty tarjoamatta} decline_resolve {Hylkäys ratkaistu} case_answer_info {Vastattu} case_submit {Jätetty} cancelled {Peruttu} chosen {Valittu} refused {Ei tehty: hylättiin vahvistettaessa} other {Vahvistettu}}',
  'chat4.form.decline': '{caseId, select, none {Hylkää toimeksianto} other {Hylkää toimeksianto {caseId}}}',
  'chat4.form.close': '{caseId, select, none {Sulje toimeksianto} other {Sulje toimeksianto {caseId}}}',
  'chat4.form.submit_case': 'Jätä toimeksianto',
  'chat4.busy':
    'Käsittelen juuri nyt hyvin monta pyyntöä enkä voinut ottaa tätä vastaan; mitään ei muutettu. Yrittäkää pian uudelleen.',
  'chat4.rate_limited': 'Lähetätte viestejä nopeammin kuin ehdin käsitellä; odottakaa hetki.',
  'chat4.gave_up':
    'Valitettavasti en saanut tätä valmiiksi meidän päässämme olleen ongelman vuoksi. Yrittäkää minuutin kuluttua uudelleen; jos ongelma jatkuu, ottakaa yhteyttä tukeen.',
  'chat4.home.header': 'Toimeksiantonne',
  'chat4.home.nothing': 'Mikään ei odota teitä.',
  'chat4.home.how_to':
    'Kirjoittakaa minulle tässä, mainitkaa minut kanavalla tai käyttäkää komentoa `/case`: `/case 123` näyttää toimeksiannon, `/case decline 123 <reason>` hylkää sen, `/case close 123` avaa sulkemislomakkeen, `/case help` luettelee kaiken.',
  'chat4.home.submit_button': 'Jätä toimeksianto asiakkaan puolesta',
  'chat4.home.not_linked': 'Ei vielä yhdistetty',
  'chat4.home.waiting': 'Odottaa teitä',
  'chat4.home.waiting.none': 'Mikään ei odota teitä juuri nyt.',
  'chat4.home.responsiveness': 'Reagointiaikanne',
  'chat4.home.more': '…ja {count} muuta',
  'chat4.home.task':
    '• *{caseId}* {debtorName}, {amount}: {wait}; {answered, select, yes {velkoja vastasi lisätietopyyntöönne; } other {}}{todo}',
  'chat4.home.case': '• *{caseId}* {debtorName}, {amount}',
  'chat4.home.todo':
    '{what, select, verify {tarkistakaa se: hyväksykää, hylätkää, pyytäkää lisätietoja tai tarjotkaa erityisehtoja} paused {asiakas peruutti toimeksiannon: sulkekaa se sulkemiskoodilla} details {kumppani pyysi lisätietoja: vastatkaa siihen} other {tarjouksia kerätään: vertailkaa niitä ja valitkaa kumppani}}',
  'chat4.link.not_linked':
    'Hei! {surface, select, slack {Slack} teams {Microsoft Teams} other {konsoli}}-tiliänne ei ole vielä yhdistetty perintäalustan käyttäjään, joten en voi näyttää tai muuttaa toimeksiantoja puolestanne. Pyytäkää tukea yhdistämään {surface, select, slack {Slack} teams {Microsoft Teams} other {konsoli}}-tilinne alustan käyttäjäänne; kun se on tehty, kirjoittakaa "help", niin näette, mitä osaan.',
  'chat4.link.code_hint':
    'Jos tuki antoi teille yhdistämiskoodin, kirjoittakaa "link" ja sen perään koodi, esim. "link K7MQ-3PXA".',
  'chat4.title.case': 'Toimeksianto {caseId}',
  'chat4.title.tasks': 'Tehtävänne',
  'chat4.submit.open':
    'Jätetään toimeksianto asiakkaanne puolesta: täyttäkää lomake (asiakas, velallinen, saatava, asiakirjat). Näytän onnistumispalkkion ja sen, mitä tapahtuu, ennen kuin mitään jätetään.',
  'chat4.submit.not_partner':
    'Toimeksiantojen jättäminen keskustelussa on hallinnoiville kumppaneille. Velkojat jättävät toimeksiannot alustalla.',
  'chat4.form.again': 'En voinut käyttää lomaketta, eikä mitään muutettu: {problems} Täyttäkää se uudelleen.',
  'chat4.link.too_many':
    'Tältä tililtä on kokeiltu liian monta väärää yhdistämiskoodia. Odottakaa tunti ja yrittäkää uudelleen, tai pyytäkää tukea yhdistämään tilinne.',
  'chat4.link.paused':
    'Viimeisen tunnin aikana on kokeiltu liian monta väärää yhdistämiskoodia, joten koodilla yhdistäminen on hetken tauolla. Yrittäkää myöhemmin uudelleen, tai pyytäkää tukea yhdistämään tilinne.',
  'chat4.engine.invalid_choice':
    'Se ei ole yksi tarjoamistani vaihtoehdoista, joten mitään ei muutettu. Valitkaa jokin painikkeista tai vastatkaa sanoin.',
  // cat4b: domain refusals (escalation, submission, money, case status, close, permissions, case chat),
  // escalation / sharing / commission plans and replies, lead and quote refusals, linking refusals.
  'refusals4.escalate.in_period':
    'Toimeksianto {caseId} on yhä vapaaehtoisen perinnän jaksossaan ({until} asti), joten sitä ei voi vielä siirtää oikeudelliseen perintään. Sen voi siirtää, kun jakso on päättynyt tai kun kumppani sulkee sen tilaan Pre-Legal Exhausted.',
  'refusals4.escalate.no_period':
    'Toimeksiannolla {caseId} ei ole päättynyttä vapaaehtoisen perinnän jaksoa, joten sitä ei voi siirtää oikeudelliseen perintään keskustelun kautta. Ottakaa asiasta yhteyttä Debituran tukeen.',
  'refusals4.escalate.window_passed':
    'Toimeksianto {caseId} suljettiin tilaan Pre-Legal Exhausted {closedOn}, yli {days} päivää sitten, joten sitä ei voi enää siirtää keskustelun kautta. Ottakaa yhteyttä Debituran tukeen, jos haluatte viedä sitä eteenpäin.',
  'refusals4.escalate.closed_as':
    'Toimeksianto {caseId} on suljettu tilaan {label}, joten sitä ei voi siirtää oikeudelliseen perintään: se on mahdollista vain toimeksiannolle, joka on suljettu tilaan Pre-Legal Exhausted ({days} päivän sisällä), tai Active-toimeksiannolle, jonka perintäjakso on päättynyt.',
  'refusals4.escalate.already':
    'Toimeksianto {caseId} on jo siirretty oikeudelliseen perintään: oikeudellinen verkosto tekee siitä tarjouksia. Kirjoittakaa "quotes on {caseId}" nähdäksenne tarjoukset.',
  'refusals4.escalate.status':
    'Toimeksianto {caseId} on tilassa {status}, joten sitä ei voi siirtää oikeudelliseen perintään.{instead, select, collecting_quotes { Siitä kerätään jo tarjouksia; kirjoittakaa "quotes on {caseId}" nähdäksenne ne.} paused { Se on keskeytetty peruutuksen jälkeen; kumppani sulkee sen nyt.} other { Vapaaehtoinen perintä ei ole vielä alkanut.}}',
  'refusals4.escalate.can':
    'Toimeksiannon {caseId} voi nyt siirtää oikeudelliseen perintään: sen vapaaehtoinen perintä on päättynyt. Kirjoittakaa "escalate {caseId} to legal" avataksenne liidin oikeudelliselle verkostolle.',
  'refusals4.escalate.plan': 'Siirretäänkö toimeksianto {caseId} ({debtorName}) oikeudelliseen perintään?',
  'refusals4.escalate.plan.ends':
    '{named, select, yes {Kumppanin {partnerName}} other {Kumppanin}} vapaaehtoisen perinnän toimeksianto päättyy tilaan Pre-Legal Exhausted, ja kumppania pyydetään lopettamaan perintä.',
  'refusals4.escalate.plan.reopens':
    'Toimeksianto suljettiin tilaan Pre-Legal Exhausted; se avataan uudelleen oikeudellista perintää varten.',
  'refusals4.escalate.plan.lead':
    'Oikeudelliselle verkostolle avataan liidi: maan {country} kattavat kumppanit{named, select, yes { (ei {partnerName})} other {}} kutsutaan tekemään tarjous.',
  'refusals4.escalate.plan.collecting':
    'Toimeksianto on tilassa Collecting Quotes, kunnes valitsette yhden tarjouksista.',
  'refusals4.sub.file':
    'Saatava {usd} (yli 10 000 USD) vaatii tiedoston: liittäkää alkuperäinen lasku, sopimus tai muu tosite.',
  'refusals4.sub.file_or_description':
    'Saatava {usd} (2 000–10 000 USD) vaatii tiedoston tai kuvauksen: liittäkää lasku tai kuvatkaa saatava.',
  'refusals4.sub.no_rate':
    'Alustalla ei ole valuuttakurssia valuutalle {currency}. Antakaa myös saatavan arvo dollareina (USD) tai jättäkää se USD- tai EUR-määräisenä.',
  'refusals4.sub.usd_too_large':
    '{amount} on noin {huge, select, yes {USD 1e15 tai enemmän} other {{usd}}}, enemmän kuin alusta voi kirjata (saatavat enintään 999 999 999 999,99 USD:n arvosta). Tarkistakaa summa.',
  'refusals4.sub.country.client':
    '{unknown, select, yes {En tunne maata "{text}". } other {}}Antakaa asiakkaanne maa nimenä tai kahdella kirjaimella, esim. Tanska tai DK.',
  'refusals4.sub.country.debtor':
    '{unknown, select, yes {En tunne maata "{text}". } other {}}Antakaa velallisen maa nimenä tai kahdella kirjaimella, esim. Saksa tai DE.',
  'refusals4.sub.debtor_type': 'Velallisen on oltava yritys tai henkilö.',
  'refusals4.sub.claim_type':
    'Kumppanien jättämät toimeksiannot voivat olla vain Unpaid Invoice tai Loan Repayment, eivät "{wanted}".',
  'refusals4.sub.api_claim_type':
    'API:n kautta jätetyt toimeksiannot ovat aina Unpaid Invoice. Jättäkää Loan Repayment sen sijaan lomakkeella.',
  'refusals4.sub.disputed':
    'Vain riidattomia saatavia voi jättää: riitautettu saatava vaatii oikeudellisia toimia, ei vapaaehtoista perintää.',
  'refusals4.sub.amount_zero': 'Saatavan määrän on oltava yli 0.',
  'refusals4.sub.amount_number': 'Antakaa velan määrä numerona, esim. 12500, 4.800,00 tai 4,800.00.',
  'refusals4.sub.debt_date':
    'Antakaa saatavan eräpäivä päivänä, kuukautena ja vuotena, esim. 30/06/2026, 30.06.2026 tai 2026-06-30.',
  'refusals4.sub.partners_only':
    'Vain perintäkumppani voi jättää toimeksiannon asiakkaansa puolesta. Velkojat luovat toimeksiannot portaalissa.',
  'refusals4.sub.client_name':
    'Antakaa asiakkaanne yrityksen nimi ja maa (kaksi kirjainta, esim. DK). Jos saatava on teidän omanne, antakaa oman yrityksenne nimi.',
  'refusals4.sub.debtor_name': 'Antakaa velallisen nimi ja maa (kaksi kirjainta, esim. DE).',
  'refusals4.sub.own_jurisdiction':
    'Organisaationne kattaa itse maan {country}{hasRegion, select, yes { ({region})} other {}}, joten toimeksianto ohjautuisi takaisin teille. Periikää se itse sen sijaan, että jätätte sen.',
  'refusals4.fee.future_date':
    'Saatavan päivämäärä on tulevaisuudessa. Antakaa päivä, jona saatava erääntyi (esim. laskun eräpäivä).',
  'refusals4.sdca':
    '{partnerName} ei ole vielä allekirjoittanut Standard Debt Collection Agreement -sopimusta (SDCA), joten ette voi käsitellä toimeksiantoja. Allekirjoittakaa se osoitteessa {link} ja yrittäkää sitten uudelleen.',
  'refusals4.give': 'Antakaa {what}.',
  'refusals4.give.other_comment': 'kommentti siitä, miksi toimeksianto {caseId} suljetaan tilaan Other',
  'refusals4.give.decline_reason': 'syy hylkäykselle (esimerkiksi "velallinen on konkurssissa")',
  'refusals4.give.info_answer': 'tiedot, joita kumppani pyysi toimeksiannosta {caseId}',
  'refusals4.close.no_payment':
    'Toimeksiannolla {caseId} ei ole kirjattua maksua, joten sitä ei voi sulkea tilaan {label}. Kirjatkaa maksu ensin ja sulkekaa se sitten.',
  'refusals4.close.prelegal_early':
    'Toimeksiannon {caseId} perintäjakso kestää {until} asti. Pre-Legal Exhausted on tarkoitettu tilanteeseen, jossa kaikki kohtuulliset vapaaehtoisen perinnän yritykset on tehty, yleensä 6 kuukauden jakson jälkeen. Suljetaanko se silti tilaan Pre-Legal Exhausted?',
  'refusals4.case.already':
    'Toimeksianto {caseId} on jo {done}: se on tilassa {status}, joten {verb} ei ole enää mahdollista.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.status':
    'Toimeksianto {caseId} on tilassa {status}, joten {can, select, not_yet {{verb} ei ole vielä mahdollista} cannot {{verb} ei ole mahdollista} other {{verb} ei ole enää mahdollista}}.{hasAdvice, select, yes { {advice}} other {}}',
  'refusals4.case.verb.accept': 'sen hyväksyminen',
  'refusals4.case.verb.decline': 'sen hylkääminen',
  'refusals4.case.verb.request_info': 'sen palauttaminen lisätietoja varten',
  'refusals4.case.verb.offer_terms': 'erityisehtojen tarjoaminen siihen',
  'refusals4.case.verb.answer_info': 'siihen vastaaminen',
  'refusals4.case.verb.register_payment': 'maksun kirjaaminen siihen',
  'refusals4.case.verb.close': 'sen sulkeminen',
  'refusals4.case.verb.withdraw': 'sen peruuttaminen',
  'refusals4.case.done.accepted': 'hyväksytty',
  'refusals4.case.done.declined': 'hylätty',
  'refusals4.case.done.closed': 'suljettu',
  'refusals4.case.done.withdrawn': 'peruttu',
  'refusals4.case.done.offered_terms': 'tarjottu erityisehdoin',
  'refusals4.case.done.sent_back': 'palautettu lisätietoja varten',
  'refusals4.case.advice.closed': 'Suljettuja toimeksiantoja ei voi muuttaa.',
  'refusals4.case.advice.close_it': 'Jos haluatte lopettaa sen käsittelyn, sulkekaa se sulkemiskoodilla.',
  'refusals4.case.advice.with_network': 'Se on nyt kumppaniverkostolla tarjouksia varten.',
  'refusals4.case.advice.verify_first': 'Hyväksykää tai hylätkää se ensin.',
  'refusals4.case.advice.waiting_quotes': 'Se odottaa tarjouksia; velkoja voi vetää liidin takaisin.',
  'refusals4.case.advice.paused': 'Se on jo keskeytetty peruutuksen jälkeen; kumppani sulkee sen nyt.',
  'refusals4.case.advice.pull_back': 'Pysäyttääksenne sen vetäkää sen sijaan liidi takaisin.',
  'refusals4.case.advice.nobody_waiting': 'Kukaan ei odota siitä lisätietoja.',
  'refusals4.case.not_a_number': 'Se ei ole toimeksiannon numero: numerot ovat enintään {max}.',
  'refusals4.case.give_number': 'Antakaa toimeksiannon numero.',
  'refusals4.money.not_amount': '"{amount}" ei ole rahamäärä.',
  'refusals4.money.not_amount_that': 'Se ei ole rahamäärä.',
  'refusals4.money.decimals':
    'Luvussa {amount} on yli kaksi desimaalia; antakaa summa enintään sentin tarkkuudella.',
  'refusals4.money.negative':
    'Summa ei voi olla negatiivinen: antakaa se ilman miinusmerkkiä, esim. 5000 (maksun korjaamiseksi ottakaa yhteyttä Debituran tukeen).',
  'refusals4.money.too_large':
    '{given, select, yes {{amount}} other {Tuo summa}} on enemmän kuin voin kirjata: summat voivat olla enintään {max}.',
  'refusals4.money.krone':
    '"kr" voi tarkoittaa Tanskan, Ruotsin, Norjan tai Islannin kruunua, ja toimeksiannon {caseId} valuutta on {currency}, joten en tiedä, mitä valuuttaa tarkoitatte. Antakaa summa valuutassa {currency}, esim. "1200 {currency}" (muuntakaa se ensin, jos se maksettiin muussa valuutassa).',
  'refusals4.money.not_rate': '"{rate}" ei ole prosenttiosuus.',
  'refusals4.money.rate_over': 'Osuus {rate} on yli 100 %.',
  'refusals4.perm.on_behalf_only':
    'Toimeksiannon {caseId} velkojalla on omia käyttäjiä, joten se tekee tämän päätöksen itse. Tuki voi tehdä toiminnon ({act}) vain asiakkaan puolesta, jonka managing partner on jättänyt ja jolla itsellään on vain lukuoikeus.',
  'refusals4.perm.legal_network':
    'Oikeudellisen verkoston kumppanit eivät {what}: saatte liidejä ja päätätte, teettekö tarjouksen. Jos ette halua toimeksiantoa {caseId}, jättäkää vain tarjous tekemättä.',
  'refusals4.perm.legal_network.verify': 'tarkista toimeksiantoja',
  'refusals4.perm.legal_network.accept': 'hyväksy toimeksiantoja',
  'refusals4.perm.legal_network.decline': 'hylkää toimeksiantoja',
  'refusals4.perm.legal_network.offer_terms': 'tarjoa toimeksiannoille erityisehtoja',
  'refusals4.perm.support_only': 'Vain tukihenkilö voi {what}.',
  'refusals4.perm.support_only.link_codes': 'antaa linkityskoodeja',
  'refusals4.perm.support_only.link': 'linkittää keskustelutilejä',
  'refusals4.perm.support_only.unlink': 'poistaa keskustelutilien linkityksiä',
  'refusals4.perm.support_only.see_accounts': 'nähdä muiden keskustelutilit',
  'refusals4.perm.support_only.see_reviews': 'nähdä manuaalista tarkistusta odottavat hylkäykset',
  'refusals4.perm.support_only.resolve_review': 'ratkaista manuaalista tarkistusta vaativan hylkäyksen',
  'refusals4.perm.support_only.see_parked': 'nähdä ilmoitukset, joita kukaan ei voinut vastaanottaa',
  'refusals4.perm.support_only.requeue': 'asettaa ilmoituksen uudelleen jonoon',
  'refusals4.perm.settings.partner':
    'Verkostojakaminen on velkojan oma tiliasetus: vain velkojan käyttäjät (tai Debituran tuki) voivat nähdä tai muuttaa sen.',
  'refusals4.perm.settings.other': 'Voitte nähdä tai muuttaa vain oman organisaationne tiliasetuksia.',
  'refusals4.sharing.which':
    'Mikä velkoja? Nimetkää se, esim. "is network sharing on for Acme ApS?" tai "turn off network sharing for Acme ApS".',
  'refusals4.sharing.several': 'Useamman velkojan nimi on "{said}": {names}. Mitä niistä tarkoitatte?',
  'refusals4.sharing.no_creditor': 'Alustalla ei ole velkojaa nimeltä "{said}".',
  'refusals4.sharing.no_creditor_id': 'Velkojaa {creditorId} ei ole.',
  'refusals4.sharing.already':
    'Verkostojakaminen on jo {on, select, yes {päällä} other {pois päältä}} velkojalla {creditorName}: ei muutettavaa.',
  'refusals4.sharing.plan':
    'Laitetaanko verkostojakaminen *{on, select, yes {päälle} other {pois päältä}}* velkojalle {creditorName}?',
  'refusals4.sharing.plan.from_now': 'Tästä lähtien: {meaning}.',
  'refusals4.sharing.plan.past': 'Ennen muutosta hylätyt toimeksiannot pysyvät ennallaan.',
  'refusals4.sharing.plan.told': 'Velkojan {creditorName} käyttäjille kerrotaan muutoksesta.',
  'refusals4.org_unknown': 'Alusta ei tunne organisaatiotanne.',
  'refusals4.partner_unknown': 'Alusta ei tunne kumppaniorganisaatiotanne.',
  'refusals4.commission.partners_only':
    'Vain perintäkumppani voi avata palkkiotoimeksiannon onnistumispalkkiosta, jonka velkoja sille on velkaa.',
  'refusals4.commission.partners_only_prefill':
    'Vain perintäkumppani voi avata palkkiotoimeksiannon sille kuuluvasta palkkiosta.',
  'refusals4.commission.which':
    'Mikä velkoja on teille velkaa onnistumispalkkion? Kirjoittakaa esimerkiksi "open a commission case against Acme ApS".',
  'refusals4.commission.no_creditor': 'Alustalla ei ole velkojaa nimeltä "{said}". Tarkistakaa nimi.',
  'refusals4.commission.no_creditor_id': 'Velkojaa {creditorId} ei ole. Tarkistakaa velkojan tunnus.',
  'refusals4.commission.several':
    'Useamman velkojan nimi alkaa "{said}": {names}. Mikä niistä on teille palkkion velkaa?',
  'refusals4.commission.own_jurisdiction':
    '{creditorName} on maassa {country}, jonka organisaationne kattaa itse, joten sitä vastaan avattu palkkiotoimeksianto ohjautuisi takaisin teille: palkkiotoimeksiantoihin sovelletaan samaa oman lainkäyttöalueen sääntöä kuin kaikkiin jätettyihin toimeksiantoihin. Ottakaa palkkion perimisestä yhteyttä Debituran tukeen.',
  'refusals4.commission.already':
    'Olette jo avanneet palkkiotoimeksiannon {caseId} velkojaa {creditorName} vastaan tästä palkkiosta. Kirjoittakaa "status {caseId}" seurataksenne sitä.',
  'refusals4.commission.nothing_owed':
    'Alustan tietojen mukaan {creditorName} ei ole organisaatiollenne velkaa onnistumispalkkiota{onCase, select, yes { toimeksiannosta {caseId}} other {}}, joten esitäytettävää ei ole.',
  'refusals4.commission.currencies':
    'Palkkiot, jotka {creditorName} on velkaa, ovat useassa valuutassa ({currencies}); jättäkää yksi palkkiotoimeksianto valuuttaa kohden.',
  'refusals4.commission.file_hint':
    '{refusal} Avatkaa jättölomake ("submit a case") liittääksenne sen; palkkiokommentti kuuluu kuvaukseen.',
  'refusals4.commission.plan':
    'Avataanko palkkiotoimeksianto velkojaa {creditorName} vastaan summasta {amount} (Unpaid Invoice)?',
  'refusals4.commission.plan.prefilled':
    'Esitäytetty: velallinen {creditorName} (yritys, {country}); organisaationne {clientName} on asiakas; kommentti: "{comment}"',
  'refusals4.commission.done':
    'Palkkiotoimeksianto {caseId} velkojaa {creditorName} vastaan summasta {amount} on avattu. {submitted}',
  'refusals4.quotes.not_yours':
    'Toimeksianto {caseId} ei ole teidän toimeksiantonne, eikä organisaatiotanne kutsuttu tekemään siitä tarjousta, joten ette voi nähdä sen tarjouksia.',
  'refusals4.lead.no_case':
    'Toimeksiantoa {caseId} ei ole. Tarkistakaa toimeksiannon numero ja yrittäkää uudelleen.',
  'refusals4.lead.none':
    'Toimeksiannolla {caseId} ei ole liidiä, joten siitä ei ole tarjouksia. Tarjouksia kerätään vain hylkäyksen tai erityisehtojen jälkeen tai kun mikään yksinoikeudellinen kumppani ei kata toimeksiantoa.',
  'refusals4.lead.case_missing': 'Toimeksiantoa {caseId} ei ole olemassa.',
  'refusals4.route.support_only': 'Vain tuki (tai alusta itse) voi ohjata toimeksiannon {caseId}.',
  'refusals4.route.again':
    'Toimeksianto {caseId} on jo kumppanilla tai muussa tilassa, joten sitä ei voi ohjata uudelleen.',
  'refusals4.due_today.support_only':
    'Alustan tämän päivän aikataulu on tukihenkilöille. Omista toimeksiannoistanne voitte kysyä "my cases".',
  'refusals4.perm.on_behalf.select_quote': 'tarjouksen valitseminen toimeksiantoon',
  'refusals4.submit.plan':
    'Jätetäänkö {claimType, select, unpaid_invoice {maksamaton lasku} other {lainan takaisinmaksu}} {amount} velallista {debtorName} ({country}) vastaan asiakkaan {clientName} puolesta, onnistumispalkkiolla {pct} %?',
  'refusals4.submit.plan.fee': 'Onnistumispalkkio {pct} %: {explained}. Sitova lähde on SDCA.',
  'refusals4.fee.explanation':
    '{pct} % ({region}, {upTo, select, yes {saatavat enintään {max}} other {suuremmat saatavat}}){surcharge, select, yes { + {add} prosenttiyksikköä {months} kuukautta vanhasta saatavasta} other {}}',
  'refusals4.submit.plan.documents':
    'Asiakirjat: {need, select, none {asiakirjoja ei tarvita (alle 2 000 USD)} file_or_description {tiedosto tai kuvaus (2 000–10 000 USD)} other {tiedosto (yli 10 000 USD)}}.',
  'refusals4.submit.plan.exclusive': '{partnerName} saa sen tilaan Pending Verification.',
  'refusals4.submit.plan.network':
    'Mikään yksinoikeudellinen kumppani ei kata sitä: se menee oikeudelliselle verkostolle tarjouksia varten.',
  'refusals4.submit.plan.client':
    '{clientName} tallennetaan asiakkaaksenne (vain nimi ja maa); seuraatte toimeksiantoa lukuoikeudella.',
  'refusals4.submit.done':
    'Toimeksianto {caseId} on jätetty asiakkaan {clientName} puolesta onnistumispalkkiolla {pct} %{exclusive, select, yes { ja on kumppanilla {partnerName} tarkistettavana.} other {; mikään yksinoikeudellinen kumppani ei kata sitä, joten oikeudellinen verkosto tekee siitä tarjouksia.}}',
  'refusals4.close.register_first':
    'Toimeksiannolla {caseId} ei ole vielä kirjattua maksua, joten kirjaan sen ja suljen toimeksiannon yhdellä kertaa.',
  // forms: the case forms' labels, hints, titles and field problems (Slack modals, Teams cards)
  'forms.label.clientName': 'Asiakkaasi yrityksen nimi',
  'forms.label.clientCountry': 'Asiakkaasi maa',
  'forms.hint.clientCountry': 'nimi tai kaksi kirjainta, esim. Saksa tai DE',
  'forms.label.debtorName': 'Velallisen nimi',
  'forms.label.debtorType': 'Velallisen tyyppi',
  'forms.option.company': 'Yritys',
  'forms.option.person': 'Yksityishenkilö',
  'forms.label.debtorCountry': 'Velallisen maa',
  'forms.hint.debtorCountry': 'nimi tai kaksi kirjainta, esim. Tanska tai DK',
  'forms.label.debtorRegion': 'Velallisen alue',
  'forms.label.claimType': 'Saatavan tyyppi',
  'forms.option.unpaid_invoice': 'Maksamaton lasku',
  'forms.option.loan_repayment': 'Lainan takaisinmaksu',
  'forms.label.principal': 'Velan määrä',
  'forms.hint.principal': 'esim. 12500, 4.800,00 tai 4,800.00',
  'forms.label.currency': 'Valuutta',
  'forms.hint.currency': 'esim. EUR',
  'forms.label.debtDate': 'Velan eräpäivä',
  'forms.hint.debtDate': 'esim. 30.06.2026 tai 2026-06-30',
  'forms.label.disputed': 'Kiistääkö velallinen saatavan?',
  'forms.option.no': 'Ei',
  'forms.option.yes': 'Kyllä',
  'forms.label.documentName': 'Asiakirja (tiedostonimi)',
  'forms.hint.documentName':
    'vaaditaan yli 10 000 USD:n saatavissa; 2 000 USD:sta alkaen tiedosto tai kuvaus',
  'forms.label.description': 'Saatavan kuvaus',
  'forms.submit': 'Jatka',
  'forms.cancel': 'Peruuta',
  'forms.modal.submit_case': 'Lähetä toimeksianto',
  'forms.document_rule':
    'Asiakirjat saatavan arvon mukaan (USD-vasta-arvo): alle 2 000 ei tarvita; 2 000–10 000 tiedosto tai kuvaus; yli 10 000 tiedosto.',
  'forms.submit_case_note':
    'Vain riitauttamattomat toimeksiannot niiden lainkäyttöalueiden ulkopuolelta, jotka katatte itse. Onnistumispalkkio näytetään vahvistettavaksenne ennen toimeksiannon lähettämistä.',
  'forms.open_form': 'Avaa lomake: {title}',
  'forms.continue_to': 'Jatka: {title}',
  'forms.needed': '{label} on pakollinen.',
  'forms.problem.too_long': '{label} on liian pitkä (enintään 200 merkkiä).',
  'forms.problem.pick_one': '{label}: valitkaa jokin vaihtoehdoista {options}.',
  'forms.problem.principal': 'Velan määrän on oltava positiivinen luku, esim. 12500, 4.800,00 tai 4,800.00.',
  'forms.problem.paymentAmount':
    'Perityn määrän on oltava positiivinen luku, esim. 1200, 1.200,50 tai 1,200.50.',
  'forms.problem.paymentCurrency': 'Valuutan on oltava kolmikirjaiminen koodi, esim. EUR.',
  'forms.problem.description': 'Kuvaus on liian pitkä (enintään 2 000 merkkiä).',
  'forms.case_number': 'Toimeksiannon numero',
  'forms.case_placeholder': 'esim. 123',
  'forms.modal.decline': 'Hylkää toimeksianto',
  'forms.modal.close': 'Sulje toimeksianto',
  'forms.decline.reason': 'Miksi hylkäätte?',
  'forms.decline.hint':
    'Täsmällinen, asiallinen syy, esim. "velallinen asetettiin konkurssiin toukokuussa". Velkojalle kerrotaan asiasta ammattimaisesti; vahvistatte ennen kuin mitään tapahtuu.',
  'forms.decline.placeholder': 'Täsmällinen, asiallinen syy',
  'forms.close.code': 'Sulkemiskoodi',
  'forms.close.choose': 'Valitkaa lopputulos',
  'forms.close.comment': 'Kommentti',
  'forms.close.comment_hint': 'Pakollinen vaihtoehdolle "Other"; suositeltava jokaisessa sulkemisessa.',
  'forms.close.amount': 'Peritty määrä',
  'forms.close.amount_hint':
    'Vain vaihtoehdoille Paid tai Partially paid: maksu kirjataan ennen toimeksiannon sulkemista.',
  'forms.close.currency': 'Maksun valuutta',
  'forms.close.currency_placeholder': 'esim. EUR (tyhjä: toimeksiannon valuutta)',
  'forms.close.comment_teams': 'Kommentti (pakollinen vaihtoehdolle Other)',
  'forms.close.amount_teams': 'Peritty määrä (Paid / Partially paid)',
  'forms.group.success': 'Onnistuminen',
  'forms.group.partner_decline': 'Kumppanin hylkäys',
  'forms.group.client_decision': 'Asiakkaan päätös',
  'forms.group.process_completion': 'Prosessin päättyminen',
  'forms.group.fallback': 'Muut',
  'forms.krone_why':
    '"kr" voi tarkoittaa Tanskan, Ruotsin, Norjan tai Islannin kruunua, ja toimeksiannon {caseId} valuutta on {currency}, joten en tiedä, mitä valuuttaa tarkoitatte.',
};
