package uk.retain.benchmarking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DfE's 2025 statistical neighbour model: for each council, the ten councils most like it, closest first. A council
 * the model does not know (the demo council, 999) is compared with the neighbours of the council its stand-in file
 * names ({@code benchmarking/neighbour-stand-ins.csv}). Provenance in {@code benchmarking/SOURCES.md}.
 */
public final class StatisticalNeighbours {

    public static final String MODEL = "/benchmarking/dfe-statistical-neighbours-model-2025-wide.csv";
    public static final String STAND_INS = "/benchmarking/neighbour-stand-ins.csv";
    /** How many neighbours the model gives each council. */
    public static final int COUNT = 10;

    /** One neighbour: its DfE 3-digit code, its name as the model writes it, and how close it is. */
    public record Neighbour(String laCode, String name, Closeness closeness) {
    }

    /**
     * The neighbours of a council.
     *
     * @param laCode      the council asked about
     * @param comparedAs  the council of the model whose neighbours these are: {@code laCode} itself, or its stand-in
     * @param comparedAsName the model's name of {@code comparedAs}
     * @param neighbours  closest first
     */
    public record Group(String laCode, String comparedAs, String comparedAsName, List<Neighbour> neighbours) {

        /** Whether the council is not in the model and is compared with another council's neighbours. */
        public boolean isStandIn() {
            return !laCode.equals(comparedAs);
        }
    }

    private record Row(String name, List<Neighbour> neighbours) {
    }

    private final Map<String, Row> model;
    private final Map<String, String> standIns;

    StatisticalNeighbours(List<Map<String, String>> model, List<Map<String, String>> standIns) {
        Map<String, String> names = new HashMap<>();
        model.forEach(row -> names.put(row.get("old_la_code"), row.get("la_name")));
        this.model = new HashMap<>();
        for (Map<String, String> row : model) {
            List<Neighbour> neighbours = new ArrayList<>();
            for (int n = 1; n <= COUNT; n++) {
                String code = row.get("SN_" + n);
                if (code == null || code.isEmpty()) {
                    continue;
                }
                String closeness = row.get("SN_" + n + "P");
                neighbours.add(new Neighbour(code, names.getOrDefault(code, code),
                        Closeness.ofLabel(closeness).orElseThrow(() -> new IllegalArgumentException(
                                "not a closeness of DfE's model: '" + closeness + "' (" + row.get("old_la_code") + ")"))));
            }
            this.model.put(row.get("old_la_code"), new Row(row.get("la_name"), List.copyOf(neighbours)));
        }
        this.standIns = new HashMap<>();
        standIns.forEach(row -> this.standIns.put(row.get("la_code"), row.get("compared_as")));
    }

    /** The model shipped with Retain, read on first use. */
    public static StatisticalNeighbours fromClasspath() {
        return Shipped.NEIGHBOURS;
    }

    /** The council's neighbours, or its stand-in's; empty for a council neither the model nor the stand-ins know. */
    public Optional<Group> of(String laCode) {
        String comparedAs = model.containsKey(laCode) ? laCode : standIns.get(laCode);
        Row row = comparedAs == null ? null : model.get(comparedAs);
        return row == null ? Optional.empty() : Optional.of(new Group(laCode, comparedAs, row.name(), row.neighbours()));
    }

    private static final class Shipped {
        static final StatisticalNeighbours NEIGHBOURS =
                new StatisticalNeighbours(ShippedCsv.read(MODEL), ShippedCsv.read(STAND_INS));
    }
}
