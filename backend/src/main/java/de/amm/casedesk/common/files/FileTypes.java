package de.amm.casedesk.common.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What an uploaded file is, read from its first bytes by Apache Tika's magic-number detection: never from its name
 * or from the type the client claims. Uploads of the case work accept PDFs and photos or scans (PNG, JPEG).
 */
@ApplicationScoped
public class FileTypes {

    public static final String PDF = "application/pdf";
    public static final Set<String> DOCUMENTS = Set.of(PDF, "image/png", "image/jpeg");

    private final Tika tika = new Tika();

    /** The detected media type, {@code application/octet-stream} when nothing is recognised. */
    public String detect(byte[] content) {
        try {
            return tika.detect(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
