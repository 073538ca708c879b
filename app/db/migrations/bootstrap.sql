-- Runs before every migration pass (after roles.sql and extensions.sql), as the connecting
-- (operator) user. Idempotent: creates what the numbered migrations rely on
-- but cannot create themselves because they run as hexastore_owner.

SET LOCAL client_min_messages = warning;

CREATE SCHEMA IF NOT EXISTS hexastore AUTHORIZATION hexastore_owner;

CREATE TABLE IF NOT EXISTS hexastore.schema_migrations (
    version    integer PRIMARY KEY,
    name       text        NOT NULL,
    checksum   text        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE hexastore.schema_migrations OWNER TO hexastore_owner;
