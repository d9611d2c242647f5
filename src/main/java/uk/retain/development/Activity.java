package uk.retain.development;

import uk.retain.workforce.Coded;

/** The kind of a continuing professional development activity. */
public enum Activity implements Coded {
    COURSE("course"),
    OBSERVATION("observation"),
    SUPERVISION_TRAINING("supervision_training"),
    READING_RESEARCH("reading_research"),
    SHADOWING("shadowing"),
    CONFERENCE("conference"),
    OTHER("other");

    private final String code;

    Activity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
