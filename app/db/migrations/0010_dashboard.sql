-- Issue #11, the dashboard: figures that answer at a million orders. Runs as
-- hexastore_owner.
--
-- The figures come from small summary tables (per day, seller and status; per
-- product; per status) instead of scanning orders. Writers never update a
-- summary row: their triggers append signed deltas to `stats_delta`, which
-- costs no lock, so checkouts of one seller never queue behind each other.
-- `dashboard_compact()` folds the deltas into the summaries (one compactor at
-- a time); the dashboard compacts, then reads summaries plus whatever deltas
-- came in meanwhile, so its numbers are exact. Summaries and deltas are read
-- under row-level security: a seller's reading sees only their shop's rows.

-- Days are the shop's days, in the zone the database had when this ran.
CREATE TABLE hexastore.shop_calendar (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    time_zone text NOT NULL
);
INSERT INTO hexastore.shop_calendar (time_zone) VALUES (current_setting('TimeZone'));

CREATE FUNCTION hexastore.shop_day(p_at timestamptz) RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (p_at AT TIME ZONE (SELECT time_zone FROM hexastore.shop_calendar))::date
$$;
-- The first instant of a shop day.
CREATE FUNCTION hexastore.shop_day_start(p_day date) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT p_day::timestamp AT TIME ZONE (SELECT time_zone FROM hexastore.shop_calendar)
$$;

-- When an order was delivered: revenue counts on that day.
ALTER TABLE hexastore.orders ADD COLUMN delivered_at timestamptz;
UPDATE hexastore.orders o
   SET delivered_at = (SELECT max(h.changed_at) FROM hexastore.order_status_history h
                        WHERE h.order_id = o.id AND h.to_status = 'delivered')
 WHERE o.status = 'delivered';
UPDATE hexastore.orders SET delivered_at = updated_at WHERE status = 'delivered' AND delivered_at IS NULL;
ALTER TABLE hexastore.orders ADD CONSTRAINT orders_delivered_at_set
    CHECK ((status = 'delivered') = (delivered_at IS NOT NULL));

CREATE FUNCTION hexastore._order_delivered_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'delivered' AND OLD.status <> 'delivered' THEN
        NEW.delivered_at := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_delivered_at BEFORE UPDATE OF status ON hexastore.orders
    FOR EACH ROW EXECUTE FUNCTION hexastore._order_delivered_at();

-- Low stock, lowest first, at a million variants.
CREATE INDEX product_variants_stock_idx ON hexastore.product_variants (stock, id);

-- ---------------------------------------------------------------------------
-- Summaries.

-- Orders by the day they were placed, the seller and their status now.
CREATE TABLE hexastore.stats_orders_placed (
    day       date NOT NULL,
    seller_id bigint NOT NULL,
    status    hexastore.order_status NOT NULL,
    orders    bigint NOT NULL,
    amount    numeric(16,2) NOT NULL,
    PRIMARY KEY (day, seller_id, status)
);
CREATE INDEX stats_orders_placed_seller_idx ON hexastore.stats_orders_placed (seller_id, day);
-- Delivered orders by the day they were delivered (revenue).
CREATE TABLE hexastore.stats_revenue (
    day       date NOT NULL,
    seller_id bigint NOT NULL,
    orders    bigint NOT NULL,
    amount    numeric(16,2) NOT NULL,
    PRIMARY KEY (day, seller_id)
);
CREATE INDEX stats_revenue_seller_idx ON hexastore.stats_revenue (seller_id, day);
-- Orders by status, all time.
CREATE TABLE hexastore.stats_order_status (
    seller_id bigint NOT NULL,
    status    hexastore.order_status NOT NULL,
    orders    bigint NOT NULL,
    PRIMARY KEY (seller_id, status)
);
-- Deliveries by status, all time, by the seller of their order.
CREATE TABLE hexastore.stats_delivery_status (
    seller_id  bigint NOT NULL,
    status     hexastore.delivery_status NOT NULL,
    deliveries bigint NOT NULL,
    PRIMARY KEY (seller_id, status)
);
-- Units and amount sold per product in orders not cancelled, all time.
CREATE TABLE hexastore.stats_product_sales (
    product_id bigint PRIMARY KEY,
    seller_id  bigint NOT NULL,
    units      bigint NOT NULL,
    amount     numeric(16,2) NOT NULL
);
CREATE INDEX stats_product_sales_units_idx ON hexastore.stats_product_sales (units DESC, product_id);
CREATE INDEX stats_product_sales_seller_idx
    ON hexastore.stats_product_sales (seller_id, units DESC, product_id);

-- Signed changes not yet folded in. `kind` names the summary; the columns it
-- does not use stay NULL.
CREATE TABLE hexastore.stats_delta (
    kind       text NOT NULL CHECK (kind IN ('placed', 'revenue', 'order_status',
                                             'delivery_status', 'product')),
    day        date,
    seller_id  bigint NOT NULL,
    status     text,
    product_id bigint,
    n          bigint NOT NULL,
    amount     numeric(16,2) NOT NULL DEFAULT 0
);
CREATE INDEX stats_delta_kind_idx ON hexastore.stats_delta (kind);

-- ---------------------------------------------------------------------------
-- The triggers that append deltas.

CREATE FUNCTION hexastore._stats_order() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_day date := shop_day(NEW.created_at);
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status = OLD.status THEN
            RETURN NULL;
        END IF;
        INSERT INTO stats_delta (kind, day, seller_id, status, n, amount) VALUES
            ('placed', v_day, OLD.seller_id, OLD.status, -1, -OLD.total),
            ('order_status', NULL, OLD.seller_id, OLD.status, -1, 0);
        IF OLD.status = 'delivered' THEN
            INSERT INTO stats_delta (kind, day, seller_id, n, amount)
            VALUES ('revenue', shop_day(OLD.delivered_at), OLD.seller_id, -1, -OLD.total);
        END IF;
        IF OLD.status = 'cancelled' THEN
            INSERT INTO stats_delta (kind, seller_id, product_id, n, amount)
            SELECT 'product', NEW.seller_id, i.product_id, sum(i.quantity), sum(i.line_total)
              FROM order_items i WHERE i.order_id = NEW.id GROUP BY i.product_id;
        END IF;
    END IF;
    INSERT INTO stats_delta (kind, day, seller_id, status, n, amount) VALUES
        ('placed', v_day, NEW.seller_id, NEW.status, 1, NEW.total),
        ('order_status', NULL, NEW.seller_id, NEW.status, 1, 0);
    IF NEW.status = 'delivered' THEN
        INSERT INTO stats_delta (kind, day, seller_id, n, amount)
        VALUES ('revenue', shop_day(NEW.delivered_at), NEW.seller_id, 1, NEW.total);
    END IF;
    -- Items are inserted after their order: they count themselves (below).
    IF TG_OP = 'UPDATE' AND NEW.status = 'cancelled' THEN
        INSERT INTO stats_delta (kind, seller_id, product_id, n, amount)
        SELECT 'product', NEW.seller_id, i.product_id, -sum(i.quantity), -sum(i.line_total)
          FROM order_items i WHERE i.order_id = NEW.id GROUP BY i.product_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_stats AFTER INSERT OR UPDATE OF status ON hexastore.orders
    FOR EACH ROW EXECUTE FUNCTION hexastore._stats_order();

CREATE FUNCTION hexastore._stats_order_item() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    INSERT INTO stats_delta (kind, seller_id, product_id, n, amount)
    SELECT 'product', o.seller_id, NEW.product_id, NEW.quantity, NEW.line_total
      FROM orders o WHERE o.id = NEW.order_id AND o.status <> 'cancelled';
    RETURN NULL;
END
$$;
CREATE TRIGGER order_items_stats AFTER INSERT ON hexastore.order_items
    FOR EACH ROW EXECUTE FUNCTION hexastore._stats_order_item();

CREATE FUNCTION hexastore._stats_delivery() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status = OLD.status THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO stats_delta (kind, seller_id, status, n)
        SELECT 'delivery_status', o.seller_id, OLD.status, -1 FROM orders o WHERE o.id = OLD.order_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO stats_delta (kind, seller_id, status, n)
        SELECT 'delivery_status', o.seller_id, NEW.status, 1 FROM orders o WHERE o.id = NEW.order_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER deliveries_stats AFTER INSERT OR DELETE OR UPDATE OF status ON hexastore.deliveries
    FOR EACH ROW EXECUTE FUNCTION hexastore._stats_delivery();

-- ---------------------------------------------------------------------------
-- Folding and rebuilding.

-- Moves the deltas visible now into the summaries. Only one compactor runs at a
-- time (a row lock: nothing outlives the transaction); another caller
-- meanwhile returns at once, and the dashboard reads the deltas left.
-- The compactors' turn: a row only the owner can lock (an advisory lock could
-- be taken and held by any client, which would stop every compaction).
CREATE TABLE hexastore.stats_fold_turn (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row)
);
INSERT INTO hexastore.stats_fold_turn DEFAULT VALUES;
ALTER TABLE hexastore.stats_fold_turn ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON hexastore.stats_fold_turn FROM PUBLIC, hexastore_client;

CREATE FUNCTION hexastore.dashboard_compact() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_user();
    PERFORM 1 FROM stats_fold_turn FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN; -- another compaction runs now
    END IF;
    PERFORM _stats_fold();
END
$$;

-- One statement: the deltas it deletes are exactly the ones it adds up.
CREATE FUNCTION hexastore._stats_fold() RETURNS void
LANGUAGE sql VOLATILE SET search_path = hexastore, pg_temp AS $$
    WITH moved AS (DELETE FROM hexastore.stats_delta RETURNING *),
    placed AS (
        INSERT INTO hexastore.stats_orders_placed AS s (day, seller_id, status, orders, amount)
        SELECT day, seller_id, status::hexastore.order_status, sum(n), sum(amount) FROM moved
         WHERE kind = 'placed' GROUP BY 1, 2, 3
        ON CONFLICT (day, seller_id, status)
        DO UPDATE SET orders = s.orders + excluded.orders, amount = s.amount + excluded.amount
        RETURNING 1),
    revenue AS (
        INSERT INTO hexastore.stats_revenue AS s (day, seller_id, orders, amount)
        SELECT day, seller_id, sum(n), sum(amount) FROM moved
         WHERE kind = 'revenue' GROUP BY 1, 2
        ON CONFLICT (day, seller_id)
        DO UPDATE SET orders = s.orders + excluded.orders, amount = s.amount + excluded.amount
        RETURNING 1),
    order_status AS (
        INSERT INTO hexastore.stats_order_status AS s (seller_id, status, orders)
        SELECT seller_id, status::hexastore.order_status, sum(n) FROM moved
         WHERE kind = 'order_status' GROUP BY 1, 2
        ON CONFLICT (seller_id, status) DO UPDATE SET orders = s.orders + excluded.orders
        RETURNING 1),
    delivery_status AS (
        INSERT INTO hexastore.stats_delivery_status AS s (seller_id, status, deliveries)
        SELECT seller_id, status::hexastore.delivery_status, sum(n) FROM moved
         WHERE kind = 'delivery_status' GROUP BY 1, 2
        ON CONFLICT (seller_id, status)
        DO UPDATE SET deliveries = s.deliveries + excluded.deliveries
        RETURNING 1),
    products AS (
        INSERT INTO hexastore.stats_product_sales AS s (product_id, seller_id, units, amount)
        SELECT product_id, min(seller_id), sum(n), sum(amount) FROM moved
         WHERE kind = 'product' GROUP BY 1
        ON CONFLICT (product_id)
        DO UPDATE SET units = s.units + excluded.units, amount = s.amount + excluded.amount
        RETURNING 1)
    SELECT NULL::void FROM (SELECT count(*) FROM placed UNION ALL SELECT count(*) FROM revenue
                            UNION ALL SELECT count(*) FROM order_status
                            UNION ALL SELECT count(*) FROM delivery_status
                            UNION ALL SELECT count(*) FROM products) x LIMIT 1
$$;

-- Recomputes every summary from the orders themselves (the migration, and the
-- operator after a bulk load with triggers off). Writers wait meanwhile.
CREATE FUNCTION hexastore._stats_rebuild() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
BEGIN
    LOCK TABLE stats_delta, orders, order_items, deliveries IN SHARE MODE;
    DELETE FROM stats_delta;
    DELETE FROM stats_orders_placed;
    DELETE FROM stats_revenue;
    DELETE FROM stats_order_status;
    DELETE FROM stats_delivery_status;
    DELETE FROM stats_product_sales;
    INSERT INTO stats_orders_placed (day, seller_id, status, orders, amount)
    SELECT shop_day(created_at), seller_id, status, count(*), sum(total) FROM orders GROUP BY 1, 2, 3;
    INSERT INTO stats_revenue (day, seller_id, orders, amount)
    SELECT shop_day(delivered_at), seller_id, count(*), sum(total) FROM orders
     WHERE status = 'delivered' GROUP BY 1, 2;
    INSERT INTO stats_order_status (seller_id, status, orders)
    SELECT seller_id, status, count(*) FROM orders GROUP BY 1, 2;
    INSERT INTO stats_delivery_status (seller_id, status, deliveries)
    SELECT o.seller_id, d.status, count(*) FROM deliveries d JOIN orders o ON o.id = d.order_id
     GROUP BY 1, 2;
    INSERT INTO stats_product_sales (product_id, seller_id, units, amount)
    SELECT i.product_id, min(o.seller_id), sum(i.quantity), sum(i.line_total)
      FROM order_items i JOIN orders o ON o.id = i.order_id
     WHERE o.status <> 'cancelled' GROUP BY 1;
END
$$;
SELECT hexastore._stats_rebuild();

-- ---------------------------------------------------------------------------
-- The dashboard, read with the caller's rights: row-level security decides
-- which shop's rows count. Administrators see the whole marketplace or, with
-- `p_seller`, one shop; a seller always sees their own; nobody else any.
-- STABLE, so every query in it reads the same snapshot.

-- The cash each courier collected and has not handed in (administrators
-- only). A definer function: the few thousand open deliveries are summed by
-- their partial index without a row-level check each.
CREATE FUNCTION hexastore.dashboard_courier_cash() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_result jsonb;
BEGIN
    PERFORM _require_admin();
    SELECT coalesce(jsonb_agg(jsonb_build_object('courier_id', courier_id, 'name', full_name,
                                                 'amount', amount::text, 'deliveries', deliveries)
                              ORDER BY amount DESC, courier_id), '[]')
      INTO v_result
      FROM (SELECT d.courier_id, u.full_name, sum(d.cash_collected) AS amount,
                   count(*) AS deliveries
              FROM deliveries d JOIN users u ON u.id = d.courier_id
             WHERE d.cash_collected IS NOT NULL AND d.cash_received_at IS NULL
             GROUP BY d.courier_id, u.full_name) c;
    RETURN v_result;
END
$$;

-- JIT off: compiling these small queries would cost more than running them.
CREATE FUNCTION hexastore.dashboard_figures(p_seller bigint DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = hexastore, pg_temp SET jit = off AS $$
DECLARE
    v_role   user_role := current_user_role();
    v_scope  bigint;
    v_today  date := shop_day(now());
    v_where  text;
    v_result jsonb;
    v_part   jsonb;
BEGIN
    IF v_role = 'seller' THEN
        v_scope := current_user_id();
    ELSIF v_role = 'admin' THEN
        v_scope := p_seller;
    ELSE
        RAISE EXCEPTION 'only administrators and sellers have a dashboard' USING ERRCODE = '42501';
    END IF;
    -- Planned with the scope as a literal, so that each scope gets its index.
    v_where := CASE WHEN v_scope IS NULL THEN 'true' ELSE format('seller_id = %s', v_scope) END;

    -- Today, the last 7 and 30 days, each with the period before it.
    EXECUTE format($q$
        WITH placed AS (
            SELECT day, status::text AS status, orders, amount FROM stats_orders_placed
             WHERE day BETWEEN $1 - 59 AND $1 AND %1$s
            UNION ALL
            SELECT day, status, n, amount FROM stats_delta
             WHERE kind = 'placed' AND day BETWEEN $1 - 59 AND $1 AND %1$s),
        revenue AS (
            SELECT day, orders, amount FROM stats_revenue WHERE day BETWEEN $1 - 59 AND $1 AND %1$s
            UNION ALL
            SELECT day, n, amount FROM stats_delta
             WHERE kind = 'revenue' AND day BETWEEN $1 - 59 AND $1 AND %1$s),
        periods AS (SELECT unnest(ARRAY[1, 7, 30]) AS days)
        SELECT jsonb_agg(jsonb_build_object(
            'days', p.days,
            'placed', (SELECT coalesce(sum(orders), 0) FROM placed WHERE day > $1 - p.days),
            'placed_before', (SELECT coalesce(sum(orders), 0) FROM placed
                               WHERE day > $1 - 2 * p.days AND day <= $1 - p.days),
            'cancelled', (SELECT coalesce(sum(orders), 0) FROM placed
                           WHERE status = 'cancelled' AND day > $1 - p.days),
            'cancelled_before', (SELECT coalesce(sum(orders), 0) FROM placed
                                  WHERE status = 'cancelled' AND day > $1 - 2 * p.days
                                    AND day <= $1 - p.days),
            'delivered', (SELECT coalesce(sum(orders), 0) FROM revenue WHERE day > $1 - p.days),
            'delivered_before', (SELECT coalesce(sum(orders), 0) FROM revenue
                                  WHERE day > $1 - 2 * p.days AND day <= $1 - p.days),
            'revenue', (SELECT coalesce(sum(amount), 0)::text FROM revenue WHERE day > $1 - p.days),
            'revenue_before', (SELECT coalesce(sum(amount), 0)::text FROM revenue
                                WHERE day > $1 - 2 * p.days AND day <= $1 - p.days))
            ORDER BY p.days)
          FROM periods p
    $q$, v_where) INTO v_part USING v_today;
    v_result := jsonb_build_object('today', v_today, 'seller', v_scope, 'periods', v_part);

    -- Orders and revenue per day over 30 days.
    EXECUTE format($q$
        WITH placed AS (
            SELECT day, orders FROM stats_orders_placed WHERE day BETWEEN $1 - 29 AND $1 AND %1$s
            UNION ALL
            SELECT day, n FROM stats_delta
             WHERE kind = 'placed' AND day BETWEEN $1 - 29 AND $1 AND %1$s),
        revenue AS (
            SELECT day, amount FROM stats_revenue WHERE day BETWEEN $1 - 29 AND $1 AND %1$s
            UNION ALL
            SELECT day, amount FROM stats_delta
             WHERE kind = 'revenue' AND day BETWEEN $1 - 29 AND $1 AND %1$s)
        SELECT jsonb_agg(jsonb_build_object(
                   'day', d.day,
                   'orders', (SELECT coalesce(sum(orders), 0) FROM placed WHERE placed.day = d.day),
                   'revenue', (SELECT coalesce(sum(amount), 0)::text FROM revenue
                                WHERE revenue.day = d.day)) ORDER BY d.day)
          FROM (SELECT ($1 - 29 + i)::date AS day FROM generate_series(0, 29) i) d
    $q$, v_where) INTO v_part USING v_today;
    v_result := v_result || jsonb_build_object('daily', v_part);

    EXECUTE format($q$
        SELECT coalesce(jsonb_object_agg(status, orders), '{}') FROM (
            SELECT status, sum(orders) AS orders FROM (
                SELECT status::text AS status, orders FROM stats_order_status WHERE %1$s
                UNION ALL
                SELECT status, n FROM stats_delta WHERE kind = 'order_status' AND %1$s) x
             GROUP BY status HAVING sum(orders) <> 0) y
    $q$, v_where) INTO v_part;
    v_result := v_result || jsonb_build_object('orders_by_status', v_part);

    EXECUTE format($q$
        SELECT coalesce(jsonb_object_agg(status, deliveries), '{}') FROM (
            SELECT status, sum(deliveries) AS deliveries FROM (
                SELECT status::text AS status, deliveries FROM stats_delivery_status WHERE %1$s
                UNION ALL
                SELECT status, n FROM stats_delta WHERE kind = 'delivery_status' AND %1$s) x
             GROUP BY status HAVING sum(deliveries) <> 0) y
    $q$, v_where) INTO v_part;
    v_result := v_result || jsonb_build_object('deliveries_by_status', v_part);

    -- The 10 best sellers: the summary's top rows by index, widened by the
    -- products the pending deltas touch (only those can move), which is exact.
    EXECUTE format($q$
        WITH pending AS (
            SELECT product_id, sum(n) AS units, sum(amount) AS amount FROM stats_delta
             WHERE kind = 'product' AND %1$s GROUP BY product_id),
        candidates AS (
            (SELECT product_id FROM stats_product_sales WHERE %1$s
              ORDER BY units DESC, product_id LIMIT 10 + (SELECT count(*) FROM pending))
            UNION
            SELECT product_id FROM pending),
        totals AS (
            SELECT c.product_id,
                   coalesce(s.units, 0) + coalesce(p.units, 0) AS units,
                   coalesce(s.amount, 0) + coalesce(p.amount, 0) AS amount
              FROM candidates c
              LEFT JOIN stats_product_sales s ON s.product_id = c.product_id
              LEFT JOIN pending p ON p.product_id = c.product_id)
        SELECT coalesce(jsonb_agg(jsonb_build_object('product_id', t.product_id, 'name', pr.name,
                                                     'units', t.units, 'amount', t.amount::text)
                                  ORDER BY t.units DESC, t.product_id), '[]')
          FROM (SELECT * FROM totals WHERE units > 0 ORDER BY units DESC, product_id LIMIT 10) t
          LEFT JOIN products pr ON pr.id = t.product_id
    $q$, v_where) INTO v_part;
    v_result := v_result || jsonb_build_object('top_products', v_part);

    EXECUTE format($q$
        SELECT coalesce(jsonb_agg(jsonb_build_object('variant_id', id, 'product_id', product_id,
                                                     'name', name, 'sku', sku, 'stock', stock)
                                  ORDER BY stock, id), '[]')
          FROM (SELECT v.id, v.product_id, p.name, v.sku, v.stock
                  FROM product_variants v JOIN products p ON p.id = v.product_id
                 WHERE v.stock <= 5 AND v.active AND p.archived_at IS NULL AND %1$s
                 ORDER BY v.stock, v.id LIMIT 10) x
    $q$, replace(v_where, 'seller_id', 'p.seller_id')) INTO v_part;
    v_result := v_result || jsonb_build_object('low_stock', v_part);

    IF v_role = 'admin' AND v_scope IS NULL THEN
        v_part := dashboard_courier_cash();
        v_result := v_result || jsonb_build_object('courier_cash', v_part);

        SELECT jsonb_agg(jsonb_build_object(
                   'days', p.days,
                   'new_users', (SELECT count(*) FROM users
                                  WHERE created_at >= shop_day_start(v_today - p.days + 1)),
                   'new_users_before', (SELECT count(*) FROM users
                                         WHERE created_at >= shop_day_start(v_today - 2 * p.days + 1)
                                           AND created_at < shop_day_start(v_today - p.days + 1)))
                   ORDER BY p.days)
          INTO v_part
          FROM unnest(ARRAY[1, 7, 30]) AS p(days);
        v_result := v_result || jsonb_build_object('new_users', v_part);
    END IF;
    RETURN v_result;
END
$$;

-- ---------------------------------------------------------------------------
-- Who reads what: administrators every shop's rows, a seller their own.

ALTER TABLE hexastore.shop_calendar ENABLE ROW LEVEL SECURITY;
CREATE POLICY shop_calendar_read ON hexastore.shop_calendar FOR SELECT TO hexastore_client
    USING (true);
GRANT SELECT ON hexastore.shop_calendar TO hexastore_client;

DO $$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['stats_orders_placed', 'stats_revenue', 'stats_order_status',
                                   'stats_delivery_status', 'stats_product_sales', 'stats_delta'] LOOP
        EXECUTE format('ALTER TABLE hexastore.%I ENABLE ROW LEVEL SECURITY', v_table);
        EXECUTE format($p$CREATE POLICY %I ON hexastore.%I FOR SELECT TO hexastore_client
                          USING (seller_id = (SELECT hexastore.current_user_id())
                                 OR (SELECT hexastore.current_user_role()) = 'admin')$p$,
                       v_table || '_read', v_table);
        EXECUTE format('GRANT SELECT ON hexastore.%I TO hexastore_client', v_table);
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION
    hexastore._order_delivered_at(),
    hexastore._stats_order(),
    hexastore._stats_order_item(),
    hexastore._stats_delivery(),
    hexastore._stats_fold(),
    hexastore._stats_rebuild()
FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    hexastore.shop_day(timestamptz),
    hexastore.shop_day_start(date),
    hexastore.dashboard_compact(),
    hexastore.dashboard_courier_cash(),
    hexastore.dashboard_figures(bigint)
TO hexastore_client;
