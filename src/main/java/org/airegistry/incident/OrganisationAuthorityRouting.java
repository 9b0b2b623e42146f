package org.airegistry.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationService;
import org.airegistry.organisation.OrganisationSummary;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The competent authorities as the registry knows them today: active organisations with
 * the role AUTHORITY, by the Member State of their seat; the AI Office is the one with
 * the configured name ({@code airegistry.incident.ai-office-name}). Every such authority
 * counts as competent for serious incidents and real-world testing. Replaced by the
 * authority model (issue 20) once it exists (DD082).
 */
@Component
class OrganisationAuthorityRouting implements AuthorityRouting {

	private final OrganisationService organisations;

	private final IncidentSettings settings;

	OrganisationAuthorityRouting(OrganisationService organisations, IncidentSettings settings) {
		this.organisations = organisations;
		this.settings = settings;
	}

	@Override
	public Optional<Authority> marketSurveillance(MemberState memberState, Competence competence) {
		return authorities().stream()
			.filter(authority -> !isAiOffice(authority))
			.filter(authority -> MemberState.fromCode(authority.country()).filter(memberState::equals).isPresent())
			.min(Comparator.comparing(OrganisationSummary::legalName))
			.map(this::toAuthority);
	}

	@Override
	public Optional<Authority> aiOffice() {
		return authorities().stream().filter(this::isAiOffice).findFirst().map(this::toAuthority);
	}

	@Override
	public Optional<Authority> authority(OrganisationId organisation) {
		return authorities().stream()
			.filter(authority -> authority.id().equals(organisation))
			.findFirst()
			.map(this::toAuthority);
	}

	private List<OrganisationSummary> authorities() {
		return organisations.activeWithRole(OrganisationRole.AUTHORITY);
	}

	private boolean isAiOffice(OrganisationSummary organisation) {
		return organisation.legalName().equalsIgnoreCase(settings.aiOfficeName());
	}

	private Authority toAuthority(OrganisationSummary organisation) {
		boolean aiOffice = isAiOffice(organisation);
		return new Authority(organisation.id(), organisation.legalName(),
				aiOffice ? AuthorityKind.AI_OFFICE : AuthorityKind.MARKET_SURVEILLANCE,
				aiOffice ? null : MemberState.fromCode(organisation.country()).orElse(null),
				organisation.functionalEmail());
	}

}
