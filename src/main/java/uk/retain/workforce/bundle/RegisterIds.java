package uk.retain.workforce.bundle;

/**
 * The identifiers the register's files declare as they are read, for the files after them: every identifier a row
 * declares, even in a row with other problems, so one bad cell does not cascade; a file that cannot be read
 * declares none ({@link Declared#forget}).
 */
final class RegisterIds {

    final Declared teams = new Declared("team_id");
    final Declared workers = new Declared("worker_id");
    final Declared posts = new Declared("post_id");
    final Declared cases = new Declared("case_id");
    final Declared children = new Declared("child_id");
}
