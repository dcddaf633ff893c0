package org.memberportal.rest.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class StaticFilesTest {

    private final StaticFiles files = new StaticFiles("/v/20261207190000/");

    @Test
    void thisBuildsVersionedNamesAreKeptAYearAndEverythingElseIsAskedAgain() {
        assertThat(files.cacheControl("/v/20261207190000/portal/js/app.js")).isEqualTo(StaticFiles.IMMUTABLE);
        assertThat(files.cacheControl("/v/20250101000000/portal/js/app.js")).as("another build's")
                .isEqualTo(StaticFiles.REVALIDATE);
        assertThat(files.cacheControl("/portal/js/app.js")).isEqualTo(StaticFiles.REVALIDATE);
        assertThat(files.cacheControl("/")).isEqualTo(StaticFiles.REVALIDATE);
        assertThat(new StaticFiles(null).cacheControl("/v/20261207190000/portal/js/app.js"))
                .as("a WAR built without its prefix").isEqualTo(StaticFiles.REVALIDATE);
    }

    @Test
    void aVersionedNameStandsForAFileOfThePagesFoldersOnly() {
        assertThat(StaticFiles.unversioned("/v/1/portal/js/app.js")).contains("/portal/js/app.js");
        assertThat(StaticFiles.unversioned("/v/1/admin/console.css")).contains("/admin/console.css");
        assertThat(StaticFiles.unversioned("/v/1/WEB-INF/assets.properties")).isEmpty();
        assertThat(StaticFiles.unversioned("/v/1/common/../WEB-INF/beans.xml")).isEmpty();
        assertThat(StaticFiles.unversioned("/v/1")).isEmpty();
        assertThat(StaticFiles.unversioned("/portal/js/app.js")).isEqualTo(Optional.empty());
    }
}
