package de.amm.casedesk.mentee;

import de.amm.casedesk.codelist.ConsentScope;
import de.amm.casedesk.codelist.Gender;
import de.amm.casedesk.codelist.GermanLevel;
import de.amm.casedesk.codelist.Qualification;
import de.amm.casedesk.codelist.RecognitionStatus;
import de.amm.casedesk.codelist.ReferralSource;
import de.amm.casedesk.codelist.ResidenceStatus;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.mentee.MenteeApi.MenteeInput;
import de.amm.casedesk.mentee.MenteeApi.MenteeSummary;
import de.amm.casedesk.mentee.MenteeApi.MenteeView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

final class MenteeMapper {

    private MenteeMapper() {}

    /** The full record for the mentee's projects, the pseudonymised one for everybody else. */
    static MenteeView toView(Mentee m, boolean personal, List<ConsentScope> consentInForce) {
        return new MenteeView(
                m.id,
                m.projectId,
                m.projectIds.stream().sorted().toList(),
                m.pseudonym,
                !personal,
                personal ? m.firstName : null,
                personal ? m.lastName : null,
                personal ? m.birthDate : null,
                personal ? m.phone : null,
                personal ? m.email : null,
                personal ? m.address : null,
                personal ? List.copyOf(m.languages) : null,
                personal ? m.notes : null,
                Coded.of(Gender.class, m.gender),
                m.yearOfBirth == null ? null : m.yearOfBirth.intValue(),
                m.nationality,
                Coded.ofNullable(ResidenceStatus.class, m.residenceStatus),
                Coded.ofNullable(Qualification.class, m.qualification),
                Coded.ofNullable(RecognitionStatus.class, m.recognitionStatus),
                Coded.ofNullable(GermanLevel.class, m.germanLevel),
                m.districtAgs,
                Coded.ofNullable(ReferralSource.class, m.referralSource),
                consentInForce,
                m.anonymisedOn,
                m.version,
                m.createdAt,
                m.updatedAt);
    }

    static MenteeSummary toSummary(MenteeListRepository.ListedMentee r, boolean personal) {
        return new MenteeSummary(
                r.id(),
                r.projectId(),
                r.pseudonym(),
                !personal,
                personal ? r.firstName() : null,
                personal ? r.lastName() : null,
                Coded.of(Gender.class, r.gender()),
                r.yearOfBirth(),
                r.nationality(),
                r.district(),
                r.status(),
                r.leadMentorId(),
                r.leadMentorName(),
                r.lastActivityOn(),
                r.nextFollowUpDueOn());
    }

    static void apply(MenteeInput in, Mentee m) {
        m.firstName = in.firstName().strip();
        m.lastName = in.lastName().strip();
        m.birthDate = in.birthDate();
        m.phone = blankToNull(in.phone());
        m.email = blankToNull(in.email());
        m.address = blankToNull(in.address());
        m.languages = in.languages() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(in.languages()));
        m.notes = blankToNull(in.notes());
        m.gender = in.gender().code();
        Integer year = in.birthDate() != null ? Integer.valueOf(in.birthDate().getYear()) : in.yearOfBirth();
        m.yearOfBirth = year == null ? null : year.shortValue();
        m.nationality = in.nationality();
        m.residenceStatus = Coded.codeOf(in.residenceStatus());
        m.qualification = Coded.codeOf(in.qualification());
        m.recognitionStatus = Coded.codeOf(in.recognitionStatus());
        m.germanLevel = Coded.codeOf(in.germanLevel());
        m.districtAgs = in.district();
        m.referralSource = Coded.codeOf(in.referralSource());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
