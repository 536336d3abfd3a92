-- An administrator disables a department system's OIDC client (it signs nobody in and gets no tokens) and
-- enables it again; tokens issued before it was last disabled stay void. The secret can be renewed.
alter table oauth2_registered_client
    add column disabled_at        timestamptz,
    add column disabled_reason    varchar(500),
    add column tokens_valid_after timestamptz;
