-- Full-text search of articles on PostgreSQL: a tsvector the database keeps (a generated column)
-- from the title (weight A, ranked above) and the rendered body's text (weight B), in the text
-- search configuration each row names. The portal's setting portal.search.configuration
-- ('english' by default) becomes the column's default and every row's at start-up, so the rows and
-- the queries always use one configuration. H2 has none of this: the portal matches words there.
ALTER TABLE articles ADD COLUMN search_configuration REGCONFIG NOT NULL DEFAULT 'english';
ALTER TABLE articles ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector(search_configuration, title), 'A')
    || setweight(to_tsvector(search_configuration, body_text), 'B')) STORED;
CREATE INDEX articles_search ON articles USING GIN (search_vector);
