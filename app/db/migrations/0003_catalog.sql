-- The catalog: categories (a tree), brands, products with variants, and
-- content-addressed images. Runs as hexastore_owner.

-- pg_trgm is created by the bootstrap (an operator's job).

-- ---------------------------------------------------------------------------
-- Categories and brands: everyone reads, only admins write.

CREATE TABLE hexastore.categories (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id  bigint REFERENCES hexastore.categories,
    name       text NOT NULL CHECK (name = btrim(name) AND char_length(name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now()
);
-- Unique among siblings; roots (no parent) are siblings of each other.
CREATE UNIQUE INDEX categories_sibling_name_key
    ON hexastore.categories (coalesce(parent_id, 0), lower(name));
CREATE INDEX categories_parent_idx ON hexastore.categories (parent_id);

CREATE TABLE hexastore.brands (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL CHECK (name = btrim(name) AND char_length(name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX brands_name_key ON hexastore.brands (lower(name));

-- The category and all categories below it.
CREATE FUNCTION hexastore.category_subtree(p_category bigint) RETURNS SETOF bigint
LANGUAGE sql STABLE SET search_path = hexastore, pg_temp AS $$
    WITH RECURSIVE tree(id) AS (
        SELECT id FROM hexastore.categories WHERE id = p_category
        UNION
        SELECT c.id FROM hexastore.categories c JOIN tree t ON c.parent_id = t.id
    )
    SELECT id FROM tree
$$;

-- A move must not put a category below itself.
CREATE FUNCTION hexastore._categories_no_cycle() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF NEW.parent_id IS NOT NULL AND NEW.parent_id IN (SELECT category_subtree(NEW.id)) THEN
        RAISE EXCEPTION 'a category cannot be moved below itself' USING ERRCODE = 'HX202';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER categories_no_cycle BEFORE UPDATE OF parent_id ON hexastore.categories
    FOR EACH ROW EXECUTE FUNCTION hexastore._categories_no_cycle();

-- Deleting is for empty categories only; say so clearly.
CREATE FUNCTION hexastore._categories_delete_empty() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM categories WHERE parent_id = OLD.id)
       OR EXISTS (SELECT FROM products WHERE category_id = OLD.id) THEN
        RAISE EXCEPTION 'the category is not empty' USING ERRCODE = 'HX201';
    END IF;
    RETURN OLD;
END
$$;

-- ---------------------------------------------------------------------------
-- Products and their variants.

CREATE TABLE hexastore.products (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seller_id     bigint NOT NULL DEFAULT hexastore.current_user_id() REFERENCES hexastore.users,
    category_id   bigint NOT NULL REFERENCES hexastore.categories,
    brand_id      bigint REFERENCES hexastore.brands,
    name          text NOT NULL CHECK (name = btrim(name) AND char_length(name) BETWEEN 1 AND 200),
    description   text NOT NULL DEFAULT '' CHECK (char_length(description) <= 10000),
    active        boolean NOT NULL DEFAULT true,
    archived_at   timestamptz,
    -- Set by checkout (issue #4): a product once ordered is archived, never deleted.
    ever_ordered  boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1,
    -- Kept by triggers so that sorting and filtering can use indexes at scale.
    min_price     numeric(12,2),
    in_stock      boolean NOT NULL DEFAULT false,
    seller_active boolean NOT NULL DEFAULT true,
    search        tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('english'::regconfig, name), 'A') ||
                      setweight(to_tsvector('english'::regconfig, left(description, 2000)), 'B')) STORED
);
CREATE INDEX products_seller_idx ON hexastore.products (seller_id, id);
CREATE INDEX products_category_idx ON hexastore.products (category_id, id);
CREATE INDEX products_brand_idx ON hexastore.products (brand_id, id);
CREATE INDEX products_newest_idx ON hexastore.products (created_at, id);
CREATE INDEX products_price_idx ON hexastore.products (min_price, id);
CREATE INDEX products_name_idx ON hexastore.products (name, id);
CREATE INDEX products_search_idx ON hexastore.products USING gin (search);

-- The words that occur in product names: typo tolerance works against this
-- small vocabulary (trigram distance), not against a million names.
CREATE TABLE hexastore.search_words (
    word text PRIMARY KEY
);
CREATE INDEX search_words_trgm_idx ON hexastore.search_words USING gist (word public.gist_trgm_ops);

CREATE FUNCTION hexastore._name_words(p_name text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT DISTINCT w FROM regexp_split_to_table(lower(p_name), '[^[:alnum:]]+') w WHERE w <> ''
$$;

CREATE FUNCTION hexastore._remember_name_words() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    INSERT INTO search_words (word) SELECT _name_words(NEW.name) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER products_name_words AFTER INSERT OR UPDATE OF name ON hexastore.products
    FOR EACH ROW EXECUTE FUNCTION hexastore._remember_name_words();

CREATE TRIGGER categories_delete_empty BEFORE DELETE ON hexastore.categories
    FOR EACH ROW EXECUTE FUNCTION hexastore._categories_delete_empty();

CREATE TABLE hexastore.product_variants (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES hexastore.products ON DELETE CASCADE,
    sku        text NOT NULL CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$'),
    options    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(options) = 'object'),
    price      numeric(12,2) NOT NULL CHECK (price BETWEEN 0 AND 1000000000),
    stock      integer NOT NULL CHECK (stock >= 0),
    active     boolean NOT NULL DEFAULT true,
    version    integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX product_variants_sku_key ON hexastore.product_variants (lower(sku));
CREATE INDEX product_variants_product_idx ON hexastore.product_variants (product_id);

-- Every change bumps the version (optimistic concurrency) and the time.
CREATE FUNCTION hexastore._bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER products_bump_version BEFORE UPDATE ON hexastore.products
    FOR EACH ROW EXECUTE FUNCTION hexastore._bump_version();
CREATE TRIGGER product_variants_bump_version BEFORE UPDATE ON hexastore.product_variants
    FOR EACH ROW EXECUTE FUNCTION hexastore._bump_version();

-- The product's lowest active price and whether anything is in stock.
CREATE FUNCTION hexastore._refresh_product_summary(p_product bigint) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    UPDATE hexastore.products p
       SET min_price = s.min_price, in_stock = s.in_stock
      FROM (SELECT min(price) FILTER (WHERE active) AS min_price,
                   coalesce(bool_or(active AND stock > 0), false) AS in_stock
              FROM hexastore.product_variants WHERE product_id = p_product) s
     WHERE p.id = p_product
       AND (p.min_price IS DISTINCT FROM s.min_price OR p.in_stock IS DISTINCT FROM s.in_stock)
$$;

CREATE FUNCTION hexastore._variants_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM _refresh_product_summary(OLD.product_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.product_id <> OLD.product_id) THEN
        PERFORM _refresh_product_summary(NEW.product_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER product_variants_summary AFTER INSERT OR UPDATE OR DELETE ON hexastore.product_variants
    FOR EACH ROW EXECUTE FUNCTION hexastore._variants_changed();

-- At least one variant per product, checked at commit so that a product and
-- its first variant can be inserted in either order within one transaction.
CREATE FUNCTION hexastore._require_variant(p_product bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM products WHERE id = p_product)
       AND NOT EXISTS (SELECT FROM product_variants WHERE product_id = p_product) THEN
        RAISE EXCEPTION 'a product needs at least one variant' USING ERRCODE = 'HX203';
    END IF;
END
$$;
CREATE FUNCTION hexastore._new_product_has_variant() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_variant(NEW.id);
    RETURN NULL;
END
$$;
CREATE FUNCTION hexastore._product_keeps_a_variant() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    PERFORM _require_variant(OLD.product_id);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER products_need_variant AFTER INSERT ON hexastore.products
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hexastore._new_product_has_variant();
CREATE CONSTRAINT TRIGGER variants_keep_one AFTER DELETE ON hexastore.product_variants
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hexastore._product_keeps_a_variant();

-- A disabled seller's products disappear from the catalog with them.
CREATE FUNCTION hexastore._seller_status_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
BEGIN
    UPDATE products SET seller_active = (NEW.status = 'active') WHERE seller_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_seller_status AFTER UPDATE OF status ON hexastore.users
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION hexastore._seller_status_changed();

-- ---------------------------------------------------------------------------
-- Images, stored once per SHA-256 of the (re-encoded) bytes.

CREATE TABLE hexastore.images (
    sha256     bytea PRIMARY KEY CHECK (sha256 = sha256(bytes)),
    mime       text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
    width      integer NOT NULL CHECK (width BETWEEN 1 AND 10000),
    height     integer NOT NULL CHECK (height BETWEEN 1 AND 10000),
    bytes      bytea NOT NULL CHECK (octet_length(bytes) <= 5 * 1024 * 1024),
    thumbnail  bytea NOT NULL CHECK (octet_length(thumbnail) <= 256 * 1024),
    created_by bigint REFERENCES hexastore.users ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hexastore.product_images (
    product_id   bigint NOT NULL REFERENCES hexastore.products ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    image_sha256 bytea NOT NULL REFERENCES hexastore.images,
    PRIMARY KEY (product_id, position)
);
CREATE INDEX product_images_image_idx ON hexastore.product_images (image_sha256);

-- Sellers and admins store an image; returns its hash. Storing the same bytes
-- twice is harmless.
CREATE FUNCTION hexastore.add_image(p_bytes bytea, p_thumbnail bytea, p_mime text,
                                    p_width integer, p_height integer) RETURNS bytea
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user bigint := _require_user();
    v_hash bytea := sha256(p_bytes);
BEGIN
    IF (SELECT role FROM users WHERE id = v_user) NOT IN ('seller', 'admin') THEN
        RAISE EXCEPTION 'only sellers and administrators add images' USING ERRCODE = '42501';
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

-- Deletes a product, or archives it when it has ever been ordered.
-- Returns 'deleted' or 'archived'.
CREATE FUNCTION hexastore.delete_product(p_product bigint) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_user    bigint := _require_user();
    v_product products;
BEGIN
    SELECT * INTO v_product FROM products WHERE id = p_product FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such product' USING ERRCODE = 'HX204';
    END IF;
    IF v_product.seller_id <> v_user AND (SELECT role FROM users WHERE id = v_user) <> 'admin' THEN
        RAISE EXCEPTION 'only the seller or an administrator may delete a product' USING ERRCODE = '42501';
    END IF;
    IF v_product.ever_ordered THEN
        UPDATE products SET archived_at = now(), active = false WHERE id = p_product;
        RETURN 'archived';
    END IF;
    DELETE FROM products WHERE id = p_product;
    RETURN 'deleted';
END
$$;

-- Search candidates. Under row-level security PostgreSQL may use an index only
-- for leakproof operators, and @@ is not one, so a search through RLS scans the
-- whole table. This function runs as the owner, uses the indexes, and applies
-- the catalog's visibility rule itself; the caller's query joins products
-- again, through RLS.
--
-- Each word of the query also stands for the two known name words nearest to
-- it ("keybaord" → keyboard), and the words are ANDed in a full-text query
-- over name and description. At most 300 matches (three pages) are ranked,
-- so a common word costs little more than a rare one: at a million products
-- the GIN bitmap of a common word alone takes ~12 ms; more words narrow better.
CREATE FUNCTION hexastore.search_products(p_text text)
RETURNS TABLE (product_id bigint, relevance numeric)
-- PL/pgSQL rather than SQL: a SECURITY DEFINER SQL function is planned anew on
-- every call (~5 ms here); PL/pgSQL keeps its plans for the session.
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_query tsquery;
    v_me    bigint := hexastore.current_user_id();
    v_admin boolean := coalesce(hexastore.current_user_role() = 'admin', false);
BEGIN
    WITH tokens AS (
        SELECT DISTINCT t FROM regexp_split_to_table(lower(left(p_text, 200)), '[^[:alnum:]]+') t
         WHERE t <> '' LIMIT 8
    ), near AS (
        -- The closest known words by trigrams (the index answers `%` and `<->`).
        SELECT tokens.t, n.word
          FROM tokens, LATERAL (
              SELECT s.word FROM hexastore.search_words s
               WHERE s.word OPERATOR(public.%) tokens.t
               ORDER BY s.word OPERATOR(public.<->) tokens.t
               LIMIT 2) n
    ), close AS (
        -- Swapped letters in short words defeat trigrams ("tnet"); only then
        -- does edit distance step in, so that it adds no noise elsewhere.
        SELECT tokens.t, c.word
          FROM tokens, LATERAL (
              SELECT s.word FROM hexastore.search_words s
               WHERE length(tokens.t) >= 4
                 AND length(s.word) BETWEEN length(tokens.t) - 1 AND length(tokens.t) + 1
                 AND public.levenshtein_less_equal(s.word, tokens.t, 2) <= 2
               ORDER BY public.levenshtein_less_equal(s.word, tokens.t, 2), s.word
               LIMIT 2) c
         WHERE NOT EXISTS (SELECT FROM near WHERE near.t = tokens.t)
    ), alternatives AS (
        SELECT t, string_agg(DISTINCT w, ' | ') AS words
          FROM (SELECT t, t AS w FROM tokens
                UNION ALL SELECT t, word FROM near
                UNION ALL SELECT t, word FROM close) a
         GROUP BY t
    )
    SELECT to_tsquery('english', string_agg('(' || words || ')', ' & ')) INTO v_query FROM alternatives;
    IF v_query IS NULL OR numnode(v_query) = 0 THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT c.id, round(ts_rank(c.search, v_query)::numeric, 6)
          FROM (SELECT p.id, p.search FROM hexastore.products p
                 WHERE p.search @@ v_query
                   AND ((p.active AND p.seller_active AND p.archived_at IS NULL)
                        OR p.seller_id = v_me OR v_admin)
                 LIMIT 300) c;
END
$$;

-- ---------------------------------------------------------------------------
-- Who may do what.

ALTER TABLE hexastore.categories ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.brands ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.products ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.product_variants ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.images ENABLE ROW LEVEL SECURITY;
ALTER TABLE hexastore.product_images ENABLE ROW LEVEL SECURITY;
-- Read only through search_products(); no grant, and RLS as a second wall.
ALTER TABLE hexastore.search_words ENABLE ROW LEVEL SECURITY;

CREATE POLICY categories_read ON hexastore.categories FOR SELECT TO hexastore_client USING (true);
CREATE POLICY categories_admin ON hexastore.categories FOR ALL TO hexastore_client
    USING ((SELECT hexastore.current_user_role()) = 'admin')
    WITH CHECK ((SELECT hexastore.current_user_role()) = 'admin');
CREATE POLICY brands_read ON hexastore.brands FOR SELECT TO hexastore_client USING (true);
CREATE POLICY brands_admin ON hexastore.brands FOR ALL TO hexastore_client
    USING ((SELECT hexastore.current_user_role()) = 'admin')
    WITH CHECK ((SELECT hexastore.current_user_role()) = 'admin');
GRANT SELECT, DELETE ON hexastore.categories, hexastore.brands TO hexastore_client;
GRANT INSERT (parent_id, name), UPDATE (parent_id, name) ON hexastore.categories TO hexastore_client;
GRANT INSERT (name), UPDATE (name) ON hexastore.brands TO hexastore_client;

-- Anyone sees the active products of active sellers; sellers see all of their
-- own; admins see everything.
CREATE POLICY products_read ON hexastore.products FOR SELECT TO hexastore_client
    USING ((active AND seller_active AND archived_at IS NULL)
           OR seller_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin');
CREATE POLICY products_insert ON hexastore.products FOR INSERT TO hexastore_client
    WITH CHECK (seller_id = (SELECT hexastore.current_user_id())
                AND (SELECT hexastore.current_user_role()) = 'seller');
CREATE POLICY products_update ON hexastore.products FOR UPDATE TO hexastore_client
    USING (seller_id = (SELECT hexastore.current_user_id())
           OR (SELECT hexastore.current_user_role()) = 'admin')
    WITH CHECK (seller_id = (SELECT hexastore.current_user_id())
                OR (SELECT hexastore.current_user_role()) = 'admin');
-- seller_id is never granted: the default fills it in and nobody can change it.
GRANT SELECT (id, seller_id, category_id, brand_id, name, description, active, archived_at,
              created_at, updated_at, version, min_price, in_stock, search)
    ON hexastore.products TO hexastore_client;
GRANT INSERT (category_id, brand_id, name, description, active),
      UPDATE (category_id, brand_id, name, description, active)
    ON hexastore.products TO hexastore_client;

-- Variants follow their product's visibility; buyers see only active ones.
CREATE POLICY variants_read ON hexastore.product_variants FOR SELECT TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.products p
                    WHERE p.id = product_id
                      AND (product_variants.active
                           OR p.seller_id = (SELECT hexastore.current_user_id())
                           OR (SELECT hexastore.current_user_role()) = 'admin')));
CREATE POLICY variants_write ON hexastore.product_variants FOR ALL TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.products p
                    WHERE p.id = product_id
                      AND (p.seller_id = (SELECT hexastore.current_user_id())
                           OR (SELECT hexastore.current_user_role()) = 'admin')))
    WITH CHECK (EXISTS (SELECT FROM hexastore.products p
                         WHERE p.id = product_id
                           AND (p.seller_id = (SELECT hexastore.current_user_id())
                                OR (SELECT hexastore.current_user_role()) = 'admin')));
GRANT SELECT, DELETE ON hexastore.product_variants TO hexastore_client;
GRANT INSERT (product_id, sku, options, price, stock, active),
      UPDATE (sku, options, price, stock, active)
    ON hexastore.product_variants TO hexastore_client;

-- Image bytes are public (their hashes are unguessable); writing goes through add_image.
CREATE POLICY images_read ON hexastore.images FOR SELECT TO hexastore_client USING (true);
GRANT SELECT (sha256, mime, width, height, bytes, thumbnail) ON hexastore.images TO hexastore_client;

CREATE POLICY product_images_read ON hexastore.product_images FOR SELECT TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.products p WHERE p.id = product_id));
CREATE POLICY product_images_write ON hexastore.product_images FOR ALL TO hexastore_client
    USING (EXISTS (SELECT FROM hexastore.products p
                    WHERE p.id = product_id
                      AND (p.seller_id = (SELECT hexastore.current_user_id())
                           OR (SELECT hexastore.current_user_role()) = 'admin')))
    WITH CHECK (EXISTS (SELECT FROM hexastore.products p
                         WHERE p.id = product_id
                           AND (p.seller_id = (SELECT hexastore.current_user_id())
                                OR (SELECT hexastore.current_user_role()) = 'admin')));
GRANT SELECT, INSERT, DELETE, UPDATE (position) ON hexastore.product_images TO hexastore_client;

-- Buyers may know who sells a product, and nothing else about other users:
-- the view runs with its owner's rights and shows only active sellers' names.
CREATE VIEW hexastore.sellers WITH (security_barrier) AS
    SELECT id, full_name AS name FROM hexastore.users WHERE role = 'seller' AND status = 'active';
GRANT SELECT ON hexastore.sellers TO hexastore_client;

GRANT EXECUTE ON FUNCTION
    hexastore.search_products(text),
    hexastore.category_subtree(bigint),
    hexastore.add_image(bytea, bytea, text, integer, integer),
    hexastore.delete_product(bigint)
TO hexastore_client;
