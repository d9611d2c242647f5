package uk.retain.development;

import java.util.List;

/** One of an authority's practice priorities (Shropshire's assessment, core groups, writing plans), by statements. */
public record PracticePriority(int number, String name, List<KssStatement> kss) {

    public PracticePriority {
        kss = List.copyOf(kss);
    }
}
