-- The first day from which an authority's register is complete (authority.csv history_from), and the files that
-- capability modules own (programmes, vacancies, agency engagements, leaving interviews...), each kept as the CSV
-- its descriptor writes and typed by that descriptor again when the register is loaded. Written to run unchanged
-- on PostgreSQL and on H2 in PostgreSQL mode.

alter table authority add column history_from date;

create table capability_file (
    la_code   varchar(3)  not null references authority (la_code),
    file_name varchar(64) not null,
    content   text        not null,
    primary key (la_code, file_name)
);
