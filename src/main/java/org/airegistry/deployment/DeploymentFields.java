package org.airegistry.deployment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.airegistry.publication.FieldSpec;
import org.airegistry.publication.ShownField;
import org.airegistry.publication.Translator;
import org.jspecify.annotations.Nullable;

/**
 * A deployer registration's public fields in Annex VIII Section C order (C.1, C.2, C.4,
 * C.5, then where and when the system is used), each with its label and annex reference:
 * the registration's page shows them and the version comparison compares them. The
 * deployer's name (C.1) and the provider's entry (C.3) are not part of the registered
 * content and the page adds them.
 */
public final class DeploymentFields implements FieldSpec<DeploymentData> {

	@Override
	public List<ShownField> describe(DeploymentData data, Translator translate, Locale locale) {
		List<ShownField> fields = new ArrayList<>();
		fields.add(text("deployerAddress", "deployment.field.deployerAddress", "deployment.annex.C1",
				data.deployerAddress()));
		fields.add(text("deployerContact", "deployment.field.deployerContact", "deployment.annex.C1",
				data.deployerContact()));
		fields.add(text("submitterContact", "deployment.field.submitterContact", "deployment.annex.C2",
				data.submitterContact()));
		// Art 49(3): why the deployer registers, with the authority it acts for
		RegistrationBasis basis = data.registrationBasis();
		fields.add(text("registrationBasis", "deployment.field.registrationBasis", "deployment.article.49.3",
				basis == null ? ""
						: basis == RegistrationBasis.ON_BEHALF_OF_PUBLIC_AUTHORITY
								? translate.translate("deployment.basis.onBehalfOfNamed", data.onBehalfOf())
								: translate.translate(basis.translationKey())));
		fields.add(text("friaSummary", "deployment.field.friaSummary", "deployment.annex.C4", data.friaSummary()));
		fields.add(text("dpiaSummary", "deployment.field.dpiaSummary", "deployment.annex.C5",
				data.dpiaApplicable() ? data.dpiaSummary() : ""));
		fields.add(text("memberStates", "deployment.field.memberStates", null,
				data.memberStates()
					.stream()
					.map(state -> state.displayName(locale))
					.sorted()
					.collect(Collectors.joining(", "))));
		String period = "";
		if (data.useStart() != null) {
			period = data.useEnd() == null
					? translate.translate("deployment.public.periodOpen", date(data.useStart(), locale))
					: translate.translate("deployment.public.period", date(data.useStart(), locale),
							date(data.useEnd(), locale));
		}
		fields.add(text("useStart", "deployment.field.period", null, period));
		return fields;
	}

	private static ShownField text(String key, String labelKey, @Nullable String annexKey, String value) {
		return new ShownField(key, labelKey, annexKey, value, ShownField.Kind.MULTILINE);
	}

	private static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
