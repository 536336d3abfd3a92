-- A department system may authenticate with an access token from the hall's OIDC provider (client credentials)
-- instead of a signed assertion; such a client has no public key here.
alter table exchange_client alter column public_key_jwk drop not null;
