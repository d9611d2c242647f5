package uk.retain.workforce;

/**
 * What whoever imports a bundle has said the import may remove of what was made in Retain since the last import:
 * the allocations made there, the supervision sessions recorded there, and the rows of capability files recorded
 * there (exit interviews, CPD activities, retention payments). One confirmation for every kind of record made in
 * Retain, each kind said separately, so that confirming one never removes another unseen.
 */
public record ReplaceRetain(boolean allocations, boolean supervisions, boolean records) {

    public static final ReplaceRetain NOTHING = new ReplaceRetain(false, false, false);
    public static final ReplaceRetain EVERYTHING = new ReplaceRetain(true, true, true);
}
