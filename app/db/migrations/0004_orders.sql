-- Carts, delivery addresses, promo codes, checkout, orders with their state
-- machine and history, deliveries (filled in by the courier issue), reviews and
-- the audit log. Runs as hexastore_owner.
--
-- Errors the client shows carry their values as a JSON object in DETAIL (see
-- docs/sql-api.md, "Errors"), so that the message can be translated.

ALTER TABLE hexastore.settings DROP CONSTRAINT settings_value_valid;
ALTER TABLE hexastore.settings ADD CONSTRAINT settings_value_valid CHECK (
    CASE key
        WHEN 'bcrypt_cost' THEN value BETWEEN 4 AND 16
        WHEN 'access_token_seconds' THEN value BETWEEN 1 AND 86400
        WHEN 'refresh_token_seconds' THEN value BETWEEN 60 AND 31536000
        WHEN 'login_max_failures' THEN value BETWEEN 1 AND 100
        WHEN 'lockout_seconds' THEN value BETWEEN 1 AND 86400
        WHEN 'lockout_max_seconds' THEN value BETWEEN 1 AND 2592000
        WHEN 'buyer_cancel_limit' THEN value BETWEEN 0 AND 1000
        WHEN 'buyer_cancel_window_days' THEN value BETWEEN 1 AND 365
        ELSE false
    END);
INSERT INTO hexastore.settings (key, value) VALUES
    ('buyer_cancel_limit', 3),
    ('buyer_cancel_window_days', 30);

CREATE FUNCTION hexastore._require_role(p_roles hexastore.user_role[], p_code text, p_message text)
RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user bigint := _require_user();
BEGIN
    IF (SELECT role FROM users WHERE id = v_user) <> ALL (p_roles) THEN
        RAISE EXCEPTION '%', p_message USING ERRCODE = p_code;
    END IF;
    RETURN v_user;
END
$$;

CREATE FUNCTION hexastore._cents(p_amount numeric) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT (p_amount * 100)::bigint $$;

-- ---------------------------------------------------------------------------
-- The audit log: who did what as an administrator, and why.

CREATE TABLE hexastore.audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   bigint REFERENCES hexastore.users ON DELETE SET NULL,
    action     text NOT NULL,
    entity     text NOT NULL,
    entity_id  bigint,
    reason     text NOT NULL DEFAULT '',
    details    jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_entity_idx ON hexastore.audit_log (entity, entity_id, id);
CREATE INDEX audit_log_created_idx ON hexastore.audit_log (created_at, id);

CREATE FUNCTION hexastore._audit(p_action text, p_entity text, p_entity_id bigint,
                                 p_reason text, p_details jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    INSERT INTO hexastore.audit_log (actor_id, action, entity, entity_id, reason, details)
    VALUES (hexastore.current_user_id(), p_action, p_entity, p_entity_id,
            coalesce(p_reason, ''), coalesce(p_details, '{}'))
$$;

-- ---------------------------------------------------------------------------
-- Delivery addresses.

CREATE TABLE hexastore.addresses (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_id    bigint NOT NULL DEFAULT hexastore.current_user_id()
                REFERENCES hexastore.users ON DELETE CASCADE,
    recipient   text NOT NULL,
    phone       text NOT NULL,
    country     text NOT NULL,
    city        text NOT NULL,
    street      text NOT NULL,
    house       text NOT NULL,
    apartment   text NOT NULL DEFAULT '',
    postal_code text NOT NULL,
    note        text NOT NULL DEFAULT '',
    is_default  boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    -- One default per buyer, checked at the end of each statement so that one
    -- UPDATE can move it.
    CONSTRAINT addresses_one_default EXCLUDE (buyer_id WITH =) WHERE (is_default)
        DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX addresses_buyer_idx ON hexastore.addresses (buyer_id, id);

-- Trims every field and names the first bad one (codes HX341–HX348).
CREATE FUNCTION hexastore._address_valid() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    NEW.recipient := btrim(coalesce(NEW.recipient, ''));
    NEW.phone := btrim(coalesce(NEW.phone, ''));
    NEW.country := btrim(coalesce(NEW.country, ''));
    NEW.city := btrim(coalesce(NEW.city, ''));
    NEW.street := btrim(coalesce(NEW.street, ''));
    NEW.house := btrim(coalesce(NEW.house, ''));
    NEW.apartment := btrim(coalesce(NEW.apartment, ''));
    NEW.postal_code := btrim(coalesce(NEW.postal_code, ''));
    NEW.note := btrim(coalesce(NEW.note, ''));
    IF char_length(NEW.recipient) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'recipient must be 1 to 200 characters' USING ERRCODE = 'HX341';
    END IF;
    IF NEW.phone !~ '^\+?[0-9][0-9 ()-]{3,28}[0-9]$' THEN
        RAISE EXCEPTION 'phone is not valid' USING ERRCODE = 'HX342';
    END IF;
    IF char_length(NEW.country) NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'country must be 1 to 100 characters' USING ERRCODE = 'HX343';
    END IF;
    IF char_length(NEW.city) NOT BETWEEN 1 AND 100 THEN
        RAISE EXCEPTION 'city must be 1 to 100 characters' USING ERRCODE = 'HX344';
    END IF;
    IF char_length(NEW.street) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'street must be 1 to 200 characters' USING ERRCODE = 'HX345';
    END IF;
    IF char_length(NEW.house) NOT BETWEEN 1 AND 20 OR char_length(NEW.apartment) > 20 THEN
        RAISE EXCEPTION 'house and apartment must be at most 20 characters' USING ERRCODE = 'HX346';
    END IF;
    IF NEW.postal_code !~ '^[A-Za-z0-9][A-Za-z0-9 -]{1,10}[A-Za-z0-9]$' THEN
        RAISE EXCEPTION 'postal code is not valid' USING ERRCODE = 'HX347';
    END IF;
    IF char_length(NEW.note) > 500 THEN
        RAISE EXCEPTION 'note must be at most 500 characters' USING ERRCODE = 'HX348';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER addresses_valid BEFORE INSERT OR UPDATE ON hexastore.addresses
    FOR EACH ROW EXECUTE FUNCTION hexastore._address_valid();
CREATE TRIGGER addresses_touch BEFORE UPDATE ON hexastore.addresses
    FOR EACH ROW EXECUTE FUNCTION hexastore._touch_updated_at();

-- Makes one of the caller's addresses the default (runs through RLS).
CREATE FUNCTION hexastore.set_default_address(p_address bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM addresses WHERE id = p_address
                                           AND buyer_id = (SELECT current_user_id())) THEN
        RAISE EXCEPTION 'no such address' USING ERRCODE = 'HX306';
    END IF;
    UPDATE addresses SET is_default = (id = p_address)
     WHERE buyer_id = (SELECT current_user_id()) AND (is_default OR id = p_address);
END
$$;

-- ---------------------------------------------------------------------------
-- Carts: one per buyer, a line per variant. Written only through the cart_*
-- functions, which check stock and availability and name the item.

CREATE TABLE hexastore.cart_items (
    buyer_id    bigint NOT NULL REFERENCES hexastore.users ON DELETE CASCADE,
    variant_id  bigint NOT NULL REFERENCES hexastore.product_variants ON DELETE CASCADE,
    quantity    integer NOT NULL CHECK (quantity >= 1),
    added_price numeric(12,2) NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (buyer_id, variant_id)
);
CREATE INDEX cart_items_variant_idx ON hexastore.cart_items (variant_id);

-- Whether a variant can be bought now, as the buyer would see it.
CREATE FUNCTION hexastore._variant_buyable(p_variant hexastore.product_variants,
                                           p_product hexastore.products) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_variant.active AND p_product.active AND p_product.seller_active
           AND p_product.archived_at IS NULL
$$;

CREATE FUNCTION hexastore._item_label(p_product hexastore.products,
                                      p_variant hexastore.product_variants) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_product.name || CASE WHEN p_variant.options = '{}'::jsonb THEN ''
                                  ELSE ' (' || (SELECT string_agg(value, ', ' ORDER BY key)
                                                  FROM jsonb_each_text(p_variant.options)) || ')'
                             END
$$;

CREATE FUNCTION hexastore.cart_set_quantity(p_variant bigint, p_quantity integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_buyer   bigint := _require_role('{buyer}', 'HX304', 'only buyers have a cart');
    v_variant product_variants;
    v_product products;
BEGIN
    IF p_quantity IS NULL OR p_quantity < 1 THEN
        RAISE EXCEPTION 'the quantity must be at least 1' USING ERRCODE = 'HX303';
    END IF;
    SELECT * INTO v_variant FROM product_variants WHERE id = p_variant;
    SELECT * INTO v_product FROM products WHERE id = v_variant.product_id;
    IF v_variant.id IS NULL THEN
        RAISE EXCEPTION 'no such item' USING ERRCODE = 'HX308';
    END IF;
    IF NOT _variant_buyable(v_variant, v_product) OR v_variant.stock = 0 THEN
        RAISE EXCEPTION '"%" is not available', _item_label(v_product, v_variant)
            USING ERRCODE = 'HX302',
                  DETAIL = json_build_object('item', _item_label(v_product, v_variant))::text;
    END IF;
    IF p_quantity > v_variant.stock THEN
        RAISE EXCEPTION 'only % of "%" are available, % asked for', v_variant.stock,
                        _item_label(v_product, v_variant), p_quantity
            USING ERRCODE = 'HX301',
                  DETAIL = json_build_object('item', _item_label(v_product, v_variant),
                                             'asked', p_quantity,
                                             'available', v_variant.stock)::text;
    END IF;
    INSERT INTO cart_items (buyer_id, variant_id, quantity, added_price)
    VALUES (v_buyer, p_variant, p_quantity, v_variant.price)
    ON CONFLICT (buyer_id, variant_id) DO UPDATE SET quantity = EXCLUDED.quantity;
    RETURN p_quantity;
END
$$;

-- Adds `p_delta` (negative to take away) to the line; a line that reaches zero
-- is removed. Returns the new quantity.
CREATE FUNCTION hexastore.cart_add(p_variant bigint, p_delta integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_buyer   bigint := _require_role('{buyer}', 'HX304', 'only buyers have a cart');
    v_current integer;
BEGIN
    IF p_delta IS NULL OR p_delta = 0 THEN
        RAISE EXCEPTION 'the quantity must be at least 1' USING ERRCODE = 'HX303';
    END IF;
    SELECT quantity INTO v_current FROM cart_items
     WHERE buyer_id = v_buyer AND variant_id = p_variant FOR UPDATE;
    IF coalesce(v_current, 0) + p_delta <= 0 THEN
        DELETE FROM cart_items WHERE buyer_id = v_buyer AND variant_id = p_variant;
        RETURN 0;
    END IF;
    RETURN cart_set_quantity(p_variant, coalesce(v_current, 0) + p_delta);
END
$$;

CREATE FUNCTION hexastore.cart_remove(p_variant bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    DELETE FROM cart_items
     WHERE buyer_id = _require_role('{buyer}', 'HX304', 'only buyers have a cart')
       AND variant_id = p_variant;
END
$$;

CREATE FUNCTION hexastore.cart_clear() RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_buyer bigint := _require_role('{buyer}', 'HX304', 'only buyers have a cart');
BEGIN
    DELETE FROM cart_items WHERE buyer_id = v_buyer;
END
$$;

-- The caller's cart with each line's current state. A definer function, since
-- a line may point at an item the buyer can no longer see (deactivated).
-- `state`: ok | short (less stock than asked) | out_of_stock | unavailable.
CREATE FUNCTION hexastore.my_cart()
RETURNS TABLE (variant_id bigint, product_id bigint, product_name text, options jsonb, sku text,
               seller_id bigint, seller_name text, quantity integer, added_price numeric,
               price numeric, stock integer, state text, thumbnail_sha256 bytea,
               added_at timestamptz)
-- PL/pgSQL keeps its plan for the session (a definer SQL function is planned per call).
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT c.variant_id, p.id, p.name, v.options, v.sku, p.seller_id, u.full_name, c.quantity,
           c.added_price, v.price, v.stock,
           CASE WHEN NOT hexastore._variant_buyable(v, p) THEN 'unavailable'
                WHEN v.stock = 0 THEN 'out_of_stock'
                WHEN v.stock < c.quantity THEN 'short'
                ELSE 'ok' END,
           (SELECT pi.image_sha256 FROM hexastore.product_images pi
             WHERE pi.product_id = p.id ORDER BY pi.position LIMIT 1),
           c.added_at
      FROM hexastore.cart_items c
      JOIN hexastore.product_variants v ON v.id = c.variant_id
      JOIN hexastore.products p ON p.id = v.product_id
      JOIN hexastore.users u ON u.id = p.seller_id
     WHERE c.buyer_id = hexastore.current_user_id()
     ORDER BY c.added_at, c.variant_id;
END
$$;

-- ---------------------------------------------------------------------------
-- Promo codes. Buyers never list them; they learn about one code at a time
-- through cart_quote() and place_order().

CREATE TYPE hexastore.promo_kind AS ENUM ('percent', 'fixed');

CREATE TABLE hexastore.promo_codes (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL,
    kind            hexastore.promo_kind NOT NULL,
    -- A percentage (1–100) or an amount of money, by kind.
    value           numeric(12,2) NOT NULL,
    min_subtotal    numeric(12,2) NOT NULL DEFAULT 0,
    valid_from      timestamptz,
    valid_until     timestamptz,
    usage_limit     integer,
    per_buyer_limit integer,
    used_count      integer NOT NULL DEFAULT 0,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT promo_used_within_limit CHECK (used_count >= 0
                                              AND (usage_limit IS NULL OR used_count <= usage_limit))
);
CREATE UNIQUE INDEX promo_codes_code_key ON hexastore.promo_codes (lower(code));

CREATE FUNCTION hexastore._promo_valid() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    NEW.code := btrim(coalesce(NEW.code, ''));
    IF NEW.code !~ '^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$' THEN
        RAISE EXCEPTION 'a code is 3 to 32 letters, digits, dashes or underscores' USING ERRCODE = 'HX351';
    END IF;
    IF NEW.kind = 'percent' AND (NEW.value IS NULL OR NEW.value NOT BETWEEN 1 AND 100
                                 OR NEW.value <> trunc(NEW.value)) THEN
        RAISE EXCEPTION 'a percentage is a whole number from 1 to 100' USING ERRCODE = 'HX352';
    END IF;
    IF NEW.kind = 'fixed' AND (NEW.value IS NULL OR NEW.value NOT BETWEEN 0.01 AND 1000000000) THEN
        RAISE EXCEPTION 'an amount is more than zero' USING ERRCODE = 'HX353';
    END IF;
    IF NEW.valid_from IS NOT NULL AND NEW.valid_until IS NOT NULL
       AND NEW.valid_until <= NEW.valid_from THEN
        RAISE EXCEPTION 'valid until must come after valid from' USING ERRCODE = 'HX354';
    END IF;
    IF NEW.min_subtotal IS NULL OR NEW.min_subtotal < 0 OR NEW.usage_limit < 1
       OR NEW.per_buyer_limit < 1 THEN
        RAISE EXCEPTION 'limits must be positive' USING ERRCODE = 'HX355';
    END IF;
    IF EXISTS (SELECT FROM promo_codes WHERE lower(code) = lower(NEW.code) AND id <> NEW.id) THEN
        RAISE EXCEPTION 'the code % exists', NEW.code
            USING ERRCODE = 'HX356', DETAIL = json_build_object('code', NEW.code)::text;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.usage_limit IS NOT NULL AND NEW.usage_limit < NEW.used_count THEN
        RAISE EXCEPTION 'the code was already used % times', NEW.used_count
            USING ERRCODE = 'HX357', DETAIL = json_build_object('used', NEW.used_count)::text;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER promo_codes_valid BEFORE INSERT OR UPDATE ON hexastore.promo_codes
    FOR EACH ROW EXECUTE FUNCTION hexastore._promo_valid();
CREATE TRIGGER promo_codes_bump_version BEFORE UPDATE ON hexastore.promo_codes
    FOR EACH ROW EXECUTE FUNCTION hexastore._bump_version();

-- Administrators' changes to promo codes are audited (use counts are not).
CREATE FUNCTION hexastore._promo_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM _audit('promo.delete', 'promo_code', OLD.id, '', to_jsonb(OLD));
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - '{used_count,version,updated_at}'::text[])
                            = (to_jsonb(NEW) - '{used_count,version,updated_at}'::text[]) THEN
        RETURN NULL;
    END IF;
    PERFORM _audit(CASE TG_OP WHEN 'INSERT' THEN 'promo.create' ELSE 'promo.update' END,
                   'promo_code', NEW.id, '', to_jsonb(NEW));
    RETURN NULL;
END
$$;
CREATE TRIGGER promo_codes_audit AFTER INSERT OR UPDATE OR DELETE ON hexastore.promo_codes
    FOR EACH ROW EXECUTE FUNCTION hexastore._promo_audit();

-- One use of a code by one checkout; released when that checkout's orders are
-- all cancelled.
CREATE TABLE hexastore.promo_redemptions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    promo_id    bigint NOT NULL REFERENCES hexastore.promo_codes,
    buyer_id    bigint NOT NULL REFERENCES hexastore.users,
    checkout_id bigint NOT NULL UNIQUE,
    redeemed_at timestamptz NOT NULL DEFAULT now(),
    released_at timestamptz
);
CREATE INDEX promo_redemptions_buyer_idx ON hexastore.promo_redemptions (promo_id, buyer_id)
    WHERE released_at IS NULL;

-- The discount a code gives a buyer on a subtotal, or an exception saying why
-- it gives none (HX311–HX317). With p_lock the code's row is locked, so that
-- concurrent checkouts cannot exceed its limits.
CREATE FUNCTION hexastore._promo_discount(p_code text, p_buyer bigint, p_subtotal numeric,
                                          p_lock boolean, OUT promo_id bigint, OUT discount numeric)
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_promo promo_codes;
    v_used  integer;
BEGIN
    IF p_lock THEN
        SELECT * INTO v_promo FROM promo_codes WHERE lower(code) = lower(btrim(p_code)) FOR UPDATE;
    ELSE
        SELECT * INTO v_promo FROM promo_codes WHERE lower(code) = lower(btrim(p_code));
    END IF;
    IF v_promo.id IS NULL THEN
        RAISE EXCEPTION 'no promo code %', p_code
            USING ERRCODE = 'HX311', DETAIL = json_build_object('code', btrim(p_code))::text;
    END IF;
    IF NOT v_promo.active THEN
        RAISE EXCEPTION 'promo code % is not active', v_promo.code
            USING ERRCODE = 'HX312', DETAIL = json_build_object('code', v_promo.code)::text;
    END IF;
    IF v_promo.valid_from > now() THEN
        RAISE EXCEPTION 'promo code % is not valid yet', v_promo.code
            USING ERRCODE = 'HX313',
                  DETAIL = json_build_object('code', v_promo.code, 'date', v_promo.valid_from)::text;
    END IF;
    IF v_promo.valid_until <= now() THEN
        RAISE EXCEPTION 'promo code % has expired', v_promo.code
            USING ERRCODE = 'HX314',
                  DETAIL = json_build_object('code', v_promo.code, 'date', v_promo.valid_until)::text;
    END IF;
    IF p_subtotal < v_promo.min_subtotal THEN
        RAISE EXCEPTION 'promo code % needs a subtotal of %', v_promo.code, v_promo.min_subtotal
            USING ERRCODE = 'HX315',
                  DETAIL = json_build_object('code', v_promo.code,
                                             'minimum_money', v_promo.min_subtotal,
                                             'subtotal_money', p_subtotal)::text;
    END IF;
    IF v_promo.usage_limit IS NOT NULL AND v_promo.used_count >= v_promo.usage_limit THEN
        RAISE EXCEPTION 'promo code % is used up', v_promo.code
            USING ERRCODE = 'HX316', DETAIL = json_build_object('code', v_promo.code)::text;
    END IF;
    IF v_promo.per_buyer_limit IS NOT NULL THEN
        SELECT count(*) INTO v_used FROM promo_redemptions r
         WHERE r.promo_id = v_promo.id AND r.buyer_id = p_buyer AND r.released_at IS NULL;
        IF v_used >= v_promo.per_buyer_limit THEN
            RAISE EXCEPTION 'promo code % already used % times', v_promo.code, v_used
                USING ERRCODE = 'HX317',
                      DETAIL = json_build_object('code', v_promo.code, 'times', v_used)::text;
        END IF;
    END IF;
    promo_id := v_promo.id;
    discount := CASE v_promo.kind
                    WHEN 'percent' THEN round(p_subtotal * v_promo.value / 100, 2)
                    ELSE least(v_promo.value, p_subtotal)
                END;
END
$$;

-- What the cart would cost now, with a promo code or none. A code that does not
-- apply is no error here: promo_error and promo_detail say why (the same
-- SQLSTATE and DETAIL that place_order would raise).
CREATE FUNCTION hexastore.cart_quote(p_promo_code text DEFAULT NULL,
                                     OUT subtotal numeric, OUT discount numeric, OUT total numeric,
                                     OUT promo_error text, OUT promo_detail text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_buyer bigint := _require_role('{buyer}', 'HX304', 'only buyers have a cart');
    v_promo bigint;
BEGIN
    SELECT coalesce(sum(v.price * c.quantity), 0) INTO subtotal
      FROM cart_items c JOIN product_variants v ON v.id = c.variant_id
     WHERE c.buyer_id = v_buyer;
    discount := 0;
    IF nullif(btrim(p_promo_code), '') IS NOT NULL THEN
        BEGIN
            SELECT d.promo_id, d.discount INTO v_promo, discount
              FROM _promo_discount(p_promo_code, v_buyer, subtotal, false) d;
        EXCEPTION WHEN SQLSTATE 'HX311' OR SQLSTATE 'HX312' OR SQLSTATE 'HX313'
                       OR SQLSTATE 'HX314' OR SQLSTATE 'HX315' OR SQLSTATE 'HX316'
                       OR SQLSTATE 'HX317' THEN
            GET STACKED DIAGNOSTICS promo_error = RETURNED_SQLSTATE, promo_detail = PG_EXCEPTION_DETAIL;
            discount := 0;
        END;
    END IF;
    total := subtotal - discount;
END
$$;

-- ---------------------------------------------------------------------------
-- Orders.

CREATE TYPE hexastore.order_status AS ENUM ('pending', 'confirmed', 'shipped', 'delivered', 'cancelled');
CREATE TYPE hexastore.payment_method AS ENUM ('cash_on_delivery');
-- The courier issue drives these; an order's delivery starts unassigned.
CREATE TYPE hexastore.delivery_status AS ENUM
    ('unassigned', 'assigned', 'picked_up', 'delivered', 'failed', 'cancelled');

-- The legal moves, whoever asks.
CREATE FUNCTION hexastore.order_transition_allowed(p_from hexastore.order_status,
                                                   p_to hexastore.order_status) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT (p_from, p_to) IN (('pending', 'confirmed'), ('pending', 'cancelled'),
                              ('confirmed', 'shipped'), ('confirmed', 'cancelled'),
                              ('shipped', 'delivered'))
$$;

-- One place_order call: the orders it made share it (and a promo use).
CREATE TABLE hexastore.checkouts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_id       bigint NOT NULL REFERENCES hexastore.users,
    promo_id       bigint REFERENCES hexastore.promo_codes,
    payment_method hexastore.payment_method NOT NULL,
    subtotal       numeric(12,2) NOT NULL,
    discount       numeric(12,2) NOT NULL,
    -- The client's id for this checkout: a retry after a lost connection
    -- returns the orders it made instead of ordering twice.
    request_id     uuid,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (buyer_id, request_id)
);
CREATE INDEX checkouts_buyer_idx ON hexastore.checkouts (buyer_id, id);
ALTER TABLE hexastore.promo_redemptions
    ADD FOREIGN KEY (checkout_id) REFERENCES hexastore.checkouts;

CREATE TABLE hexastore.orders (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    checkout_id      bigint NOT NULL REFERENCES hexastore.checkouts,
    buyer_id         bigint NOT NULL REFERENCES hexastore.users,
    seller_id        bigint NOT NULL REFERENCES hexastore.users,
    -- Names as they were when ordered, so every party can show them.
    buyer_name       text NOT NULL,
    seller_name      text NOT NULL,
    status           hexastore.order_status NOT NULL DEFAULT 'pending',
    payment_method   hexastore.payment_method NOT NULL,
    promo_code       text,
    subtotal         numeric(12,2) NOT NULL CHECK (subtotal >= 0),
    discount         numeric(12,2) NOT NULL CHECK (discount BETWEEN 0 AND subtotal),
    total            numeric(12,2) NOT NULL CHECK (total = subtotal - discount),
    delivery_address jsonb NOT NULL,
    stock_restored   boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1
);
CREATE INDEX orders_buyer_idx ON hexastore.orders (buyer_id, id);
CREATE INDEX orders_seller_idx ON hexastore.orders (seller_id, id);
CREATE INDEX orders_seller_status_idx ON hexastore.orders (seller_id, status, id);
CREATE INDEX orders_status_idx ON hexastore.orders (status, id);
CREATE INDEX orders_created_idx ON hexastore.orders (created_at, id);
CREATE INDEX orders_checkout_idx ON hexastore.orders (checkout_id);
CREATE TRIGGER orders_bump_version BEFORE UPDATE ON hexastore.orders
    FOR EACH ROW EXECUTE FUNCTION hexastore._bump_version();

-- The state machine, enforced for every writer (also the definer functions).
CREATE FUNCTION hexastore._order_status_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status
       AND NOT order_transition_allowed(OLD.status, NEW.status) THEN
        RAISE EXCEPTION 'an order cannot go from % to %', OLD.status, NEW.status
            USING ERRCODE = 'HX321',
                  DETAIL = json_build_object('from_status', OLD.status, 'to_status', NEW.status)::text;
    END IF;
    IF (NEW.subtotal, NEW.discount, NEW.total, NEW.buyer_id, NEW.seller_id, NEW.checkout_id)
       IS DISTINCT FROM (OLD.subtotal, OLD.discount, OLD.total, OLD.buyer_id, OLD.seller_id,
                         OLD.checkout_id) THEN
        RAISE EXCEPTION 'an order''s parties and amounts never change' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_status_guard BEFORE UPDATE ON hexastore.orders
    FOR EACH ROW EXECUTE FUNCTION hexastore._order_status_guard();

CREATE TABLE hexastore.order_items (
    order_id     bigint NOT NULL REFERENCES hexastore.orders ON DELETE CASCADE,
    line         integer NOT NULL CHECK (line >= 1),
    variant_id   bigint REFERENCES hexastore.product_variants ON DELETE SET NULL,
    product_id   bigint NOT NULL REFERENCES hexastore.products,
    product_name text NOT NULL,
    sku          text NOT NULL,
    options      jsonb NOT NULL,
    unit_price   numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    quantity     integer NOT NULL CHECK (quantity >= 1),
    line_total   numeric(12,2) NOT NULL CHECK (line_total = unit_price * quantity),
    PRIMARY KEY (order_id, line)
);
CREATE INDEX order_items_product_idx ON hexastore.order_items (product_id);
CREATE INDEX order_items_variant_idx ON hexastore.order_items (variant_id);

CREATE TABLE hexastore.order_status_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES hexastore.orders ON DELETE CASCADE,
    from_status hexastore.order_status,
    to_status   hexastore.order_status NOT NULL,
    changed_by  bigint REFERENCES hexastore.users ON DELETE SET NULL,
    actor_role  hexastore.user_role,
    reason      text NOT NULL DEFAULT '',
    changed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX order_status_history_order_idx ON hexastore.order_status_history (order_id, id);
-- The buyer's cancellation limit counts these.
CREATE INDEX order_status_history_cancel_idx ON hexastore.order_status_history (changed_by, changed_at)
    WHERE to_status = 'cancelled';

CREATE TABLE hexastore.deliveries (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id   bigint NOT NULL UNIQUE REFERENCES hexastore.orders ON DELETE CASCADE,
    courier_id bigint REFERENCES hexastore.users,
    status     hexastore.delivery_status NOT NULL DEFAULT 'unassigned',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer NOT NULL DEFAULT 1
);
CREATE INDEX deliveries_courier_idx ON hexastore.deliveries (courier_id, status);
CREATE TRIGGER deliveries_bump_version BEFORE UPDATE ON hexastore.deliveries
    FOR EACH ROW EXECUTE FUNCTION hexastore._bump_version();

-- Locks the products and then the variants of the given variants, both in id
-- order. Checkout and cancellation take their locks this way (as a seller's
-- save does: product first, then variants), so none of them can deadlock.
CREATE FUNCTION hexastore._lock_variants(p_variants bigint[]) RETURNS void
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM 1 FROM products
     WHERE id IN (SELECT product_id FROM product_variants WHERE id = ANY (p_variants))
     ORDER BY id FOR NO KEY UPDATE;
    PERFORM 1 FROM product_variants WHERE id = ANY (p_variants) ORDER BY id FOR NO KEY UPDATE;
END
$$;

-- Checkout: the caller's cart becomes one order per seller, all or nothing.
-- With a request id, calling again with the same id returns the same orders.
CREATE FUNCTION hexastore.place_order(p_address_id bigint, p_promo_code text,
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
    -- then finds it empty), then products and variants in id order.
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
     WHERE c.buyer_id = v_buyer AND (NOT _variant_buyable(v, p) OR v.stock < c.quantity)
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
     WHERE c.buyer_id = v_buyer;
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
             WHERE c.buyer_id = v_buyer
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
         WHERE c.buyer_id = v_buyer AND p.seller_id = v_seller.seller_id;

        INSERT INTO order_status_history (order_id, from_status, to_status, changed_by, actor_role)
        VALUES (v_order, NULL, 'pending', v_buyer, 'buyer');
        INSERT INTO deliveries (order_id) VALUES (v_order);
        v_orders := v_orders || v_order;
    END LOOP;

    UPDATE product_variants v SET stock = v.stock - c.quantity
      FROM cart_items c WHERE c.buyer_id = v_buyer AND c.variant_id = v.id;
    UPDATE products SET ever_ordered = true
     WHERE NOT ever_ordered
       AND id IN (SELECT product_id FROM product_variants WHERE id = ANY (v_variants));
    DELETE FROM cart_items WHERE buyer_id = v_buyer;

    IF v_promo IS NOT NULL THEN
        INSERT INTO promo_redemptions (promo_id, buyer_id, checkout_id)
        VALUES (v_promo, v_buyer, v_checkout);
        UPDATE promo_codes SET used_count = used_count + 1 WHERE id = v_promo;
    END IF;
    RETURN v_orders;
END
$$;

-- Cancellation's side effects, exactly once per order (stock_restored).
CREATE FUNCTION hexastore._order_cancelled(p_order bigint) RETURNS void
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_order    orders;
    v_variants bigint[];
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
    -- The promo use comes back when nothing of its checkout remains.
    IF NOT EXISTS (SELECT FROM orders WHERE checkout_id = v_order.checkout_id
                                        AND status <> 'cancelled') THEN
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
CREATE FUNCTION hexastore.set_order_status(p_order bigint, p_status text, p_reason text DEFAULT '')
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
        -- Serialises one buyer's cancellations, so that the limit holds.
        PERFORM 1 FROM users WHERE id = v_user FOR NO KEY UPDATE;
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

-- Which of the caller's orders may move where; the screens enable buttons from
-- it, the database decides anyway.
CREATE FUNCTION hexastore.order_actions(p_order bigint) RETURNS text[]
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
              WHERE order_transition_allowed(v_order.status, s))
        ELSE '{}'
    END;
END
$$;

-- ---------------------------------------------------------------------------
-- Reviews: one per buyer and product, only after a delivered purchase.

ALTER TABLE hexastore.products
    ADD COLUMN rating_avg   numeric(3,2) NOT NULL DEFAULT 0,
    ADD COLUMN rating_count integer NOT NULL DEFAULT 0;
CREATE INDEX products_rating_idx ON hexastore.products (rating_avg, id);

-- Derived columns (price summary, ratings, ever_ordered) no longer count as an
-- edit: only what the seller edits bumps the version they compare against.
DROP TRIGGER products_bump_version ON hexastore.products;
CREATE TRIGGER products_bump_version
    BEFORE UPDATE OF category_id, brand_id, name, description, active, archived_at
    ON hexastore.products FOR EACH ROW EXECUTE FUNCTION hexastore._bump_version();

CREATE TABLE hexastore.reviews (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES hexastore.products ON DELETE CASCADE,
    buyer_id   bigint NOT NULL DEFAULT hexastore.current_user_id()
               REFERENCES hexastore.users ON DELETE CASCADE,
    rating     integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment    text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 2000),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, buyer_id)
);
CREATE INDEX reviews_product_idx ON hexastore.reviews (product_id, id);

CREATE FUNCTION hexastore._review_valid() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    NEW.comment := btrim(coalesce(NEW.comment, ''));
    IF NEW.rating IS NULL OR NEW.rating NOT BETWEEN 1 AND 5 THEN
        RAISE EXCEPTION 'a rating is 1 to 5' USING ERRCODE = 'HX332';
    END IF;
    IF char_length(NEW.comment) > 2000 THEN
        RAISE EXCEPTION 'a review is at most 2000 characters' USING ERRCODE = 'HX333';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT FROM orders o JOIN order_items i ON i.order_id = o.id
                        WHERE o.buyer_id = NEW.buyer_id AND o.status = 'delivered'
                          AND i.product_id = NEW.product_id) THEN
            RAISE EXCEPTION 'only buyers with a delivered order may review' USING ERRCODE = 'HX331';
        END IF;
        IF EXISTS (SELECT FROM reviews WHERE product_id = NEW.product_id AND buyer_id = NEW.buyer_id) THEN
            RAISE EXCEPTION 'already reviewed' USING ERRCODE = 'HX334';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER reviews_valid BEFORE INSERT OR UPDATE ON hexastore.reviews
    FOR EACH ROW EXECUTE FUNCTION hexastore._review_valid();
CREATE TRIGGER reviews_touch BEFORE UPDATE ON hexastore.reviews
    FOR EACH ROW EXECUTE FUNCTION hexastore._touch_updated_at();

CREATE FUNCTION hexastore._reviews_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_product bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.product_id ELSE NEW.product_id END;
BEGIN
    UPDATE products p SET rating_avg = s.avg, rating_count = s.n
      FROM (SELECT coalesce(round(avg(rating), 2), 0) AS avg, count(*) AS n
              FROM reviews WHERE product_id = v_product) s
     WHERE p.id = v_product;
    RETURN NULL;
END
$$;
CREATE TRIGGER reviews_rating AFTER INSERT OR UPDATE OF rating OR DELETE ON hexastore.reviews
    FOR EACH ROW EXECUTE FUNCTION hexastore._reviews_changed();

-- Reviews with their authors' names (nothing else about them).
CREATE VIEW hexastore.product_reviews WITH (security_barrier) AS
    SELECT r.id, r.product_id, r.rating, r.comment, u.full_name AS author, r.created_at,
           r.updated_at, r.buyer_id = hexastore.current_user_id() AS mine
      FROM hexastore.reviews r JOIN hexastore.users u ON u.id = r.buyer_id;

-- Whether the caller may write a review of the product now.
CREATE FUNCTION hexastore.can_review(p_product bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT EXISTS (SELECT FROM hexastore.orders o JOIN hexastore.order_items i ON i.order_id = o.id
                    WHERE o.buyer_id = hexastore.current_user_id() AND o.status = 'delivered'
                      AND i.product_id = p_product)
       AND NOT EXISTS (SELECT FROM hexastore.reviews
                        WHERE product_id = p_product AND buyer_id = hexastore.current_user_id())
$$;

-- ---------------------------------------------------------------------------
-- Who may do what.

ALTER TABLE hexastore.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.addresses ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.cart_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.promo_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.promo_redemptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.checkouts ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.order_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.order_status_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.reviews ENABLE ROW LEVEL SECURITY;

CREATE POLICY audit_log_admin ON hexastore.audit_log FOR SELECT TO hexastore_client
    USING ((SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.audit_log TO hexastore_client;

CREATE POLICY addresses_own ON hexastore.addresses FOR ALL TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id()))
    WITH CHECK (buyer_id = (SELECT hexastore.current_user_id())
                AND (SELECT hexastore.current_user_role()) = 'buyer');
GRANT SELECT, DELETE ON hexastore.addresses TO hexastore_client;
GRANT INSERT (recipient, phone, country, city, street, house, apartment, postal_code, note, is_default),
      UPDATE (recipient, phone, country, city, street, house, apartment, postal_code, note, is_default)
    ON hexastore.addresses TO hexastore_client;

CREATE POLICY cart_items_own ON hexastore.cart_items FOR SELECT TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id()));
GRANT SELECT ON hexastore.cart_items TO hexastore_client;

CREATE POLICY promo_codes_admin ON hexastore.promo_codes FOR ALL TO hexastore_client
    USING ((SELECT hexastore.current_user_role()) = 'admin')
    WITH CHECK ((SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT, DELETE ON hexastore.promo_codes TO hexastore_client;
GRANT INSERT (code, kind, value, min_subtotal, valid_from, valid_until, usage_limit, per_buyer_limit, active),
      UPDATE (code, kind, value, min_subtotal, valid_from, valid_until, usage_limit, per_buyer_limit, active)
    ON hexastore.promo_codes TO hexastore_client;

-- Orders: the buyer's own, the seller's own, everything for admins. Written
-- only by place_order and set_order_status.
CREATE POLICY checkouts_read ON hexastore.checkouts FOR SELECT TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.checkouts TO hexastore_client;
CREATE POLICY promo_redemptions_read ON hexastore.promo_redemptions FOR SELECT TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.promo_redemptions TO hexastore_client;
CREATE POLICY orders_read ON hexastore.orders FOR SELECT TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id())
           OR seller_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT ON hexastore.orders TO hexastore_client;
CREATE POLICY order_items_read ON hexastore.order_items FOR SELECT TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.orders o WHERE o.id = order_id));
GRANT SELECT ON hexastore.order_items TO hexastore_client;
CREATE POLICY order_status_history_read ON hexastore.order_status_history FOR SELECT TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.orders o WHERE o.id = order_id));
GRANT SELECT ON hexastore.order_status_history TO hexastore_client;
CREATE POLICY deliveries_read ON hexastore.deliveries FOR SELECT TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.orders o WHERE o.id = order_id));
GRANT SELECT ON hexastore.deliveries TO hexastore_client;

CREATE POLICY reviews_read ON hexastore.reviews FOR SELECT TO hexastore_client USING (true);
CREATE POLICY reviews_insert ON hexastore.reviews FOR INSERT TO hexastore_client
    WITH CHECK (buyer_id = (SELECT hexastore.current_user_id()));
CREATE POLICY reviews_update ON hexastore.reviews FOR UPDATE TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id()))
    WITH CHECK (buyer_id = (SELECT hexastore.current_user_id()));
CREATE POLICY reviews_delete ON hexastore.reviews FOR DELETE TO hexastore_client
    USING (buyer_id = (SELECT hexastore.current_user_id()));
GRANT SELECT, DELETE ON hexastore.reviews TO hexastore_client;
GRANT INSERT (product_id, rating, comment), UPDATE (rating, comment) ON hexastore.reviews TO hexastore_client;
GRANT SELECT ON hexastore.product_reviews TO hexastore_client;

GRANT SELECT (rating_avg, rating_count) ON hexastore.products TO hexastore_client;

GRANT EXECUTE ON FUNCTION
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
