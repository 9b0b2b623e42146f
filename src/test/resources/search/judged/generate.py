#!/usr/bin/env python3
"""Generates the judged relevance set of SearchQualityIT: corpus.json (entries) and queries.json
(queries with graded judgments). Deterministic; run from this folder: python3 generate.py

Judgments come from what the generator knows about each entry (its topic, language, name parts,
provider and the words of its purpose), never from a search engine:
grade 3 = the entry is what the query names (the system, its provider, its topic in the query's language),
grade 2 = the entry is about the query's topic in another language, grade 1 = a name part match only.
"""
import json, random, unicodedata, re

random.seed(16)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pl"]

# topic: (Annex III point, {lang: purpose template})
TOPICS = {
 "faceid": ("1a", {
  "en": "Remote biometric identification of persons in public spaces by facial recognition against watchlists.",
  "de": "Biometrische Fernidentifizierung von Personen im öffentlichen Raum durch Gesichtserkennung und Abgleich mit Beobachtungslisten.",
  "fr": "Identification biométrique à distance des personnes dans les espaces publics par reconnaissance faciale.",
  "nl": "Biometrische identificatie op afstand van personen in de openbare ruimte door gezichtsherkenning.",
  "es": "Identificación biométrica remota de personas en espacios públicos mediante reconocimiento facial.",
  "it": "Identificazione biometrica remota delle persone negli spazi pubblici tramite riconoscimento facciale.",
  "pl": "Zdalna identyfikacja biometryczna osób w przestrzeni publicznej za pomocą rozpoznawania twarzy."}),
 "emotion": ("1c", {
  "en": "Emotion recognition from voice and facial expressions of customers in call centres.",
  "de": "Emotionserkennung aus Stimme und Gesichtsausdruck von Kunden in Callcentern und Kundenservicezentren.",
  "fr": "Reconnaissance des émotions à partir de la voix et des expressions faciales des clients.",
  "nl": "Emotieherkenning op basis van stem en gezichtsuitdrukkingen van klanten in klantenservicecentra.",
  "es": "Reconocimiento de emociones a partir de la voz y las expresiones faciales de los clientes.",
  "it": "Riconoscimento delle emozioni dalla voce e dalle espressioni facciali dei clienti.",
  "pl": "Rozpoznawanie emocji na podstawie głosu i mimiki klientów w centrach obsługi."}),
 "traffic": ("2", {
  "en": "Traffic management for road traffic: controls traffic lights and lane closures on motorways as a safety component.",
  "de": "Verkehrssteuerung im Straßenverkehr: schaltet Ampelanlagen und Fahrstreifensperrungen auf Autobahnen als Sicherheitsbauteil.",
  "fr": "Gestion du trafic routier : commande les feux de signalisation et les fermetures de voies sur les autoroutes.",
  "nl": "Verkeersmanagement voor het wegverkeer: bestuurt verkeerslichten en rijstrookafsluitingen op snelwegen.",
  "es": "Gestión del tráfico rodado: controla semáforos y cierres de carriles en autopistas como componente de seguridad.",
  "it": "Gestione del traffico stradale: controlla semafori e chiusure di corsie sulle autostrade.",
  "pl": "Zarządzanie ruchem drogowym: steruje sygnalizacją świetlną i zamknięciami pasów na autostradach."}),
 "utilities": ("2", {
  "en": "Safety component for water supply and electricity supply networks that predicts failures of pumps and substations.",
  "de": "Sicherheitsbauteil für Wasserversorgung und Stromversorgung, das Ausfälle von Pumpwerken und Umspannwerken vorhersagt.",
  "fr": "Composant de sécurité pour l'approvisionnement en eau et en électricité qui prévoit les pannes des pompes.",
  "nl": "Veiligheidscomponent voor watervoorziening en elektriciteitsvoorziening die storingen van gemalen voorspelt.",
  "es": "Componente de seguridad para el suministro de agua y el suministro eléctrico que predice averías de bombas.",
  "it": "Componente di sicurezza per la fornitura di acqua e di elettricità che prevede i guasti delle pompe.",
  "pl": "Element bezpieczeństwa dla zaopatrzenia w wodę i dostaw energii elektrycznej, przewidujący awarie pomp."}),
 "admission": ("3a", {
  "en": "Decides on the admission of applicants to university study programmes by ranking their grades and motivation letters.",
  "de": "Entscheidet über die Zulassung zu Studiengängen der Hochschule anhand von Noten und Motivationsschreiben.",
  "fr": "Décide de l'admission des candidats aux formations universitaires en classant leurs notes et lettres de motivation.",
  "nl": "Beslist over de toelating van aanvragers tot universitaire opleidingen op basis van cijfers en motivatiebrieven.",
  "es": "Decide la admisión de solicitantes a programas universitarios clasificando sus notas y cartas de motivación.",
  "it": "Decide sull'ammissione dei candidati ai corsi universitari classificando voti e lettere di motivazione.",
  "pl": "Decyduje o przyjęciu na studia uniwersyteckie na podstawie ocen i listów motywacyjnych."}),
 "proctoring": ("3d", {
  "en": "Exam proctoring: monitors students during online examinations and flags suspected cheating.",
  "de": "Prüfungsaufsicht: überwacht Studierende während Onlineprüfungen und meldet mutmaßliche Täuschungsversuche.",
  "fr": "Surveillance des examens : observe les étudiants pendant les examens en ligne et signale les fraudes présumées.",
  "nl": "Examentoezicht: bewaakt studenten tijdens online examens en signaleert vermoedelijke fraude.",
  "es": "Supervisión de exámenes: vigila a los estudiantes durante los exámenes en línea y señala posibles trampas.",
  "it": "Sorveglianza degli esami: controlla gli studenti durante gli esami online e segnala sospetti imbrogli.",
  "pl": "Nadzór nad egzaminami: monitoruje studentów podczas egzaminów online i zgłasza podejrzenia ściągania."}),
 "recruitment": ("4a", {
  "en": "Supports recruitment by screening CVs of job applicants and ranking candidates for open vacancies.",
  "de": "Unterstützt die Personalauswahl durch Vorsortierung eingehender Bewerbungen und Ranking der Bewerber für offene Stellen.",
  "fr": "Aide au recrutement en triant les candidatures et en classant les candidats pour les postes vacants.",
  "nl": "Ondersteunt werving en selectie door sollicitaties te beoordelen en kandidaten voor vacatures te rangschikken.",
  "es": "Apoya la selección de personal filtrando candidaturas y clasificando a los candidatos para las vacantes.",
  "it": "Supporta il reclutamento selezionando le candidature e classificando i candidati per le posizioni aperte.",
  "pl": "Wspiera rekrutację, sortując zgłoszenia kandydatów i tworząc ranking kandydatów na wolne stanowiska."}),
 "shifts": ("4b", {
  "en": "Allocates tasks and shifts to warehouse workers and monitors their performance for promotion decisions.",
  "de": "Übernimmt die Schichtplanung und Aufgabenzuweisung für Lagerbeschäftigte und die Leistungsüberwachung für Beförderungen.",
  "fr": "Attribue les tâches et planifie les équipes des travailleurs d'entrepôt et suit leurs performances.",
  "nl": "Verzorgt de roosterplanning en taaktoewijzing voor magazijnmedewerkers en de prestatiebewaking bij promoties.",
  "es": "Asigna tareas y turnos a los trabajadores del almacén y supervisa su rendimiento para los ascensos.",
  "it": "Assegna compiti e turni ai lavoratori del magazzino e monitora le loro prestazioni per le promozioni.",
  "pl": "Przydziela zadania i zmiany pracownikom magazynu oraz monitoruje ich wydajność przy awansach."}),
 "benefits": ("5a", {
  "en": "Assesses eligibility for social benefits and public assistance and flags applications for review.",
  "de": "Prüft den Anspruch auf Sozialleistungen und Sozialhilfe und markiert Leistungsanträge zur Nachprüfung.",
  "fr": "Évalue l'éligibilité aux prestations sociales et à l'aide sociale et signale les demandes à vérifier.",
  "nl": "Beoordeelt het recht op uitkeringen en bijstand en markeert aanvragen voor controle door de gemeente.",
  "es": "Evalúa el derecho a prestaciones sociales y ayudas públicas y señala las solicitudes para su revisión.",
  "it": "Valuta il diritto alle prestazioni sociali e all'assistenza sociale e segnala le domande da verificare.",
  "pl": "Ocenia prawo do świadczeń socjalnych i pomocy społecznej oraz oznacza wnioski do weryfikacji."}),
 "credit": ("5b", {
  "en": "Evaluates the creditworthiness of natural persons and computes a credit score for consumer loan applications.",
  "de": "Bewertet die Kreditwürdigkeit natürlicher Personen und berechnet Bonitätswerte für Verbraucherkreditanträge.",
  "fr": "Évalue la solvabilité des personnes physiques et calcule un score de crédit pour les demandes de prêt.",
  "nl": "Beoordeelt de kredietwaardigheid van natuurlijke personen en berekent een kredietscore voor leningaanvragen.",
  "es": "Evalúa la solvencia de las personas físicas y calcula una puntuación crediticia para solicitudes de préstamo.",
  "it": "Valuta il merito creditizio delle persone fisiche e calcola un punteggio di credito per le richieste di prestito.",
  "pl": "Ocenia zdolność kredytową osób fizycznych i oblicza ocenę kredytową dla wniosków o pożyczkę."}),
 "insurance": ("5c", {
  "en": "Risk assessment and pricing for life insurance and health insurance premiums of individual customers.",
  "de": "Risikobewertung und Tarifierung von Lebensversicherungen und Krankenversicherungen für Einzelkunden.",
  "fr": "Évaluation des risques et tarification des primes d'assurance vie et d'assurance maladie.",
  "nl": "Risicobeoordeling en premieberekening voor levensverzekeringen en zorgverzekeringen van particulieren.",
  "es": "Evaluación de riesgos y fijación de precios de primas de seguro de vida y seguro de salud.",
  "it": "Valutazione del rischio e tariffazione dei premi di assicurazione sulla vita e assicurazione sanitaria.",
  "pl": "Ocena ryzyka i ustalanie składek ubezpieczenia na życie i ubezpieczenia zdrowotnego."}),
 "emergency": ("5d", {
  "en": "Classifies emergency calls and dispatches ambulances and fire brigades by urgency (emergency triage).",
  "de": "Klassifiziert Notrufe in der Leitstelle und disponiert Rettungsdienst und Feuerwehr nach Dringlichkeit.",
  "fr": "Classe les appels d'urgence et envoie ambulances et pompiers selon l'urgence.",
  "nl": "Classificeert noodoproepen in de meldkamer en stuurt ambulances en brandweer op basis van urgentie.",
  "es": "Clasifica las llamadas de emergencia y despacha ambulancias y bomberos según la urgencia.",
  "it": "Classifica le chiamate di emergenza e invia ambulanze e vigili del fuoco in base all'urgenza.",
  "pl": "Klasyfikuje połączenia alarmowe i wysyła karetki oraz straż pożarną według pilności."}),
 "recidivism": ("6d", {
  "en": "Assists law enforcement in assessing the risk of re-offending of suspects based on criminal records.",
  "de": "Unterstützt die Polizei bei der Einschätzung des Rückfallrisikos von Verdächtigen anhand von Strafregistern.",
  "fr": "Aide les services répressifs à évaluer le risque de récidive des suspects à partir des casiers judiciaires.",
  "nl": "Ondersteunt de politie bij het inschatten van het recidiverisico van verdachten op basis van strafbladen.",
  "es": "Ayuda a la policía a evaluar el riesgo de reincidencia de sospechosos a partir de antecedentes penales.",
  "it": "Assiste le forze dell'ordine nella valutazione del rischio di recidiva degli indagati.",
  "pl": "Wspiera policję w ocenie ryzyka recydywy podejrzanych na podstawie rejestrów karnych."}),
 "border": ("7d", {
  "en": "Examines visa applications and asylum applications and supports border control at airports.",
  "de": "Prüft Visumanträge und Asylanträge und unterstützt die Grenzkontrolle an Flughäfen.",
  "fr": "Examine les demandes de visa et les demandes d'asile et soutient le contrôle aux frontières.",
  "nl": "Behandelt visumaanvragen en asielaanvragen en ondersteunt de grenscontrole op luchthavens.",
  "es": "Examina solicitudes de visado y solicitudes de asilo y apoya el control fronterizo en aeropuertos.",
  "it": "Esamina le domande di visto e le domande di asilo e supporta il controllo delle frontiere negli aeroporti.",
  "pl": "Rozpatruje wnioski wizowe i wnioski o azyl oraz wspiera kontrolę graniczną na lotniskach."}),
 "justice": ("8a", {
  "en": "Assists judges in researching case law and drafting court decisions (administration of justice).",
  "de": "Unterstützt Richter bei der Rechtsprechungsrecherche und beim Entwurf von Gerichtsentscheidungen.",
  "fr": "Aide les juges à rechercher la jurisprudence et à rédiger les décisions de justice.",
  "nl": "Ondersteunt rechters bij jurisprudentieonderzoek en het opstellen van rechterlijke uitspraken.",
  "es": "Ayuda a los jueces a investigar la jurisprudencia y a redactar resoluciones judiciales.",
  "it": "Assiste i giudici nella ricerca giurisprudenziale e nella redazione delle sentenze.",
  "pl": "Wspiera sędziów w wyszukiwaniu orzecznictwa i przygotowywaniu orzeczeń sądowych."}),
 "elections": ("8b", {
  "en": "Targets political advertising to influence the outcome of elections and the voting behaviour of citizens.",
  "de": "Steuert politische Werbung, um den Ausgang von Wahlen und das Wahlverhalten der Bürger zu beeinflussen.",
  "fr": "Cible la publicité politique pour influencer le résultat des élections et le comportement électoral.",
  "nl": "Richt politieke advertenties om de uitslag van verkiezingen en het stemgedrag van burgers te beïnvloeden.",
  "es": "Dirige publicidad política para influir en el resultado de las elecciones y el comportamiento electoral.",
  "it": "Indirizza la pubblicità politica per influenzare l'esito delle elezioni e il comportamento di voto.",
  "pl": "Kieruje reklamę polityczną, aby wpływać na wynik wyborów i zachowania wyborcze obywateli."}),
}

EXTRAS = {
 "en": ["", " Outputs are reviewed by a human before any decision.", " Deployed by public bodies in several Member States.", " Runs on the premises of the deployer.", " Logs are kept for six months."],
 "de": ["", " Ergebnisse werden vor jeder Entscheidung von einem Menschen geprüft.", " Eingesetzt von Behörden in mehreren Mitgliedstaaten.", " Läuft im Rechenzentrum des Betreibers.", " Protokolle werden sechs Monate aufbewahrt."],
 "fr": ["", " Les résultats sont vérifiés par une personne avant toute décision.", " Déployé par des organismes publics dans plusieurs États membres.", " Fonctionne dans les locaux du déployeur.", " Les journaux sont conservés six mois."],
 "nl": ["", " Uitkomsten worden vóór elk besluit door een mens gecontroleerd.", " Ingezet door overheidsinstanties in meerdere lidstaten.", " Draait in het rekencentrum van de gebruiksverantwoordelijke.", " Logboeken worden zes maanden bewaard."],
 "es": ["", " Los resultados son revisados por una persona antes de cualquier decisión.", " Utilizado por organismos públicos en varios Estados miembros.", " Funciona en las instalaciones del responsable del despliegue.", " Los registros se conservan seis meses."],
 "it": ["", " I risultati sono verificati da una persona prima di ogni decisione.", " Utilizzato da enti pubblici in diversi Stati membri.", " Funziona presso i locali del deployer.", " I registri sono conservati per sei mesi."],
 "pl": ["", " Wyniki są sprawdzane przez człowieka przed każdą decyzją.", " Stosowany przez organy publiczne w kilku państwach członkowskich.", " Działa w siedzibie podmiotu stosującego.", " Rejestry są przechowywane przez sześć miesięcy."],
}

SUFFIX = {"faceid": "Face", "emotion": "Mood", "traffic": "Traffic", "utilities": "Grid", "admission": "Admit",
  "proctoring": "Proctor", "recruitment": "Hire", "shifts": "Planner", "benefits": "Benefit", "credit": "Credit",
  "insurance": "Insure", "emergency": "Dispatch", "recidivism": "Risk", "border": "Gate", "justice": "Verdict",
  "elections": "Vote"}
PREFIXES = ["Nordvik", "Alpenro", "Kanalis", "Solvero", "Vitaris", "Optima", "Lumeno", "Deltavo", "Atlantis", "Praxium",
  "Civora", "Terrano", "Zentor", "Quadra", "Boreal", "Ostara", "Helvar", "Marento", "Silvano", "Corvid",
  "Fjordel", "Danubio", "Rhenia", "Baltix", "Adria", "Vistula", "Loirex", "Tagus", "Elbion", "Iberon",
  "Carpat", "Pannon", "Karelo", "Aurelo", "Medano", "Nebula", "Pyxis", "Orionis", "Lyrae", "Vegano",
  "Castor", "Pollux", "Sirion", "Altair", "Denebo", "Rigelo", "Mirach", "Alcor", "Capella", "Arcturo",
  "Kestrel", "Osprey", "Merlin", "Falkor", "Heron", "Plover", "Tern", "Gannet", "Petrel", "Avocet",
  "Juniper", "Larix", "Sorbus", "Tilia", "Fagus", "Quercus", "Betula", "Alnus", "Salix", "Acer",
  "Granit", "Basalt", "Gneiss", "Schiefer", "Marmor", "Quarzit", "Obsidian", "Porphyr", "Jaspis", "Onyx"]
PROVIDERS = {
 "en": ["Northbridge Analytics Ltd", "Harbour Data Systems", "Greenfield AI Solutions", "Clearwater Software", "Redstone Labs",
        "Thistle Computing Ltd", "Kingsway Decision Science", "Bluebell Robotics", "Ashford Insight Ltd", "Pembroke Machine Learning"],
 "de": ["Müller Analytik GmbH", "Schäfer Datensysteme AG", "Köhler & Weiß Software GmbH", "Brandt Informatik GmbH", "Jäger Digital GmbH",
        "Hoffmann Rechenwerk GmbH", "Krüger Lernende Systeme AG", "Vogel Datenwerk GmbH", "Zimmermann Prognostik GmbH", "Lange Entscheidungstechnik AG"],
 "fr": ["Banque Lumière SA", "Dupré Informatique SAS", "Société Générale d'Algorithmes", "Lefèvre Données SARL", "Mercier Technologies",
        "Girard Intelligence SAS", "Bonnet Calcul SA", "Fontaine Numérique SARL", "Chevalier Systèmes SAS", "Rousseau Analyse SA"],
 "nl": ["Werkwijzer BV", "De Vries Dataservices BV", "Van den Berg Analytics", "Bakker Software BV", "Janssen Intelligentie BV",
        "Visser Rekenkracht BV", "Smit Beslissystemen BV", "Mulder Modellen BV", "De Boer Inzicht BV", "Dekker Algoritmen BV"],
 "es": ["Soluciones Ibéricas SL", "García Datos SA", "Martínez Inteligencia SL", "Fernández Sistemas SA", "López Analítica SL",
        "Sánchez Cómputo SL", "Romero Decisiones SA", "Navarro Modelos SL", "Torres Predicción SA", "Ruiz Aprendizaje SL"],
 "it": ["Rossi Informatica Srl", "Bianchi Dati SpA", "Esposito Sistemi Srl", "Ferrari Analitica Srl", "Romano Tecnologie SpA",
        "Colombo Calcolo Srl", "Ricci Previsioni SpA", "Marino Modelli Srl", "Greco Decisioni SpA", "Bruno Apprendimento Srl"],
 "pl": ["Kowalski Systemy Sp. z o.o.", "Nowak Analityka S.A.", "Wiśniewski Dane Sp. z o.o.", "Wójcik Informatyka S.A.", "Kamiński Technologie Sp. z o.o.",
        "Lewandowski Obliczenia S.A.", "Zieliński Modele Sp. z o.o.", "Szymański Prognozy S.A.", "Woźniak Decyzje Sp. z o.o.", "Dąbrowski Uczenie S.A."],
}
STATES = {"en": "IE", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pl": "PL"}

entries = []
pairs = [(p, s) for p in PREFIXES for s in SUFFIX.values()]
random.shuffle(pairs)
used = {}
n = 0
for topic, (point, texts) in TOPICS.items():
    for lang in LANGS:
        for k, extra in enumerate(EXTRAS[lang]):
            # a prefix with this topic's suffix, each prefix about 7 times in all
            # each topic has fewer entries than there are prefixes: a prefix names 7 systems in all
            prefix = PREFIXES[n % len(PREFIXES)]
            used[(prefix, SUFFIX[topic])] = True
            n += 1
            name = prefix + SUFFIX[topic] + ["", " Pro", " Suite", " Engine", " Assist"][k]
            entries.append({"id": "J%04d" % n, "topic": topic, "annexIIIPoint": point, "language": lang,
                "tradeName": name, "namePrefix": prefix, "providerName": PROVIDERS[lang][(n // 5 + k * 2) % 10],
                "memberState": STATES[lang], "intendedPurpose": texts[lang] + extra})

def fold(s):
    s = s.lower().replace("ß", "ss").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def words(text):
    return re.findall(r"\w+", fold(text))

queries = []
def q(category, query, ratings, note=""):
    queries.append({"id": "Q%03d" % (len(queries) + 1), "category": category, "query": query,
        "ratings": {e: g for e, g in ratings.items()}, "note": note})

def topic_ratings(topic, lang=None):
    return {e["id"]: (3 if lang is None or e["language"] == lang else 2) for e in entries if e["topic"] == topic}

def containing(word, part=False):
    w = fold(word)
    r = {}
    for e in entries:
        ws = words(e["intendedPurpose"]) + words(e["tradeName"])
        if any((w in x) if part else (x == w) for x in ws):
            r[e["id"]] = 3
    return r

# 1. exact names
for e in entries[3::37][:15]:
    q("exact name", e["tradeName"], {e["id"]: 3})
# 2. name parts: the coined first part of camel-case names ("Nordvik" of "NordvikCredit")
for prefix in PREFIXES[1::5][:16]:
    q("name part", prefix, {e["id"]: 3 for e in entries if e["namePrefix"] == prefix})
# 3. compounds: a part of German / Dutch compounds
for part, lang in [("planung", "de"), ("zuweisung", "de"), ("überwachung", "de"), ("versorgung", "de"),
                   ("kredit", "de"), ("erkennung", "de"), ("kontrolle", "de"), ("versicherung", "de"),
                   ("planning", "nl"), ("toewijzing", "nl"), ("onderzoek", "nl"), ("herkenning", "nl"),
                   ("bewaking", "nl"), ("verzekering", "nl"), ("voorziening", "nl"), ("risico", "nl")]:
    rel = {e["id"]: 3 for e in entries if e["language"] == lang and any(fold(part) in x for x in words(e["intendedPurpose"]))}
    q("compound", part, rel)
# 4. typos with one edit, of words in the texts
TYPO1 = [("recrutment", "recruitment"), ("creditworthines", "creditworthiness"), ("Bewerbugen", "Bewerbungen"),
         ("Gesichtserkenung", "Gesichtserkennung"), ("kredietwaardigheit", "kredietwaardigheid"), ("emergncy", "emergency"),
         ("proctorng", "proctoring"), ("asylm", "asylum"), ("Notrufr", "Notrufe"), ("jurisprudance", "jurisprudence"),
         ("autopsitas", "autopistas"), ("surveillanec", "surveillance"), ("Gerichtsentscheidugen", "Gerichtsentscheidungen")]
for typo, word in TYPO1:
    q("typo 1 edit", typo, containing(word), "for " + word)
TYPO2 = [("recrutmnet", "recruitment"), ("creditwrthness", "creditworthiness"), ("Bewerbnugen", "Bewerbungen"),
         ("Gesichtsekrennung", "Gesichtserkennung"), ("kredietwaardighijd", "kredietwaardigheid"), ("examinatoins", "examinations"),
         ("subtsaitons", "substations"), ("Verkehrsteurung", "Verkehrssteuerung"), ("jurisprudencai", "jurisprudencia"),
         ("elettricitta", "elettricità"), ("assicurazoine", "assicurazione")]
for typo, word in TYPO2:
    q("typo 2 edits", typo, containing(word), "for " + word)
# 5. inflections: a form of a word that the texts do not use
INFL = [("recruiting", "recruitment", "en"), ("vacancy", "vacancies", "en"), ("worker", "workers", "en"),
        ("election", "elections", "en"), ("Bewerbung", "Bewerbungen", "de"), ("Wahl", "Wahlen", "de"),
        ("Studiengang", "Studiengängen", "de"), ("candidature", "candidatures", "fr"), ("élection", "élections", "fr"),
        ("sollicitatie", "sollicitaties", "nl"), ("verkiezing", "verkiezingen", "nl"), ("semáforo", "semáforos semafori", "es"),
        ("candidato", "candidati candidatos", "it"), ("elezione", "elezioni", "it"), ("egzamin", "egzaminów", "pl")]
for query, forms, lang in INFL:
    # entries with the form the texts use, or with the query's own form
    rel = {}
    for form in forms.split() + [query]:
        rel.update(containing(form))
    q("inflection", query, rel, "texts say " + forms)
# 6. other-language queries: a topic asked in one language, entries in all
OTHER = [("Emotionserkennung", "emotion", "de"), ("emotion recognition", "emotion", "en"), ("reconnaissance faciale", "faceid", "fr"),
         ("Personalauswahl", "recruitment", "de"), ("werving", "recruitment", "nl"), ("recrutement", "recruitment", "fr"),
         ("Kreditwürdigkeit", "credit", "de"), ("solvabilité", "credit", "fr"), ("asielaanvragen", "border", "nl"),
         ("Grenzkontrolle", "border", "de"), ("noodoproepen", "emergency", "nl"), ("Wahlen", "elections", "de"),
         ("Videoüberwachung", None, "de"), ("levensverzekering", "insurance", "nl"), ("rekrutacja", "recruitment", "pl")]
for query, topic, lang in OTHER:
    if topic:
        q("other language", query, topic_ratings(topic, lang))
# 7. synonyms: a synonym the texts of that language do not use
SYN = [("hiring", "recruitment", "en"), ("face recognition", "faceid", "en"), ("welfare benefits", "benefits", "en"),
       ("lie detector", None, "en"), ("credit rating", "credit", "en"), ("Bonität", "credit", "de"), ("Rekrutierung", "recruitment", "de"),
       ("KI Personalauswahl", "recruitment", "de"), ("vacatures", "recruitment", "nl"), ("CV screening", "recruitment", "en"),
       ("Strafverfolgung", "recidivism", "de"), ("examination", "proctoring", "en")]
for query, topic, lang in SYN:
    if topic:
        q("synonym", query, topic_ratings(topic, lang))
# 8. provider names
for lang in LANGS:
    for name in PROVIDERS[lang][:2]:
        q("provider name", name, {e["id"]: 3 for e in entries if e["providerName"] == name})
q("provider name", "Müller", {e["id"]: 3 for e in entries if e["providerName"].startswith("Müller")})
q("provider name", "Wisniewski", {e["id"]: 3 for e in entries if "Wiśniewski" in e["providerName"]})
# 9. Annex III vocabulary
VOC = [("credit scoring", "credit", "en"), ("creditworthiness", "credit", "en"), ("biometric identification", "faceid", "en"),
       ("critical infrastructure road traffic", "traffic", "en"), ("water supply", "utilities", "en"), ("admission university", "admission", "en"),
       ("exam proctoring", "proctoring", "en"), ("social benefits", "benefits", "en"), ("life insurance", "insurance", "en"),
       ("emergency calls", "emergency", "en"), ("law enforcement", "recidivism", "en"), ("asylum applications", "border", "en"),
       ("administration of justice", "justice", "en"), ("elections voting behaviour", "elections", "en"),
       ("Sozialleistungen", "benefits", "de"), ("Lebensversicherung", "insurance", "de"), ("Zulassung Hochschule", "admission", "de")]
for query, topic, lang in VOC:
    q("Annex III vocabulary", query, topic_ratings(topic, lang))
# 10. negative queries: nothing in the registry is about these
for query in ["aaaaaaaaaa", "pizza delivery", "xyzzy", "the", "of the and", "quantum teleportation", "football league",
              "zzzz qqqq", "a", "chocolate cake recipe", "der die das", "le la les"]:
    q("negative", query, {})

json.dump({"_comment": "Generated by generate.py; do not edit by hand.", "entries": entries}, open("corpus.json", "w"),
          ensure_ascii=False, indent=1)
json.dump({"_comment": "Generated by generate.py; ratings: entry id -> grade (3 what the query names, 2 same topic in another language).",
           "queries": queries}, open("queries.json", "w"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(entries), "entries;", len(queries), "queries;", Counter(x["category"] for x in queries))
for x in queries:
    if x["category"] != "negative" and not x["ratings"]:
        print("NO RELEVANT:", x)
