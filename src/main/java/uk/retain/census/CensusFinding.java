package uk.retain.census;

/**
 * A check the return fails, and where: the worker (by the register's id and the census SWE number) or, for a check
 * of the whole return, no worker.
 *
 * @param workerId the register's worker id, or null for the whole return or a return read from XML
 * @param sweNumber the record's SWE number as the return gives it, or null for the whole return
 * @param record the record's position in the return, from 1; 0 for the whole return
 */
public record CensusFinding(CensusCheck check, String workerId, String sweNumber, int record) {

    public boolean blocking() {
        return check.blocking();
    }
}
