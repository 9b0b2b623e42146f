package org.airegistry.search.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The user Elasticsearch runs as when this JVM runs as root (Elasticsearch refuses to run
 * as root): {@code nobody}, switched to with {@code setpriv} or, failing that,
 * {@code runuser}.
 *
 * @param name the user name
 * @param uid its numeric user id
 * @param gid its primary group id
 * @param switchCommand the command prefix that runs the rest of the command line as that
 * user
 */
record UnprivilegedUser(String name, int uid, int gid, List<String> switchCommand) {

	static final String NAME = "nobody";

	private static final int FALLBACK_ID = 65534;

	UnprivilegedUser {
		switchCommand = List.copyOf(switchCommand);
	}

	/**
	 * The user to switch to, or empty when this JVM does not run as root.
	 * @throws IllegalStateException when running as root and no switch tool is installed
	 */
	static Optional<UnprivilegedUser> whenRoot() {
		if (!"root".equals(System.getProperty("user.name"))) {
			return Optional.empty();
		}
		String passwd;
		try {
			passwd = Files.readString(Path.of("/etc/passwd"));
		}
		catch (IOException ex) {
			passwd = "";
		}
		int[] ids = idsOf(NAME, passwd);
		return Optional.of(of(NAME, ids[0], ids[1], onPath("setpriv"), onPath("runuser")));
	}

	/**
	 * Builds the user with the switch command of the first tool available.
	 * @param setpriv path of {@code setpriv}, if installed (preferred: it execs, so the
	 * process we start is Elasticsearch's own launcher)
	 * @param runuser path of {@code runuser}, if installed
	 */
	static UnprivilegedUser of(String name, int uid, int gid, @Nullable Path setpriv, @Nullable Path runuser) {
		if (setpriv != null) {
			return new UnprivilegedUser(name, uid, gid,
					List.of(setpriv.toString(), "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
		}
		if (runuser != null) {
			return new UnprivilegedUser(name, uid, gid, List.of(runuser.toString(), "-u", name, "--"));
		}
		throw new IllegalStateException("Elasticsearch refuses to run as root, and neither setpriv nor runuser "
				+ "is installed to start it as user " + name + ". Run the build as another user, install "
				+ "util-linux, or set spring.elasticsearch.uris to a running cluster.");
	}

	/** Whether the file or directory already belongs to this user. */
	boolean matchesOwnerOf(Path path) throws IOException {
		return Integer.valueOf(uid).equals(Files.getAttribute(path, "unix:uid"));
	}

	/** Uid and gid of the user in {@code /etc/passwd} content, or 65534 for both. */
	static int[] idsOf(String user, String passwd) {
		for (String line : passwd.split("\n")) {
			String[] fields = line.split(":");
			if (fields.length >= 4 && fields[0].equals(user)) {
				try {
					return new int[] { Integer.parseInt(fields[2].strip()), Integer.parseInt(fields[3].strip()) };
				}
				catch (NumberFormatException ex) {
					break;
				}
			}
		}
		return new int[] { FALLBACK_ID, FALLBACK_ID };
	}

	private static @Nullable Path onPath(String tool) {
		String path = System.getenv("PATH");
		String searched = (path == null ? "" : path) + ":/usr/bin:/bin:/usr/sbin:/sbin";
		for (String dir : searched.split(":")) {
			if (!dir.isBlank()) {
				Path candidate = Path.of(dir, tool);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

}
