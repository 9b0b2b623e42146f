-- Cluster-wide locks for scheduled jobs (ShedLock), so two app instances never run one job twice.
CREATE TABLE shedlock (
    name                VARCHAR(64)              NOT NULL,
    lock_until          TIMESTAMP NOT NULL,
    locked_at           TIMESTAMP NOT NULL,
    locked_by           VARCHAR(255)             NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
