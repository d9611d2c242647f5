-- The workforce register: every row belongs to an authority, so several councils share one database.
-- Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table authority (
    la_code        varchar(3)   not null primary key,
    name           varchar      not null,
    region_code    varchar(9),
    -- the bundle files the register came with, comma separated: a measure is null when its file was absent
    bundle_files   varchar(400) not null,
    import_version bigint       not null,
    imported_at    timestamp with time zone not null
);

create table team (
    la_code  varchar(3)  not null references authority (la_code),
    team_id  varchar(64) not null,
    name     varchar     not null,
    service  varchar(32) not null,
    locality varchar,
    primary key (la_code, team_id)
);

create table worker (
    la_code       varchar(3)  not null references authority (la_code),
    worker_id     varchar(64) not null,
    swe_number    varchar(12) not null,
    family_name   varchar     not null,
    given_name    varchar     not null,
    qualified_on  date,
    date_of_birth date,
    gender        smallint,
    ethnicity     varchar(4),
    start_origin  smallint,
    primary key (la_code, worker_id)
);

create table post (
    la_code     varchar(3)     not null references authority (la_code),
    post_id     varchar(64)    not null,
    team_id     varchar(64)    not null,
    job_role    varchar(40)    not null,
    fte         numeric(19, 9) not null,
    funded_from date           not null,
    funded_to   date,
    primary key (la_code, post_id)
);

-- Rows without an identifier of their own keep their order in the bundle (seq), so an export gives them back
-- as they came.
create table employment (
    la_code            varchar(3)     not null references authority (la_code),
    seq                integer        not null,
    worker_id          varchar(64)    not null,
    contract           varchar(16)    not null,
    job_role           varchar(40)    not null,
    team_id            varchar(64)    not null,
    post_id            varchar(64),
    fte                numeric(19, 9) not null,
    start_date         date           not null,
    end_date           date,
    end_reason         smallint,
    leaver_destination smallint,
    primary key (la_code, seq)
);

create table absence (
    la_code      varchar(3)     not null references authority (la_code),
    seq          integer        not null,
    worker_id    varchar(64)    not null,
    start_date   date           not null,
    end_date     date           not null,
    reason       varchar(3)     not null,
    working_days numeric(19, 9),
    primary key (la_code, seq)
);

-- "case" is a reserved word in SQL.
create table child_case (
    la_code           varchar(3)  not null references authority (la_code),
    case_id           varchar(64) not null,
    child_id          varchar(64) not null,
    family_id         varchar(64),
    category          varchar(32) not null,
    court_proceedings boolean     not null,
    opened_on         date        not null,
    closed_on         date,
    primary key (la_code, case_id)
);

create table allocation (
    la_code       varchar(3)  not null references authority (la_code),
    seq           integer     not null,
    case_id       varchar(64) not null,
    worker_id     varchar(64) not null,
    role          varchar(16) not null,
    start_date    date        not null,
    end_date      date,
    change_reason varchar(32),
    primary key (la_code, seq)
);

create table supervision (
    la_code       varchar(3)  not null references authority (la_code),
    seq           integer     not null,
    worker_id     varchar(64) not null,
    supervisor_id varchar(64) not null,
    held_on       date        not null,
    kind          varchar(16) not null,
    minutes       integer     not null,
    primary key (la_code, seq)
);
