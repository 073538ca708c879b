-- Issue #14: sellers import their listings from a CSV file. The client parses
-- the file and checks each field's form; this function resolves the rows
-- against the catalog (categories, brands, the seller's own products and
-- SKUs), reports every row it cannot take with its line, column and a code,
-- and - only when asked and only when no row is bad - writes them all, in the
-- caller's transaction. It runs as the caller (SECURITY INVOKER), so the
-- grants, row-level security and triggers that guard the editor guard the
-- import too.

-- Which of these SKUs another seller's listing uses (SKUs are unique across
-- the shop, ignoring case), so that the import can name the line instead of
-- failing on the unique index. Inserting the SKU would tell the same.
CREATE FUNCTION hexastore.skus_taken_by_others(p_skus text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
    SELECT DISTINCT lower(s.sku)
      FROM unnest(p_skus) AS s(sku)
      JOIN product_variants v ON lower(v.sku) = lower(s.sku)
      JOIN products p ON p.id = v.product_id
     WHERE (SELECT current_user_role()) = 'seller'
       AND p.seller_id <> (SELECT current_user_id())
$$;
REVOKE ALL ON FUNCTION hexastore.skus_taken_by_others(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hexastore.skus_taken_by_others(text[]) TO hexastore_client;

-- One row of an import, resolved: what it names and the first thing wrong
-- with it (error_code NULL: nothing).
CREATE TYPE hexastore.import_row AS (
    line            integer,
    target          text,    -- 'p<id>' an existing product, 'n<name>' a new one
    product_id      bigint,
    name            text,
    category_id     bigint,
    brand_id        bigint,
    product_active  boolean,
    variant_id      bigint,
    sku             text,
    options         jsonb,
    price           numeric(12,2),
    stock           integer,
    variant_active  boolean,
    product_changes boolean, -- the product's fields differ from what is stored
    variant_changes boolean,
    error_column    text,
    error_code      text,
    error_value     text
);

-- p_rows: a JSON array of objects with line, product_id (or null), product,
-- category (a name or a path "A > B > C"), brand ("" for none),
-- product_active, sku, options (an object), price, stock, variant_active.
-- Returns {"rows", "products_created", "products_changed", "variants_created",
-- "variants_changed", "unchanged", "error_count", "errors": [{"line",
-- "column", "code", "value"}, … the first 1000], "applied"}.
CREATE FUNCTION hexastore.import_listings(p_rows jsonb, p_apply boolean) RETURNS jsonb
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_me     bigint := current_user_id();
    v_rows   hexastore.import_row[];
    v_result jsonb;
    v_new_ids bigint[];
    v_new_names text[];
BEGIN
    IF current_user_role() IS DISTINCT FROM 'seller' THEN
        RAISE EXCEPTION 'only a seller imports listings' USING ERRCODE = '42501';
    END IF;
    IF jsonb_typeof(p_rows) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the rows are a JSON array' USING ERRCODE = '22023';
    END IF;

    WITH RECURSIVE input AS (
        SELECT r.*, lower(r.sku) AS sku_key
          FROM jsonb_to_recordset(p_rows) AS r(line integer, product_id bigint, product text,
               category text, brand text, product_active boolean, sku text, options jsonb,
               price numeric, stock integer, variant_active boolean)
    ), tree AS (
        SELECT id, name, name AS path FROM categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.name, t.path || ' > ' || c.name
          FROM categories c JOIN tree t ON c.parent_id = t.id
    ), category_keys AS (
        SELECT key, min(id) AS id, count(DISTINCT id) AS matches
          FROM (SELECT id, lower(name) AS key FROM tree
                UNION SELECT id, lower(path) FROM tree) k
         GROUP BY key
    ), taken AS (
        SELECT t.sku_key
          FROM skus_taken_by_others(ARRAY(SELECT sku FROM input)) AS t(sku_key)
    ), resolved AS (
        SELECT i.*, c.id AS category_id, c.matches AS category_matches,
               b.id AS brand_id, ov.id AS variant_id, ov.product_id AS sku_product,
               ov.archived AS sku_archived, ov.options AS old_options, ov.price AS old_price,
               ov.stock AS old_stock, ov.active AS old_variant_active,
               given.id AS given_id, n.id AS named_id, n.matches AS name_matches,
               tk.sku_key IS NOT NULL AS sku_taken,
               row_number() OVER (PARTITION BY i.sku_key ORDER BY i.line) AS sku_turn,
               min(i.line) OVER (PARTITION BY i.sku_key) AS sku_first_line
          FROM input i
          LEFT JOIN category_keys c ON c.key = lower(i.category)
          LEFT JOIN brands b ON lower(b.name) = lower(i.brand)
          -- Lookups go to the tables' indexes (not to CTEs): the planner
          -- guesses a hundred input rows whatever the file holds.
          LEFT JOIN LATERAL (
              SELECT v.id, v.product_id, v.options, v.price, v.stock, v.active,
                     p.archived_at IS NOT NULL AS archived
                FROM product_variants v JOIN products p ON p.id = v.product_id
               WHERE lower(v.sku) = i.sku_key AND p.seller_id = v_me) ov ON true
          LEFT JOIN products given
                 ON given.id = i.product_id AND given.seller_id = v_me
                AND given.archived_at IS NULL
          LEFT JOIN LATERAL (
              SELECT min(p.id) AS id, count(*) AS matches
                FROM products p
               WHERE p.name = i.product AND p.seller_id = v_me AND p.archived_at IS NULL) n
                 ON true
          LEFT JOIN taken tk ON tk.sku_key = i.sku_key
    ), targeted AS (
        SELECT r.*,
               CASE WHEN r.product_id IS NOT NULL THEN r.product_id
                    WHEN r.sku_product IS NOT NULL THEN r.sku_product
                    WHEN r.name_matches = 1 THEN r.named_id END AS target_id
          FROM resolved r
    ), keyed AS (
        SELECT t.*, coalesce('p' || t.target_id, 'n' || t.product) AS target FROM targeted t
    ), first_of_target AS (
        SELECT t.*,
               first_value(t.line) OVER w AS target_line,
               first_value(t.product) OVER w AS target_name,
               first_value(t.category_id) OVER w AS target_category,
               first_value(t.brand_id) OVER w AS target_brand,
               first_value(t.product_active) OVER w AS target_active
          FROM keyed t
        WINDOW w AS (PARTITION BY t.target ORDER BY t.line)
    ), checked AS (
        SELECT f.*, p.name AS old_name, p.category_id AS old_category, p.brand_id AS old_brand,
               p.active AS old_active, p.moderated_at,
               CASE
                   WHEN f.product_id IS NOT NULL AND f.given_id IS NULL
                       THEN ARRAY['product_id', 'unknown_product', f.product_id::text]
                   WHEN f.category_matches IS NULL
                       THEN ARRAY['category', 'unknown_category', f.category]
                   WHEN f.category_matches > 1
                       THEN ARRAY['category', 'ambiguous_category', f.category]
                   WHEN f.brand <> '' AND f.brand_id IS NULL
                       THEN ARRAY['brand', 'unknown_brand', f.brand]
                   WHEN f.sku_taken THEN ARRAY['sku', 'sku_taken', f.sku]
                   WHEN f.sku_archived THEN ARRAY['sku', 'sku_archived', f.sku]
                   WHEN f.sku_turn > 1
                       THEN ARRAY['sku', 'duplicate_sku', f.sku_first_line::text]
                   WHEN f.product_id IS NOT NULL AND f.sku_product IS NOT NULL
                        AND f.sku_product <> f.product_id
                       THEN ARRAY['product_id', 'sku_elsewhere', f.sku_product::text]
                   WHEN f.product_id IS NULL AND f.sku_product IS NULL AND f.name_matches > 1
                       THEN ARRAY['product', 'ambiguous_product', f.product]
                   WHEN f.product IS DISTINCT FROM f.target_name
                       THEN ARRAY['product', 'product_differs', f.target_line::text]
                   WHEN f.category_id IS DISTINCT FROM f.target_category
                       THEN ARRAY['category', 'product_differs', f.target_line::text]
                   WHEN f.brand_id IS DISTINCT FROM f.target_brand
                       THEN ARRAY['brand', 'product_differs', f.target_line::text]
                   WHEN f.product_active IS DISTINCT FROM f.target_active
                       THEN ARRAY['product_active', 'product_differs', f.target_line::text]
                   WHEN f.product_active AND NOT p.active AND p.moderated_at IS NOT NULL
                       THEN ARRAY['product_active', 'moderated', f.product]
               END AS problem
          FROM first_of_target f
          LEFT JOIN products p ON p.id = f.target_id AND p.seller_id = v_me
    )
    SELECT array_agg(ROW(
               c.line, c.target, c.target_id,
               c.product, c.category_id, c.brand_id, c.product_active, c.variant_id, c.sku,
               c.options, c.price, c.stock, c.variant_active,
               c.target_id IS NOT NULL AND (c.product IS DISTINCT FROM c.old_name
                                       OR c.category_id IS DISTINCT FROM c.old_category
                                       OR c.brand_id IS DISTINCT FROM c.old_brand
                                       OR c.product_active IS DISTINCT FROM c.old_active),
               c.variant_id IS NOT NULL AND (c.options IS DISTINCT FROM c.old_options
                                             OR c.price IS DISTINCT FROM c.old_price
                                             OR c.stock IS DISTINCT FROM c.old_stock
                                             OR c.variant_active IS DISTINCT FROM c.old_variant_active),
               c.problem[1], c.problem[2], c.problem[3])::hexastore.import_row ORDER BY c.line)
      INTO v_rows
      FROM checked c;

    SELECT jsonb_build_object(
               'rows', count(*),
               'products_created', count(DISTINCT r.target) FILTER (WHERE r.product_id IS NULL),
               'products_changed', count(DISTINCT r.target) FILTER (WHERE r.product_changes),
               'variants_created', count(*) FILTER (WHERE r.variant_id IS NULL),
               'variants_changed', count(*) FILTER (WHERE r.variant_changes),
               'unchanged', count(*) FILTER (WHERE r.variant_id IS NOT NULL
                                              AND NOT r.variant_changes AND NOT r.product_changes),
               'error_count', count(*) FILTER (WHERE r.error_code IS NOT NULL),
               'errors', coalesce((SELECT jsonb_agg(jsonb_build_object(
                                              'line', e.line, 'column', e.error_column,
                                              'code', e.error_code, 'value', e.error_value)
                                          ORDER BY e.line)
                                     FROM (SELECT * FROM unnest(v_rows) u
                                            WHERE u.error_code IS NOT NULL
                                            ORDER BY u.line LIMIT 1000) e), '[]'::jsonb),
               'applied', false)
      INTO v_result
      FROM unnest(v_rows) r;

    IF NOT p_apply OR (v_result->>'error_count')::bigint > 0 OR (v_result->>'rows')::bigint = 0 THEN
        RETURN v_result;
    END IF;

    -- Existing products: their first row says what they become.
    UPDATE products p
       SET name = r.name, category_id = r.category_id, brand_id = r.brand_id,
           active = r.product_active
      FROM (SELECT DISTINCT ON (u.product_id) u.*
              FROM unnest(v_rows) u WHERE u.product_changes ORDER BY u.product_id, u.line) r
     WHERE p.id = r.product_id;

    UPDATE product_variants v
       SET options = r.options, price = r.price, stock = r.stock, active = r.variant_active
      FROM unnest(v_rows) r
     WHERE r.variant_changes AND v.id = r.variant_id;

    -- New products, then the new variants (a separate statement: row-level
    -- security checks a variant's product, which must be visible by then).
    -- Within the file a new product is known by its name.
    WITH created AS (
        INSERT INTO products (category_id, brand_id, name, active)
        SELECT DISTINCT ON (u.target) u.category_id, u.brand_id, u.name, u.product_active
          FROM unnest(v_rows) u WHERE u.product_id IS NULL ORDER BY u.target, u.line
        RETURNING id, name
    )
    SELECT coalesce(array_agg(id), '{}'), coalesce(array_agg(name), '{}')
      INTO v_new_ids, v_new_names
      FROM created;
    INSERT INTO product_variants (product_id, sku, options, price, stock, active)
    SELECT coalesce(u.product_id, c.id), u.sku, u.options, u.price, u.stock, u.variant_active
      FROM unnest(v_rows) u
      LEFT JOIN unnest(v_new_ids, v_new_names) AS c(id, name)
             ON u.product_id IS NULL AND c.name = u.name
     WHERE u.variant_id IS NULL
     ORDER BY u.line;

    RETURN jsonb_set(v_result, '{applied}', 'true');
END
$$;
REVOKE ALL ON FUNCTION hexastore.import_listings(jsonb, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hexastore.import_listings(jsonb, boolean) TO hexastore_client;
