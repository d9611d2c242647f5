-- Applications HR records or moves on in Retain, beside those of the last imported applications.csv (which stay in
-- capability_file): one row per application, with the file's columns, who recorded it and when. A row with the
-- application_id of an imported application is that application moved on in Retain; it is shown instead of the
-- imported row while it is as far on (stage reached, then outcome) as the imported row, so a later import that has
-- moved it further wins. Candidates are pseudonymous references, never names. An import does not touch these rows.
create table recruitment_application_recorded (
    la_code         varchar(3)    not null references authority (la_code),
    application_id  varchar(64)   not null,
    vacancy_id      varchar(64)   not null,
    candidate_id    varchar(64)   not null,
    source          varchar(40)   not null,
    applied_on      date          not null,
    shortlisted_on  date,
    interviewed_on  date,
    offered_on      date,
    accepted_on     date,
    started_on      date,
    outcome         varchar(40)   not null,
    outcome_reason  varchar(1000),
    worker_id       varchar(64),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    primary key (la_code, application_id)
);
