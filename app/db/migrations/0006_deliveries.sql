-- Deliveries (issue #10): the delivery lifecycle with proof of delivery,
-- dispatch by administrators, courier and seller profiles, and the couriers'
-- offline sync protocol. Runs as hexastore_owner. Errors of class HX4xx are
-- listed in docs/sql-api.md.

-- ---------------------------------------------------------------------------
-- The delivery states. 0004's first guess is replaced by the real lifecycle.

CREATE TYPE hexastore.delivery_state AS ENUM
    ('unassigned', 'assigned', 'picked_up', 'out_for_delivery', 'failed_attempt',
     'delivered', 'returned', 'cancelled');
ALTER TABLE hexastore.deliveries ALTER COLUMN status DROP DEFAULT;
DROP INDEX hexastore.deliveries_courier_idx;
ALTER TABLE hexastore.deliveries ALTER COLUMN status TYPE hexastore.delivery_state
    USING (CASE status::text WHEN 'failed' THEN 'failed_attempt'
                             ELSE status::text END)::hexastore.delivery_state;
DROP TYPE hexastore.delivery_status;
ALTER TYPE hexastore.delivery_state RENAME TO delivery_status;
ALTER TABLE hexastore.deliveries ALTER COLUMN status SET DEFAULT 'unassigned';

CREATE TYPE hexastore.failure_reason AS ENUM
    ('recipient_absent', 'address_not_found', 'refused', 'damaged', 'other');

ALTER TABLE hexastore.deliveries
    ADD COLUMN previous_courier_id bigint REFERENCES hexastore.users,
    ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0
        CONSTRAINT deliveries_failed_attempts_valid CHECK (failed_attempts BETWEEN 0 AND 3),
    ADD COLUMN last_failure hexastore.failure_reason,
    ADD COLUMN last_failure_note text NOT NULL DEFAULT '',
    ADD COLUMN recipient_name text,
    ADD COLUMN cash_collected numeric(12,2),
    ADD COLUMN photo_sha256 bytea REFERENCES hexastore.images,
    ADD COLUMN signature_sha256 bytea REFERENCES hexastore.images,
    ADD COLUMN assigned_at timestamptz,
    ADD COLUMN finished_at timestamptz;
UPDATE hexastore.deliveries SET finished_at = updated_at WHERE status = 'cancelled';
-- A courier is there from dispatch to the end; an unassigned delivery has none.
ALTER TABLE hexastore.deliveries ADD CONSTRAINT deliveries_courier_present CHECK (
    CASE status
        WHEN 'unassigned' THEN courier_id IS NULL
        WHEN 'cancelled' THEN true
        ELSE courier_id IS NOT NULL
    END);
CREATE INDEX deliveries_courier_idx ON hexastore.deliveries (courier_id, status);
CREATE INDEX deliveries_status_idx ON hexastore.deliveries (status, id);

-- The legal moves, whoever asks. Dispatch: unassigned <-> assigned (and a
-- change of courier while assigned); the courier: picked up, out for delivery,
-- delivered or a failed attempt, then out again or returned; an order that is
-- cancelled before pickup cancels its delivery.
CREATE FUNCTION hexastore.delivery_transition_allowed(p_from hexastore.delivery_status,
                                                      p_to hexastore.delivery_status)
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT (p_from, p_to) IN (('unassigned', 'assigned'), ('assigned', 'unassigned'),
                              ('assigned', 'picked_up'), ('picked_up', 'out_for_delivery'),
                              ('out_for_delivery', 'delivered'),
                              ('out_for_delivery', 'failed_attempt'),
                              ('failed_attempt', 'out_for_delivery'),
                              ('failed_attempt', 'returned'),
                              ('unassigned', 'cancelled'), ('assigned', 'cancelled'))
$$;

-- The lifecycle's rules, for every writer (definer functions, the owner, a
-- superuser): the transition, dispatch only of confirmed orders, a reason for
-- a failed attempt, at most three attempts, proof of delivery, and a change of
-- courier only before pickup.
CREATE FUNCTION hexastore._delivery_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_order orders;
BEGIN
    IF NEW.order_id IS DISTINCT FROM OLD.order_id THEN
        RAISE EXCEPTION 'a delivery''s order never changes' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO v_order FROM orders WHERE id = NEW.order_id;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT delivery_transition_allowed(OLD.status, NEW.status) THEN
            RAISE EXCEPTION 'a delivery cannot go from % to %', OLD.status, NEW.status
                USING ERRCODE = 'HX401',
                      DETAIL = json_build_object('from_delivery_status', OLD.status,
                                                 'to_delivery_status', NEW.status)::text;
        END IF;
        IF OLD.status = 'unassigned' AND NEW.status = 'assigned'
           AND v_order.status <> 'confirmed' THEN
            RAISE EXCEPTION 'only a confirmed order is dispatched' USING ERRCODE = 'HX402',
                DETAIL = json_build_object('order_status', v_order.status)::text;
        END IF;
        IF NEW.status = 'failed_attempt' THEN
            NEW.last_failure_note := btrim(coalesce(NEW.last_failure_note, ''));
            IF NEW.last_failure IS NULL
               OR (NEW.last_failure = 'other' AND NEW.last_failure_note = '')
               OR char_length(NEW.last_failure_note) > 500 THEN
                RAISE EXCEPTION 'a failed attempt needs its reason' USING ERRCODE = 'HX405';
            END IF;
            NEW.failed_attempts := OLD.failed_attempts + 1;
        END IF;
        IF OLD.status = 'failed_attempt' AND NEW.status = 'out_for_delivery'
           AND OLD.failed_attempts >= 3 THEN
            RAISE EXCEPTION 'after three failed attempts the goods go back' USING ERRCODE = 'HX408';
        END IF;
        IF NEW.status = 'delivered' THEN
            NEW.recipient_name := _clean_name(NEW.recipient_name);
            IF char_length(NEW.recipient_name) NOT BETWEEN 1 AND 200 THEN
                RAISE EXCEPTION 'proof of delivery needs the recipient''s name'
                    USING ERRCODE = 'HX406';
            END IF;
            IF v_order.payment_method = 'cash_on_delivery'
               AND NEW.cash_collected IS DISTINCT FROM v_order.total THEN
                RAISE EXCEPTION 'the cash collected must be the order''s total'
                    USING ERRCODE = 'HX407',
                          DETAIL = json_build_object('total_money', v_order.total,
                                                     'cash_money', NEW.cash_collected)::text;
            END IF;
        ELSIF (NEW.recipient_name, NEW.cash_collected, NEW.photo_sha256, NEW.signature_sha256)
              IS DISTINCT FROM (OLD.recipient_name, OLD.cash_collected, OLD.photo_sha256,
                                OLD.signature_sha256) THEN
            RAISE EXCEPTION 'proof of delivery comes with the delivery' USING ERRCODE = '42501';
        END IF;
        IF NEW.status = 'assigned' THEN
            NEW.assigned_at := now();
        END IF;
        IF NEW.status IN ('delivered', 'returned', 'cancelled') THEN
            NEW.finished_at := now();
        END IF;
    END IF;
    IF NEW.status = OLD.status
       AND (NEW.recipient_name, NEW.cash_collected, NEW.photo_sha256, NEW.signature_sha256,
            NEW.failed_attempts, NEW.last_failure, NEW.last_failure_note)
           IS DISTINCT FROM (OLD.recipient_name, OLD.cash_collected, OLD.photo_sha256,
                             OLD.signature_sha256, OLD.failed_attempts, OLD.last_failure,
                             OLD.last_failure_note) THEN
        RAISE EXCEPTION 'a delivery''s proof and attempts change only with its status'
            USING ERRCODE = '42501';
    END IF;
    IF NEW.courier_id IS DISTINCT FROM OLD.courier_id THEN
        IF OLD.status NOT IN ('unassigned', 'assigned')
           OR NEW.status NOT IN ('unassigned', 'assigned') THEN
            RAISE EXCEPTION 'a delivery changes courier only before pickup' USING ERRCODE = 'HX401',
                DETAIL = json_build_object('from_delivery_status', OLD.status,
                                           'to_delivery_status', NEW.status)::text;
        END IF;
        IF NEW.courier_id IS NOT NULL AND NOT EXISTS (
               SELECT FROM users WHERE id = NEW.courier_id AND role = 'courier'
                                   AND status = 'active') THEN
            RAISE EXCEPTION 'deliveries go to active couriers' USING ERRCODE = 'HX403';
        END IF;
        IF OLD.courier_id IS NOT NULL THEN
            NEW.previous_courier_id := OLD.courier_id;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER deliveries_guard BEFORE UPDATE ON hexastore.deliveries
    FOR EACH ROW EXECUTE FUNCTION hexastore._delivery_guard();

-- ---------------------------------------------------------------------------
-- The order follows its delivery: picked up ships it, delivered delivers it,
-- returned cancels it (and gives its stock back once). An order that an
-- administrator moved by hand already is where it should be, and stays.

CREATE OR REPLACE FUNCTION hexastore.order_transition_allowed(p_from hexastore.order_status,
                                                              p_to hexastore.order_status)
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT (p_from, p_to) IN (('pending', 'confirmed'), ('pending', 'cancelled'),
                              ('confirmed', 'shipped'), ('confirmed', 'cancelled'),
                              ('shipped', 'delivered'), ('shipped', 'cancelled'))
$$;

CREATE FUNCTION hexastore._delivery_moved() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_from order_status;
    v_to   order_status;
BEGIN
    IF NEW.status = 'picked_up' THEN
        v_from := 'confirmed';
        v_to := 'shipped';
    ELSIF NEW.status = 'delivered' THEN
        v_from := 'shipped';
        v_to := 'delivered';
    ELSIF NEW.status = 'returned' THEN
        v_from := 'shipped';
        v_to := 'cancelled';
    ELSE
        RETURN NULL;
    END IF;
    UPDATE orders SET status = v_to WHERE id = NEW.order_id AND status = v_from;
    IF FOUND THEN
        INSERT INTO order_status_history (order_id, from_status, to_status, changed_by,
                                          actor_role, reason)
        VALUES (NEW.order_id, v_from, v_to, current_user_id(), current_user_role(),
                CASE NEW.status WHEN 'returned' THEN 'returned by the courier' ELSE '' END);
        IF v_to = 'cancelled' THEN
            PERFORM _order_cancelled(NEW.order_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER deliveries_moved AFTER UPDATE OF status ON hexastore.deliveries
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION hexastore._delivery_moved();

-- ---------------------------------------------------------------------------
-- Every change of a delivery is an event: the courier's (sent from a device,
-- applied or rejected) and the dispatcher's. Only the server's order decides;
-- the device's time is kept for the record.

CREATE TYPE hexastore.event_outcome AS ENUM ('applied', 'rejected');

-- A courier's device and its upload cursor. A device id belongs to one courier.
CREATE TABLE hexastore.courier_devices (
    device_id     uuid PRIMARY KEY,
    courier_id    bigint NOT NULL REFERENCES hexastore.users,
    last_seq      bigint NOT NULL DEFAULT 0,
    registered_at timestamptz NOT NULL DEFAULT now(),
    last_sync_at  timestamptz
);
CREATE INDEX courier_devices_courier_idx ON hexastore.courier_devices (courier_id);

CREATE TABLE hexastore.delivery_events (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          uuid NOT NULL UNIQUE,
    -- No foreign key: a refused event about a delivery that does not exist is
    -- kept too, so that the device gets the same answer when it asks again.
    delivery_id       bigint NOT NULL,
    device_id         uuid REFERENCES hexastore.courier_devices,
    seq               bigint,
    actor_id          bigint REFERENCES hexastore.users ON DELETE SET NULL,
    actor_role        hexastore.user_role,
    from_status       hexastore.delivery_status,
    to_status         hexastore.delivery_status,
    courier_id        bigint REFERENCES hexastore.users ON DELETE SET NULL,
    failure_reason    hexastore.failure_reason,
    note              text NOT NULL DEFAULT '',
    recipient_name    text,
    cash_collected    numeric(12,2),
    photo_sha256      bytea,
    signature_sha256  bytea,
    device_time       timestamptz,
    received_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    outcome           hexastore.event_outcome NOT NULL,
    rejection_code    text,
    rejection_message text,
    -- The delivery's status after the event, where the actor may know it.
    status_after      hexastore.delivery_status,
    version_after     integer,
    UNIQUE (device_id, seq),
    CONSTRAINT delivery_events_device_seq CHECK ((device_id IS NULL) = (seq IS NULL))
);
CREATE INDEX delivery_events_delivery_idx ON hexastore.delivery_events (delivery_id, id);

-- ---------------------------------------------------------------------------
-- Profiles: a courier's phone, vehicle and duty (set by administrators), a
-- seller's pickup address and phone (set by the seller).

CREATE TYPE hexastore.vehicle AS ENUM ('foot', 'bicycle', 'car', 'motorbike');

CREATE TABLE hexastore.courier_profiles (
    courier_id bigint PRIMARY KEY REFERENCES hexastore.users ON DELETE CASCADE,
    phone      text NOT NULL DEFAULT '',
    vehicle    hexastore.vehicle NOT NULL DEFAULT 'bicycle',
    on_duty    boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hexastore.seller_profiles (
    seller_id      bigint PRIMARY KEY DEFAULT hexastore.current_user_id()
                   REFERENCES hexastore.users ON DELETE CASCADE,
    pickup_address text NOT NULL DEFAULT '',
    pickup_phone   text NOT NULL DEFAULT '',
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- The same phone rule as delivery addresses; empty means "not given".
CREATE FUNCTION hexastore._phone_valid(p_phone text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_phone = '' OR p_phone ~ '^\+?[0-9][0-9 ()-]{3,28}[0-9]$'
$$;

-- A definer: it runs for the client's own writes, and the client may not call
-- the helpers it uses.
CREATE FUNCTION hexastore._seller_profile_valid() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    NEW.pickup_address := btrim(coalesce(NEW.pickup_address, ''));
    NEW.pickup_phone := btrim(coalesce(NEW.pickup_phone, ''));
    NEW.updated_at := now();
    IF char_length(NEW.pickup_address) > 500 THEN
        RAISE EXCEPTION 'the pickup address is longer than 500 characters' USING ERRCODE = 'HX416';
    END IF;
    IF NOT _phone_valid(NEW.pickup_phone) THEN
        RAISE EXCEPTION 'the pickup phone is not valid' USING ERRCODE = 'HX415';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER seller_profiles_valid BEFORE INSERT OR UPDATE ON hexastore.seller_profiles
    FOR EACH ROW EXECUTE FUNCTION hexastore._seller_profile_valid();

-- Administrators set a courier's profile; audited.
CREATE FUNCTION hexastore.admin_set_courier_profile(p_courier bigint, p_phone text,
                                                    p_vehicle text, p_on_duty boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_phone   text := btrim(coalesce(p_phone, ''));
    v_vehicle vehicle;
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
    INSERT INTO courier_profiles (courier_id, phone, vehicle, on_duty)
    VALUES (p_courier, v_phone, v_vehicle, coalesce(p_on_duty, false))
    ON CONFLICT (courier_id) DO UPDATE
        SET phone = excluded.phone, vehicle = excluded.vehicle, on_duty = excluded.on_duty,
            updated_at = now();
    PERFORM _audit('courier.profile', 'user', p_courier, '',
                   jsonb_build_object('phone', v_phone, 'vehicle', v_vehicle,
                                      'on_duty', coalesce(p_on_duty, false)));
END
$$;

-- ---------------------------------------------------------------------------
-- Dispatch (administrators). Every action is in the audit log and the
-- delivery's timeline.

CREATE FUNCTION hexastore._dispatch_event(p_delivery hexastore.deliveries,
                                          p_from hexastore.delivery_status,
                                          p_reason text) RETURNS void
LANGUAGE sql SET search_path = hexastore, pg_temp AS $$
    INSERT INTO hexastore.delivery_events (event_id, delivery_id, actor_id, actor_role,
                                           from_status, to_status, courier_id, note, outcome,
                                           status_after)
    VALUES (gen_random_uuid(), p_delivery.id, hexastore.current_user_id(), 'admin', p_from,
            p_delivery.status, p_delivery.courier_id, p_reason, 'applied', p_delivery.status)
$$;

-- Assigns unassigned deliveries, or moves assigned ones to another courier.
-- All or nothing; returns how many changed.
CREATE FUNCTION hexastore.dispatch_deliveries(p_deliveries bigint[], p_courier bigint,
                                              p_reason text DEFAULT '')
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_reason   text := btrim(coalesce(p_reason, ''));
    v_delivery deliveries;
    v_from     delivery_status;
    v_old      bigint;
    v_count    integer := 0;
BEGIN
    PERFORM _require_admin();
    IF char_length(v_reason) > 1000 THEN
        RAISE EXCEPTION 'the reason is too long' USING ERRCODE = 'HX414';
    END IF;
    IF NOT EXISTS (SELECT FROM users WHERE id = p_courier AND role = 'courier'
                                        AND status = 'active') THEN
        RAISE EXCEPTION 'deliveries go to active couriers' USING ERRCODE = 'HX403';
    END IF;
    FOR v_delivery IN
        SELECT * FROM deliveries WHERE id = ANY (p_deliveries) ORDER BY id FOR UPDATE
    LOOP
        IF v_delivery.courier_id IS NOT DISTINCT FROM p_courier THEN
            CONTINUE;
        END IF;
        v_from := v_delivery.status;
        v_old := v_delivery.courier_id;
        IF v_from = 'assigned' THEN
            UPDATE deliveries SET courier_id = p_courier WHERE id = v_delivery.id
            RETURNING * INTO v_delivery;
        ELSE
            -- Anything but unassigned is refused by the guard, with its reason.
            UPDATE deliveries SET status = 'assigned', courier_id = p_courier
             WHERE id = v_delivery.id
            RETURNING * INTO v_delivery;
        END IF;
        PERFORM _dispatch_event(v_delivery, v_from, v_reason);
        PERFORM _audit(CASE WHEN v_old IS NULL THEN 'delivery.assign' ELSE 'delivery.reassign' END,
                       'delivery', v_delivery.id, v_reason,
                       jsonb_build_object('courier', p_courier, 'previous_courier', v_old));
        v_count := v_count + 1;
    END LOOP;
    IF (SELECT count(*) FROM deliveries WHERE id = ANY (p_deliveries))
       < cardinality(ARRAY(SELECT DISTINCT unnest(p_deliveries))) THEN
        RAISE EXCEPTION 'no such delivery' USING ERRCODE = 'HX404';
    END IF;
    RETURN v_count;
END
$$;

-- Takes an assigned delivery back into the queue.
CREATE FUNCTION hexastore.unassign_delivery(p_delivery bigint, p_reason text DEFAULT '')
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_reason   text := btrim(coalesce(p_reason, ''));
    v_delivery deliveries;
    v_old      bigint;
BEGIN
    PERFORM _require_admin();
    IF char_length(v_reason) > 1000 THEN
        RAISE EXCEPTION 'the reason is too long' USING ERRCODE = 'HX414';
    END IF;
    SELECT * INTO v_delivery FROM deliveries WHERE id = p_delivery FOR UPDATE;
    IF v_delivery.id IS NULL THEN
        RAISE EXCEPTION 'no such delivery' USING ERRCODE = 'HX404';
    END IF;
    IF v_delivery.status <> 'assigned' THEN
        RAISE EXCEPTION 'only an assigned delivery goes back to the queue' USING ERRCODE = 'HX401',
            DETAIL = json_build_object('from_delivery_status', v_delivery.status,
                                       'to_delivery_status', 'unassigned')::text;
    END IF;
    v_old := v_delivery.courier_id;
    UPDATE deliveries SET status = 'unassigned', courier_id = NULL WHERE id = p_delivery
    RETURNING * INTO v_delivery;
    PERFORM _dispatch_event(v_delivery, 'assigned', v_reason);
    PERFORM _audit('delivery.unassign', 'delivery', p_delivery, v_reason,
                   jsonb_build_object('previous_courier', v_old));
END
$$;

-- ---------------------------------------------------------------------------
-- The courier's sync: upload of queued events, and the deliveries to work on.

-- A name as typed, without the white space around it (also non-breaking and
-- other Unicode spaces, which btrim leaves).
CREATE FUNCTION hexastore._clean_name(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(coalesce(p_text, ''),
                          '^[[:space:]\u00a0\u2000-\u200b\u3000]+|[[:space:]\u00a0\u2000-\u200b\u3000]+$',
                          '', 'g')
$$;

-- The device's clock as it sent it, or NULL when it is not a real ISO 8601
-- time: checked without raising, so that one bad event never aborts a batch.
CREATE FUNCTION hexastore._device_time(p_text text) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    m text[] := regexp_match(p_text, '^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-](\d{2})(:?(\d{2}))?)$');
BEGIN
    -- One check at a time: make_date below raises for a month of 13.
    IF m IS NULL OR m[1]::int < 1 THEN
        RETURN NULL;
    END IF;
    IF m[2]::int NOT BETWEEN 1 AND 12 THEN
        RETURN NULL;
    END IF;
    IF m[3]::int NOT BETWEEN 1 AND extract(day FROM make_date(m[1]::int, m[2]::int, 1)
                                                    + interval '1 month - 1 day')::int
       OR m[4]::int > 23 OR m[5]::int > 59 OR m[6]::int > 59
       OR (m[8] <> 'Z' AND (m[9]::int > 15 OR coalesce(m[11], '0')::int > 59)) THEN
        RETURN NULL;
    END IF;
    RETURN p_text::timestamptz;
END
$$;

-- One event from a courier's device, checked like the guard checks it so that
-- a refusal is stored with its reason instead of failing the batch. Returns
-- the answer the device gets (and gets again for a repeat).
CREATE FUNCTION hexastore._apply_courier_event(p_courier bigint, p_device uuid, p_seq bigint,
                                               p_event jsonb)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_states   text[] := enum_range(NULL::delivery_status)::text[];
    v_from     text := p_event->>'from';
    v_to       text := p_event->>'to';
    v_reason   text := nullif(p_event->>'reason', '');
    v_note     text := btrim(coalesce(p_event->>'note', ''));
    v_name     text := _clean_name(p_event->>'recipient_name');
    v_cash     text := p_event->>'cash';
    v_hex      text := '^([0-9a-f]{2}){32}$';
    v_photo    bytea;
    v_sign     bytea;
    v_time     timestamptz;
    v_id       bigint := (p_event->>'delivery_id')::bigint;
    v_delivery deliveries;
    v_order    orders;
    v_code     text;
    v_message  text;
    v_knows    boolean;
BEGIN
    -- Malformed optional parts are refused, not raised: the batch goes on.
    IF coalesce(p_event->>'photo', '') !~ ('^$|' || v_hex)
       OR coalesce(p_event->>'signature', '') !~ ('^$|' || v_hex) THEN
        v_code := 'HX410';
        v_message := 'the photo or signature is not a SHA-256 in hex';
    ELSE
        v_photo := decode(nullif(p_event->>'photo', ''), 'hex');
        v_sign := decode(nullif(p_event->>'signature', ''), 'hex');
    END IF;
    v_time := _device_time(p_event->>'device_time');
    -- Someone else's delivery is read, never locked. The courier's own are
    -- locked already (sync_delivery_events takes all of a batch's locks up
    -- front, in the order everyone takes them); read them again under the lock.
    SELECT * INTO v_delivery FROM deliveries WHERE id = v_id;
    IF v_delivery.courier_id = p_courier THEN
        SELECT * INTO v_order FROM orders WHERE id = v_delivery.order_id FOR NO KEY UPDATE;
        SELECT * INTO v_delivery FROM deliveries WHERE id = v_id FOR UPDATE;
    END IF;
    v_knows := v_delivery.courier_id = p_courier OR v_delivery.previous_courier_id = p_courier;
    IF v_code IS NOT NULL THEN
        NULL;
    ELSIF v_delivery.id IS NULL OR v_delivery.courier_id IS DISTINCT FROM p_courier THEN
        v_code := 'HX409';
        v_message := 'the delivery is not (or no longer) assigned to you';
    ELSIF v_from IS NULL OR v_to IS NULL OR v_from <> ALL (v_states) OR v_to <> ALL (v_states) THEN
        v_code := 'HX401';
        v_message := 'unknown status';
    ELSIF v_delivery.status::text <> v_from THEN
        v_code := 'HX417';
        v_message := format('the delivery is %s now, not %s', v_delivery.status, v_from);
    ELSIF (v_from, v_to) NOT IN (('assigned', 'picked_up'), ('picked_up', 'out_for_delivery'),
                                 ('out_for_delivery', 'delivered'),
                                 ('out_for_delivery', 'failed_attempt'),
                                 ('failed_attempt', 'out_for_delivery'),
                                 ('failed_attempt', 'returned')) THEN
        v_code := 'HX401';
        v_message := format('a courier cannot move a delivery from %s to %s', v_from, v_to);
    ELSIF v_to = 'failed_attempt'
          AND (v_reason IS NULL OR v_reason <> ALL (enum_range(NULL::failure_reason)::text[])
               OR (v_reason = 'other' AND v_note = '') OR char_length(v_note) > 500) THEN
        v_code := 'HX405';
        v_message := 'a failed attempt needs its reason';
    ELSIF v_from = 'failed_attempt' AND v_to = 'out_for_delivery'
          AND v_delivery.failed_attempts >= 3 THEN
        v_code := 'HX408';
        v_message := 'after three failed attempts the goods go back';
    ELSIF v_to = 'delivered' AND char_length(v_name) NOT BETWEEN 1 AND 200 THEN
        v_code := 'HX406';
        v_message := 'proof of delivery needs the recipient''s name';
    ELSIF v_to = 'delivered' AND v_order.payment_method = 'cash_on_delivery'
          AND (v_cash IS NULL OR v_cash !~ '^[0-9]{1,10}(\.[0-9]{1,8})?$'
               OR v_cash::numeric <> v_order.total) THEN
        v_code := 'HX407';
        v_message := format('the cash collected must be %s', v_order.total);
    ELSIF v_to = 'delivered'
          AND ((v_photo IS NOT NULL AND NOT EXISTS (SELECT FROM images WHERE sha256 = v_photo))
               OR (v_sign IS NOT NULL AND NOT EXISTS (SELECT FROM images WHERE sha256 = v_sign))) THEN
        v_code := 'HX410';
        v_message := 'the photo or signature was not uploaded';
    END IF;

    IF v_code IS NULL THEN
        UPDATE deliveries
           SET status = v_to::delivery_status,
               last_failure = CASE WHEN v_to = 'failed_attempt'
                                   THEN v_reason::failure_reason ELSE last_failure END,
               last_failure_note = CASE WHEN v_to = 'failed_attempt'
                                        THEN v_note ELSE last_failure_note END,
               recipient_name = CASE WHEN v_to = 'delivered' THEN v_name END,
               cash_collected = CASE WHEN v_to = 'delivered'
                                          AND v_cash ~ '^[0-9]{1,10}(\.[0-9]{1,8})?$'
                                     THEN v_cash::numeric END,
               photo_sha256 = CASE WHEN v_to = 'delivered' THEN v_photo END,
               signature_sha256 = CASE WHEN v_to = 'delivered' THEN v_sign END
         WHERE id = v_delivery.id
        RETURNING * INTO v_delivery;
    END IF;

    INSERT INTO delivery_events (event_id, delivery_id, device_id, seq, actor_id, actor_role,
                                 from_status, to_status, courier_id, failure_reason, note,
                                 recipient_name, cash_collected, photo_sha256, signature_sha256,
                                 device_time, outcome, rejection_code, rejection_message,
                                 status_after, version_after)
    SELECT (p_event->>'event_id')::uuid, v_id, p_device, p_seq, p_courier, 'courier',
           CASE WHEN v_from = ANY (v_states) THEN v_from::delivery_status END,
           CASE WHEN v_to = ANY (v_states) THEN v_to::delivery_status END,
           p_courier,
           CASE WHEN v_reason = ANY (enum_range(NULL::failure_reason)::text[])
                THEN v_reason::failure_reason END,
           left(v_note, 500), nullif(left(v_name, 200), ''),
           CASE WHEN v_cash ~ '^[0-9]{1,10}(\.[0-9]{1,2})?$' THEN v_cash::numeric END,
           v_photo, v_sign, v_time,
           CASE WHEN v_code IS NULL THEN 'applied' ELSE 'rejected' END::event_outcome,
           v_code, v_message, CASE WHEN v_knows THEN v_delivery.status END,
           CASE WHEN v_knows THEN v_delivery.version END;

    RETURN jsonb_build_object('event_id', p_event->>'event_id', 'seq', p_seq,
                              'outcome', CASE WHEN v_code IS NULL THEN 'applied'
                                              ELSE 'rejected' END,
                              'code', v_code, 'message', v_message,
                              'status', CASE WHEN v_knows THEN v_delivery.status END,
                              'version', CASE WHEN v_knows THEN v_delivery.version END);
END
$$;

-- The answer an event got, for a device that sends it again.
CREATE FUNCTION hexastore._stored_event_answer(p_event hexastore.delivery_events)
RETURNS jsonb
LANGUAGE sql STABLE SET search_path = hexastore, pg_temp AS $$
    SELECT jsonb_build_object('event_id', p_event.event_id, 'seq', p_event.seq,
                              'outcome', p_event.outcome, 'code', p_event.rejection_code,
                              'message', p_event.rejection_message,
                              'status', p_event.status_after,
                              'version', p_event.version_after)
$$;

-- The delivery ids a batch names (well-formed ones only).
CREATE FUNCTION hexastore._batch_deliveries(p_events jsonb) RETURNS bigint[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(DISTINCT (e->>'delivery_id')::bigint), '{}')
      FROM jsonb_array_elements(p_events) e
     WHERE e->>'delivery_id' ~ '^[0-9]{1,18}$'
$$;

-- Uploads a batch of a device's queued events, in one transaction under the
-- device's cursor row. An event already seen (seq <= the cursor) gets its
-- stored answer again and is not applied again; a gap (seq beyond cursor + 1)
-- stops the batch and says which seq comes next; every other event is applied
-- by compare-and-set on the delivery's status or stored as rejected, and
-- advances the cursor either way, so a queue never blocks.
-- p_events: [{event_id, seq, delivery_id, from, to, device_time, reason, note,
--             recipient_name, cash, photo, signature}]
-- Answer: {last_seq, expected_seq (null unless a gap), results: [...]}
CREATE FUNCTION hexastore.sync_delivery_events(p_device uuid, p_events jsonb)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_courier  bigint := _require_role('{courier}', 'HX411', 'only couriers sync deliveries');
    v_device   courier_devices;
    v_last     bigint;
    v_event    record;
    v_stored   delivery_events;
    v_results  jsonb[] := '{}';
    v_expected bigint;
BEGIN
    IF p_device IS NULL OR jsonb_typeof(p_events) IS DISTINCT FROM 'array'
       OR jsonb_array_length(p_events) > 1000 THEN
        RAISE EXCEPTION 'a device id and a list of at most 1,000 events' USING ERRCODE = 'HX412';
    END IF;
    INSERT INTO courier_devices (device_id, courier_id) VALUES (p_device, v_courier)
    ON CONFLICT (device_id) DO NOTHING;
    SELECT * INTO v_device FROM courier_devices WHERE device_id = p_device FOR UPDATE;
    IF v_device.courier_id <> v_courier THEN
        RAISE EXCEPTION 'this device belongs to another courier' USING ERRCODE = 'HX411';
    END IF;
    v_last := v_device.last_seq;
    -- Every lock the batch needs, up front and in the order cancellations and
    -- dispatch take them (checkouts, orders, deliveries; each by id), and only
    -- for deliveries this courier holds: one call never deadlocks with them,
    -- and nobody locks another courier's work.
    PERFORM 1 FROM checkouts
     WHERE id IN (SELECT o.checkout_id FROM orders o JOIN deliveries d ON d.order_id = o.id
                   WHERE d.courier_id = v_courier AND d.id = ANY (_batch_deliveries(p_events)))
     ORDER BY id FOR NO KEY UPDATE;
    PERFORM 1 FROM orders
     WHERE id IN (SELECT d.order_id FROM deliveries d
                   WHERE d.courier_id = v_courier AND d.id = ANY (_batch_deliveries(p_events)))
     ORDER BY id FOR NO KEY UPDATE;
    PERFORM 1 FROM deliveries
     WHERE courier_id = v_courier AND id = ANY (_batch_deliveries(p_events))
     ORDER BY id FOR UPDATE;
    FOR v_event IN
        SELECT e, CASE WHEN e->>'seq' ~ '^[0-9]{1,18}$' THEN (e->>'seq')::bigint END AS seq
          FROM jsonb_array_elements(p_events) e ORDER BY 2
    LOOP
        IF v_event.seq IS NULL OR v_event.seq < 1
           OR coalesce(v_event.e->>'event_id', '')
              !~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
           OR coalesce(v_event.e->>'delivery_id', '') !~ '^[0-9]{1,18}$' THEN
            RAISE EXCEPTION 'an event needs an id, a sequence number and a delivery'
                USING ERRCODE = 'HX412';
        ELSIF v_event.seq <= v_last THEN
            SELECT * INTO v_stored FROM delivery_events
             WHERE device_id = p_device AND seq = v_event.seq;
            IF v_stored.id IS NULL OR v_stored.event_id <> (v_event.e->>'event_id')::uuid THEN
                v_results := v_results || jsonb_build_object(
                    'event_id', v_event.e->>'event_id', 'seq', v_event.seq,
                    'outcome', 'rejected', 'code', 'HX413',
                    'message', 'this sequence number was used for another event');
            ELSE
                v_results := v_results || _stored_event_answer(v_stored);
            END IF;
        ELSIF v_event.seq > v_last + 1 THEN
            v_expected := v_last + 1;
            EXIT;
        ELSIF EXISTS (SELECT FROM delivery_events
                       WHERE event_id = (v_event.e->>'event_id')::uuid) THEN
            -- The same event id under another sequence number: a client that
            -- lost its cursor. It advances, nothing is applied twice.
            v_results := v_results || jsonb_build_object(
                'event_id', v_event.e->>'event_id', 'seq', v_event.seq,
                'outcome', 'rejected', 'code', 'HX413',
                'message', 'this event was already received');
            v_last := v_event.seq;
        ELSE
            v_results := v_results
                         || _apply_courier_event(v_courier, p_device, v_event.seq, v_event.e);
            v_last := v_event.seq;
        END IF;
    END LOOP;
    UPDATE courier_devices SET last_seq = v_last, last_sync_at = now()
     WHERE device_id = p_device;
    RETURN jsonb_build_object('last_seq', v_last, 'expected_seq', v_expected,
                              'results', to_jsonb(v_results));
END
$$;

-- What a courier works with: the deliveries assigned to them that their device
-- does not have in this version, and any it has whose version changed
-- (reassigned away, cancelled, finished). p_known: {"<delivery id>": version}.
-- Addresses, phone numbers and items only while the delivery is theirs and not
-- finished; for a day after it finished, without the phone numbers.
CREATE FUNCTION hexastore.courier_deliveries(p_known jsonb DEFAULT '{}')
RETURNS TABLE (delivery_id bigint, order_id bigint, status hexastore.delivery_status,
               version integer, mine boolean, failed_attempts integer,
               seller_name text, pickup_address text, pickup_phone text,
               recipient text, phone text, address text, note text,
               items jsonb, amount_to_collect numeric, assigned_at timestamptz,
               finished_at timestamptz, updated_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
#variable_conflict use_column
DECLARE
    v_courier bigint := _require_role('{courier}', 'HX411', 'only couriers have deliveries');
BEGIN
    IF jsonb_typeof(coalesce(p_known, '{}')) <> 'object' THEN
        RAISE EXCEPTION 'known deliveries as {"id": version}' USING ERRCODE = 'HX412';
    END IF;
    RETURN QUERY
    WITH known AS (
        SELECT k::bigint AS id, v::integer AS version
          FROM jsonb_each_text(coalesce(p_known, '{}')) AS j(k, v)
         WHERE k ~ '^[0-9]{1,18}$' AND v ~ '^[0-9]{1,9}$'
    ), wanted AS (
        SELECT d.* FROM deliveries d
         WHERE d.courier_id = v_courier
           AND d.status IN ('assigned', 'picked_up', 'out_for_delivery', 'failed_attempt')
        UNION
        SELECT d.* FROM deliveries d JOIN known k ON k.id = d.id
         WHERE d.courier_id = v_courier OR d.previous_courier_id = v_courier
    )
    SELECT w.id, w.order_id, w.status, w.version, w.courier_id = v_courier,
           CASE WHEN w.courier_id = v_courier THEN w.failed_attempts END,
           CASE WHEN open_or_recent THEN o.seller_name END,
           CASE WHEN open_or_recent THEN sp.pickup_address END,
           CASE WHEN open THEN sp.pickup_phone END,
           CASE WHEN open_or_recent THEN o.delivery_address->>'recipient' END,
           CASE WHEN open THEN o.delivery_address->>'phone' END,
           CASE WHEN open_or_recent THEN concat_ws(', ',
               concat_ws(' ', o.delivery_address->>'street', o.delivery_address->>'house'),
               nullif(o.delivery_address->>'apartment', ''),
               concat_ws(' ', o.delivery_address->>'postal_code', o.delivery_address->>'city'),
               o.delivery_address->>'country') END,
           CASE WHEN open_or_recent THEN o.delivery_address->>'note' END,
           CASE WHEN open_or_recent THEN (
               SELECT coalesce(jsonb_agg(jsonb_build_object('name', i.product_name, 'sku', i.sku,
                                                            'options', i.options,
                                                            'quantity', i.quantity)
                                         ORDER BY i.line), '[]')
                 FROM order_items i WHERE i.order_id = o.id) END,
           CASE WHEN w.courier_id IS DISTINCT FROM v_courier THEN NULL
                WHEN o.payment_method = 'cash_on_delivery' THEN o.total ELSE 0 END,
           CASE WHEN w.courier_id = v_courier THEN w.assigned_at END,
           CASE WHEN w.courier_id = v_courier THEN w.finished_at END,
           CASE WHEN w.courier_id = v_courier THEN w.updated_at END
      FROM wanted w
      JOIN orders o ON o.id = w.order_id
      LEFT JOIN seller_profiles sp ON sp.seller_id = o.seller_id
      CROSS JOIN LATERAL (
          SELECT w.courier_id = v_courier AND w.finished_at IS NULL AS open,
                 w.courier_id = v_courier
                 AND (w.finished_at IS NULL OR w.finished_at > now() - interval '1 day')
                     AS open_or_recent) v
     WHERE NOT EXISTS (SELECT FROM known k WHERE k.id = w.id AND k.version = w.version)
     ORDER BY w.id;
END
$$;

-- ---------------------------------------------------------------------------
-- Changes of existing functions for the lifecycle.

-- Couriers add images too (the photo and the signature of a proof of delivery).
CREATE OR REPLACE FUNCTION hexastore.add_image(p_bytes bytea, p_thumbnail bytea, p_mime text,
                                               p_width integer, p_height integer) RETURNS bytea
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user bigint := _require_user();
    v_hash bytea := sha256(p_bytes);
BEGIN
    IF (SELECT role FROM users WHERE id = v_user) NOT IN ('seller', 'admin', 'courier') THEN
        RAISE EXCEPTION 'only sellers, couriers and administrators add images'
            USING ERRCODE = '42501';
    END IF;
    IF octet_length(p_bytes) > 5 * 1024 * 1024 THEN
        RAISE EXCEPTION 'the image is larger than 5 MB' USING ERRCODE = 'HX211';
    END IF;
    INSERT INTO images (sha256, mime, width, height, bytes, thumbnail, created_by)
    VALUES (v_hash, p_mime, p_width, p_height, p_bytes, p_thumbnail, v_user)
    ON CONFLICT (sha256) DO NOTHING;
    RETURN v_hash;
END
$$;

-- Cancelling an order cancels its delivery only before pickup.
CREATE OR REPLACE FUNCTION hexastore._order_cancelled(p_order bigint) RETURNS void
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_order    orders;
    v_variants bigint[];
    v_open     integer;
BEGIN
    SELECT * INTO v_order FROM orders WHERE id = p_order;
    IF v_order.stock_restored THEN
        RETURN;
    END IF;
    SELECT array_agg(variant_id ORDER BY variant_id) INTO v_variants
      FROM order_items WHERE order_id = p_order AND variant_id IS NOT NULL;
    IF v_variants IS NOT NULL THEN
        PERFORM _lock_variants(v_variants);
        UPDATE product_variants v SET stock = v.stock + i.quantity
          FROM (SELECT variant_id, sum(quantity) AS quantity FROM order_items
                 WHERE order_id = p_order AND variant_id IS NOT NULL GROUP BY variant_id) i
         WHERE v.id = i.variant_id;
    END IF;
    UPDATE orders SET stock_restored = true WHERE id = p_order;
    -- A delivery not yet picked up is cancelled with its order (a returned
    -- one already ended), and the courier's timeline says so.
    INSERT INTO delivery_events (event_id, delivery_id, actor_id, actor_role, from_status,
                                 to_status, courier_id, note, outcome, status_after)
    SELECT gen_random_uuid(), d.id, current_user_id(), current_user_role(), d.status,
           'cancelled', d.courier_id, 'the order was cancelled', 'applied', 'cancelled'
      FROM deliveries d WHERE d.order_id = p_order AND d.status IN ('unassigned', 'assigned');
    UPDATE deliveries SET status = 'cancelled'
     WHERE order_id = p_order AND status IN ('unassigned', 'assigned');
    -- The promo use comes back when nothing of its checkout remains. The count
    -- is written, not read: sibling orders cancelled at the same time queue on
    -- the checkout's row and each sees the other's decrement (READ COMMITTED),
    -- or fails to serialise and is retried (REPEATABLE READ and above); a
    -- snapshot read would see the sibling's uncommitted cancel as pending.
    UPDATE checkouts SET open_orders = open_orders - 1 WHERE id = v_order.checkout_id
    RETURNING open_orders INTO v_open;
    IF v_open = 0 THEN
        WITH released AS (
            UPDATE promo_redemptions SET released_at = now()
             WHERE checkout_id = v_order.checkout_id AND released_at IS NULL
            RETURNING promo_id
        )
        UPDATE promo_codes SET used_count = used_count - 1
         WHERE id IN (SELECT promo_id FROM released);
    END IF;
END
$$;

-- A shipped order is not cancelled by hand.
CREATE OR REPLACE FUNCTION hexastore.set_order_status(p_order bigint, p_status text, p_reason text DEFAULT '')
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user      bigint := _require_user();
    v_role      user_role := (SELECT role FROM users WHERE id = v_user);
    v_order     orders;
    v_to        order_status;
    v_reason    text := btrim(coalesce(p_reason, ''));
    v_cancelled integer;
    v_version   integer;
BEGIN
    BEGIN
        v_to := p_status::order_status;
    EXCEPTION WHEN invalid_text_representation THEN
        RAISE EXCEPTION 'unknown order status %', p_status USING ERRCODE = 'HX321',
            DETAIL = json_build_object('to_status', p_status)::text;
    END;
    IF char_length(v_reason) > 1000 THEN
        RAISE EXCEPTION 'the reason is too long' USING ERRCODE = 'HX324';
    END IF;
    -- A cancellation locks the order's checkout before the order: it writes
    -- the checkout's count of open orders at the end (_order_cancelled), and
    -- taking that lock first keeps one transaction cancelling two sibling
    -- orders from deadlocking with another that cancels one of them.
    IF v_to = 'cancelled' THEN
        PERFORM 1 FROM checkouts WHERE id = (SELECT checkout_id FROM orders WHERE id = p_order)
            FOR NO KEY UPDATE;
    END IF;
    SELECT * INTO v_order FROM orders WHERE id = p_order FOR UPDATE;
    IF v_order.id IS NULL
       OR (v_role = 'buyer' AND v_order.buyer_id <> v_user)
       OR (v_role = 'seller' AND v_order.seller_id <> v_user)
       OR v_role = 'courier' THEN
        RAISE EXCEPTION 'no such order' USING ERRCODE = 'HX325';
    END IF;
    IF NOT order_transition_allowed(v_order.status, v_to) THEN
        RAISE EXCEPTION 'an order cannot go from % to %', v_order.status, v_to
            USING ERRCODE = 'HX321',
                  DETAIL = json_build_object('from_status', v_order.status, 'to_status', v_to)::text;
    END IF;
    -- A shipped order is with a courier: it is cancelled by its return.
    IF v_order.status = 'shipped' AND v_to = 'cancelled' THEN
        RAISE EXCEPTION 'a shipped order is cancelled when its delivery is returned'
            USING ERRCODE = 'HX327';
    END IF;

    IF v_role = 'buyer' THEN
        IF v_to <> 'cancelled' THEN
            RAISE EXCEPTION 'a buyer may only cancel' USING ERRCODE = 'HX322';
        END IF;
        -- Serialises one buyer's cancellations, so that the limit holds. The
        -- guard row is written, not only locked: under REPEATABLE READ a
        -- transaction whose snapshot predates another cancellation then fails
        -- to serialise (40001) instead of counting on its old snapshot.
        INSERT INTO buyer_cancel_guard (buyer_id, last_cancel_at) VALUES (v_user, clock_timestamp())
        ON CONFLICT (buyer_id) DO UPDATE SET last_cancel_at = excluded.last_cancel_at;
        SELECT count(*) INTO v_cancelled FROM order_status_history
         WHERE changed_by = v_user AND to_status = 'cancelled' AND actor_role = 'buyer'
           AND changed_at > now() - make_interval(days => setting('buyer_cancel_window_days')::int);
        IF v_cancelled >= setting('buyer_cancel_limit') THEN
            RAISE EXCEPTION 'already % cancellations', v_cancelled USING ERRCODE = 'HX323',
                DETAIL = json_build_object('count', v_cancelled,
                                           'days', setting('buyer_cancel_window_days'))::text;
        END IF;
    ELSIF v_role = 'seller' THEN
        IF v_order.status <> 'pending' OR v_to NOT IN ('confirmed', 'cancelled') THEN
            RAISE EXCEPTION 'a seller confirms or rejects pending orders' USING ERRCODE = 'HX326';
        END IF;
    ELSIF v_role = 'admin' THEN
        IF v_reason = '' THEN
            RAISE EXCEPTION 'give a reason' USING ERRCODE = 'HX324';
        END IF;
        PERFORM _audit('order.status', 'order', p_order, v_reason,
                       json_build_object('from', v_order.status, 'to', v_to)::jsonb);
    END IF;

    UPDATE orders SET status = v_to WHERE id = p_order RETURNING version INTO v_version;
    INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, actor_role, reason)
    VALUES (p_order, v_order.status, v_to, v_user, v_role, v_reason);
    IF v_to = 'cancelled' THEN
        PERFORM _order_cancelled(p_order);
    END IF;
    RETURN v_version;
END
$$;

CREATE OR REPLACE FUNCTION hexastore.order_actions(p_order bigint) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user  bigint := _require_user();
    v_role  user_role := (SELECT role FROM users WHERE id = v_user);
    v_order orders;
BEGIN
    SELECT * INTO v_order FROM orders WHERE id = p_order;
    IF v_order.id IS NULL THEN
        RETURN '{}';
    END IF;
    RETURN CASE
        WHEN v_role = 'buyer' AND v_order.buyer_id = v_user
             AND v_order.status IN ('pending', 'confirmed') THEN '{cancelled}'
        WHEN v_role = 'seller' AND v_order.seller_id = v_user
             AND v_order.status = 'pending' THEN '{confirmed,cancelled}'
        WHEN v_role = 'admin' THEN
            (SELECT coalesce(array_agg(s::text ORDER BY s), '{}') FROM unnest(enum_range(NULL::order_status)) s
              WHERE order_transition_allowed(v_order.status, s)
                AND NOT (v_order.status = 'shipped' AND s = 'cancelled'))
        ELSE '{}'
    END;
END
$$;

-- ---------------------------------------------------------------------------
-- Who reads what.

-- Couriers see the deliveries assigned to them (the details come through
-- courier_deliveries, which applies the privacy rule); buyers, sellers and
-- administrators see them with their orders (0004's policy).
CREATE POLICY deliveries_courier_read ON hexastore.deliveries FOR SELECT TO hexastore_client
    USING (courier_id = (SELECT hexastore.current_user_id()));

-- The events themselves: administrators all of them, couriers their own.
-- Buyers, sellers and the courier holding a delivery follow its timeline
-- through delivery_timeline, which leaves out devices, dispatch reasons and
-- refused events.
ALTER TABLE hexastore.delivery_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY delivery_events_read ON hexastore.delivery_events FOR SELECT TO hexastore_client
    USING ((SELECT hexastore.current_user_role()) = 'admin'
           OR actor_id = (SELECT hexastore.current_user_id()));
GRANT SELECT ON hexastore.delivery_events TO hexastore_client;

ALTER TABLE hexastore.courier_devices ENABLE ROW LEVEL SECURITY;
CREATE POLICY courier_devices_read ON hexastore.courier_devices FOR SELECT TO hexastore_client
    USING (courier_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.courier_devices TO hexastore_client;

ALTER TABLE hexastore.courier_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY courier_profiles_read ON hexastore.courier_profiles FOR SELECT TO hexastore_client
    USING (courier_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.courier_profiles TO hexastore_client;

-- A seller writes their own pickup details; administrators read them all.
ALTER TABLE hexastore.seller_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY seller_profiles_read ON hexastore.seller_profiles FOR SELECT TO hexastore_client
    USING (seller_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
CREATE POLICY seller_profiles_insert ON hexastore.seller_profiles FOR INSERT TO hexastore_client
    WITH CHECK (seller_id = (SELECT hexastore.current_user_id())
                AND (SELECT hexastore.current_user_role()) = 'seller');
CREATE POLICY seller_profiles_update ON hexastore.seller_profiles FOR UPDATE TO hexastore_client
    USING (seller_id = (SELECT hexastore.current_user_id()))
    WITH CHECK (seller_id = (SELECT hexastore.current_user_id()));
GRANT SELECT ON hexastore.seller_profiles TO hexastore_client;
GRANT INSERT (pickup_address, pickup_phone), UPDATE (pickup_address, pickup_phone)
    ON hexastore.seller_profiles TO hexastore_client;

-- A delivery's timeline for those it concerns: the buyer and seller of its
-- order, the courier holding it, administrators. Applied events only, without
-- devices, dispatch reasons or notes.
CREATE FUNCTION hexastore.delivery_timeline(p_delivery bigint)
RETURNS TABLE (received_at timestamptz, from_status hexastore.delivery_status,
               to_status hexastore.delivery_status, failure_reason hexastore.failure_reason,
               recipient_name text, actor_role hexastore.user_role)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT e.received_at, e.from_status, e.to_status, e.failure_reason,
           CASE WHEN e.to_status = 'delivered' THEN e.recipient_name END, e.actor_role
      FROM hexastore.delivery_events e
      JOIN hexastore.deliveries d ON d.id = e.delivery_id
      JOIN hexastore.orders o ON o.id = d.order_id
     WHERE e.delivery_id = p_delivery AND e.outcome = 'applied'
       AND ((SELECT hexastore.current_user_id()) IN (o.buyer_id, o.seller_id, d.courier_id)
            OR (SELECT hexastore.current_user_role()) = 'admin')
     ORDER BY e.id
$$;

GRANT EXECUTE ON FUNCTION
    hexastore.delivery_timeline(bigint),
    hexastore.delivery_transition_allowed(hexastore.delivery_status, hexastore.delivery_status),
    hexastore.admin_set_courier_profile(bigint, text, text, boolean),
    hexastore.dispatch_deliveries(bigint[], bigint, text),
    hexastore.unassign_delivery(bigint, text),
    hexastore.sync_delivery_events(uuid, jsonb),
    hexastore.courier_deliveries(jsonb)
TO hexastore_client;
