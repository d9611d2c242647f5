-- Rows of a capability file recorded on a page of Retain (an exit interview an HR officer records), beside the rows
-- the last bundle brought. The row itself is written into capability_file with the others, so the register, its
-- measures and the bundle export hold it like any imported row; this table says who recorded which row and when
-- (row_cells: the row as its descriptor writes it, one CSV line). An import replaces the capability files and
-- clears these. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table capability_row_recorded (
    la_code     varchar(3)               not null references authority (la_code),
    file_name   varchar(64)              not null,
    seq         integer                  not null,
    row_cells   text                     not null,
    recorded_by varchar(255)             not null,
    recorded_at timestamp with time zone not null,
    primary key (la_code, file_name, seq)
);
