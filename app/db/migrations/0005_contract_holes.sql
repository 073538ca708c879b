-- Four holes found by attacking the SQL contract as the client role (issue #8).
-- Runs as hexastore_owner.

-- 1. Functions are executable by PUBLIC unless revoked. The schema-level
-- default privileges in 0001 could only add to the global defaults, never take
-- away from them, so every function since was callable by anyone (the audit
-- log could be forged). Revoke it everywhere, and change the owner's global
-- default so that a function created later is callable only where a migration
-- grants it on purpose. The test suite compares what the client may execute
-- with docs/sql-api.md.
ALTER DEFAULT PRIVILEGES FOR ROLE hexastore_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- Then the client gets exactly the documented list, stated whole in one place;
-- triggers and definer functions reach the rest as the owner.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA hexastore FROM PUBLIC, hexastore_client;
GRANT EXECUTE ON FUNCTION
    hexastore.schema_version(),
    hexastore.current_user_id(),
    hexastore.current_user_role(),
    hexastore.register_user(text, text, text, text),
    hexastore.login(text, text, text),
    hexastore.refresh_session(text),
    hexastore.logout(),
    hexastore.logout_all(),
    hexastore.change_password(text, text),
    hexastore.my_sessions(),
    hexastore.admin_create_user(text, text, text, text),
    hexastore.admin_set_user_status(bigint, text),
    hexastore.search_products(text),
    hexastore.category_subtree(bigint),
    hexastore.add_image(bytea, bytea, text, integer, integer),
    hexastore.delete_product(bigint),
    hexastore.set_default_address(bigint),
    hexastore.cart_set_quantity(bigint, integer),
    hexastore.cart_add(bigint, integer),
    hexastore.cart_remove(bigint),
    hexastore.cart_clear(),
    hexastore.my_cart(),
    hexastore.cart_quote(text),
    hexastore.order_transition_allowed(hexastore.order_status, hexastore.order_status),
    hexastore.place_order(bigint, text, text, uuid),
    hexastore.set_order_status(bigint, text, text),
    hexastore.order_actions(bigint),
    hexastore.can_review(bigint)
TO hexastore_client;

-- 2. A buyer's cancellations are serialised on a row that each of them writes
-- (see set_order_status). Owner only.
CREATE TABLE hexastore.buyer_cancel_guard (
    buyer_id       bigint PRIMARY KEY REFERENCES hexastore.users ON DELETE CASCADE,
    last_cancel_at timestamptz NOT NULL
);
ALTER TABLE hexastore.buyer_cancel_guard ENABLE ROW LEVEL SECURITY;

-- 3. How many orders of a checkout are not cancelled; the promo use comes back
-- when it reaches zero (see _order_cancelled). Counted up by a trigger rather
-- than by place_order, so that a checkout still running the old function while
-- this migration commits is counted too.
ALTER TABLE hexastore.checkouts ADD COLUMN open_orders integer NOT NULL DEFAULT 0
    CONSTRAINT checkouts_open_orders_valid CHECK (open_orders >= 0);
UPDATE hexastore.checkouts c
   SET open_orders = (SELECT count(*) FROM hexastore.orders o
                       WHERE o.checkout_id = c.id AND o.status <> 'cancelled');

CREATE FUNCTION hexastore._order_opened() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    UPDATE checkouts SET open_orders = open_orders + 1 WHERE id = NEW.checkout_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_opened AFTER INSERT ON hexastore.orders
    FOR EACH ROW EXECUTE FUNCTION hexastore._order_opened();

-- Checkouts whose orders were all cancelled while the old check missed it
-- (two sibling cancellations at once) give their promo use back now.
WITH released AS (
    UPDATE hexastore.promo_redemptions r SET released_at = now()
      FROM hexastore.checkouts c
     WHERE c.id = r.checkout_id AND c.open_orders = 0 AND r.released_at IS NULL
    RETURNING r.promo_id
)
UPDATE hexastore.promo_codes p SET used_count = p.used_count - x.uses
  FROM (SELECT promo_id, count(*) AS uses FROM released GROUP BY promo_id) x
 WHERE p.id = x.promo_id;

-- 4. place_order works from the cart lines it locked (see below).

-- Checkout: the caller's cart becomes one order per seller, all or nothing.
-- With a request id, calling again with the same id returns the same orders.
CREATE OR REPLACE FUNCTION hexastore.place_order(p_address_id bigint, p_promo_code text,
                                      p_payment_method text, p_request_id uuid DEFAULT NULL)
RETURNS bigint[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_buyer    bigint := _require_role('{buyer}', 'HX304', 'only buyers place orders');
    v_address  jsonb;
    v_variants bigint[];
    v_bad      record;
    v_subtotal numeric;
    v_promo    bigint;
    v_discount numeric := 0;
    v_checkout bigint;
    v_seller   record;
    v_order    bigint;
    v_orders   bigint[] := '{}';
BEGIN
    IF p_payment_method IS NULL OR p_payment_method <> ALL (enum_range(NULL::payment_method)::text[]) THEN
        RAISE EXCEPTION 'unsupported payment method %', p_payment_method USING ERRCODE = 'HX307';
    END IF;
    SELECT to_jsonb(a) - '{buyer_id,is_default,created_at,updated_at}'::text[] INTO v_address
      FROM addresses a WHERE a.id = p_address_id AND a.buyer_id = v_buyer;
    IF v_address IS NULL THEN
        RAISE EXCEPTION 'choose one of your delivery addresses' USING ERRCODE = 'HX306';
    END IF;

    -- The cart's rows first (a second checkout of the same cart waits here and
    -- then finds it empty), then products and variants in id order. From here
    -- on every statement works on these locked lines only: a line added to the
    -- cart meanwhile (its insert does not wait for these locks) stays in the
    -- cart instead of being ordered without the checks below.
    SELECT array_agg(variant_id ORDER BY variant_id) INTO v_variants
      FROM (SELECT variant_id FROM cart_items WHERE buyer_id = v_buyer FOR UPDATE) c;
    -- A repeated request (its first answer was lost): the orders it made.
    -- Checked after the cart lock, so that a first attempt still running has
    -- finished by now.
    IF p_request_id IS NOT NULL THEN
        SELECT array_agg(o.id ORDER BY o.id) INTO v_orders
          FROM checkouts c JOIN orders o ON o.checkout_id = c.id
         WHERE c.buyer_id = v_buyer AND c.request_id = p_request_id;
        IF v_orders IS NOT NULL THEN
            RETURN v_orders;
        END IF;
        v_orders := '{}';
    END IF;
    IF v_variants IS NULL THEN
        RAISE EXCEPTION 'the cart is empty' USING ERRCODE = 'HX305';
    END IF;
    PERFORM _lock_variants(v_variants);

    -- Re-checked under the locks; the first offending item (in cart order) is named.
    SELECT _item_label(p, v) AS label, c.quantity, v.stock, _variant_buyable(v, p) AS buyable
      INTO v_bad
      FROM cart_items c JOIN product_variants v ON v.id = c.variant_id
      JOIN products p ON p.id = v.product_id
     WHERE c.buyer_id = v_buyer AND c.variant_id = ANY (v_variants)
       AND (NOT _variant_buyable(v, p) OR v.stock < c.quantity)
     ORDER BY c.added_at, c.variant_id LIMIT 1;
    IF FOUND THEN
        IF NOT v_bad.buyable OR v_bad.stock = 0 THEN
            RAISE EXCEPTION '"%" is not available', v_bad.label
                USING ERRCODE = 'HX302', DETAIL = json_build_object('item', v_bad.label)::text;
        END IF;
        RAISE EXCEPTION 'only % of "%" are available, % asked for', v_bad.stock, v_bad.label, v_bad.quantity
            USING ERRCODE = 'HX301',
                  DETAIL = json_build_object('item', v_bad.label, 'asked', v_bad.quantity,
                                             'available', v_bad.stock)::text;
    END IF;

    SELECT sum(v.price * c.quantity) INTO v_subtotal
      FROM cart_items c JOIN product_variants v ON v.id = c.variant_id
     WHERE c.buyer_id = v_buyer AND c.variant_id = ANY (v_variants);
    IF nullif(btrim(p_promo_code), '') IS NOT NULL THEN
        SELECT d.promo_id, d.discount INTO v_promo, v_discount
          FROM _promo_discount(p_promo_code, v_buyer, v_subtotal, true) d;
    END IF;

    INSERT INTO checkouts (buyer_id, promo_id, payment_method, subtotal, discount, request_id)
    VALUES (v_buyer, v_promo, p_payment_method::payment_method, v_subtotal, v_discount, p_request_id)
    RETURNING id INTO v_checkout;

    -- One order per seller. The discount is shared in proportion to the
    -- subtotals by cumulative rounding, so that the cents add up exactly.
    FOR v_seller IN
        WITH per_seller AS (
            SELECT p.seller_id, sum(_cents(v.price) * c.quantity) AS subtotal_cents
              FROM cart_items c JOIN product_variants v ON v.id = c.variant_id
              JOIN products p ON p.id = v.product_id
             WHERE c.buyer_id = v_buyer AND c.variant_id = ANY (v_variants)
             GROUP BY p.seller_id
        ), running AS (
            SELECT seller_id, subtotal_cents,
                   sum(subtotal_cents) OVER (ORDER BY seller_id) AS upto,
                   sum(subtotal_cents) OVER () AS all_cents
              FROM per_seller
        )
        SELECT r.seller_id, u.full_name AS seller_name, r.subtotal_cents,
               CASE WHEN r.all_cents = 0 THEN 0
                    ELSE round(_cents(v_discount) * r.upto / r.all_cents)
                         - round(_cents(v_discount) * (r.upto - r.subtotal_cents) / r.all_cents)
               END AS discount_cents
          FROM running r JOIN users u ON u.id = r.seller_id
         ORDER BY r.seller_id
    LOOP
        INSERT INTO orders (checkout_id, buyer_id, seller_id, buyer_name, seller_name,
                            payment_method, promo_code, subtotal, discount, total, delivery_address)
        SELECT v_checkout, v_buyer, v_seller.seller_id, u.full_name, v_seller.seller_name,
               p_payment_method::payment_method,
               CASE WHEN v_promo IS NOT NULL THEN (SELECT code FROM promo_codes WHERE id = v_promo) END,
               v_seller.subtotal_cents / 100.0, v_seller.discount_cents / 100.0,
               (v_seller.subtotal_cents - v_seller.discount_cents) / 100.0, v_address
          FROM users u WHERE u.id = v_buyer
        RETURNING id INTO v_order;

        INSERT INTO order_items (order_id, line, variant_id, product_id, product_name, sku, options,
                                 unit_price, quantity, line_total)
        SELECT v_order, row_number() OVER (ORDER BY c.added_at, c.variant_id), v.id, p.id, p.name,
               v.sku, v.options, v.price, c.quantity, v.price * c.quantity
          FROM cart_items c JOIN product_variants v ON v.id = c.variant_id
          JOIN products p ON p.id = v.product_id
         WHERE c.buyer_id = v_buyer AND c.variant_id = ANY (v_variants)
           AND p.seller_id = v_seller.seller_id;

        INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, actor_role)
        VALUES (v_order, NULL, 'pending', v_buyer, 'buyer');
        INSERT INTO deliveries (order_id) VALUES (v_order);
        v_orders := v_orders || v_order;
    END LOOP;

    UPDATE product_variants v SET stock = v.stock - c.quantity
      FROM cart_items c
     WHERE c.buyer_id = v_buyer AND c.variant_id = ANY (v_variants) AND c.variant_id = v.id;
    UPDATE products SET ever_ordered = true
     WHERE NOT ever_ordered
       AND id IN (SELECT product_id FROM product_variants WHERE id = ANY (v_variants));
    DELETE FROM cart_items WHERE buyer_id = v_buyer AND variant_id = ANY (v_variants);

    IF v_promo IS NOT NULL THEN
        INSERT INTO promo_redemptions (promo_id, buyer_id, checkout_id)
        VALUES (v_promo, v_buyer, v_checkout);
        UPDATE promo_codes SET used_count = used_count + 1 WHERE id = v_promo;
    END IF;
    RETURN v_orders;
END
$$;

-- Cancellation's side effects, exactly once per order (stock_restored).
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
    UPDATE deliveries SET status = 'cancelled' WHERE order_id = p_order;
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

-- Moves an order to a new status, if the caller may:
--   buyer:  cancels their own pending or confirmed order (a limited number of
--           times per period: settings buyer_cancel_limit / _window_days);
--   seller: confirms or rejects (cancels) their pending order;
--   admin:  any legal move, with a reason, written to the audit log.
-- Returns the order's new version.
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

