-- The extensions the schema uses, created by the operator (a restore runs
-- as hexastore_owner, which may not create them). Idempotent.

SET LOCAL client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public;
