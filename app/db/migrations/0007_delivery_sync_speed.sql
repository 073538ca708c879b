-- Deliveries, second part (issue #10).
--
-- The courier's sync made fast and steady (measured by `hexastore-admin bench
-- sync`): a batch reads each delivery once (its locks are taken up front
-- already), reads the order only for a proof of delivery, looks up the event
-- ids it has seen in one planned query instead of once per event, and parses
-- device times without a dozen casts.
--
-- Holes found by attacking 0006, closed here: a batch that reuses a sequence
-- number the server has for another event (the device's store was restored
-- from an older copy) stops there and answers renumber_after, so the device
-- numbers its unsent events after it instead of losing them; a courier who
-- never held a delivery leaves no text or pictures in its timeline; proof
-- pictures must be the courier's own uploads; texts must be JSON strings;
-- cash has at most two decimals everywhere; invisible characters do not make
-- a name or reason; 24:00 and leap seconds are not device times; a seller's
-- new pickup details reach the couriers holding their parcels. And a way out
-- for goods held by a courier who cannot go on: hand_over_delivery.

-- A name or reason as typed, without the white space around it: also
-- non-breaking and other Unicode spaces and invisible characters (zero-width
-- joiners, word joiner, byte-order mark, soft hyphen), which btrim leaves.
CREATE OR REPLACE FUNCTION hexastore._clean_name(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT regexp_replace(coalesce(p_text, ''),
                          '^[[:space:]\u00a0\u00ad\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+|[[:space:]\u00a0\u00ad\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+$',
                          '', 'g')
$$;

-- A device's time: ISO 8601 with a zone, or NULL for anything else (never an
-- error: a device with a broken clock must not block its queue).
CREATE OR REPLACE FUNCTION hexastore._device_time(p_text text) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_text IS NULL
       OR p_text !~ '^\d{4}-\d\d-\d\d[T ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d\d(:?[0-5]\d)?)$' THEN
        RETURN NULL;
    END IF;
    BEGIN
        RETURN p_text::timestamptz;
    EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format
                   OR invalid_time_zone_displacement_value THEN
        RETURN NULL;
    END;
END
$$;

-- The guard and the order-following trigger, with the same rules (but one:
-- a picked-up delivery may go to another courier, see hand_over_delivery):
-- the order is read only where a rule needs it, the session looked up once.
CREATE OR REPLACE FUNCTION hexastore._delivery_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_order orders;
BEGIN
    IF NEW.order_id IS DISTINCT FROM OLD.order_id THEN
        RAISE EXCEPTION 'a delivery''s order never changes' USING ERRCODE = '42501';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        -- The order only where a rule needs it (dispatch, proof of delivery).
        IF NEW.status IN ('assigned', 'delivered') THEN
            SELECT * INTO v_order FROM orders WHERE id = NEW.order_id;
        END IF;
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
        -- Before pickup a delivery moves freely between couriers and the
        -- queue; once picked up only to another courier, on its way
        -- (hand_over_delivery), and a finished one never.
        IF OLD.status IN ('delivered', 'returned', 'cancelled')
           OR (OLD.status NOT IN ('unassigned', 'assigned')
               AND (NEW.status <> OLD.status OR NEW.courier_id IS NULL))
           OR (OLD.status IN ('unassigned', 'assigned')
               AND NEW.status NOT IN ('unassigned', 'assigned')) THEN
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
CREATE OR REPLACE FUNCTION hexastore._delivery_moved() RETURNS trigger
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
        -- Who: one look-up of the session (current_user_role() would repeat it).
        INSERT INTO order_status_history (order_id, from_status, to_status, changed_by,
                                          actor_role, reason)
        SELECT NEW.order_id, v_from, v_to, u.id, u.role,
               CASE NEW.status WHEN 'returned' THEN 'returned by the courier' ELSE '' END
          FROM (SELECT current_user_id() AS id) me LEFT JOIN users u ON u.id = me.id;
        IF v_to = 'cancelled' THEN
            PERFORM _order_cancelled(NEW.order_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
DROP FUNCTION hexastore._apply_courier_event(bigint, uuid, bigint, jsonb);

-- One event from a courier's device, checked like the guard checks it so that
-- a refusal is stored with its reason instead of failing the batch. Returns
-- the answer the device gets (and gets again for a repeat). p_locked: the
-- deliveries the batch locked up front.
CREATE FUNCTION hexastore._apply_courier_event(p_courier bigint, p_device uuid, p_seq bigint,
                                               p_event jsonb, p_locked bigint[])
RETURNS jsonb
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_states   text[] := enum_range(NULL::delivery_status)::text[];
    v_from     text := p_event->>'from';
    v_to       text := p_event->>'to';
    v_reason   text := nullif(p_event->>'reason', '');
    v_note     text := _clean_name(p_event->>'note');
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
    -- Texts must be JSON strings (an object is not a name).
    IF jsonb_typeof(coalesce(p_event->'reason', 'null')) NOT IN ('string', 'null')
       OR jsonb_typeof(coalesce(p_event->'note', 'null')) NOT IN ('string', 'null') THEN
        v_code := 'HX405';
        v_message := 'a reason and a note are texts';
    ELSIF jsonb_typeof(coalesce(p_event->'recipient_name', 'null')) NOT IN ('string', 'null') THEN
        v_code := 'HX406';
        v_message := 'the recipient''s name is a text';
    ELSIF jsonb_typeof(coalesce(p_event->'cash', 'null')) NOT IN ('string', 'number', 'null') THEN
        v_code := 'HX407';
        v_message := 'the cash is a decimal number';
    ELSIF coalesce(p_event->>'photo', '') !~ ('^$|' || v_hex)
       OR coalesce(p_event->>'signature', '') !~ ('^$|' || v_hex) THEN
        v_code := 'HX410';
        v_message := 'the photo or signature is not a SHA-256 in hex';
    ELSE
        v_photo := decode(nullif(p_event->>'photo', ''), 'hex');
        v_sign := decode(nullif(p_event->>'signature', ''), 'hex');
    END IF;
    v_time := _device_time(p_event->>'device_time');
    -- The courier's own deliveries are locked already, with their orders
    -- (sync_delivery_events takes a batch's locks up front, in the order
    -- everyone takes them): one read gives the newest version. Someone else's
    -- is read, never locked; one that became this courier's after the batch
    -- took its locks is locked here, order first.
    SELECT * INTO v_delivery FROM deliveries WHERE id = v_id;
    IF v_delivery.courier_id = p_courier AND v_id <> ALL (p_locked) THEN
        PERFORM 1 FROM orders WHERE id = v_delivery.order_id FOR NO KEY UPDATE;
        SELECT * INTO v_delivery FROM deliveries WHERE id = v_id FOR UPDATE;
    END IF;
    v_knows := v_delivery.courier_id = p_courier OR v_delivery.previous_courier_id = p_courier;
    -- The order only for a proof of delivery (cash on delivery, its total).
    IF v_to = 'delivered' AND v_delivery.courier_id = p_courier THEN
        SELECT * INTO v_order FROM orders WHERE id = v_delivery.order_id;
    END IF;
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
          AND (v_cash IS NULL OR v_cash !~ '^[0-9]{1,10}(\.[0-9]{1,2})?$'
               OR v_cash::numeric <> v_order.total) THEN
        v_code := 'HX407';
        v_message := format('the cash collected must be %s', v_order.total);
    ELSIF v_to = 'delivered'
          AND ((v_photo IS NOT NULL
                AND NOT EXISTS (SELECT FROM images WHERE sha256 = v_photo
                                                     AND created_by = p_courier))
               OR (v_sign IS NOT NULL
                   AND NOT EXISTS (SELECT FROM images WHERE sha256 = v_sign
                                                        AND created_by = p_courier))) THEN
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
                                          AND v_cash ~ '^[0-9]{1,10}(\.[0-9]{1,2})?$'
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
           -- A courier who never held the delivery leaves no words or
           -- pictures in its timeline, only that a step was refused.
           CASE WHEN v_knows AND v_reason = ANY (enum_range(NULL::failure_reason)::text[])
                THEN v_reason::failure_reason END,
           CASE WHEN v_knows THEN left(v_note, 500) ELSE '' END,
           CASE WHEN v_knows THEN nullif(left(v_name, 200), '') END,
           CASE WHEN v_knows AND v_cash ~ '^[0-9]{1,10}(\.[0-9]{1,2})?$' THEN v_cash::numeric END,
           CASE WHEN v_knows THEN v_photo END, CASE WHEN v_knows THEN v_sign END, v_time,
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


CREATE OR REPLACE FUNCTION hexastore.sync_delivery_events(p_device uuid, p_events jsonb)
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
    v_ids      bigint[];
    v_locked   bigint[];
    v_seen     uuid[];
    v_renumber bigint;
BEGIN
    IF p_device IS NULL OR jsonb_typeof(p_events) IS DISTINCT FROM 'array'
       OR jsonb_array_length(p_events) > 1000 THEN
        RAISE EXCEPTION 'a device id and a list of at most 1,000 events' USING ERRCODE = 'HX412';
    END IF;
    v_ids := _batch_deliveries(p_events);
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
                   WHERE d.courier_id = v_courier AND d.id = ANY (v_ids))
     ORDER BY id FOR NO KEY UPDATE;
    PERFORM 1 FROM orders
     WHERE id IN (SELECT d.order_id FROM deliveries d
                   WHERE d.courier_id = v_courier AND d.id = ANY (v_ids))
     ORDER BY id FOR NO KEY UPDATE;
    SELECT coalesce(array_agg(id), '{}') INTO v_locked
      FROM (SELECT id FROM deliveries WHERE courier_id = v_courier AND id = ANY (v_ids)
             ORDER BY id FOR UPDATE) locked;
    -- Which of the batch's event ids the server has already, in one look-up
    -- planned for this batch (a plan cached while the table was empty would
    -- scan it for every event, slower as it grows).
    EXECUTE 'SELECT coalesce(array_agg(event_id), ''{}'') FROM hexastore.delivery_events '
            'WHERE event_id = ANY ($1)'
       INTO v_seen
      USING ARRAY(SELECT (e->>'event_id')::uuid FROM jsonb_array_elements(p_events) e
                   WHERE coalesce(e->>'event_id', '')
                         ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$');
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
            EXECUTE 'SELECT * FROM hexastore.delivery_events WHERE device_id = $1 AND seq = $2'
               INTO v_stored USING p_device, v_event.seq;
            IF v_stored.id IS NULL OR v_stored.event_id <> (v_event.e->>'event_id')::uuid THEN
                -- The device lost events the server has (its store was
                -- restored from a copy): nothing more is taken; it numbers
                -- its unsent events again after last_seq and sends them.
                v_renumber := v_last;
                EXIT;
            ELSE
                v_results := v_results || _stored_event_answer(v_stored);
            END IF;
        ELSIF v_event.seq > v_last + 1 THEN
            v_expected := v_last + 1;
            EXIT;
        ELSIF (v_event.e->>'event_id')::uuid = ANY (v_seen) THEN
            -- The same event id under another sequence number: a client that
            -- lost its cursor. It advances, nothing is applied twice.
            v_results := v_results || jsonb_build_object(
                'event_id', v_event.e->>'event_id', 'seq', v_event.seq,
                'outcome', 'rejected', 'code', 'HX413',
                'message', 'this event was already received');
            v_last := v_event.seq;
        ELSE
            v_results := v_results || _apply_courier_event(v_courier, p_device, v_event.seq,
                                                           v_event.e, v_locked);
            v_seen := v_seen || (v_event.e->>'event_id')::uuid;
            v_last := v_event.seq;
        END IF;
    END LOOP;
    UPDATE courier_devices SET last_seq = v_last, last_sync_at = now()
     WHERE device_id = p_device;
    RETURN jsonb_build_object('last_seq', v_last, 'expected_seq', v_expected,
                              'renumber_after', v_renumber, 'results', to_jsonb(v_results));
END
$$;


-- A delivery on its way (picked up, out, after a failed attempt) handed to
-- another courier: the first one is ill, say, or their account was disabled
-- with goods in hand. Administrators only, with a reason; the first courier's
-- device then has its steps on this delivery refused ("not yours").
CREATE FUNCTION hexastore.hand_over_delivery(p_delivery bigint, p_courier bigint, p_reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_reason   text := _clean_name(p_reason);
    v_delivery deliveries;
    v_old      bigint;
BEGIN
    PERFORM _require_admin();
    IF v_reason = '' THEN
        RAISE EXCEPTION 'a hand-over needs its reason' USING ERRCODE = 'HX418';
    END IF;
    IF char_length(v_reason) > 1000 THEN
        RAISE EXCEPTION 'the reason is too long' USING ERRCODE = 'HX414';
    END IF;
    IF NOT EXISTS (SELECT FROM users WHERE id = p_courier AND role = 'courier'
                                        AND status = 'active') THEN
        RAISE EXCEPTION 'deliveries go to active couriers' USING ERRCODE = 'HX403';
    END IF;
    -- The order first, as everyone locks them.
    PERFORM 1 FROM orders WHERE id = (SELECT order_id FROM deliveries WHERE id = p_delivery)
        FOR NO KEY UPDATE;
    SELECT * INTO v_delivery FROM deliveries WHERE id = p_delivery FOR UPDATE;
    IF v_delivery.id IS NULL THEN
        RAISE EXCEPTION 'no such delivery' USING ERRCODE = 'HX404';
    END IF;
    IF v_delivery.status NOT IN ('picked_up', 'out_for_delivery', 'failed_attempt') THEN
        RAISE EXCEPTION 'only a delivery on its way is handed over' USING ERRCODE = 'HX401',
            DETAIL = json_build_object('from_delivery_status', v_delivery.status,
                                       'to_delivery_status', v_delivery.status)::text;
    END IF;
    IF v_delivery.courier_id = p_courier THEN
        RETURN;
    END IF;
    v_old := v_delivery.courier_id;
    UPDATE deliveries SET courier_id = p_courier WHERE id = p_delivery
    RETURNING * INTO v_delivery;
    PERFORM _dispatch_event(v_delivery, v_delivery.status, v_reason);
    PERFORM _audit('delivery.hand_over', 'delivery', p_delivery, v_reason,
                   jsonb_build_object('courier', p_courier, 'previous_courier', v_old));
END
$$;

GRANT EXECUTE ON FUNCTION hexastore.hand_over_delivery(bigint, bigint, text) TO hexastore_client;

-- A seller's new pickup details reach the couriers who hold their parcels: the
-- open deliveries get a new version, which their next pull brings down.
CREATE FUNCTION hexastore._seller_profile_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.pickup_address, NEW.pickup_phone)
                            IS NOT DISTINCT FROM (OLD.pickup_address, OLD.pickup_phone) THEN
        RETURN NULL;
    END IF;
    -- Deliveries locked in id order, as dispatch takes them.
    PERFORM 1 FROM deliveries d JOIN orders o ON o.id = d.order_id
     WHERE o.seller_id = NEW.seller_id
       AND d.status IN ('assigned', 'picked_up', 'out_for_delivery', 'failed_attempt')
     ORDER BY d.id FOR NO KEY UPDATE OF d;
    UPDATE deliveries d SET version = d.version
      FROM orders o
     WHERE o.id = d.order_id AND o.seller_id = NEW.seller_id
       AND d.status IN ('assigned', 'picked_up', 'out_for_delivery', 'failed_attempt');
    RETURN NULL;
END
$$;
CREATE TRIGGER seller_profiles_changed AFTER INSERT OR UPDATE ON hexastore.seller_profiles
    FOR EACH ROW EXECUTE FUNCTION hexastore._seller_profile_changed();
