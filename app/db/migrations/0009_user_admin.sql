-- Issue #11, the administrators' users screen: login history, forced password
-- resets with a restricted session, role changes, revoking sessions, users of
-- any role created with a one-time password; none of it against oneself, and
-- never without an active administrator left. Every action asks for a reason
-- and is audited with the user's state before and after. Runs as
-- hexastore_owner.

ALTER TABLE hexastore.users
    ADD COLUMN last_login_at timestamptz,
    -- Set by a forced reset (or a new account's one-time password): the next
    -- login gets a session good only for change_password.
    ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
-- The users screen sorts and searches these at 100,000 users (keyset pages).
CREATE INDEX users_name_idx ON hexastore.users (lower(full_name), id);
CREATE INDEX users_created_idx ON hexastore.users (created_at, id);
CREATE INDEX users_last_login_idx ON hexastore.users
    ((coalesce(last_login_at, '-infinity'::timestamptz)), id);
CREATE INDEX users_search_idx ON hexastore.users
    USING gin ((lower(email) || ' ' || lower(full_name)) public.gin_trgm_ops);
GRANT SELECT (last_login_at, must_change_password) ON hexastore.users TO hexastore_client;

ALTER TABLE hexastore.sessions ADD COLUMN restricted boolean NOT NULL DEFAULT false;

-- Every login attempt on an existing account, kept 90 days. Attempts on
-- unknown e-mails have no account to belong to and are not kept.
CREATE TABLE hexastore.login_events (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   bigint NOT NULL REFERENCES hexastore.users ON DELETE CASCADE,
    at        timestamptz NOT NULL DEFAULT now(),
    outcome   text NOT NULL CHECK (outcome IN ('ok', 'password_change_required', 'wrong_password',
                                               'locked', 'disabled')),
    device    text NOT NULL DEFAULT '' CHECK (char_length(device) <= 200)
);
CREATE INDEX login_events_user_idx ON hexastore.login_events (user_id, id);
CREATE INDEX login_events_at_idx ON hexastore.login_events (at);
ALTER TABLE hexastore.login_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY login_events_admin ON hexastore.login_events FOR SELECT TO hexastore_client
    USING ((SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.login_events TO hexastore_client;

-- A few rows per login, so that no job is needed to keep 90 days.
CREATE FUNCTION hexastore._record_login(p_user bigint, p_outcome text, p_device text) RETURNS void
LANGUAGE sql VOLATILE SET search_path = hexastore, pg_temp AS $$
    DELETE FROM hexastore.login_events
     WHERE id IN (SELECT id FROM hexastore.login_events
                   WHERE at < now() - interval '90 days' ORDER BY at LIMIT 20);
    INSERT INTO hexastore.login_events (user_id, outcome, device)
    VALUES (p_user, p_outcome, left(coalesce(p_device, ''), 200));
$$;

-- ---------------------------------------------------------------------------
-- The token check. A restricted session (after a forced reset) is refused
-- with HX120 everywhere except where `_session_user(true)` lets it in:
-- change_password and logout.

CREATE FUNCTION hexastore._session_user(p_allow_restricted boolean) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_token      text := current_setting('hexastore.access_token', true);
    v_user       bigint;
    v_restricted boolean;
BEGIN
    IF v_token IS NULL OR v_token = '' THEN
        RETURN NULL;
    END IF;
    SELECT s.user_id, s.restricted INTO v_user, v_restricted
      FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.access_token_hash = _token_hash(v_token)
       AND s.revoked_at IS NULL
       AND s.access_expires_at > now()
       AND u.status = 'active';
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'the access token is invalid, expired or revoked' USING ERRCODE = '28000';
    END IF;
    IF v_restricted AND NOT p_allow_restricted THEN
        RAISE EXCEPTION 'set a new password first' USING ERRCODE = 'HX120';
    END IF;
    RETURN v_user;
END
$$;

CREATE OR REPLACE FUNCTION hexastore.current_user_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT hexastore._session_user(false)
$$;

CREATE OR REPLACE FUNCTION hexastore.login(p_email text, p_password text, p_device text DEFAULT '')
RETURNS hexastore.auth_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_key      text := lower(btrim(coalesce(p_email, '')));
    v_throttle login_throttle;
    v_user     users;
    v_hash     text;
    v_cost     integer := setting('bcrypt_cost')::integer;
    r          auth_result;
BEGIN
    SELECT u.* INTO v_user FROM users u WHERE lower(u.email) = v_key;
    SELECT * INTO v_throttle FROM login_throttle WHERE email_key = v_key FOR UPDATE;
    IF v_throttle.locked_until > now() THEN
        -- One row per lock, not per attempt: attempts while locked cost no
        -- password check, and must not fill the history (or the disk).
        IF v_user.id IS NOT NULL AND NOT EXISTS (
               SELECT FROM login_events WHERE user_id = v_user.id AND outcome = 'locked'
                                          AND at >= v_throttle.last_failure_at) THEN
            PERFORM _record_login(v_user.id, 'locked', p_device);
        END IF;
        r.status := 'locked';
        r.retry_at := v_throttle.locked_until;
        RETURN r;
    END IF;

    SELECT c.password_hash INTO v_hash FROM user_credentials c WHERE c.user_id = v_user.id;
    IF v_hash IS NULL THEN
        -- Spend the same time as a real check so timing reveals nothing.
        PERFORM public.crypt('x', public.gen_salt('bf', v_cost));
    END IF;
    IF v_hash IS NULL OR public.crypt(_password_prehash(coalesce(p_password, '')), v_hash) <> v_hash THEN
        r.retry_at := _record_login_failure(v_key);
        r.status := CASE WHEN r.retry_at IS NULL THEN 'invalid_credentials' ELSE 'locked' END;
        IF v_user.id IS NOT NULL THEN
            PERFORM _record_login(v_user.id, 'wrong_password', p_device);
        END IF;
        RETURN r;
    END IF;

    IF v_user.status <> 'active' THEN
        PERFORM _record_login(v_user.id, 'disabled', p_device);
        r.status := 'disabled';
        RETURN r;
    END IF;

    DELETE FROM login_throttle WHERE email_key = v_key;
    -- Upgrade the hash when the operator raised the cost since it was made.
    IF substring(v_hash FROM 5 FOR 2)::integer <> v_cost THEN
        UPDATE user_credentials SET password_hash = _hash_password(p_password) WHERE user_id = v_user.id;
    END IF;
    UPDATE users SET last_login_at = now() WHERE id = v_user.id;
    r := _open_session(v_user.id, v_user.role, p_device);
    IF v_user.must_change_password THEN
        UPDATE sessions SET restricted = true WHERE access_token_hash = _token_hash(r.access_token);
        r.status := 'password_change_required';
    END IF;
    PERFORM _record_login(v_user.id, r.status, p_device);
    RETURN r;
END
$$;

-- A restricted session stays restricted through refreshes, and says so.
CREATE OR REPLACE FUNCTION hexastore.refresh_session(p_refresh_token text)
RETURNS hexastore.auth_result
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_token   refresh_tokens;
    v_session sessions;
    v_user    users;
    r         auth_result;
BEGIN
    SELECT * INTO v_token FROM refresh_tokens
     WHERE token_hash = _token_hash(coalesce(p_refresh_token, '')) FOR UPDATE;
    IF NOT FOUND THEN
        r.status := 'invalid_token';
        RETURN r;
    END IF;
    SELECT * INTO v_session FROM sessions WHERE id = v_token.session_id FOR UPDATE;
    -- Why a session ended is told as it is: the account disabled, or an
    -- administrator ending it (sessions revoked, role changed, password reset).
    SELECT * INTO v_user FROM users WHERE id = v_session.user_id;
    IF v_user.status <> 'active' THEN
        r.status := 'disabled';
        RETURN r;
    END IF;
    IF v_session.revoked_at IS NOT NULL THEN
        r.status := CASE WHEN v_session.revoke_reason IN ('revoked by an administrator',
                                                          'role changed',
                                                          'password reset by an administrator')
                         THEN 'revoked' ELSE 'invalid_token' END;
        RETURN r;
    END IF;
    IF v_token.rotated_at IS NOT NULL THEN
        -- A rotated token came back: someone holds a copy. End the whole family.
        UPDATE sessions SET revoked_at = now(), revoke_reason = 'refresh token reused'
         WHERE id = v_session.id;
        r.status := 'token_reused';
        RETURN r;
    END IF;
    IF v_token.expires_at <= now() THEN
        r.status := 'expired';
        RETURN r;
    END IF;

    UPDATE refresh_tokens SET rotated_at = now() WHERE token_hash = v_token.token_hash;
    r.status := CASE WHEN v_session.restricted THEN 'password_change_required' ELSE 'ok' END;
    r.user_id := v_user.id;
    r.role := v_user.role;
    r.access_token := _new_token();
    r.refresh_token := _new_token();
    r.access_expires_at := now() + make_interval(secs => setting('access_token_seconds'));
    r.refresh_expires_at := now() + make_interval(secs => setting('refresh_token_seconds'));
    UPDATE sessions
       SET access_token_hash = _token_hash(r.access_token),
           access_expires_at = r.access_expires_at,
           refreshed_at = now()
     WHERE id = v_session.id;
    INSERT INTO refresh_tokens (token_hash, session_id, expires_at)
    VALUES (_token_hash(r.refresh_token), v_session.id, r.refresh_expires_at);
    RETURN r;
END
$$;

CREATE OR REPLACE FUNCTION hexastore.logout() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF _session_user(true) IS NULL THEN
        RAISE EXCEPTION 'not logged in' USING ERRCODE = '28000';
    END IF;
    UPDATE sessions SET revoked_at = now(), revoke_reason = 'logout'
     WHERE access_token_hash = _token_hash(current_setting('hexastore.access_token', true))
       AND revoked_at IS NULL;
END
$$;

-- Also the way out of a restricted session: the old password is the one-time
-- one, and the new one must differ from it.
CREATE OR REPLACE FUNCTION hexastore.change_password(p_old_password text, p_new_password text)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user     users;
    v_key      text;
    v_hash     text;
    v_throttle login_throttle;
    v_session  bytea := _token_hash(current_setting('hexastore.access_token', true));
BEGIN
    SELECT * INTO v_user FROM users WHERE id = _session_user(true);
    IF v_user.id IS NULL THEN
        RAISE EXCEPTION 'not logged in' USING ERRCODE = '28000';
    END IF;
    v_key := lower(v_user.email);
    SELECT * INTO v_throttle FROM login_throttle WHERE email_key = v_key FOR UPDATE;
    IF v_throttle.locked_until > now() THEN
        RAISE EXCEPTION 'too many wrong passwords; try again at %', v_throttle.locked_until
            USING ERRCODE = 'HX110';
    END IF;
    PERFORM _check_password_rules(p_new_password, v_user.email);
    IF normalize(p_new_password, NFKC) = normalize(coalesce(p_old_password, ''), NFKC) THEN
        RAISE EXCEPTION 'the new password must differ from the old one' USING ERRCODE = 'HX118';
    END IF;
    SELECT password_hash INTO v_hash FROM user_credentials WHERE user_id = v_user.id;
    IF public.crypt(_password_prehash(coalesce(p_old_password, '')), v_hash) <> v_hash THEN
        PERFORM _record_login_failure(v_key);
        RETURN false;
    END IF;
    DELETE FROM login_throttle WHERE email_key = v_key;
    UPDATE user_credentials SET password_hash = _hash_password(p_new_password), changed_at = now()
     WHERE user_id = v_user.id;
    IF v_user.must_change_password THEN
        UPDATE users SET must_change_password = false WHERE id = v_user.id;
    END IF;
    UPDATE sessions SET restricted = false WHERE access_token_hash = v_session AND restricted;
    UPDATE sessions SET revoked_at = now(), revoke_reason = 'password changed'
     WHERE user_id = v_user.id AND revoked_at IS NULL AND access_token_hash <> v_session;
    RETURN true;
END
$$;

-- ---------------------------------------------------------------------------
-- Audit rows: a reason given by the caller's transaction
-- (`set_config('hexastore.audit_reason', …, true)`) is used where a table
-- trigger writes the row, so changes made with plain DML carry a reason too.

-- Every row's details say what was before and after the action. The callers
-- written before this migration pass {from, to} (order moves) or {courier,
-- previous_courier} (dispatch); they are put in that shape here, in one place.
CREATE OR REPLACE FUNCTION hexastore._audit(p_action text, p_entity text, p_entity_id bigint,
                                            p_reason text, p_details jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    INSERT INTO hexastore.audit_log (actor_id, action, entity, entity_id, reason, details)
    VALUES (hexastore.current_user_id(), p_action, p_entity, p_entity_id,
            left(coalesce(nullif(btrim(p_reason), ''),
                          btrim(current_setting('hexastore.audit_reason', true)), ''), 1000),
            CASE
                WHEN p_details IS NULL THEN '{}'::jsonb
                WHEN p_details ? 'before' OR p_details ? 'after' THEN p_details
                WHEN p_details ? 'from' AND p_details ? 'to' THEN
                    (p_details - '{from,to}'::text[])
                    || jsonb_build_object('before', jsonb_build_object('status', p_details->'from'),
                                          'after', jsonb_build_object('status', p_details->'to'))
                WHEN p_details ? 'courier' OR p_details ? 'previous_courier' THEN
                    (p_details - '{courier,previous_courier}'::text[])
                    || jsonb_build_object(
                           'before', jsonb_build_object('courier_id', p_details->'previous_courier'),
                           'after', jsonb_build_object('courier_id', p_details->'courier'))
                ELSE p_details
            END)
$$;

-- A courier's profile, audited with what it was.
CREATE OR REPLACE FUNCTION hexastore.admin_set_courier_profile(p_courier bigint, p_phone text,
                                                               p_vehicle text, p_on_duty boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_phone   text := btrim(coalesce(p_phone, ''));
    v_vehicle vehicle;
    v_before  jsonb;
BEGIN
    PERFORM _require_admin();
    IF NOT EXISTS (SELECT FROM users WHERE id = p_courier AND role = 'courier') THEN
        RAISE EXCEPTION 'no such courier' USING ERRCODE = 'HX113';
    END IF;
    IF NOT _phone_valid(v_phone) THEN
        RAISE EXCEPTION 'the phone number is not valid' USING ERRCODE = 'HX415';
    END IF;
    IF p_vehicle IS NULL OR p_vehicle <> ALL (enum_range(NULL::vehicle)::text[]) THEN
        RAISE EXCEPTION 'unknown vehicle %', p_vehicle USING ERRCODE = 'HX111';
    END IF;
    v_vehicle := p_vehicle::vehicle;
    SELECT jsonb_build_object('phone', phone, 'vehicle', vehicle, 'on_duty', on_duty) INTO v_before
      FROM courier_profiles WHERE courier_id = p_courier FOR UPDATE;
    INSERT INTO courier_profiles (courier_id, phone, vehicle, on_duty)
    VALUES (p_courier, v_phone, v_vehicle, coalesce(p_on_duty, false))
    ON CONFLICT (courier_id) DO UPDATE
        SET phone = excluded.phone, vehicle = excluded.vehicle, on_duty = excluded.on_duty,
            updated_at = now();
    PERFORM _audit('courier.profile', 'user', p_courier, '',
                   jsonb_build_object('before', v_before,
                                      'after', jsonb_build_object('phone', v_phone,
                                                                  'vehicle', v_vehicle,
                                                                  'on_duty', coalesce(p_on_duty, false))));
END
$$;

-- Before and after of a row changed by plain DML (categories, brands, promo
-- codes). Arguments: the action's prefix, the entity, columns to leave out
-- (counters the system moves); an update of those alone is not audited.
CREATE FUNCTION hexastore._audit_row_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_prefix text := TG_ARGV[0];
    v_entity text := TG_ARGV[1];
    v_ignore text[] := coalesce(TG_ARGV[2], '{}')::text[];
    v_before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - v_ignore END;
    v_after  jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - v_ignore END;
BEGIN
    IF TG_OP = 'UPDATE' AND v_before = v_after THEN
        RETURN NULL;
    END IF;
    PERFORM _audit(v_prefix || '.' || CASE TG_OP WHEN 'INSERT' THEN 'create'
                                               WHEN 'UPDATE' THEN 'update'
                                               ELSE 'delete' END,
                   v_entity, (coalesce(v_after, v_before)->>'id')::bigint, '',
                   jsonb_build_object('before', v_before, 'after', v_after));
    RETURN NULL;
END
$$;

DROP TRIGGER promo_codes_audit ON hexastore.promo_codes;
DROP FUNCTION hexastore._promo_audit();
CREATE TRIGGER promo_codes_audit AFTER INSERT OR UPDATE OR DELETE ON hexastore.promo_codes
    FOR EACH ROW EXECUTE FUNCTION hexastore._audit_row_change('promo', 'promo_code',
                                                              '{used_count,version,updated_at}');
CREATE TRIGGER categories_audit AFTER INSERT OR UPDATE OR DELETE ON hexastore.categories
    FOR EACH ROW EXECUTE FUNCTION hexastore._audit_row_change('category', 'category', '{}');
CREATE TRIGGER brands_audit AFTER INSERT OR UPDATE OR DELETE ON hexastore.brands
    FOR EACH ROW EXECUTE FUNCTION hexastore._audit_row_change('brand', 'brand', '{}');

-- ---------------------------------------------------------------------------
-- Administrators' actions on users.

-- Every action on a user needs a reason: 1 to 1,000 characters (HX324).
CREATE FUNCTION hexastore._admin_reason(p_reason text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    -- Trimmed of every kind of space (tabs, line breaks, no-break spaces …),
    -- so that a reason of blanks is no reason.
    v_reason text := regexp_replace(
        coalesce(p_reason, ''),
        '^[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+|[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+$',
        '', 'g');
BEGIN
    IF char_length(v_reason) NOT BETWEEN 1 AND 1000 THEN
        RAISE EXCEPTION 'give a reason of 1 to 1000 characters' USING ERRCODE = 'HX324';
    END IF;
    RETURN v_reason;
END
$$;

-- The target of an action: never the administrator themselves (HX114), locked
-- for the rest of the transaction.
CREATE FUNCTION hexastore._admin_target(p_admin bigint, p_user bigint) RETURNS hexastore.users
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user users;
BEGIN
    IF p_user = p_admin THEN
        RAISE EXCEPTION 'administrators cannot do this to their own account' USING ERRCODE = 'HX114';
    END IF;
    SELECT * INTO v_user FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such user' USING ERRCODE = 'HX113';
    END IF;
    RETURN v_user;
END
$$;

-- Every active administrator's row, in id order: taken first by the actions
-- that may remove one, so that two administrators acting on each other queue
-- instead of deadlocking.
CREATE FUNCTION hexastore._lock_admins() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM 1 FROM users WHERE role = 'admin' AND status = 'active' ORDER BY id FOR UPDATE;
END
$$;

-- Before `p_user` stops being an active administrator: another must remain.
-- Every active administrator's row is locked (in id order, so two admins
-- removing each other at once queue up instead of both succeeding).
CREATE FUNCTION hexastore._keep_an_admin(p_user hexastore.users) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF p_user.role <> 'admin' OR p_user.status <> 'active' THEN
        RETURN;
    END IF;
    PERFORM 1 FROM users WHERE role = 'admin' AND status = 'active' ORDER BY id FOR UPDATE;
    IF NOT EXISTS (SELECT FROM users WHERE role = 'admin' AND status = 'active' AND id <> p_user.id) THEN
        RAISE EXCEPTION 'the last active administrator cannot be removed' USING ERRCODE = 'HX115';
    END IF;
END
$$;

CREATE FUNCTION hexastore._user_state(p_user hexastore.users) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('email', p_user.email, 'full_name', p_user.full_name,
                              'role', p_user.role, 'status', p_user.status,
                              'must_change_password', p_user.must_change_password)
$$;

CREATE FUNCTION hexastore._revoke_sessions(p_user bigint, p_why text) RETURNS integer
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE sessions SET revoked_at = now(), revoke_reason = p_why
     WHERE user_id = p_user AND revoked_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- 16 characters from 32 unambiguous ones (80 bits), in groups of four.
CREATE FUNCTION hexastore._one_time_password() RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', get_byte(b, i) % 32 + 1, 1)
                      || CASE WHEN i IN (3, 7, 11) THEN '-' ELSE '' END, '' ORDER BY i)
      FROM (SELECT public.gen_random_bytes(16) AS b) r, generate_series(0, 15) i
$$;

DROP FUNCTION hexastore.admin_set_user_status(bigint, text);
CREATE FUNCTION hexastore.admin_set_user_status(p_user_id bigint, p_status text, p_reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_admin  bigint := _require_admin();
    v_reason text := _admin_reason(p_reason);
    v_before users;
    v_after  users;
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('active', 'disabled') THEN
        RAISE EXCEPTION 'unknown status' USING ERRCODE = 'HX111';
    END IF;
    PERFORM _lock_admins();
    v_before := _admin_target(v_admin, p_user_id);
    IF v_before.status::text = p_status THEN
        RETURN;
    END IF;
    IF p_status = 'disabled' THEN
        PERFORM _keep_an_admin(v_before);
    END IF;
    UPDATE users SET status = p_status::user_status WHERE id = p_user_id RETURNING * INTO v_after;
    IF p_status = 'disabled' THEN
        PERFORM _revoke_sessions(p_user_id, 'account disabled');
    END IF;
    PERFORM _audit(CASE p_status WHEN 'disabled' THEN 'user.disable' ELSE 'user.enable' END,
                   'user', p_user_id, v_reason,
                   jsonb_build_object('before', _user_state(v_before), 'after', _user_state(v_after)));
END
$$;

-- A new role takes effect at the next login: every session ends now. A courier
-- with deliveries in hand and a seller with open orders keep their role until
-- those are handed over or finished (HX117).
CREATE FUNCTION hexastore.admin_set_user_role(p_user_id bigint, p_role text, p_reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_admin  bigint := _require_admin();
    v_reason text := _admin_reason(p_reason);
    v_before users;
    v_after  users;
    v_open   bigint;
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('buyer', 'seller', 'courier', 'admin') THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = 'HX111';
    END IF;
    PERFORM _lock_admins();
    v_before := _admin_target(v_admin, p_user_id);
    IF v_before.role::text = p_role THEN
        RETURN;
    END IF;
    PERFORM _keep_an_admin(v_before);
    -- The role changes first, then the open work is counted: the change waits
    -- for a dispatch or a checkout that holds the user's row or the seller's
    -- products, so what they committed is counted (and refuses the change).
    UPDATE users SET role = p_role::user_role WHERE id = p_user_id RETURNING * INTO v_after;
    IF v_before.role = 'courier' THEN
        SELECT count(*) INTO v_open FROM deliveries
         WHERE courier_id = p_user_id
           AND status IN ('assigned', 'picked_up', 'out_for_delivery', 'failed_attempt');
    ELSIF v_before.role = 'seller' THEN
        SELECT count(*) INTO v_open FROM orders
         WHERE seller_id = p_user_id AND status IN ('pending', 'confirmed', 'shipped');
    END IF;
    IF v_open > 0 THEN
        RAISE EXCEPTION 'the user has % open deliveries or orders', v_open USING ERRCODE = 'HX117',
            DETAIL = json_build_object('count', v_open, 'role', v_before.role)::text;
    END IF;
    PERFORM _revoke_sessions(p_user_id, 'role changed');
    PERFORM _audit('user.role', 'user', p_user_id, v_reason,
                   jsonb_build_object('before', _user_state(v_before), 'after', _user_state(v_after)));
END
$$;

CREATE FUNCTION hexastore.admin_revoke_sessions(p_user_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_admin  bigint := _require_admin();
    v_reason text := _admin_reason(p_reason);
    v_user   users := _admin_target(v_admin, p_user_id);
    v_count  integer := _revoke_sessions(p_user_id, 'revoked by an administrator');
BEGIN
    PERFORM _audit('user.revoke_sessions', 'user', v_user.id, v_reason,
                   jsonb_build_object('sessions_revoked', v_count));
    RETURN v_count;
END
$$;

-- Returns the one-time password, which is stored only as its hash: the
-- administrator passes it on; the user must replace it at the next login.
CREATE FUNCTION hexastore.admin_reset_password(p_user_id bigint, p_reason text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_admin    bigint := _require_admin();
    v_reason   text := _admin_reason(p_reason);
    v_before   users := _admin_target(v_admin, p_user_id);
    v_after    users;
    v_password text := _one_time_password();
    v_count    integer;
BEGIN
    UPDATE user_credentials SET password_hash = _hash_password(v_password), changed_at = now()
     WHERE user_id = p_user_id;
    UPDATE users SET must_change_password = true WHERE id = p_user_id RETURNING * INTO v_after;
    DELETE FROM login_throttle WHERE email_key = lower(v_before.email);
    v_count := _revoke_sessions(p_user_id, 'password reset by an administrator');
    PERFORM _audit('user.reset_password', 'user', p_user_id, v_reason,
                   jsonb_build_object('before', _user_state(v_before), 'after', _user_state(v_after),
                                      'sessions_revoked', v_count));
    RETURN v_password;
END
$$;

-- Any role; the account starts with a one-time password (returned once) that
-- the user replaces at the first login.
DROP FUNCTION hexastore.admin_create_user(text, text, text, text);
CREATE FUNCTION hexastore.admin_create_user(p_email text, p_full_name text, p_role text,
                                            p_reason text)
RETURNS TABLE (user_id bigint, one_time_password text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_reason   text;
    v_user     users;
    v_password text := _one_time_password();
BEGIN
    PERFORM _require_admin();
    v_reason := _admin_reason(p_reason);
    IF p_role IS NULL OR p_role NOT IN ('buyer', 'seller', 'courier', 'admin') THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = 'HX111';
    END IF;
    user_id := _create_user(p_email, v_password, p_full_name, p_role::user_role);
    UPDATE users SET must_change_password = true WHERE id = user_id RETURNING * INTO v_user;
    PERFORM _audit('user.create', 'user', user_id, v_reason,
                   jsonb_build_object('before', NULL, 'after', _user_state(v_user)));
    one_time_password := v_password;
    RETURN NEXT;
END
$$;

-- The administrators' user list, a keyset page at a time. A definer function
-- (it checks for an administrator itself) because under the users policy the
-- planner cannot tell that an administrator sees every row: it expects a
-- hundred and sorts the whole table instead of walking the index (75 ms
-- instead of 2 at 100,000 users). The sort is one of four indexed keys;
-- `p_after_key`/`p_after_id` continue after the last row shown (its
-- `sort_key` as returned, so that nothing is lost in the round trip).
CREATE FUNCTION hexastore.admin_list_users(p_text text, p_role text, p_active boolean,
                                           p_sort text, p_descending boolean,
                                           p_after_key text, p_after_id bigint, p_limit integer)
RETURNS TABLE (id bigint, email text, full_name text, role text, status text,
               created_at timestamptz, last_login_at timestamptz, must_change_password boolean,
               sort_key text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_key  text;
    v_type text;
    v_dir  text := CASE WHEN p_descending THEN 'DESC' ELSE 'ASC' END;
BEGIN
    PERFORM _require_admin();
    CASE coalesce(p_sort, 'name')
        WHEN 'name' THEN v_key := 'lower(u.full_name)'; v_type := 'text';
        WHEN 'email' THEN v_key := 'lower(u.email)'; v_type := 'text';
        WHEN 'created' THEN v_key := 'u.created_at'; v_type := 'timestamptz';
        WHEN 'last_login' THEN
            v_key := 'coalesce(u.last_login_at, ''-infinity''::timestamptz)'; v_type := 'timestamptz';
        ELSE RAISE EXCEPTION 'unknown sort %', p_sort USING ERRCODE = 'HX111';
    END CASE;
    IF p_role IS NOT NULL AND p_role <> ALL (enum_range(NULL::user_role)::text[]) THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = 'HX111';
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT u.id, u.email, u.full_name, u.role::text, u.status::text, u.created_at,
                u.last_login_at, u.must_change_password, (%1$s)::text
           FROM users u
          WHERE ($1 IS NULL OR (lower(u.email) || '' '' || lower(u.full_name)) LIKE $1)
            AND ($2 IS NULL OR u.role = $2::user_role)
            AND ($3 IS NULL OR (u.status = ''active'') = $3)
            AND ($4 IS NULL OR (%1$s, u.id) %2$s ($4::%3$s, $5))
          ORDER BY %1$s %4$s, u.id %4$s
          LIMIT $6',
        v_key, CASE WHEN p_descending THEN '<' ELSE '>' END, v_type, v_dir)
    USING p_text, p_role, p_active, p_after_key, p_after_id, least(greatest(coalesce(p_limit, 200), 1), 1000);
END
$$;

-- What the user's detail shows beside the row itself.
CREATE FUNCTION hexastore.admin_user_activity(p_user_id bigint)
RETURNS TABLE (orders_placed bigint, orders_received bigint, products bigint,
               deliveries_done bigint, deliveries_in_hand bigint, live_sessions bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_admin();
    RETURN QUERY SELECT
        (SELECT count(*) FROM orders WHERE buyer_id = p_user_id),
        (SELECT count(*) FROM orders WHERE seller_id = p_user_id),
        (SELECT count(*) FROM products WHERE seller_id = p_user_id AND archived_at IS NULL),
        (SELECT count(*) FROM deliveries WHERE courier_id = p_user_id AND status = 'delivered'),
        (SELECT count(*) FROM deliveries WHERE courier_id = p_user_id
                                             AND status IN ('assigned', 'picked_up',
                                                            'out_for_delivery', 'failed_attempt')),
        (SELECT count(*) FROM sessions s WHERE s.user_id = p_user_id AND s.revoked_at IS NULL
            AND EXISTS (SELECT FROM refresh_tokens t WHERE t.session_id = s.id
                          AND t.rotated_at IS NULL AND t.expires_at > now()));
END
$$;

-- The devices a user is logged in on (live sessions).
CREATE FUNCTION hexastore.admin_user_sessions(p_user_id bigint)
RETURNS TABLE (session_id bigint, device text, created_at timestamptz, refreshed_at timestamptz,
               restricted boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_admin();
    RETURN QUERY
        SELECT s.id, s.device, s.created_at, s.refreshed_at, s.restricted
          FROM sessions s
         WHERE s.user_id = p_user_id AND s.revoked_at IS NULL
           AND EXISTS (SELECT FROM refresh_tokens t WHERE t.session_id = s.id
                         AND t.rotated_at IS NULL AND t.expires_at > now())
         ORDER BY s.refreshed_at DESC;
END
$$;

-- A seller's products are for sale only while they are an active seller: a
-- seller made a buyer (or disabled) closes the shop, made a seller again opens it.
CREATE OR REPLACE FUNCTION hexastore._seller_status_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    UPDATE products SET seller_active = (NEW.status = 'active' AND NEW.role = 'seller')
     WHERE seller_id = NEW.id;
    RETURN NULL;
END
$$;
DROP TRIGGER users_seller_status ON hexastore.users;
CREATE TRIGGER users_seller_status AFTER UPDATE OF status, role ON hexastore.users
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.role IS DISTINCT FROM NEW.role)
    EXECUTE FUNCTION hexastore._seller_status_changed();

-- A delivery given to a courier holds the courier's row (FOR SHARE) and checks
-- its newest version: a role change or a disabling at the same moment either
-- waits for the dispatch and then counts it, or commits first and the
-- dispatch is refused (HX403). Named to run before deliveries_guard.
CREATE FUNCTION hexastore._delivery_courier_lock() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM 1 FROM users WHERE id = NEW.courier_id AND role = 'courier' AND status = 'active'
        FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deliveries go to active couriers' USING ERRCODE = 'HX403';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER deliveries_courier_lock BEFORE UPDATE OF courier_id ON hexastore.deliveries
    FOR EACH ROW WHEN (NEW.courier_id IS DISTINCT FROM OLD.courier_id AND NEW.courier_id IS NOT NULL)
    EXECUTE FUNCTION hexastore._delivery_courier_lock();

-- ---------------------------------------------------------------------------
-- Cash on delivery handed in by a courier.

ALTER TABLE hexastore.deliveries
    ADD COLUMN cash_received_at timestamptz,
    ADD COLUMN cash_received_by bigint REFERENCES hexastore.users;
CREATE INDEX deliveries_cash_open_idx ON hexastore.deliveries (courier_id)
    WHERE cash_collected IS NOT NULL AND cash_received_at IS NULL;

-- Marks everything the courier collected and has not handed in as received.
-- `p_expected` is the amount the administrator counted against: when more
-- came in since they looked, nothing is marked (HX119, with the amount now).
CREATE FUNCTION hexastore.admin_mark_cash_received(p_courier bigint, p_expected numeric,
                                                   p_reason text DEFAULT '')
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_admin bigint := _require_admin();
    v_ids   bigint[];
    v_total numeric(12,2);
BEGIN
    IF char_length(coalesce(p_reason, '')) > 1000 THEN
        RAISE EXCEPTION 'a reason has at most 1000 characters' USING ERRCODE = 'HX324';
    END IF;
    SELECT array_agg(id ORDER BY id), coalesce(sum(cash_collected), 0) INTO v_ids, v_total
      FROM (SELECT id, cash_collected FROM deliveries
             WHERE courier_id = p_courier AND cash_collected IS NOT NULL
               AND cash_received_at IS NULL
             ORDER BY id FOR UPDATE) d;
    IF v_total IS DISTINCT FROM p_expected THEN
        RAISE EXCEPTION 'the courier holds % now', v_total USING ERRCODE = 'HX119',
            DETAIL = json_build_object('amount_money', v_total)::text;
    END IF;
    IF v_ids IS NULL THEN
        RETURN 0;
    END IF;
    UPDATE deliveries SET cash_received_at = now(), cash_received_by = v_admin
     WHERE id = ANY (v_ids);
    PERFORM _audit('courier.cash_received', 'user', p_courier, p_reason,
                   jsonb_build_object('amount', v_total, 'deliveries', to_jsonb(v_ids)));
    RETURN cardinality(v_ids);
END
$$;

REVOKE ALL ON FUNCTION
    hexastore._session_user(boolean),
    hexastore._record_login(bigint, text, text),
    hexastore._audit_row_change(),
    hexastore._admin_reason(text),
    hexastore._admin_target(bigint, bigint),
    hexastore._keep_an_admin(hexastore.users),
    hexastore._lock_admins(),
    hexastore._delivery_courier_lock(),
    hexastore._user_state(hexastore.users),
    hexastore._revoke_sessions(bigint, text),
    hexastore._one_time_password()
FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    hexastore.admin_set_user_status(bigint, text, text),
    hexastore.admin_set_user_role(bigint, text, text),
    hexastore.admin_revoke_sessions(bigint, text),
    hexastore.admin_reset_password(bigint, text),
    hexastore.admin_create_user(text, text, text, text),
    hexastore.admin_user_activity(bigint),
    hexastore.admin_list_users(text, text, boolean, text, boolean, text, bigint, integer),
    hexastore.admin_user_sessions(bigint),
    hexastore.admin_mark_cash_received(bigint, numeric, text)
TO hexastore_client;
