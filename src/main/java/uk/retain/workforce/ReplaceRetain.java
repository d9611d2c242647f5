package uk.retain.workforce;

/**
 * What whoever imports a bundle has said the import may remove of what was made in Retain since the last import:
 * the allocations made there, the supervision sessions recorded there, or both. One confirmation for every kind of
 * record made in Retain, each kind said separately, so that confirming one never removes the other unseen.
 */
public record ReplaceRetain(boolean allocations, boolean supervisions) {

    public static final ReplaceRetain NOTHING = new ReplaceRetain(false, false);
    public static final ReplaceRetain EVERYTHING = new ReplaceRetain(true, true);
}
