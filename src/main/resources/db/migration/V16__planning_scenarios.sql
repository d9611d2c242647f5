-- Each authority's named workforce planning scenarios: the levers as a JSON object (docs/planning.md), replaced
-- whole when saved again under the same name.
create table planning_scenario (
    la_code     varchar(3)    not null references authority (la_code),
    name        varchar(80)   not null,
    levers      varchar(4000) not null,
    changed_by  varchar(100)  not null,
    changed_at  timestamp with time zone not null,
    primary key (la_code, name)
);
