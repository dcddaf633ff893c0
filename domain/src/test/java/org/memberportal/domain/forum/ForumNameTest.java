package org.memberportal.domain.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forums' rule for names (docs/rules.md, decided): first name and last initial, nothing more. */
class ForumNameTest {

    @ParameterizedTest(name = "member \"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Ada Lovelace          | Ada L.",
        "Ada King Lovelace     | Ada L.",
        "  ada   lovelace      | ada L.",
        "Plato                 | Plato",
        "Émile Zola            | Émile Z.",
        "Erased person         | Erased P."})
    void aMemberIsShownByFirstNameAndLastInitial(String fullName, String shown) {
        assertEquals(shown, ForumName.ofMember(fullName));
    }

    @ParameterizedTest(name = "agent \"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Grace Hopper              | Grace",
        "support@vendor.example    | Support",
        "''                        | Support"})
    void anAgentIsShownByFirstName(String fullName, String shown) {
        assertEquals(shown, ForumName.ofAgent(fullName));
    }
}
