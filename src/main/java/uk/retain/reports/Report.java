package uk.retain.reports;

import java.util.Arrays;
import java.util.Optional;

import uk.retain.workforce.Coded;

/** The two reports: for elected members (authority aggregates, small numbers withheld) and for Ofsted (with teams). */
public enum Report implements Coded {
    MEMBERS("members", true),
    OFSTED("ofsted", false);

    private final String code;
    private final boolean suppressesSmallNumbers;

    Report(String code, boolean suppressesSmallNumbers) {
        this.code = code;
        this.suppressesSmallNumbers = suppressesSmallNumbers;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether counts under 5, and the rates made from them, are withheld (the members' report, which is public). */
    public boolean suppressesSmallNumbers() {
        return suppressesSmallNumbers;
    }

    /** Whether each team's figures are shown beside the authority's (the Ofsted pack). */
    public boolean byTeam() {
        return this == OFSTED;
    }

    public static Optional<Report> ofCode(String code) {
        return Arrays.stream(values()).filter(report -> report.code.equals(code)).findFirst();
    }
}
