package de.amm.casedesk.codelist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import de.amm.casedesk.common.api.Coded;
import de.amm.casedesk.common.api.Labels;

/** Economic sector (WZ 2008 section). */
public enum Sector implements Coded {
    A("A", "Land- und Forstwirtschaft, Fischerei", "Agriculture, forestry and fishing"),
    B("B", "Bergbau und Gewinnung von Steinen und Erden", "Mining and quarrying"),
    C("C", "Verarbeitendes Gewerbe", "Manufacturing"),
    D("D", "Energieversorgung", "Electricity, gas, steam and air conditioning supply"),
    E("E", "Wasserversorgung; Abwasser- und Abfallentsorgung", "Water supply; sewerage, waste management"),
    F("F", "Baugewerbe", "Construction"),
    G(
            "G",
            "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
            "Wholesale and retail trade; repair of motor vehicles"),
    H("H", "Verkehr und Lagerei", "Transportation and storage"),
    I("I", "Gastgewerbe", "Accommodation and food service"),
    J("J", "Information und Kommunikation", "Information and communication"),
    K("K", "Finanz- und Versicherungsdienstleistungen", "Financial and insurance activities"),
    L("L", "Grundstücks- und Wohnungswesen", "Real estate activities"),
    M(
            "M",
            "Freiberufliche, wissenschaftliche und technische Dienstleistungen",
            "Professional, scientific and technical activities"),
    N("N", "Sonstige wirtschaftliche Dienstleistungen", "Administrative and support service activities"),
    O(
            "O",
            "Öffentliche Verwaltung, Verteidigung; Sozialversicherung",
            "Public administration and defence; social security"),
    P("P", "Erziehung und Unterricht", "Education"),
    Q("Q", "Gesundheits- und Sozialwesen", "Human health and social work"),
    R("R", "Kunst, Unterhaltung und Erholung", "Arts, entertainment and recreation"),
    S("S", "Erbringung von sonstigen Dienstleistungen", "Other service activities"),
    T("T", "Private Haushalte", "Activities of households as employers"),
    U("U", "Exterritoriale Organisationen und Körperschaften", "Extraterritorial organisations");

    private final String code;
    private final Labels labels;

    Sector(String code, String de, String en) {
        this.code = code;
        this.labels = new Labels(de, en);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @JsonCreator
    public static Sector of(String code) {
        return Coded.of(Sector.class, code);
    }
}
