-- An address as the request gives it: IPv6 with a zone, or what a trusted proxy forwards, fits; 64 did not
-- always, and an audit write that fails must never be the reason an action half happens.
alter table audit_event alter column address set data type varchar(255);
