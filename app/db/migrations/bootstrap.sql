-- Runs before every migration pass (after roles.sql), as the connecting
-- (operator) user. Idempotent: creates what the numbered migrations rely on
-- but cannot create themselves because they run as hexastore_owner.

SET LOCAL client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public;

CREATE SCHEMA IF NOT EXISTS hexastore AUTHORIZATION hexastore_owner;

CREATE TABLE IF NOT EXISTS hexastore.schema_migrations (
    version    integer PRIMARY KEY,
    name       text        NOT NULL,
    checksum   text        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE hexastore.schema_migrations OWNER TO hexastore_owner;
