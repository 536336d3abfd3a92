package org.govhall.identity.internal.oidc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The registered department systems as the provider's endpoints see them: a client an administrator disabled is
 * unknown to the authorization, token, consent and logout endpoints (it signs nobody in and gets no tokens),
 * while the hall itself still finds it by its internal id (to read stored authorizations) and by client id
 * ({@link #findAnyByClientId}) to edit or enable it.
 */
final class HallRegisteredClients implements RegisteredClientRepository {

	private final RegisteredClientRepository store;

	private final JdbcClient jdbc;

	HallRegisteredClients(RegisteredClientRepository store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public void save(RegisteredClient registeredClient) {
		store.save(registeredClient);
	}

	@Override
	public RegisteredClient findById(String id) {
		return store.findById(id);
	}

	/** An enabled client, or {@code null}: what the protocol endpoints use. */
	@Override
	public RegisteredClient findByClientId(String clientId) {
		boolean enabled = jdbc.sql("select disabled_at is null from oauth2_registered_client where client_id = ?")
			.param(clientId).query(Boolean.class).optional().orElse(false);
		return enabled ? store.findByClientId(clientId) : null;
	}

	/** A client whether enabled or not, or {@code null}. */
	RegisteredClient findAnyByClientId(String clientId) {
		return store.findByClientId(clientId);
	}
}
