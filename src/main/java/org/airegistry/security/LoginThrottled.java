package org.airegistry.security;

/**
 * A login attempt was refused before its password was checked, because a limit was
 * reached. Recorded in the audit trail (aggregated, so a flood of attempts cannot bury
 * the trail).
 *
 * @param account the account tried, or {@code null}-free placeholder "unknown account"
 * when no such account exists (what was typed is then not kept)
 * @param limit which limit refused it: {@code account}, {@code client}, {@code device} or
 * {@code second-factor}
 * @param client the client's limit key (IPv4 address or IPv6 /64)
 * @param waitSeconds how long until the next attempt is allowed
 */
public record LoginThrottled(String account, String limit, String client, long waitSeconds) {

}
