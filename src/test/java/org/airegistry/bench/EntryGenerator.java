package org.airegistry.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.airegistry.registry.Certificate;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryStatus;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;

/**
 * Realistic public Section A entries in English, German, French and Dutch, covering every
 * public Annex III area, status and Member State; deterministic for a seed.
 */
final class EntryGenerator {

	/**
	 * Annex III points that stay public (Art 49(4) routes 1, 6 and 7 elsewhere; Art 49(5)
	 * keeps point 2 at national level).
	 */
	static final List<AnnexIIIPoint> PUBLIC_POINTS = List.of(AnnexIIIPoint.P3A, AnnexIIIPoint.P3B, AnnexIIIPoint.P3C,
			AnnexIIIPoint.P3D, AnnexIIIPoint.P4A, AnnexIIIPoint.P4B, AnnexIIIPoint.P5A, AnnexIIIPoint.P5B,
			AnnexIIIPoint.P5C, AnnexIIIPoint.P5D, AnnexIIIPoint.P8A, AnnexIIIPoint.P8B);

	static final List<String> NAME_PARTS = List.of("Talent", "Credit", "Grid", "Exam", "Triage", "Claim", "Benefit",
			"Court", "Water", "Tutor", "Shift", "Loan", "Score", "Match", "Guard", "Insight", "Pilot", "Sense", "Flow",
			"Vision");

	static final List<String> NAME_SUFFIXES = List.of("Finder", "Scorer", "Assist", "Monitor", "Advisor", "Checker",
			"Planner", "Ranker", "Lens", "Compass");

	static final List<List<String>> PURPOSES = List.of(
			// EN
			List.of("Ranks job applicants for recruitment and proposes a shortlist to recruiters",
					"Evaluates the creditworthiness of natural persons applying for consumer loans",
					"Monitors the safety of the electricity grid and predicts failures of substations",
					"Assesses students' exams and steers the learning process in vocational training",
					"Prioritises emergency calls and dispatches ambulances by urgency",
					"Helps judicial authorities research and interpret facts and the law"),
			// DE
			List.of("Bewertet Bewerbungen und erstellt eine Vorauswahl für die Personalabteilung",
					"Prüft die Kreditwürdigkeit von Verbrauchern bei Anträgen auf Darlehen",
					"Überwacht die Sicherheit der Wasserversorgung und meldet Störungen in Häusern",
					"Bewertet Prüfungen von Schülern und steuert den Lernprozess in der Berufsbildung",
					"Priorisiert Notrufe und entsendet Rettungsdienste nach Dringlichkeit",
					"Unterstützt Gerichte bei der Recherche und Auslegung von Sachverhalten"),
			// FR
			List.of("Classe les candidatures et propose une présélection aux recruteurs",
					"Évalue la solvabilité des personnes physiques qui demandent un crédit",
					"Surveille la sécurité du réseau électrique et prévoit les pannes",
					"Évalue les examens des élèves et oriente l'apprentissage professionnel",
					"Hiérarchise les appels d'urgence et envoie les secours selon l'urgence",
					"Aide les autorités judiciaires à rechercher et interpréter les faits"),
			// NL
			List.of("Rangschikt sollicitanten en stelt een shortlist voor aan recruiters",
					"Beoordeelt de kredietwaardigheid van consumenten die een lening aanvragen",
					"Bewaakt de veiligheid van het elektriciteitsnet en voorspelt storingen",
					"Beoordeelt examens van leerlingen in het beroepsonderwijs",
					"Geeft prioriteit aan noodoproepen en stuurt ambulances naar urgentie",
					"Helpt rechterlijke instanties bij het onderzoeken van feiten en recht"));

	static final List<ContentLanguage> LANGUAGES = List.of(ContentLanguage.EN, ContentLanguage.DE, ContentLanguage.FR,
			ContentLanguage.NL);

	private final Random random;

	EntryGenerator(long seed) {
		this.random = new Random(seed);
	}

	synchronized EntryData next(int number) {
		int language = random.nextInt(LANGUAGES.size());
		String name = pick(NAME_PARTS) + " " + pick(NAME_SUFFIXES) + " " + number;
		String purpose = pick(PURPOSES.get(language)) + ". Ref " + Integer.toString(number, 36) + ".";
		Set<MemberState> states = EnumSet.noneOf(MemberState.class);
		int count = 1 + random.nextInt(3);
		while (states.size() < count) {
			states.add(MemberState.values()[random.nextInt(MemberState.values().length)]);
		}
		EntryStatus status = EntryStatus.values()[random.nextInt(EntryStatus.values().length)];
		return EntryData.sectionA(LANGUAGES.get(language), pick(PUBLIC_POINTS), false, "", "", name, "v" + number % 5,
				purpose, "Model, data pipeline and a dashboard for staff.",
				"Application data; a gradient-boosted model scores each case.", status, Certificate.none(), states,
				"https://example.org/doc/" + number + ".pdf", "https://example.org/ifu/" + number, "");
	}

	/** Queries a public user might type: names, purposes in four languages, typos. */
	List<String> queries() {
		List<String> queries = new ArrayList<>(List.of("recruitment", "Kreditwürdigkeit", "réseau électrique",
				"noodoproepen", "Talent Finder", "credit scorer", "Häuser", "recrutement", "exams vocational",
				"ambulance", "Gerichte", "sollicitanten", "tutor", "grid monitr", "kredit", ""));
		return queries;
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
