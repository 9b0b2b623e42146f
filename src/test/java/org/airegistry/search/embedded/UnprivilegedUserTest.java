package org.airegistry.search.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnprivilegedUserTest {

	@Test
	@DisplayName("Reads the user's ids from /etc/passwd content, falling back to 65534")
	void idsFromPasswd() {
		String passwd = "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65533:nobody:/nonexistent:/usr/sbin/nologin\n";

		assertThat(UnprivilegedUser.idsOf("nobody", passwd)).containsExactly(65534, 65533);
		assertThat(UnprivilegedUser.idsOf("nobody", "root:x:0:0::/root:/bin/sh")).containsExactly(65534, 65534);
	}

	@Test
	@DisplayName("Prefers setpriv and falls back to runuser")
	void switchTools() {
		assertThat(
				UnprivilegedUser.of("nobody", 1, 2, Path.of("/bin/setpriv"), Path.of("/sbin/runuser")).switchCommand())
			.containsExactly("/bin/setpriv", "--reuid=1", "--regid=2", "--clear-groups", "--");
		assertThat(UnprivilegedUser.of("nobody", 1, 2, null, Path.of("/sbin/runuser")).switchCommand())
			.containsExactly("/sbin/runuser", "-u", "nobody", "--");
	}

	@Test
	@DisplayName("Without a switch tool, running as root fails with an explanation")
	void noTool() {
		assertThatIllegalStateException().isThrownBy(() -> UnprivilegedUser.of("nobody", 1, 2, null, null))
			.withMessageContaining("refuses to run as root");
	}

}
