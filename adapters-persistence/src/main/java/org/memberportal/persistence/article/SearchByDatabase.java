package org.memberportal.persistence.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.memberportal.application.article.ArticleSearch;
import org.memberportal.application.article.SearchSettings;
import org.memberportal.application.article.Snippets;
import org.memberportal.application.lifecycle.DatabaseReady;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.persistence.database.PortalDatabase;

/**
 * The ranked ids of the published articles a query matches, with a snippet for each (its matched
 * words between {@link Snippets#START} and {@link Snippets#STOP}), for one page only.
 *
 * <p>On PostgreSQL: the tsvector the database keeps (V25), {@code websearch_to_tsquery} in the
 * configured language (so "printers" finds "printing"), {@code ts_rank} with the title weighted
 * above the body, {@code ts_headline} for the page's rows. On H2 (one instance, small data): every
 * word of the query must appear in the title or the text, as typed; a title match counts ten body
 * matches; the snippet is the text around the first match.
 */
@ApplicationScoped
public class SearchByDatabase {

    private static final Logger LOG = Logger.getLogger(SearchByDatabase.class.getName());

    /** ts_headline's options: the two markers, a couple of short fragments. */
    static final String HEADLINE = "StartSel=\"" + Snippets.START + "\", StopSel=\"" + Snippets.STOP
            + "\", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** H2: how many matching rows are ranked at most, and how much text a snippet shows. */
    static final int H2_CANDIDATES = 1_000;
    static final int SNIPPET_CHARACTERS = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Resource(lookup = PortalDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SearchSettings settings;

    private volatile Boolean postgresql;

    record Ranked(String id, String snippet) {
    }

    /**
     * Every row's configuration becomes the configured one, and so does the default of new rows:
     * the rows and the queries then always use one language, whichever the setting names now.
     */
    void useConfiguredLanguage(@Observes DatabaseReady ready) {
        if (!isPostgresql()) {
            return;
        }
        String configuration = settings.configuration();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement check = connection.prepareStatement("SELECT CAST(? AS regconfig)")) {
                check.setString(1, configuration);
                check.execute();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    // the name was checked by SearchSettings and by PostgreSQL just now
                    "ALTER TABLE articles ALTER COLUMN search_configuration SET DEFAULT '" + configuration + "'")) {
                statement.execute();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE articles"
                    + " SET search_configuration = CAST(? AS regconfig)"
                    + " WHERE search_configuration <> CAST(? AS regconfig)")) {
                update.setString(1, configuration);
                update.setString(2, configuration);
                int changed = update.executeUpdate();
                if (changed > 0) {
                    LOG.info(() -> changed + " articles are now searched in " + configuration);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The text search configuration " + configuration
                    + " (portal.search.configuration) is not one this PostgreSQL knows: " + e.getMessage(), e);
        }
    }

    List<Ranked> ranked(EntityManager em, String query, ArticleSearch.Match match, String category, int first,
            int limit) {
        boolean anyWord = match == ArticleSearch.Match.ANY_WORD;
        if (isPostgresql()) {
            // any word: websearch's own "or" between the words, which are letters and digits only
            String asked = anyWord ? String.join(" or ", words(query)) : query;
            return asked.isBlank() ? List.of() : fullText(em, asked, category, first, limit);
        }
        return wordMatch(em, query, anyWord, category, first, limit);
    }

    private List<Ranked> fullText(EntityManager em, String query, String category, int first, int limit) {
        // ts_headline takes "<b>" in a text for a tag and leaves it out: the angle brackets pass it as
        // two control characters, which no article's text holds, and come back after it
        Query search = em.createNativeQuery("SELECT hit.id, ts_headline(CAST(?1 AS regconfig),"
                + " translate(hit.body_text, '<>', chr(4) || chr(5)), hit.q, ?3)"
                + " FROM (SELECT a.id, a.body_text, q, ts_rank(a.search_vector, q) AS rank"
                + " FROM articles a, websearch_to_tsquery(CAST(?1 AS regconfig), ?2) q"
                + " WHERE a.status = 'PUBLISHED' AND a.search_vector @@ q"
                + (category == null ? "" : " AND a.category = ?4")
                + " ORDER BY rank DESC, a.id DESC OFFSET ?5 LIMIT ?6) hit"
                + " ORDER BY hit.rank DESC, hit.id DESC")
                .setParameter(1, settings.configuration())
                .setParameter(2, query)
                .setParameter(3, HEADLINE)
                .setParameter(5, first)
                .setParameter(6, limit);
        if (category != null) {
            search.setParameter(4, category);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Object row : search.getResultList()) {
            Object[] columns = (Object[]) row;
            String snippet = ((String) columns[1]).replace('\u0004', '<').replace('\u0005', '>');
            ranked.add(new Ranked((String) columns[0], snippet));
        }
        return ranked;
    }

    private List<Ranked> wordMatch(EntityManager em, String query, boolean anyWord, String category, int first,
            int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select a.id, a.title, a.bodyText from ArticleEntity a"
                + " where a.status = :status and (");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(i == 0 ? "" : anyWord ? " or " : " and ").append("(lower(a.title) like :w").append(i)
                    .append(" or lower(a.bodyText) like :w").append(i).append(")");
        }
        jpql.append(")");
        if (category != null) {
            jpql.append(" and a.category = :category");
        }
        var select = em.createQuery(jpql.toString(), Object[].class).setParameter("status", ArticleStatus.PUBLISHED)
                .setMaxResults(H2_CANDIDATES);
        for (int i = 0; i < words.size(); i++) {
            select.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (category != null) {
            select.setParameter("category", category);
        }
        record Candidate(String id, int score, String text) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] row : select.getResultList()) {
            String title = ((String) row[1]).toLowerCase(Locale.ROOT);
            String text = (String) row[2];
            String lower = text.toLowerCase(Locale.ROOT);
            int score = 0;
            for (String word : words) {
                score += (title.contains(word) ? 10 : 0) + Math.min(5, occurrences(lower, word));
            }
            candidates.add(new Candidate((String) row[0], score, text));
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparing(Candidate::id, Comparator.reverseOrder()));
        return candidates.stream().skip(first).limit(limit)
                .map(c -> new Ranked(c.id(), snippet(c.text(), words))).toList();
    }

    /** The query's words, lower-cased; websearch's operators ("or", quotes, a leading minus) are no words here. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(query.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!matcher.group().equals("or") && !words.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    /** The text around the first matched word, every match in it between the markers. */
    static String snippet(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int firstMatch = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, firstMatch - SNIPPET_CHARACTERS / 4);
        int end = Math.min(text.length(), start + SNIPPET_CHARACTERS);
        boolean[] marked = new boolean[end - start];
        for (String word : words) {
            for (int i = lower.indexOf(word, start); i >= 0 && i < end; i = lower.indexOf(word, i + 1)) {
                Arrays.fill(marked, i - start, Math.min(end, i + word.length()) - start, true);
            }
        }
        StringBuilder snippet = new StringBuilder(start > 0 ? "… " : "");
        for (int i = 0; i < marked.length; i++) {
            boolean opens = marked[i] && (i == 0 || !marked[i - 1]);
            boolean closes = !marked[i] && i > 0 && marked[i - 1];
            if (closes) {
                snippet.append(Snippets.STOP);
            }
            if (opens) {
                snippet.append(Snippets.START);
            }
            snippet.append(text.charAt(start + i));
        }
        if (marked.length > 0 && marked[marked.length - 1]) {
            snippet.append(Snippets.STOP);
        }
        return end < text.length() ? snippet.append(" …").toString() : snippet.toString();
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private boolean isPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = PortalDatabase.isPostgresql(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("the database could not be reached: " + e.getMessage(), e);
            }
            postgresql = known;
        }
        return known;
    }
}
