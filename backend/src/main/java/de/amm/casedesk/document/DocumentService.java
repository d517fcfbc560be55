package de.amm.casedesk.document;

import de.amm.casedesk.audit.AuditService;
import de.amm.casedesk.audit.AuditService.Action;
import de.amm.casedesk.audit.AuditService.Touched;
import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.DocumentKind;
import de.amm.casedesk.common.api.Ids;
import de.amm.casedesk.common.api.Ref;
import de.amm.casedesk.common.api.Versions;
import de.amm.casedesk.common.error.ApiException;
import de.amm.casedesk.common.error.FieldRule;
import de.amm.casedesk.common.error.ProblemType;
import de.amm.casedesk.common.files.FileTypes;
import de.amm.casedesk.common.security.ProjectAccess;
import de.amm.casedesk.mentee.ConsentService;
import de.amm.casedesk.mentee.MenteeService;
import de.amm.casedesk.staff.StaffService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Documents of a mentee's case: uploaded by the staff of a project the mentee belongs to and seen by the people who
 * work in that project only (not by programme-wide readers such as the coordination entity: a CV or a certificate is
 * personal data through and through), typed by their content, at most 10 MB, and removed by erasure. Every read of a
 * list, a document or its content and every change is audited.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    static final String AUDIT_ENTITY = "document";
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_NAME = 200;

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final ProjectAccess access;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final StaffService staff;
    private final AuditService audit;
    private final FileTypes types;
    private final Clock clock;

    public DocumentService(
            DocumentRepository documents,
            DocumentStore store,
            ProjectAccess access,
            MenteeService mentees,
            ConsentService consents,
            StaffService staff,
            AuditService audit,
            FileTypes types,
            Clock clock) {
        this.documents = documents;
        this.store = store;
        this.access = access;
        this.mentees = mentees;
        this.consents = consents;
        this.staff = staff;
        this.audit = audit;
        this.types = types;
        this.clock = clock;
    }

    /** The content of one document, with what the client needs to serve it. */
    public record Content(DocumentApi.DocumentView document, byte[] bytes) {}

    /** A new document's details besides its bytes. */
    public record Upload(UUID projectId, String kind, String fileName) {}

    public List<DocumentApi.DocumentView> ofMentee(UUID menteeId) {
        mentees.workedOnRef(menteeId);
        List<Document> found = documents.ofMentee(menteeId, access.writeScope());
        audited(found);
        return views(found);
    }

    public DocumentApi.DocumentView get(UUID id) {
        Document document = visible(id);
        audited(List.of(document));
        return views(List.of(document)).getFirst();
    }

    public Content content(UUID id) {
        Document document = visible(id);
        byte[] bytes = store.get(id).orElseThrow(() -> ApiException.notFound("Document"));
        audited(List.of(document));
        return new Content(views(List.of(document)).getFirst(), bytes);
    }

    public DocumentApi.DocumentView upload(UUID menteeId, Upload upload, byte[] content) {
        UUID projectId = access.projectForNewRecord(upload.projectId());
        mentees.requireInProject(menteeId, projectId);
        mentees.requireNotAnonymised(menteeId);
        DocumentKind kind = kindOf(upload.kind());
        String fileName = fileNameOf(upload.fileName());
        if (content == null || content.length == 0) {
            throw ApiException.invalid(FieldRule.REQUIRED.on("content"));
        }
        if (content.length > MAX_BYTES) {
            throw new ApiException(
                    ProblemType.PAYLOAD_TOO_LARGE, "A document is at most " + MAX_BYTES + " bytes (10 MB)");
        }
        String mediaType = types.detect(content);
        if (!FileTypes.DOCUMENTS.contains(mediaType)) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The file's content is " + mediaType + "; documents are PDF, PNG or JPEG");
        }
        if (kind != DocumentKind.CONSENT_FORM) {
            // a signed consent form may be filed before anything else; everything else is case work
            consents.require(menteeId, ConsentScope.COUNSELLING);
        }
        Document document = new Document();
        document.id = Ids.newId();
        document.projectId = projectId;
        document.menteeId = menteeId;
        document.kind = kind.code();
        document.fileName = fileName;
        document.mediaType = mediaType;
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.uploadedBy = access.personIdIfStaff().orElse(null);
        document.uploadedAt = clock.instant();
        documents.persist(document);
        documents.flush();
        store.put(document.id, content);
        audit.record(Action.CREATE, AUDIT_ENTITY, document.id, projectId, menteeId);
        return views(List.of(document)).getFirst();
    }

    /** A document filed by mistake: for whoever uploaded it and for the project's lead. */
    public void delete(UUID id, long expectedVersion) {
        Document document =
                documents.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Document"));
        boolean uploader = document.uploadedBy != null
                && access.personIdIfStaff().map(document.uploadedBy::equals).orElse(false);
        if (!uploader) {
            access.requireLeadForDeletion(document.projectId);
        }
        Versions.check(document.version, expectedVersion);
        store.delete(List.of(id));
        documents.delete(document);
        audit.record(Action.DELETE, AUDIT_ENTITY, id, document.projectId, document.menteeId);
    }

    /** Erasure: every document of the mentee in every project goes, content included. Returns how many. */
    public int eraseOf(UUID menteeId) {
        List<Document> all = documents.allOfMentee(menteeId);
        store.delete(all.stream().map(d -> d.id).toList());
        all.forEach(documents::delete);
        audit.recordAll(
                Action.DELETE,
                all.stream()
                        .map(d -> new Touched(AUDIT_ENTITY, d.id, d.projectId, d.menteeId))
                        .toList());
        return all.size();
    }

    private Document visible(UUID id) {
        return documents.findVisible(id, access.writeScope()).orElseThrow(() -> ApiException.notFound("Document"));
    }

    private static DocumentKind kindOf(String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalid(FieldRule.REQUIRED.on("kind"));
        }
        try {
            return DocumentKind.of(code);
        } catch (RuntimeException e) {
            throw ApiException.invalid(FieldRule.ONE_OF.on(
                    "kind",
                    "allowed",
                    String.join(
                            ", ",
                            java.util.Arrays.stream(DocumentKind.values())
                                    .map(DocumentKind::code)
                                    .toList())));
        }
    }

    /** A file name as shown to people: no path, no control characters, at most 200 characters. */
    static String fileNameOf(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid(FieldRule.REQUIRED.on("fileName"));
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw ApiException.invalid(FieldRule.TOO_LONG.on("fileName", "max", MAX_NAME));
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw ApiException.invalid(FieldRule.INVALID.on("fileName"));
        }
        return stripped;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void audited(List<Document> read) {
        audit.recordAll(
                Action.READ,
                read.stream()
                        .map(d -> new Touched(AUDIT_ENTITY, d.id, d.projectId, d.menteeId))
                        .toList());
    }

    private List<DocumentApi.DocumentView> views(List<Document> found) {
        Set<UUID> people = new HashSet<>();
        found.stream().map(d -> d.uploadedBy).filter(Objects::nonNull).forEach(people::add);
        Map<UUID, String> names = staff.names(people);
        return found.stream()
                .map(d -> new DocumentApi.DocumentView(
                        d.id,
                        d.projectId,
                        d.menteeId,
                        DocumentKind.of(d.kind),
                        d.fileName,
                        d.mediaType,
                        d.sizeBytes,
                        d.sha256,
                        d.uploadedBy == null ? null : new Ref(d.uploadedBy, names.get(d.uploadedBy)),
                        d.uploadedAt,
                        d.version))
                .toList();
    }
}
