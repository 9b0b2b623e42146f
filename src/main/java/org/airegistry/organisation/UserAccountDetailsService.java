package org.airegistry.organisation;

import org.airegistry.organisation.persistence.OrganisationRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up accounts for the login form. */
@Service
class UserAccountDetailsService implements UserDetailsService {

	private final OrganisationRepository repository;

	UserAccountDetailsService(OrganisationRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return repository.findUserDetails(OrganisationService.normaliseEmail(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
