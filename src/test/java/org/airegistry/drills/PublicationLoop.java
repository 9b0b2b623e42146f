package org.airegistry.drills;

import java.util.UUID;

import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.RegistryService;
import org.airegistry.testsupport.TestData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Drill harness, only in a child instance started by a drill
 * ({@code --airegistry.drill.publications=N --airegistry.drill.provider=<login>}):
 * publishes N entries as the provider, every second one in a second version as well,
 * through the registry service as the editor does, and prints
 * {@code DRILL published <registration number> v<version>} after each publication has
 * committed, so the drill knows what must survive a {@code kill -9}.
 */
@Component
@ConditionalOnProperty("airegistry.drill.publications")
class PublicationLoop implements ApplicationRunner {

	static final String PUBLISHED = "DRILL published ";

	private final RegistryService registry;

	private final UserDetailsService users;

	private final Environment environment;

	PublicationLoop(RegistryService registry, UserDetailsService users, Environment environment) {
		this.registry = registry;
		this.users = users;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		int count = environment.getRequiredProperty("airegistry.drill.publications", Integer.class);
		String batch = environment.getRequiredProperty("airegistry.drill.batch");
		UserDetails provider = users.loadUserByUsername(environment.getRequiredProperty("airegistry.drill.provider"));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(provider, null, provider.getAuthorities()));
		for (int i = 0; i < count; i++) {
			DraftEntry draft = registry.createDraft(TestData.sample(batch + " Killed " + i + " " + UUID.randomUUID()));
			int version = registry.publish(draft.id(), draft.lockVersion(), "");
			// the number is given at the first publication, not with the draft
			String registrationNumber = registry.open(draft.id()).registrationNumber();
			System.out.println(PUBLISHED + registrationNumber + " v" + version);
			if (i % 2 == 1) {
				DraftEntry saved = registry.saveDraft(draft.id(), registry.open(draft.id()).lockVersion(),
						TestData.sample(batch + " Killed " + i + " changed"));
				int second = registry.publish(saved.id(), saved.lockVersion(), "changed");
				System.out.println(PUBLISHED + registrationNumber + " v" + second);
			}
		}
		System.out.println("DRILL done");
	}

}
