-- Issue #14: the people concerned hear about their orders and deliveries. The
-- database writes the notifications itself, from triggers on the orders and
-- deliveries, so that every way of changing them (the app, the courier's
-- sync, an operator) tells the same people; each user reads only their own.
-- Clients poll for them (cheaply, by the newest id): behind a transaction
-- pooler LISTEN would not reach them.

CREATE TABLE hexastore.notifications (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES hexastore.users ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN (
                    'order_confirmed', 'order_shipped', 'order_delivered', 'order_cancelled',
                    'delivery_failed', 'order_new', 'order_cancelled_seller',
                    'assignment_new', 'assignment_changed', 'assignment_withdrawn')),
    order_id    bigint REFERENCES hexastore.orders ON DELETE CASCADE,
    delivery_id bigint REFERENCES hexastore.deliveries ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz,
    -- For hexastore-admin mail send: when it went out by e-mail.
    emailed_at  timestamptz
);
CREATE INDEX notifications_user_idx ON hexastore.notifications (user_id, id);
CREATE INDEX notifications_unread_idx ON hexastore.notifications (user_id)
    WHERE read_at IS NULL;

ALTER TABLE hexastore.notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_own ON hexastore.notifications FOR SELECT TO hexastore_client
    USING (user_id = (SELECT hexastore.current_user_id()));
CREATE POLICY notifications_mark ON hexastore.notifications FOR UPDATE TO hexastore_client
    USING (user_id = (SELECT hexastore.current_user_id()))
    WITH CHECK (user_id = (SELECT hexastore.current_user_id()));
GRANT SELECT (id, user_id, kind, order_id, delivery_id, created_at, read_at)
    ON hexastore.notifications TO hexastore_client;
GRANT UPDATE (read_at) ON hexastore.notifications TO hexastore_client;

CREATE FUNCTION hexastore._notify(p_user bigint, p_kind text, p_order bigint,
                                  p_delivery bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    INSERT INTO notifications (user_id, kind, order_id, delivery_id)
    SELECT p_user, p_kind, p_order, p_delivery WHERE p_user IS NOT NULL
$$;
REVOKE ALL ON FUNCTION hexastore._notify(bigint, text, bigint, bigint) FROM PUBLIC;

-- Buyers hear of every step of their order; sellers of a new order and of a
-- cancellation.
CREATE FUNCTION hexastore._order_notifications() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM _notify(NEW.seller_id, 'order_new', NEW.id, NULL);
        RETURN NULL;
    END IF;
    IF NEW.status IN ('confirmed', 'shipped', 'delivered', 'cancelled') THEN
        PERFORM _notify(NEW.buyer_id, 'order_' || NEW.status::text, NEW.id, NULL);
    END IF;
    IF NEW.status = 'cancelled' THEN
        PERFORM _notify(NEW.seller_id, 'order_cancelled_seller', NEW.id, NULL);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION hexastore._order_notifications() FROM PUBLIC;
CREATE TRIGGER orders_notify_new AFTER INSERT ON hexastore.orders
    FOR EACH ROW EXECUTE FUNCTION hexastore._order_notifications();
CREATE TRIGGER orders_notify_status AFTER UPDATE OF status ON hexastore.orders
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION hexastore._order_notifications();

-- Couriers hear of a delivery given to them, taken away from them, or changed
-- by someone else while it is theirs; buyers of a failed attempt.
CREATE FUNCTION hexastore._delivery_notifications() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_buyer bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM _notify(NEW.courier_id, 'assignment_new', NEW.order_id, NEW.id);
        RETURN NULL;
    END IF;
    IF NEW.courier_id IS DISTINCT FROM OLD.courier_id THEN
        PERFORM _notify(OLD.courier_id, 'assignment_withdrawn', NEW.order_id, NEW.id);
        PERFORM _notify(NEW.courier_id, 'assignment_new', NEW.order_id, NEW.id);
    ELSIF NEW.courier_id IS NOT NULL AND NEW.status IS DISTINCT FROM OLD.status
          AND NEW.courier_id IS DISTINCT FROM current_user_id() THEN
        PERFORM _notify(NEW.courier_id,
                        CASE WHEN NEW.status = 'cancelled' THEN 'assignment_withdrawn'
                             ELSE 'assignment_changed' END,
                        NEW.order_id, NEW.id);
    END IF;
    IF NEW.status = 'failed_attempt' AND OLD.status IS DISTINCT FROM 'failed_attempt' THEN
        SELECT buyer_id INTO v_buyer FROM orders WHERE id = NEW.order_id;
        PERFORM _notify(v_buyer, 'delivery_failed', NEW.order_id, NEW.id);
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION hexastore._delivery_notifications() FROM PUBLIC;
CREATE TRIGGER deliveries_notify_new AFTER INSERT ON hexastore.deliveries
    FOR EACH ROW EXECUTE FUNCTION hexastore._delivery_notifications();
CREATE TRIGGER deliveries_notify_change AFTER UPDATE OF courier_id, status ON hexastore.deliveries
    FOR EACH ROW
    WHEN (NEW.courier_id IS DISTINCT FROM OLD.courier_id OR NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION hexastore._delivery_notifications();
