-- Subscriber services applied to ONUs: the intent as the agent wrote it, and the slot its entities are numbered by.

CREATE TABLE omcid_service (
    onu VARCHAR(64) NOT NULL,
    name VARCHAR(64) NOT NULL,
    slot INTEGER NOT NULL,
    spec ${binary} NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (onu, name)
);
