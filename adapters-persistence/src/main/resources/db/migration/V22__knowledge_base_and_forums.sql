-- Solution articles and forums (docs/rules.md, third wave). Portable SQL for PostgreSQL and H2;
-- PostgreSQL's full-text search of articles is added by V25 (db/postgresql).

-- Articles: the Markdown as written, and the HTML members see (rendered and sanitized when it was
-- written) with that HTML's text, which search reads and snippets are made from.
CREATE TABLE articles (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    category       VARCHAR(100)  NOT NULL,
    body_markdown  VARCHAR(100000)   NOT NULL,
    body_html      VARCHAR(1000000)  NOT NULL,
    body_text      VARCHAR(1000000)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT articles_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX articles_by_status ON articles (status, id);
CREATE INDEX articles_by_category ON articles (status, category, id);

-- One vote per person and article: a new one replaces it.
CREATE TABLE article_votes (
    article_id  VARCHAR(36)  NOT NULL REFERENCES articles (id),
    account_id  VARCHAR(36)  NOT NULL,
    helpful     BOOLEAN      NOT NULL,
    voted_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (article_id, account_id)
);
CREATE INDEX article_votes_by_person ON article_votes (account_id);

CREATE TABLE forums (
    id           VARCHAR(36)    NOT NULL PRIMARY KEY,
    name         VARCHAR(100)   NOT NULL,
    description  VARCHAR(1000)  NOT NULL,
    created_at   TIMESTAMP      NOT NULL
);

-- An author is a member (their account id) or an agent, shown by the name the forums' rule gives
-- ("Ada L."): neither their full name, nor their company, nor their address is kept here.
CREATE TABLE forum_topics (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    forum_id          VARCHAR(36)   NOT NULL REFERENCES forums (id),
    title             VARCHAR(200)  NOT NULL,
    author_kind       VARCHAR(10)   NOT NULL,
    author_id         VARCHAR(36)   NOT NULL,
    author_name       VARCHAR(200)  NOT NULL,
    pinned            BOOLEAN       NOT NULL,
    locked            BOOLEAN       NOT NULL,
    reply_count       INTEGER       NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    last_activity_at  TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX forum_topics_listed ON forum_topics (forum_id, pinned, last_activity_at, id);
CREATE INDEX forum_topics_by_author ON forum_topics (author_id);

CREATE TABLE forum_posts (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    topic_id       VARCHAR(36)   NOT NULL REFERENCES forum_topics (id),
    author_kind    VARCHAR(10)   NOT NULL,
    author_id      VARCHAR(36)   NOT NULL,
    author_name    VARCHAR(200)  NOT NULL,
    body_markdown  VARCHAR(20000)   NOT NULL,
    body_html      VARCHAR(400000)  NOT NULL,
    hidden         BOOLEAN       NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    edited_at      TIMESTAMP,
    version        BIGINT        NOT NULL
);
CREATE INDEX forum_posts_of_topic ON forum_posts (topic_id, id);
CREATE INDEX forum_posts_by_author ON forum_posts (author_id);

-- Who is e-mailed about each new post of a topic.
CREATE TABLE forum_follows (
    topic_id     VARCHAR(36)  NOT NULL REFERENCES forum_topics (id),
    account_id   VARCHAR(36)  NOT NULL,
    followed_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (topic_id, account_id)
);
CREATE INDEX forum_follows_by_person ON forum_follows (account_id);

CREATE TABLE forum_post_reports (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    post_id        VARCHAR(36)    NOT NULL REFERENCES forum_posts (id),
    reporter_kind  VARCHAR(10)    NOT NULL,
    reporter_id    VARCHAR(36)    NOT NULL,
    reporter_name  VARCHAR(200)   NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    closed         BOOLEAN        NOT NULL
);
CREATE INDEX forum_post_reports_open ON forum_post_reports (closed, id);
CREATE INDEX forum_post_reports_by_reporter ON forum_post_reports (reporter_id);
