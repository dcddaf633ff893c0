package org.memberportal.application.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void theTextIsEscapedAndOnlyTheMatchedWordsAreMarked() {
        String found = "Use the <b> key & " + Snippets.START + "printers" + Snippets.STOP + "' \"tray\"";

        assertEquals("Use the &lt;b&gt; key &amp; <mark>printers</mark>&#39; &quot;tray&quot;",
                Snippets.marked(found));
    }

    @Test
    void aMarkerWithoutItsPartnerStillMakesWellFormedMarks() {
        assertEquals("<mark>open</mark>", Snippets.marked(Snippets.START + "open"));
        assertEquals("stray", Snippets.marked("stray" + Snippets.STOP));
    }
}
