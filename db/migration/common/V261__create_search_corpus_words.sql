-- Search (issue 20, DD039): the corpus words of the index definition (DD030) kept up to date at
-- publication, so that a reindex can create its index before reading the entries and read while
-- it loads. Each public entry's contribution (the words of its latest public version, in a
-- compounding language) and their sum per language and word; a one-row state whose lock
-- serialises the updates and whose flag asks for a full recount (the backfill of existing data,
-- done by the application at start-up because the words come from the entries' JSON through the
-- one visibility rule of the registry's public reads).
CREATE TABLE search_corpus_entry (
    ai_system_id UUID NOT NULL,
    language VARCHAR(8) NOT NULL,
    words TEXT NOT NULL,
    CONSTRAINT search_corpus_entry_pk PRIMARY KEY (ai_system_id)
);

CREATE TABLE search_corpus_word (
    language VARCHAR(8) NOT NULL,
    word VARCHAR(24) NOT NULL,
    occurrences INTEGER NOT NULL,
    CONSTRAINT search_corpus_word_pk PRIMARY KEY (language, word)
);

CREATE TABLE search_corpus_state (
    id INTEGER NOT NULL,
    recount_pending BOOLEAN NOT NULL,
    counted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT search_corpus_state_pk PRIMARY KEY (id),
    CONSTRAINT search_corpus_state_one_row CHECK (id = 1)
);

INSERT INTO search_corpus_state (id, recount_pending) VALUES (1, TRUE);
