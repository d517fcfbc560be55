package de.amm.casedesk.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which Accept-Encoding headers get a public answer gzip-compressed (RFC 9110, section 12.5.3). */
class AcceptEncodingTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "gzip, deflate, br, zstd | true",
                "GZIP | true",
                "br;q=1.0, gzip;q=0.5 | true",
                "* | true",
                "identity | false",
                "br | false",
                "gzip;q=0 | false",
                "gzip;q=0.000 | false",
                "gzip;q=bad | false",
                "gzip;q=0, * | false",
                "br, * | true",
                "x-gzip | false",
                "'' | false",
                "NULL | false"
            })
    void gzipIsChosenWhereTheClientAcceptsIt(String acceptEncoding, boolean gzip) {
        assertThat(PublicCaching.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }
}
