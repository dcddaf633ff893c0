package org.memberportal.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import org.memberportal.application.refusal.ProblemCode;

/**
 * The documents name the problem codes the portal sends, all of them and no other: clients branch
 * on these codes, and a code retired from the code would otherwise linger in the documents.
 *
 * <p>Where a document names a code: in docs/api.md's table of status codes (the complete list); in
 * any Markdown document as a problem type ({@code .../problems/stale-version}) or in backticks after
 * a client error's status ({@code 409 `stale-version`}); in the OpenAPI document in the description
 * of an error answer or of the {@code Problem} schema.
 */
class ProblemCodesDocumentedTest {

    private static final String CODE = "[a-z]+(?:-[a-z]+)+";

    private static final Pattern AS_TYPE = Pattern.compile("/problems/(" + CODE + ")");

    /** {@code 409 `stale-version`}, and lists such as {@code 409 `a`, `b` or `c`}. */
    private static final Pattern AFTER_STATUS = Pattern.compile(
            "\\b4\\d\\d ((?:`" + CODE + "`(?:, or |, | or ))*`" + CODE + "`)");

    private static final Pattern IN_BACKTICKS = Pattern.compile("`(" + CODE + ")`");

    private static final Pattern STATUS_ROW = Pattern.compile("^\\| *4\\d\\d *\\|.*$", Pattern.MULTILINE);

    private static final Pattern WORD = Pattern.compile("(?<![\\w-])(" + CODE + ")(?![\\w-])");

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** Words of a code's shape that the OpenAPI document's answers use as words. */
    private static final Set<String> NOT_CODES = Set.of("e-mail", "e-mails", "e-mailed");

    private static final Path DOCS = Path.of(Objects.requireNonNull(System.getProperty("portal.docs"),
            "the system property portal.docs names the docs folder (set in the surefire configuration)"));

    private static final Set<String> SENT = Arrays.stream(ProblemCode.values()).map(ProblemCode::wire)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theApiDocumentsTableOfStatusCodesListsEveryCode() throws IOException {
        Set<String> listed = new TreeSet<>();
        Matcher rows = STATUS_ROW.matcher(Files.readString(DOCS.resolve("api.md")));
        while (rows.find()) {
            listed.addAll(all(IN_BACKTICKS, rows.group()));
        }

        assertThat(listed).as("the codes of docs/api.md's table of status codes").isEqualTo(SENT);
    }

    @Test
    void theOpenApiDocumentNamesEveryCodeAndNoOther() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String description : errorDescriptions(DOCS.resolve("openapi.json"))) {
            named.addAll(all(AS_TYPE, description));
            all(WORD, URL.matcher(description).replaceAll(" ")).stream()
                    .filter(word -> !NOT_CODES.contains(word)).forEach(named::add);
        }

        assertThat(named).as("the codes docs/openapi.json names").isEqualTo(SENT);
    }

    @Test
    void noMarkdownDocumentNamesACodeThePortalNeverSends() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.list(DOCS)) {
            documents = Stream.concat(files.filter(file -> file.toString().endsWith(".md")),
                    Stream.of(DOCS.resolveSibling("README.md"))).sorted().toList();
        }
        assertThat(documents).as("the documents read").hasSizeGreaterThan(3);

        for (Path document : documents) {
            String text = Files.readString(document);
            Set<String> named = new TreeSet<>(all(AS_TYPE, text));
            for (String list : all(AFTER_STATUS, text)) {
                named.addAll(all(IN_BACKTICKS, list));
            }
            assertThat(named).as("the codes %s names", document.getFileName()).isSubsetOf(SENT);
        }
    }

    @Test
    void theRecognisersFindCodesWhereTheDocumentsWriteThem() {
        assertThat(all(AFTER_STATUS, "is 409 `last-primary`, and 400 `a-b`, `c-d` or `e-f`; 200 `g-h`"))
                .containsExactly("`last-primary`", "`a-b`, `c-d` or `e-f`");
        assertThat(all(AS_TYPE, "https://member-portal.dev/problems/stale-version")).containsExactly("stale-version");
        assertThat(all(WORD, "weak-password, or an invalid body; company-needed: none named"))
                .containsExactly("weak-password", "company-needed");
    }

    /** The first group of every match, or the whole match for a pattern without groups. */
    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(match -> match.groupCount() == 0 ? match.group() : match.group(1)).toList();
    }

    /** The descriptions of every 4xx and 5xx answer and of the Problem schema. */
    private static List<String> errorDescriptions(Path openApi) throws IOException {
        JsonObject document;
        try (Reader in = Files.newBufferedReader(openApi); JsonReader reader = Json.createReader(in)) {
            document = reader.readObject();
        }
        Stream<String> answers = document.getJsonObject("paths").values().stream()
                .flatMap(item -> item.asJsonObject().values().stream())
                .filter(operation -> operation.getValueType() == JsonValue.ValueType.OBJECT
                        && operation.asJsonObject().containsKey("responses"))
                .flatMap(operation -> operation.asJsonObject().getJsonObject("responses").entrySet().stream())
                .filter(answer -> answer.getKey().startsWith("4") || answer.getKey().startsWith("5"))
                .map(answer -> answer.getValue().asJsonObject().getString("description", ""));
        String problem = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("Problem").getString("description");
        return Stream.concat(answers, Stream.of(problem)).toList();
    }
}
