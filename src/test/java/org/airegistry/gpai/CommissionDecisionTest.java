package org.airegistry.gpai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.airegistry.publication.VersionSummary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19: the Commission's decisions recorded by the AI Office are stored without
 * language and read in the reader's, with each language's citation style and date.
 */
class CommissionDecisionTest {

	static final LocalDate DAY = LocalDate.of(2026, 1, 31);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					en | Designated as a general-purpose AI model with systemic risk (Art 51(1)(b), Art 52(4)), decision of January 31, 2026
					de | Als KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko eingestuft (Art. 51 Abs. 1 Buchst. b, Art. 52 Abs. 4), Beschluss vom 31. Januar 2026
					fr | Désigné comme modèle d’IA à usage général présentant un risque systémique (art. 51, par. 1, point b), et art. 52, par. 4), décision du 31 janvier 2026
					nl | Aangewezen als AI-model voor algemene doeleinden met een systeemrisico (art. 51, lid 1, punt b), en art. 52, lid 4), besluit van 31 januari 2026
					it | Designato come modello di IA per finalità generali con rischio sistemico (art. 51, par. 1, lettera b), e art. 52, par. 4), decisione del 31 gennaio 2026
					es | Designado como modelo de IA de uso general con riesgo sistémico (art. 51, apdo. 1, letra b), y art. 52, apdo. 4), decisión de 31 de enero de 2026
					pl | Uznany za model AI ogólnego przeznaczenia z ryzykiem systemowym (art. 51 ust. 1 lit. b) i art. 52 ust. 4), decyzja z dnia 31 stycznia 2026
					""")
	@DisplayName("Art 52(4): a designation in each of the seven languages")
	void designation(String language, String expected) {
		String stored = new CommissionDecision(SystemicRiskStatus.DESIGNATED, DAY).stored();
		assertThat(stored).isEqualTo("commission-decision:DESIGNATED:2026-01-31");
		assertThat(CommissionDecision.render(stored, Locale.of(language))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					en | The Commission accepted the provider’s arguments | The Commission rejected the provider’s arguments
					de | Die Kommission hat die Argumente des Anbieters gegen ein systemisches Risiko akzeptiert (Art. 52 Abs. 3) | Die Kommission hat die Argumente des Anbieters gegen ein systemisches Risiko zurückgewiesen (Art. 52 Abs. 3)
					fr | La Commission a accepté les arguments du fournisseur | La Commission a rejeté les arguments du fournisseur
					nl | De Commissie heeft de argumenten van de aanbieder tegen een systeemrisico aanvaard | De Commissie heeft de argumenten van de aanbieder tegen een systeemrisico afgewezen
					it | La Commissione ha accolto le argomentazioni del fornitore | La Commissione ha respinto le argomentazioni del fornitore
					es | La Comisión aceptó los argumentos del proveedor | La Comisión rechazó los argumentos del proveedor
					pl | Komisja przyjęła argumenty dostawcy | Komisja odrzuciła argumenty dostawcy
					""")
	@DisplayName("Art 52(3): the provider's arguments accepted or rejected, in each of the seven languages")
	void rebuttal(String language, String accepted, String rejected) {
		Locale reader = Locale.of(language);
		assertThat(CommissionDecision.render("commission-decision:REBUTTAL_ACCEPTED:2026-01-31", reader))
			.startsWith(accepted)
			.contains("2026")
			.doesNotContain("commission-decision");
		assertThat(CommissionDecision.render("commission-decision:REBUTTAL_REJECTED:2026-01-31", reader))
			.startsWith(rejected);
	}

	@Test
	@DisplayName("Anything else is shown as written; a language not offered reads English")
	void otherText() {
		assertThat(CommissionDecision.render("Updated the training summary", Locale.GERMAN))
			.isEqualTo("Updated the training summary");
		assertThat(CommissionDecision.render("commission-decision:NOTIFIED:2026-01-31", Locale.GERMAN))
			.as("not a decision of the Commission")
			.isEqualTo("commission-decision:NOTIFIED:2026-01-31");
		assertThat(CommissionDecision.render("commission-decision:DESIGNATED:soon", Locale.GERMAN))
			.isEqualTo("commission-decision:DESIGNATED:soon");
		assertThat(CommissionDecision.render("", Locale.GERMAN)).isEmpty();
		assertThat(CommissionDecision.render("commission-decision:DESIGNATED:2026-01-31", Locale.JAPANESE))
			.startsWith("Designated as");
		assertThat(CommissionDecision.render(
				List.of(new VersionSummary(2, java.time.Instant.EPOCH, "commission-decision:DESIGNATED:2026-01-31",
						"0".repeat(64)), new VersionSummary(1, java.time.Instant.EPOCH, "", "0".repeat(64))),
				Locale.FRENCH))
			.extracting(VersionSummary::changeSummary)
			.containsExactly(
					"Désigné comme modèle d’IA à usage général présentant un risque systémique (art. 51, par. 1, point b), "
							+ "et art. 52, par. 4), décision du 31 janvier 2026",
					"");
		assertThatThrownBy(() -> new CommissionDecision(SystemicRiskStatus.NOTIFIED, DAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
