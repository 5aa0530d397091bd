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
};
