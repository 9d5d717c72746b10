// The progress database schema as forward migrations. Migration N brings a database from
// user_version N-1 to N; each runs in one transaction with the version bump, so a crash leaves
// either the old or the new schema. Never edit a shipped migration: append a new one.

export const MIGRATIONS: readonly string[] = [
  // 1: lesson views, reviews with FSRS state before/after, current card states, attempts, settings
  `
  CREATE TABLE lesson_views (
    id TEXT PRIMARY KEY,
    lesson_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    day INTEGER NOT NULL,
    duration_ms INTEGER
  );
  CREATE INDEX lesson_views_lesson ON lesson_views (lesson_id);
  CREATE INDEX lesson_views_day ON lesson_views (day);

  CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    card_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
    at INTEGER NOT NULL,
    day INTEGER NOT NULL,
    duration_ms INTEGER,
    state_before TEXT,
    state_after TEXT NOT NULL
  );
  CREATE INDEX reviews_card ON reviews (card_id, at);
  CREATE INDEX reviews_day ON reviews (day);

  CREATE TABLE cards (
    card_id TEXT PRIMARY KEY,
    lesson_id TEXT NOT NULL,
    review_id TEXT NOT NULL,
    due INTEGER NOT NULL,
    fsrs TEXT NOT NULL
  );

  CREATE TABLE attempts (
    id TEXT PRIMARY KEY,
    exercise_id TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    passed INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    at INTEGER NOT NULL,
    day INTEGER NOT NULL
  );
  CREATE INDEX attempts_exercise ON attempts (exercise_id, at);
  CREATE INDEX attempts_day ON attempts (day);

  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  `,
  // 2: the days with any study, so that the streak needs no scan of two years of reviews
  `
  CREATE TABLE activity_days (day INTEGER PRIMARY KEY) WITHOUT ROWID;
  INSERT OR IGNORE INTO activity_days (day)
    SELECT day FROM reviews UNION SELECT day FROM lesson_views UNION SELECT day FROM attempts;
  `,
  // 3: mock interviews (.mock): one row per mock, its score and its transcript file
  `
  CREATE TABLE mocks (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    topic TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER NOT NULL,
    day INTEGER NOT NULL,
    planned_ms INTEGER NOT NULL,
    used_ms INTEGER NOT NULL,
    status TEXT NOT NULL,
    score INTEGER,
    file TEXT
  );
  CREATE INDEX mocks_started ON mocks (started_at);
  `,
  // 4: the hints an attempt's learner had seen, so that a pass with hints comes back sooner
  `
  ALTER TABLE attempts ADD COLUMN hints INTEGER NOT NULL DEFAULT 0;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
