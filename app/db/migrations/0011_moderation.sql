-- Issue #12: nothing is given away by a forgotten field, and moderation is
-- accountable.

-- A price is at least 0.01: checked when a price is written or changed. A
-- trigger rather than a constraint, because PostgreSQL checks even a NOT VALID
-- constraint on every update of the row: a variant an older version let
-- through at 0.00 could then not have its stock changed by checkout or a
-- cancellation. Such variants are taken off sale here instead, so that
-- nobody buys them at 0.00; their sellers see them and set a price.
CREATE FUNCTION hexastore._variant_price_positive() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF NEW.price <= 0 THEN
        RAISE EXCEPTION 'a price is at least 0.01' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION hexastore._variant_price_positive() FROM PUBLIC;
CREATE TRIGGER product_variants_price_positive_insert BEFORE INSERT ON hexastore.product_variants
    FOR EACH ROW EXECUTE FUNCTION hexastore._variant_price_positive();
CREATE TRIGGER product_variants_price_positive_update
    BEFORE UPDATE OF price ON hexastore.product_variants
    FOR EACH ROW WHEN (NEW.price IS DISTINCT FROM OLD.price)
    EXECUTE FUNCTION hexastore._variant_price_positive();
UPDATE hexastore.product_variants SET active = false WHERE price <= 0 AND active;

-- Why an administrator took a listing out of the catalog, shown to its seller.
ALTER TABLE hexastore.products
    ADD COLUMN moderation_reason text,
    ADD COLUMN moderated_at timestamptz;
GRANT SELECT (moderation_reason, moderated_at) ON hexastore.products TO hexastore_client;

-- A client session (not an operator, not a definer function) changing a
-- listing's visibility: an administrator only through moderate_listing, with
-- a reason; a seller not back into a catalog an administrator took it out of.
CREATE FUNCTION hexastore._products_guard_visibility() RETURNS trigger
LANGUAGE plpgsql SET search_path = hexastore, pg_temp AS $$
BEGIN
    IF NEW.active IS NOT DISTINCT FROM OLD.active
       OR NOT pg_has_role(current_user, 'hexastore_client', 'USAGE')
       OR pg_has_role(current_user, 'hexastore_owner', 'USAGE') THEN
        RETURN NEW;
    END IF;
    IF OLD.seller_id IS DISTINCT FROM current_user_id() THEN
        RAISE EXCEPTION 'another seller''s listing is hidden or shown with moderate_listing'
            USING ERRCODE = 'HX205';
    END IF;
    IF NEW.active AND OLD.moderated_at IS NOT NULL THEN
        RAISE EXCEPTION 'an administrator hid this listing: %', OLD.moderation_reason
            USING ERRCODE = 'HX206',
                  DETAIL = jsonb_build_object('reason', OLD.moderation_reason)::text;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION hexastore._products_guard_visibility() FROM PUBLIC;
CREATE TRIGGER products_guard_visibility BEFORE UPDATE OF active ON hexastore.products
    FOR EACH ROW EXECUTE FUNCTION hexastore._products_guard_visibility();

-- Hides a listing with a reason (kept in the audit log and shown to the
-- seller), or shows it again, which clears the reason.
CREATE FUNCTION hexastore.moderate_listing(p_product bigint, p_visible boolean, p_reason text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = hexastore, pg_temp AS $$
DECLARE
    v_reason text;
    v_before products;
BEGIN
    PERFORM _require_admin();
    v_reason := _admin_reason(p_reason);
    SELECT * INTO v_before FROM products WHERE id = p_product AND archived_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such product' USING ERRCODE = 'HX204';
    END IF;
    IF p_visible IS NULL THEN
        RAISE EXCEPTION 'say whether the listing is shown' USING ERRCODE = 'HX111';
    END IF;
    -- Showing lifts an administrator's hiding; a listing its seller hid
    -- stays the seller's to show.
    IF p_visible AND v_before.moderated_at IS NULL THEN
        RAISE EXCEPTION 'this listing was not hidden by an administrator' USING ERRCODE = 'HX207';
    END IF;
    UPDATE products
       SET active = p_visible,
           moderation_reason = CASE WHEN p_visible THEN NULL ELSE v_reason END,
           moderated_at = CASE WHEN p_visible THEN NULL ELSE now() END
     WHERE id = p_product;
    PERFORM _audit(CASE WHEN p_visible THEN 'product.show' ELSE 'product.hide' END,
                   'product', p_product, v_reason,
                   jsonb_build_object('before', jsonb_build_object('active', v_before.active),
                                      'after', jsonb_build_object('active', p_visible),
                                      'seller_id', v_before.seller_id,
                                      'name', v_before.name));
END
$$;
REVOKE ALL ON FUNCTION hexastore.moderate_listing(bigint, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hexastore.moderate_listing(bigint, boolean, text) TO hexastore_client;
