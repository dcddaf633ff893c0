-- The member's own portal: download links published by agents without a request (to one account,
-- or to the whole company), and one request per person and product. Portable SQL for PostgreSQL
-- and H2.

-- A link published to the whole company has no requesting account.
ALTER TABLE download_requests ALTER COLUMN requested_by DROP NOT NULL;
-- the agent who published the link without a request
ALTER TABLE download_requests ADD COLUMN published_by VARCHAR(36);
-- who the row is for: the account's id, or 'COMPANY' for a link to the whole company
ALTER TABLE download_requests ADD COLUMN recipient_key VARCHAR(36);
-- the product lower-cased: one product however it is typed
ALTER TABLE download_requests ADD COLUMN product_key VARCHAR(240);

UPDATE download_requests SET recipient_key = requested_by, product_key = LOWER(product);
-- Requests made twice before this rule keep their rows: the later ones get a key of their own.
UPDATE download_requests SET product_key = LOWER(product) || '#' || id
    WHERE EXISTS (SELECT 1 FROM download_requests earlier
                  WHERE earlier.company_id = download_requests.company_id
                    AND earlier.requested_by = download_requests.requested_by
                    AND LOWER(earlier.product) = LOWER(download_requests.product)
                    AND earlier.id < download_requests.id);

ALTER TABLE download_requests ALTER COLUMN recipient_key SET NOT NULL;
ALTER TABLE download_requests ALTER COLUMN product_key SET NOT NULL;
-- a second request of one person for one product, however simultaneous, fails here
ALTER TABLE download_requests ADD CONSTRAINT download_requests_once UNIQUE (company_id, recipient_key, product_key);
ALTER TABLE download_requests ADD CONSTRAINT download_requests_recipient
    CHECK (requested_by IS NOT NULL OR published_by IS NOT NULL);
CREATE INDEX download_requests_requester ON download_requests (requested_by, id);
CREATE INDEX orders_ordered_by ON orders (ordered_by, id);

-- Members of erased persons, still to be deleted permanently from Mailchimp by the next sync.
-- Only Mailchimp's key of the member is kept (the address is gone from every table), until done.
CREATE TABLE audience_erasures (
    subscriber_hash  CHAR(32)   NOT NULL PRIMARY KEY,
    erased_at        TIMESTAMP  NOT NULL
);
