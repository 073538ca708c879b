-- Runs before every migration pass and before a restore, as the connecting
-- (operator) user. Idempotent: the cluster-wide roles the schema belongs to
-- and is used by, which neither a migration nor a backup can create.

SET LOCAL client_min_messages = warning;

-- Roles are cluster-wide; another database of the same cluster may be creating
-- them at this very moment, so a duplicate is not an error.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hexastore_owner') THEN
        BEGIN
            CREATE ROLE hexastore_owner NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hexastore_client') THEN
        BEGIN
            CREATE ROLE hexastore_client LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    -- A non-superuser operator must be a member of the owner to create objects as it.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'hexastore_owner', 'MEMBER') THEN
        EXECUTE format('GRANT hexastore_owner TO %I', current_user);
    END IF;
END
$$;

-- Every app connects as the same role, and PostgreSQL shows a role's running
-- statements to all of its sessions (pg_stat_activity): another client could
-- read a login's password or a session's token there. And Qt's driver sends
-- bound values inside the statement text, which the server log copies for a
-- failing statement (a password that broke a rule, a one-time password). Only
-- a superuser may set track_activities and log_min_error_statement, so a
-- client cannot turn them back. An operator who is not a superuser is told to
-- ask one. Role settings are shared by the whole cluster: migrators of other
-- databases may set them at this very moment, and PostgreSQL then fails one of
-- them (a duplicate key, or "tuple concurrently updated"), which is fine: it
-- is set.
DO $$
DECLARE
    v_config text[] := coalesce((SELECT s.setconfig FROM pg_db_role_setting s
                                   JOIN pg_roles r ON r.oid = s.setrole
                                  WHERE r.rolname = 'hexastore_client' AND s.setdatabase = 0),
                                '{}');
BEGIN
    IF 'track_activities=off' = ANY (v_config) AND 'log_min_error_statement=panic' = ANY (v_config) THEN
        RETURN;
    ELSIF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'ask a superuser to run: ALTER ROLE hexastore_client SET track_activities = off; '
                      'ALTER ROLE hexastore_client SET log_min_error_statement = panic';
        RETURN;
    END IF;
    BEGIN
        ALTER ROLE hexastore_client SET track_activities = off;
        ALTER ROLE hexastore_client SET log_min_error_statement = panic;
    EXCEPTION WHEN unique_violation OR internal_error THEN
        NULL; -- set by a concurrent migrator (the next run checks again)
    END;
END
$$;

