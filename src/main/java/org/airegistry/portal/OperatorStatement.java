package org.airegistry.portal;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this instance and what registering here means in law, shown on the home page
 * ({@code airegistry.portal.*}). Only the EU database that the Commission sets up under
 * Art 71 fulfils the registration duties of Art 49; any other instance must not imply
 * that publishing here does. Unless {@code official-eu-database} is set, the home page
 * says so.
 *
 * @param officialEuDatabase whether this instance is the EU database of Art 71 (then the
 * home page says that registrations here fulfil Art 49)
 * @param statement the operator's own statement per language (e.g.
 * {@code airegistry.portal.statement.en=Run by …}); shown in the visitor's language, else
 * in English, else the default text for the setting above
 */
@ConfigurationProperties("airegistry.portal")
public record OperatorStatement(@DefaultValue("false") boolean officialEuDatabase, Map<String, String> statement) {

	public OperatorStatement {
		statement = statement == null ? Map.of() : Map.copyOf(statement);
	}

	/** The operator's own text in this language (or English), if configured. */
	public java.util.Optional<String> configuredText(Locale locale) {
		String text = statement.getOrDefault(locale.getLanguage(), statement.get("en"));
		return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text.strip());
	}

	/** The translation key of the default statement for this instance. */
	public String defaultKey() {
		return officialEuDatabase ? "home.statement.official" : "home.statement.unofficial";
	}

}
