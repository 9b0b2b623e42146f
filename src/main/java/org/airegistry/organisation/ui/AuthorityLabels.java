package org.airegistry.organisation.ui;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.i18n.Citations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** How the administration console names kinds, jurisdictions and competences. */
final class AuthorityLabels {

	private AuthorityLabels() {
	}

	/** The view's language (as its translations use). */
	static Locale locale(Component view) {
		return view.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
	}

	static String kind(Component view, AuthorityKind kind) {
		return view.getTranslation("authorityKind." + kind.name());
	}

	/** The Member State's name in the user's language, or "European Union". */
	static String jurisdiction(Component view, Jurisdiction jurisdiction) {
		return jurisdiction.nationalMemberState()
			.map(state -> state.displayName(locale(view)))
			.orElseGet(() -> view.getTranslation("authority.union"));
	}

	/** "Complaints (Art 85)". */
	static String competence(Component view, Competence competence) {
		return view.getTranslation("competence." + competence.name(),
				Citations.format(competence.legalBasis(), locale(view)));
	}

	static String competences(Component view, Collection<Competence> competences) {
		if (competences.isEmpty()) {
			return view.getTranslation("authority.competences.none");
		}
		return competences.stream()
			.sorted()
			.map(competence -> view.getTranslation("competence." + competence.name() + ".short"))
			.collect(Collectors.joining(", "));
	}

}
